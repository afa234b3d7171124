# grantbook message catalogue: Latvian, area "common" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).

## Glossary terms (the agreement's own words; glossary-lv-en.md)

-fund = PMIF
-state = valsts budžets

## Severities

severity-block = bloķējošs
severity-error = kļūda
severity-warning = brīdinājums
severity-info = informācija

## Counts (Latvian plural forms: zero, one — 1, 21, 31 … but not 11 —, other)

findings-count = { $n ->
    [zero] { $n } konstatējumu
    [one] { $n } konstatējums
   *[other] { $n } konstatējumi
}
rows-count = { $n ->
    [zero] { $n } rindu
    [one] { $n } rinda
   *[other] { $n } rindas
}
