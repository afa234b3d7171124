# grantbook message catalogue: English, area "rules" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).
# The rule catalogue (`grantbook rules`): rule-<id>-statement and rule-<id>-without per rule;
# the findings' messages: <rule>-<what>, with the hint as the `.hint` attribute.

## Rule statements (one line) and what each rule does without its evidence

rule-per-01-statement = The cost is incurred (document date) within the eligibility period
rule-per-01-without = nothing: the document date is a required column
rule-per-02-statement = The cost is paid within the eligibility period (plus the payment grace days)
rule-per-02-without = no payment date (no column, or a blank cell): the cost is not yet paid, so it is not claimed and there is nothing to check
rule-per-03-statement = The payment date is not before the document date (else: an advance, to justify)
rule-per-03-without = no payment date: the cost is not yet paid and not checked
rule-bud-01-statement = The cost maps to an approved activity line and budget heading
rule-bud-01-without = nothing: the activity and the budget heading are required columns
rule-bud-02-statement = Cumulative spend per heading is within its budget plus the flexibility
rule-bud-02-without = no payment date: the cost is not yet claimed and does not use the budget
rule-bud-03-statement = The cumulative eligible total (with indirect costs) is within the grant
rule-bud-03-without = no payment date: the cost is not yet claimed and does not count against the grant
rule-bud-04-statement = Indirect costs are at most the flat rate × the eligible direct base
rule-bud-04-without = nothing: it checks the allocation, not an input
rule-doc-02-statement = A document (supplier, number, amount, case) is claimed only once
rule-doc-02-without = no currency column: every amount is EUR (the default); no case number: lines are compared without it
rule-fx-01-statement = A non-EUR cost has an exchange rate for its document month
rule-fx-01-without = no currency column: every amount is EUR and needs no rate
rule-vat-01-statement = VAT is no more than the amount; recoverable VAT is excluded from the eligible cost
rule-vat-01-without = no VAT column while the project says VAT is recoverable: no VAT is deducted and none can be checked; one warning “cannot verify” names the column, nothing is removed
rule-tg-01-statement = A person-linked cost names a case that exists in the case register
rule-tg-01-without = nothing: a cost under a per-case heading needs its case number (required for headings 4.x)
rule-tg-02-statement = The case is a third-country national (not EU/EEA/CH) on the cost date
rule-tg-02-without = nothing: the nationality is a required column
rule-tg-03-statement = A person-linked cost is for a case with a departure order date
rule-tg-03-without = no departure order date column: one warning “cannot verify” for the lines it concerns, nothing removed; a blank cell in the column is the finding (the register shows no order)
rule-tg-04-statement = A ticket is bought on or after the departure-order date
rule-tg-04-without = no departure order date (no column, or a blank cell): not checked; TG-03 reports it
rule-gdpr-01-statement = A case id is a pseudonym matching the project's case id pattern
rule-gdpr-01-without = nothing: the case number is a required column
rule-ret-01-statement = A cash allowance equals the tariff and its receipt is dated on the departure day (± tolerance)
rule-ret-01-without = no departure date (no column, or none yet for the case): the day is not checked, a warning “cannot verify” per allowance, nothing removed; the tariff is checked all the same
rule-ret-02-statement = A case receives the cash allowance at most once
rule-ret-02-without = no payment date: unpaid allowances count after the paid ones
rule-acc-01-statement = Accommodation and food cover only days between the departure order and departure
rule-acc-01-without = no service dates: the document date stands for the stay (dated from the departure order up to and including the departure day is within it; for accommodation the quantity counts nights back from it); a document dated after the departure day gives a warning “cannot verify”; no order or departure date: that end is not checked, a warning “cannot verify”, nothing removed
rule-acc-02-statement = Food money is at most the daily tariff × days
rule-acc-02-without = no quantity or service dates: the case's food money adds up, in payment order, against the tariff × the days from the departure order to the departure; without either date that cap is not checked: a warning “cannot verify”, nothing removed
rule-acc-03-statement = Accommodation and food only for a case without means and not detained
rule-acc-03-without = no “without means” or “detained” column, or a blank cell in it: that condition is not known; a warning “cannot verify” names the column (one for a missing column, one per line for a blank cell), nothing removed
rule-rei-01-statement = Reintegration only after a completed return (on or after the departure date)
rule-rei-01-without = no departure date (no column, or none yet for the case): a warning “cannot verify”, nothing removed
rule-rei-02-statement = Reintegration is delivered within the set months after departure
rule-rei-02-without = no departure date: the deadline is unknown; REI-01 warns about the line, nothing removed
rule-rei-03-statement = Reintegration per case is within the cap (a warning above a threshold if no cap)
rule-rei-03-without = no payment date: unpaid deliveries count after the paid ones
rule-fin-02-statement = Submitted claims are unchanged: the ledger still holds what a frozen quarter claimed
rule-fin-02-without = nothing: it compares the claim register with the ledger
rule-ind-01-statement = Indicator counts recomputed from the register: each person once per line
rule-ind-01-without = no sex, year of birth, vulnerable or country-of-return column: the breakdown shows those persons as unknown (and nobody as vulnerable); one warning “cannot verify” per missing column; no departure date column: a person with no stay or delivery has no event and is not counted, one warning says how many; no reintegration column: the selection is not checked

