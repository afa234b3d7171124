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

## The input templates (`grantbook template`)

template-required-for-headings = Obligāts pozīcijām
template-input-template = ievaddatu veidne
template-yes = jā
template-for-headings = pozīcijām
template-no = nē
template-activity-lines = Aktivitātes
template-apportioned = sadala pa aktivitātēm
template-budget-headings = Budžeta pozīcijas
template-per-case = katrai lietai: norādiet lietas Nr.
template-indirect-flat-rate = netiešās izmaksas aprēķina kā fiksētu likmi; tās netiek grāmatotas no rēķiniem
template-instructions-sheet = Norādījumi
template-what-expenses = izdevumu uzskaite (viena rinda katrai attaisnojuma dokumenta rindai)
template-what-cases = lietu reģistrs (viena rinda katrai personai)
template-what-rates = valūtas kursi (viena rinda mēnesim un valūtai)
template-step-fill = Aizpildiet pirmo lapu no 2. rindas, viena rinda katram ierakstam; virsraksta rindu nemainiet.
template-step-required = Zili virsraksti ir obligāti; pelēkie — pēc vajadzības. Kodus izvēlieties no saraksta šūnā.
template-step-columns = Kolonnu secību drīkst mainīt un pievienot savas kolonnas: tās tiek ignorētas. Neierakstiet vārdus, personas kodus, pases numurus.
template-step-then = Pēc tam: grantbook check, tad grantbook claim --period 2020-Q3.
template-column = Kolonna
template-field = Lauks
template-required = Obligāts
template-format = Formāts
template-meaning = Nozīme
template-example = Piemērs

## A file a command has written

common-wrote = saglabāts { $file }
