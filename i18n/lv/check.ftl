# grantbook message catalogue: Latvian, area "check" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).

## `grantbook check` ietvars terminālī (pašu konstatējumu teksti ir rules.ftl)

check-title = grantbook pārbaude — { $agreement }
check-input-expenses = izdevumi
check-input-cases = lietas
check-input-rates = kursi
check-rows = { $input } { $place }: rindas nolasītas { $read } = pieņemtas { $accepted } + noraidītas { $rejected }
check-notice = piezīme: { $text }
check-overview = izmaksu rindas: { $lines }, { $eur } EUR; vēl nav apmaksātas: { $unpaid }; lietas: { $cases }
check-no-findings = Konstatējumu nav.
check-rule = [{ $severity }] { $rule } — { $statement } ({ $findings }{ $money })
check-rule-ineligible = , neattiecināmās izmaksas { $amount } EUR
check-rule-to-correct = , koriģējamā summa nākamajā pieprasījumā { $amount } EUR
check-rule-not-convertible = , nav konvertējamas: { $amounts }
check-rule-overlaps = ; pārklājas ar { $rules }
check-case = lieta { $case }
check-finding-ineligible = neattiecināmās izmaksas { $amount } EUR
check-finding-to-correct = koriģējamā summa nākamajā pieprasījumā { $amount } EUR
check-finding-not-convertible = { $amount } { $currency } nav konvertējami, izslēgti
check-finding-overlaps = arī { $rules }
check-hint = padoms: { $hint }
check-summary = Kopsavilkums:
check-severity-eur = { $amount } EUR
check-overlap-note = { $lines ->
    [zero] augstāk minētās rindas pārklājas { $lines } izmaksu rindās, kurām ir vairāku noteikumu konstatējumi; izslēgtā kopsumma katru izmaksu ieskaita vienreiz (lielāko noņemto summu)
    [one] augstāk minētās rindas pārklājas { $lines } izmaksu rindā, kurai ir vairāku noteikumu konstatējumi; izslēgtā kopsumma katru izmaksu ieskaita vienreiz (lielāko noņemto summu)
   *[other] augstāk minētās rindas pārklājas { $lines } izmaksu rindās, kurām ir vairāku noteikumu konstatējumi; izslēgtā kopsumma katru izmaksu ieskaita vienreiz (lielāko noņemto summu)
}
check-excluded = izslēgts no pieprasījumiem (bloķējošie konstatējumi un kļūdas, katra izmaksa vienreiz): { $amount } EUR
check-reconcile-lines = izmaksu rindas: nolasītas { $read } = pieprasītas { $claimed } + izslēgtas { $excluded } + vēl nav apmaksātas { $unpaid } + nav konvertējamas { $foreign }
check-reconcile-partly = (no pieprasītajām rindām daļēji izslēgtas: { $partly })
check-reconcile-eur = EUR: nolasīts { $read } = pieprasīts { $claimed } + izslēgts { $excluded } + atgūstamais PVN { $vat } + vēl nav apmaksāts { $unpaid }
check-claimed-means = pieprasīts = attiecināmās tiešās izmaksas, kas apmaksātas attiecināmības periodā, atskaitot visas izslēgtās summas (netiešās izmaksas pēc vienotās likmes nāk klāt)
check-not-convertible = nav konvertējamas (nav valūtas kursa dokumenta mēnesim): { $amounts }; izslēgtas, līdz kurss tiks pievienots
check-currency-amount = { $lines ->
    [zero] { $amount } { $currency } ({ $lines } izmaksu rindu)
    [one] { $amount } { $currency } ({ $lines } izmaksu rinda)
   *[other] { $amount } { $currency } ({ $lines } izmaksu rindas)
}
check-unaccounted = NESASKAN: { $amount } EUR nav uzskaitīti; lūdzu, ziņojiet par šo grantbook kļūdu
