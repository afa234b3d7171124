# grantbook message catalogue: English, area "common" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).

## Glossary terms (the agreement's own words; glossary-lv-en.md)

-fund = AMIF
-state = state budget

## Severities

severity-block = block
severity-error = error
severity-warning = warning
severity-info = information

## Counts

findings-count = { $n ->
    [one] { $n } finding
   *[other] { $n } findings
}
rows-count = { $n ->
    [one] { $n } row
   *[other] { $n } rows
}
