# grantbook message catalogue: English, area "findings" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).

## The claim's findings section: every cost line of the period accounted for

findings-reconciliation-title = Every cost line of the period accounted for
findings-col-lines = Cost lines
findings-col-eur = EUR
findings-read = Read: paid in the period, or not yet paid and dated up to its end (EUR with VAT; = the rows below)
findings-claimed = Claimed: eligible direct costs
findings-excluded = Excluded by findings, each cost once
findings-vat = Recoverable VAT deducted
findings-unpaid = Not yet paid: not claimable until paid
findings-not-convertible = Not convertible (no exchange rate for the document month), excluded: { $amounts }
findings-not-convertible-none = Not convertible (no exchange rate for the document month)
findings-note-partly = { $n ->
    [one] { $n } claimed cost line is partly excluded (the excess over a tariff or a cap).
   *[other] { $n } claimed cost lines are partly excluded (the excess over a tariff or a cap).
}
findings-note-overlaps = { $n ->
    [one] { $n } cost line is broken by more than one rule ({ $list }): the list above gives each rule's amount, so its total counts that cost more than once; the excluded amount counts it once (the largest removal).
   *[other] { $n } cost lines are broken by more than one rule ({ $list }): the list above gives each rule's amount, so its total counts those costs more than once; the excluded amount counts each once (the largest removal).
}
findings-note-to-correct = The list's total includes { $amount } EUR of differences to correct for quarters already submitted (FIN-02); they exclude nothing from this claim.
findings-note-claimed = Claimed = eligible direct costs paid within the eligibility period, net of every exclusion; the flat-rate indirect costs come on top.
findings-note-unaccounted = NOT RECONCILED: { $amount } EUR are not accounted for; please report this as a grantbook bug.
