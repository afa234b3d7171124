# grantbook message catalogue: Latvian, area "burn" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).


## Kļūdas

burn-as-of-outside = { $option } { $date } ir ārpus datumiem, uz kuriem var sagatavot apguves tempa pārskatu: { $from } … { $to } (attiecināmības periods un maksājumiem pēc tā beigām vēl { $grace ->
        [zero] { $grace } dienu
        [one] { $grace } diena
       *[other] { $grace } dienas
    })
    .hint = ieteikums: norādiet datumu no { $from } līdz { $to }, piemēram, { $option } { $example }
burn-no-default-as-of = izdevumu uzskaitē nav neviena apmaksāta izdevuma, tāpēc nav noklusējuma pārskata datuma
    .hint = ieteikums: norādiet --as-of GGGG-MM-DD
