# grantbook message catalogue: English, area "check" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).

## The frame of `grantbook check` on the terminal (the findings' own messages are in rules.ftl)

check-title = grantbook check — { $agreement }
check-input-expenses = expenses
check-input-cases = cases
check-input-rates = rates
check-rows = { $input } { $place }: { $read } rows read = { $accepted } accepted + { $rejected } rejected
check-notice = notice: { $text }
check-overview = { $lines ->
    [one] { $lines } cost line
   *[other] { $lines } cost lines
}, { $eur } EUR; { $unpaid } not yet paid; { $cases ->
    [one] { $cases } case
   *[other] { $cases } cases
}
check-no-findings = No findings.
check-rule = [{ $severity }] { $rule } — { $statement } ({ $findings }{ $money })
check-rule-ineligible = , { $amount } EUR ineligible
check-rule-to-correct = , { $amount } EUR to correct in the next claim
check-rule-not-convertible = , not convertible: { $amounts }
check-rule-overlaps = ; overlaps with { $rules }
check-case = case { $case }
check-finding-ineligible = { $amount } EUR ineligible
check-finding-to-correct = { $amount } EUR to correct in the next claim
check-finding-not-convertible = { $amount } { $currency } not convertible, excluded
check-finding-overlaps = also { $rules }
check-hint = hint: { $hint }
check-summary = Summary:
check-severity-eur = { $amount } EUR
check-overlap-note = { $lines ->
    [one] the lines above overlap on { $lines } cost line broken by more than one rule; the excluded total counts each cost once (the largest removal)
   *[other] the lines above overlap on { $lines } cost lines broken by more than one rule; the excluded total counts each cost once (the largest removal)
}
check-excluded = excluded from claims (block + error, each cost once): { $amount } EUR
check-reconcile-lines = cost lines: { $read } read = { $claimed } claimed + { $excluded } excluded + { $unpaid } not yet paid + { $foreign } not convertible
check-reconcile-partly = { $partly ->
    [one] ({ $partly } claimed line is partly excluded)
   *[other] ({ $partly } claimed lines are partly excluded)
}
check-reconcile-eur = EUR: { $read } read = { $claimed } claimed + { $excluded } excluded + { $vat } recoverable VAT + { $unpaid } not yet paid
check-claimed-means = claimed = eligible direct costs paid within the eligibility period, net of every exclusion (the flat-rate indirect costs come on top)
check-not-convertible = not convertible (no exchange rate for the document month): { $amounts }; excluded until the rate is added
check-currency-amount = { $lines ->
    [one] { $amount } { $currency } ({ $lines } cost line)
   *[other] { $amount } { $currency } ({ $lines } cost lines)
}
check-unaccounted = NOT RECONCILED: { $amount } EUR are not accounted for; please report this as a grantbook bug