## `grantbook rules ID`

rules-list-rule = rule
rules-list-severity = severity
rules-list-statement = statement
rules-list-more = `grantbook rules ID` explains one rule.
rules-label-severity = severity
rules-label-removes = removes
rules-label-basis = basis
rules-label-parameters = parameters
rules-parameters-none = none
rules-values-from = values from { $file }
rules-no-project = no project file found: pass --project to see the values
rules-removes-whole-line = the whole cost line
rules-removes-excess = the excess over the tariff or cap
rules-removes-later-duplicate = the later entry of a duplicate pair
rules-removes-over-budget = the part over the budget (latest costs first)
rules-removes-nothing = nothing (for the reviewer's judgement)
rules-evidence = evidence
rules-evidence-none = no input column
rules-without = without it
rules-required = required
rules-optional = optional
rules-input-expenses = expense ledger
rules-input-cases = case register
rules-input-rates = exchange rates

## Evidence missing: "cannot verify" (warnings, nothing removed)

rules-missing-column = cannot verify { $what } for { $n ->
        [one] { $n } line
       *[other] { $n } lines
    }: the file has no column “{ $lv }” ({ $en }); nothing is removed
    .hint = add a column headed “{ $lv }” or “{ $en }” to the header row and fill it in
rules-blank-in-register = cannot verify { $what }: case { $case } has no “{ $lv }” ({ $en }) yet; nothing is removed
    .hint = fill in “{ $lv }” in the case register when it is known; the check runs again then
rules-what-allowance-day = the day of the cash allowance
rules-what-stay = the days of the stay
rules-what-food-days = the days of the food money
rules-what-order = the departure order
rules-what-return-first = that the return came first
rules-what-vat = that recoverable VAT is deducted
rules-what-accommodated = who may be accommodated
rules-what-breakdown = the indicator breakdown

## Findings, rule by rule

per01-outside = document date { $doc } is outside the eligibility period { $start } … { $end } (version { $version })
    .hint = a cost incurred outside the period cannot be claimed; check the date on the document
per02-outside = payment date { $paid } is outside { $start } … { $end }
    .hint = a cost paid outside the eligibility period cannot be claimed
per03-advance = paid { $paid }, before the document date { $doc }
    .hint = if this was an advance payment, keep the delivery proof with the document; otherwise correct the date

bud01-unknown-activity = unknown activity “{ $activity }”
    .hint = use one of { $lines }
bud01-unknown-heading = unknown budget heading “{ $heading }”
    .hint = use a heading code of the project file: { $codes }
bud01-heading-as-number = unknown budget heading “{ $heading }”
    .hint = did you mean “{ $close }”? A spreadsheet turns a typed { $close } into the number { $heading }: format the column as text, or pick the code from the template's list
bud01-indirect-booked = heading { $heading } (indirect costs) is a flat rate and is never booked from invoices
    .hint = book the cost under its direct heading, or leave it to the flat rate
bud01-no-budget = activity { $activity } has no budget under heading { $heading } in version { $version }
    .hint = book the cost under the line and heading that budget it
bud02-over = heading { $heading } reaches its limit { $limit } EUR (budget { $budget } + { $pct } %) with this cost paid { $paid } ({ $quarter }): { $over } EUR over
    .hint = the part above the heading's budget and flexibility is not eligible; an amendment of the budget would make room
bud03-over = the eligible total with indirect costs reaches the grant { $total } EUR with this cost paid { $paid }: { $over } EUR over
    .hint = costs beyond the grant total cannot be claimed
bud04-differs = { $quarter } line { $line }: indirect costs { $claimed } EUR on a base of { $base } EUR; { $pct } % allows { $allowed } EUR
    .hint = a defect in the allocation: please report it with the inputs

doc02-duplicate = document { $doc } of { $supplier } ({ $amount } { $currency }) is already entry { $first } ({ $cell }), paid { $paid }
    .hint = delete the second entry, or correct its document number if it is another document
doc02-duplicate-unpaid = document { $doc } of { $supplier } ({ $amount } { $currency }) is already entry { $first } ({ $cell }), not yet paid
    .hint = delete the second entry, or correct its document number if it is another document

fx01-no-rate = no { $currency } rate for { $month }: the amount { $amount } { $currency } cannot be converted and is excluded until the rate is added
    .hint = add the rate for { $month } { $currency } to the exchange-rate file

vat01-misfit = VAT { $vat } does not fit the amount { $amount } { $currency }
    .hint = VAT is the part of the amount that is tax: same sign, never more than the amount
vat01-kept = VAT { $vat } { $currency } stays in the eligible amount: the project file says VAT is not recoverable
    .hint = keep the tax authority's confirmation that the VAT is not recoverable

tg01-no-case = heading { $heading } is per case but the line names no case
    .hint = fill in the case number (Lietas Nr.) the cost is for
tg01-unknown-case = case “{ $case }” is not in the case register
    .hint = correct the case number, or add the case to the register
tg02-not-third-country = case { $case } has nationality { $nationality } ({ $cell }), not a third country on { $date }
    .hint = costs for EU/EEA/Swiss nationals are not eligible under { -fund }; correct the nationality if it is wrong
tg03-no-order = case { $case } has no departure order date ({ $cell })
    .hint = fill in the departure order date in the case register
tg04-before-order = ticket dated { $doc }, before the departure order of { $order } ({ $cell })
    .hint = a ticket bought before the order is not eligible; check both dates

gdpr01-lookalike = case id "{ $case }" has the look-alike letter '{ $letter }' ({ $code }, not Latin) at position { $pos }
    .hint = use pseudonymous ids such as AVR-2019-0042, never a name or a document number; type look-alike letters again in Latin
gdpr01-pattern = case id "{ $case }" does not match the pattern { $pattern }
    .hint = use pseudonymous ids such as AVR-2019-0042, never a name or a document number

ret01-off-day = allowance receipt dated { $doc }, { $gap ->
        [one] { $gap } day
       *[other] { $gap } days
    } from the departure on { $dep } (tolerance { $tolerance } days)
    .hint = the allowance is handed over on the departure day; check the receipt's date and the register's departure date
ret01-above-tariff = allowance { $amount } EUR, above the tariff { $tariff } EUR: { $excess } EUR excess
    .hint = only the tariff is eligible; the excess is removed
ret01-below-tariff = allowance { $amount } EUR, below the tariff { $tariff } EUR
    .hint = check the receipt: the returnee is entitled to the full tariff
ret02-second = a second allowance for case { $case }: the first is entry { $first } ({ $cell })
    .hint = the allowance is paid once per returnee; remove the second

acc01-reversed = the service ends { $to }, before it starts { $from }
    .hint = correct the service dates
acc01-dated-before-order = dated { $doc }, before the departure order of case { $case } ({ $first } … { $last }): the stay it pays for is before the order
    .hint = days before the departure order are not eligible; if the document is for later days, fill in its service dates
acc01-dated-after-departure = cannot verify the days of the stay: dated { $doc }, after the departure of case { $case } ({ $first } … { $last }), and no service dates; nothing is removed
    .hint = fill in “Pakalpojuma sākums” / “Pakalpojuma beigas” (Service from / to) for this line: the nights it pays for decide
acc01-after-departure = { $from } … { $to }: { $outside } of { $days } day(s) outside the stay of case { $case } ({ $first } … { $last })
    .hint = the night of the departure day and later days are not eligible; the days outside are removed
acc01-before-order = { $from } … { $to }: { $outside } of { $days } day(s) outside the stay of case { $case } ({ $first } … { $last })
    .hint = days before the departure order are not eligible; the days outside are removed
acc02-over-tariff = food money { $amount } EUR for { $days } day(s): the tariff allows { $max } EUR ({ $tariff } EUR/day)
    .hint = only the tariff × days is eligible; the excess is removed
acc02-over-stay = food money of case { $case } reaches { $sum } EUR with this line: the tariff allows { $cap } EUR for the { $days } day(s) from the departure order { $order } to the departure { $dep }
    .hint = only the tariff × the days of the stay is eligible; the excess is removed. If the line is for other days, fill in its quantity or service dates
acc03-detained = case { $case } is detained ({ $cell })
    .hint = accommodation and food are eligible only for returnees without means who are not detained; check the register
acc03-has-means = case { $case } is not marked without means ({ $cell })
    .hint = accommodation and food are eligible only for returnees without means who are not detained; check the register

rei01-before-departure = delivered { $doc }, before the departure on { $dep }
    .hint = reintegration assistance is eligible only after the return; check the dates
rei02-late = delivered { $doc }, after the deadline { $deadline } ({ $months } months after the departure on { $dep })
    .hint = reintegration delivered after the deadline is not eligible; check the delivery date
rei03-over-cap = case { $case } reaches { $sum } EUR of reintegration with this delivery, above the cap { $cap } EUR: { $removed } EUR removed
    .hint = only the cap per case is eligible; the excess is removed from the latest deliveries
rei03-above-threshold = case { $case } reaches { $sum } EUR of reintegration, above { $threshold } EUR
    .hint = no cap is set; check the package is reasonable and documented

fin02-deleted = entry { $entry } ({ $doc } { $amount } { $currency }) of { $quarter }, a submitted claim, is no longer in the ledger: claimed { $claimed } EUR, now 0.00 EUR
    .hint = { $quarter } was submitted and is frozen in the claim register: correct the difference in the next claim (a correction line), or restore the ledger entry
fin02-moved = entry { $entry } of { $quarter }, a submitted claim, is no longer paid in { $quarter } (payment date { $from } → { $to }): claimed { $claimed } EUR, now 0.00 EUR in { $quarter }
    .hint = { $quarter } was submitted and is frozen in the claim register: correct the difference in the next claim (a correction line), or restore the ledger entry
fin02-changed = entry { $entry } of { $quarter }, a submitted claim, changed ({ $changes }): claimed { $claimed } EUR, eligible now { $now } EUR
    .hint = { $quarter } was submitted and is frozen in the claim register: correct the difference in the next claim (a correction line), or restore the ledger entry
fin02-added = entry { $entry } ({ $doc } { $amount } { $currency }, paid { $paid }) was added to { $quarter }, a submitted claim: claimed 0.00 EUR, eligible now { $now } EUR
    .hint = { $quarter } was submitted and is frozen in the claim register: correct the difference in the next claim (a correction line), or restore the ledger entry
fin02-eligible-only = eligible amount, by the rules now in force
fin02-change = { $field } { $from } → { $to }
fin02-changes = { $head }; { $next }
fin02-field-doc-no = document no.
fin02-field-doc-date = document date
fin02-field-paid-date = payment date
fin02-field-activity = activity
fin02-field-heading = heading
fin02-field-case = case
fin02-field-currency = currency
fin02-field-amount = amount
fin02-field-eligible = eligible
fin02-none = none

ind01-no-ticket = case { $case } departed on { $dep } but the ledger has no ticket for it
    .hint = if the project paid it, book it with the case number; if not, no action
ind01-no-allowance = case { $case } departed on { $dep } but the ledger has no cash allowance for it
    .hint = if the project paid it, book it with the case number; if not, no action
ind01-not-selected = case { $case } has reintegration costs but is not marked for reintegration
    .hint = mark the case for reintegration in the register, or check the case number of the costs
ind01-above-target = line { $line }: { $n } persons, above { $pct } % of the target { $target } (version { $version })
    .hint = targets well exceeded usually call for an amendment of the agreement
ind01-no-departures = cannot count { $n ->
        [one] { $n } person
       *[other] { $n } persons
    } with costs: the register has no column “{ $lv }” ({ $en }), so the return has no date; not counted
    .hint = add a column headed “{ $lv }” or “{ $en }” to the case register and fill it in
ind01-missing-column = cannot verify the indicator breakdown for { $n ->
        [one] { $n } person
       *[other] { $n } persons
    }: the register has no column “{ $lv }” ({ $en }); the breakdown by it is not known
    .hint = add a column headed “{ $lv }” or “{ $en }” to the case register and fill it in

# The legal basis of each rule (`Rule::legal_basis`, src/rules/basis.rs).
rule-acc-01-basis = IeM call (accommodation and food until the voluntary return); project description (3 EUR/day until the departure day); brief §6 ACC-01
rule-acc-02-basis = Project description (3 EUR per day until departure); brief §3.1, §6 ACC-02
rule-acc-03-basis = IeM call 2018 (activity 3: returnees not detained and lacking means); brief §6 ACC-03
rule-bud-01-basis = Grant agreement, budget annex; brief §6 BUD-01
rule-bud-02-basis = Grant agreement, budget changes without amendment (flexibility between headings); brief §2.5, §6 BUD-02
rule-bud-03-basis = Grant agreement, maximum grant amount; brief §6 BUD-03
rule-bud-04-basis = Reg. (EU) 514/2014 Art. 18(1)(d) (flat-rate financing); grant agreement, indirect costs; brief §6 BUD-04
rule-doc-02-basis = Reg. (EU) 1046/2018 Art. 191 (no double funding); brief §6 DOC-02
rule-fin-02-basis = Brief §6 FIN-02 (cumulative = previous cumulative + this claim); §4.3 (carry-forward checks)
rule-fx-01-basis = Grant agreement, eligibility annex (conversion at the monthly accounting rate); brief §6 FX-01
rule-gdpr-01-basis = Reg. (EU) 2016/679 Art. 5(1)(c) and 25 (data minimisation, pseudonymisation); brief §5, §6 GDPR-01
rule-ind-01-basis = Commission Delegated Reg. (EU) 2017/207 (common indicators); grant agreement targets; brief §3.4, §6 IND-01/IND-02
rule-per-01-basis = Reg. (EU) 514/2014 Art. 17(3); grant agreement, eligibility period
rule-per-02-basis = Reg. (EU) 514/2014 Art. 17(3); grant agreement, eligibility period
rule-per-03-basis = Reg. (EU) 514/2014 Art. 18(1)(a) (costs actually incurred and paid); brief §6 PER-03
rule-rei-01-basis = Reg. (EU) 516/2014 Art. 12(e) (reintegration of returnees); brief §6 REI-01
rule-rei-02-basis = Grant agreement (reintegration within 12 months of return); brief §6 REI-02
rule-rei-03-basis = Grant agreement, reintegration package ceiling (assumed 2 000 EUR; confirm); brief §3.2, §6 REI-03
rule-ret-01-basis = Reg. (EU) 516/2014 Art. 12(c) (financial contributions); project description (100 EUR at departure); brief §3.1, §6 RET-01
rule-ret-02-basis = Project description (one allowance per returnee); brief §6 RET-02
rule-tg-01-basis = Reg. (EU) 516/2014 Art. 11 (target group); brief §6 TG-01
rule-tg-02-basis = Reg. (EU) 516/2014 Art. 2(a) and Art. 11 (target group: third-country nationals); brief §6 TG-02
rule-tg-03-basis = Reg. (EU) 516/2014 Art. 11; PMLP: who may apply for voluntary return (a departure order); brief §6 TG-03
rule-tg-04-basis = Project description (return after a departure order); brief §6 TG-04
rule-vat-01-basis = Reg. (EU) 1046/2018 Art. 186(4)(c) (recoverable VAT ineligible); grant agreement, eligibility annex; brief §6 VAT-01
