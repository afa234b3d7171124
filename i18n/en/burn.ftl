# grantbook message catalogue: English, area "burn" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).


## Errors

burn-as-of-outside = { $option } { $date } is outside the dates a burn report can be made at: { $from } … { $to } (the eligibility period, with { $grace ->
        [one] { $grace } day
       *[other] { $grace } days
    } of payment grace after its end)
    .hint = hint: give a date from { $from } to { $to }, e.g. { $option } { $example }
burn-no-default-as-of = the ledger has no paid cost, so there is no default as-of date
    .hint = hint: give --as-of YYYY-MM-DD
