# grantbook message catalogue: Latvian, area "claim" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).
# The claim's labels: `claim-<label>`; `render::labels::label(lang, "<label>")` reads them.


## Noslēguma pārskata atlikums (titullapa)

final-period-whole = viss attiecināmības periods
final-balance-title = Noslēguma norēķins
final-balance-eu-eligible = ES finansējuma daļa no attiecināmajām izmaksām kopā
final-balance-payments = Saņemtie maksājumi
final-balance-requested = Pieprasītais atlikuma maksājums
final-balance-to-recover = Atgūstamā summa (negatīvs atlikums)
final-balance-note = ES finansējuma daļa no attiecināmajām izmaksām kopā − saņemtie maksājumi = pieprasītais atlikuma maksājums (negatīvs: atgūstamā summa)
claim-title-interim = Maksājuma pieprasījums
claim-title-final = Noslēguma pārskats
claim-sheet-cover = Titullapa
claim-sheet-expenditure = Izdevumi
claim-sheet-financing = Finansējums
claim-sheet-indirect = Netiešās izmaksas
claim-sheet-indicators = Rādītāji
claim-sheet-documents = Dokumenti
claim-sheet-unpaid = Neapmaksātie
claim-sheet-findings = Konstatējumi
claim-sheet-rates = Valūtas kursi
claim-agreement = Granta līgums
claim-version = Līguma versija
claim-in-force-from = spēkā no
claim-project = Projekts
claim-beneficiary = Finansējuma saņēmējs
claim-responsible-authority = Atbildīgā iestāde
claim-fund = Fonds
claim-period = Pārskata periods
claim-claim-number = Pieprasījuma Nr.
claim-claim-type = Pieprasījuma veids
claim-type-interim = starpposma
claim-type-final = noslēguma
claim-eligible-period = Attiecināmās izmaksas šajā periodā
claim-eligible-cumulative = Attiecināmās izmaksas kopā (kumulatīvi)
claim-requested = Pieprasītā summa
claim-payments = Saņemtie maksājumi (avanss, starpposma maksājumi)
claim-payments-total = Saņemtie maksājumi kopā
claim-no-payments = Nav reģistrētu maksājumu
claim-payment-date = Datums
claim-payment-kind = Veids
claim-note = Piezīme
claim-interim-cap = Starpposma maksājumu griesti
claim-of-eu-grant = no ES finansējuma
claim-grant-total = Granta kopsumma
claim-signatory = Parakstītājs
claim-signature = Paraksts
claim-date = Datums
claim-inputs = Ievaddati (SHA-256)
claim-role = Loma
claim-file = Datne
claim-tool = Rīks
claim-line = Aktivitāte
claim-heading = Budžeta pozīcija
claim-name = Nosaukums
claim-budget = Budžets
claim-earlier = Iepriekšējos pieprasījumos
claim-this-period = Šajā periodā
claim-cumulative = Kopā (kumulatīvi)
claim-remaining = Atlikums
claim-used-pct = Izlietojums, %
claim-by-line = Pa aktivitātēm
claim-by-heading = Pa budžeta pozīcijām
claim-flex-limit = Elastības robeža
claim-headroom = Elastības rezerve
claim-total = Kopā
claim-eligible = Attiecināmās
claim-check-sources = Pārbaude: avoti − attiecināmās
claim-rounding = Noapaļošana
claim-split-holds = Avotu summa ir vienāda ar attiecināmajām izmaksām visās rindās
claim-rows-checked = pārbaudītas rindas
claim-largest-difference = lielākā starpība
claim-by-quarter = Pa ceturkšņiem
claim-quarter = Ceturksnis
claim-frozen-from-register = Iepriekšējo pieprasījumu summas no iesniegto pieprasījumu reģistra
claim-direct-base = Attiecināmo tiešo izmaksu bāze
claim-rate-pct = Likme, %
claim-allowed = Pieļaujamās
claim-claimed = Pieprasītās
claim-difference = Starpība
claim-indicator = Rādītājs
claim-target = Mērķa vērtība
claim-pct-target = % no mērķa
claim-persons = Personas
claim-women = Sievietes
claim-men = Vīrieši
claim-sex-other = Cits / nav norādīts
claim-children = Bērni (0–17)
claim-adults = Pieaugušie (18+)
claim-age-unknown = Vecums nav zināms
claim-vulnerable = Ievainojamas personas
claim-country = Atgriešanās valsts
claim-by-country = Pa atgriešanās valstīm
claim-suppressed-note = Skaitļi, kas mazāki par slieksni, nav publicēti
claim-threshold = slieksnis
claim-entry-id = Ieraksta Nr.
claim-doc-no = Dokumenta Nr.
claim-doc-date = Dokumenta datums
claim-paid-date = Apmaksas datums
claim-supplier = Piegādātājs
claim-description = Apraksts
claim-case-id = Lietas Nr.
claim-currency = Valūta
claim-amount = Summa
claim-rate = Kurss
claim-rate-source = Kursa avots
claim-eur = Summa EUR
claim-vat = PVN EUR
claim-ineligible = Neattiecināmās
claim-rules = Noteikumi
claim-source = Avots
claim-documents-title = Izdevumus pamatojošo dokumentu saraksts
claim-unpaid-title = Neapmaksātās izmaksas (vēl nav pieprasāmas)
claim-none = Nav
claim-rule = Noteikums
claim-severity = Nozīmīgums
claim-where = Vieta
claim-message = Konstatējums
claim-hint = Ieteikums
claim-ineligible-amount = Neattiecināmā vai koriģējamā summa
claim-month = Mēnesis
claim-notices = Paziņojumi
claim-expenditure-title = Izdevumi pa aktivitātēm un budžeta pozīcijām
claim-financing-title = Finansējuma sadalījums pa avotiem
claim-indirect-title = Netiešo izmaksu aprēķins
claim-indicators-title = Rādītāji: atbalstītās personas
claim-findings-title = Konstatējumi un izslēgtās summas
claim-rates-title = Izmantotie valūtas kursi
claim-generated-by = Sagatavots ar
claim-page-of = Lapa { $page } no { $pages }
claim-rounding-method = Katru ceturksni aprēķina atsevišķi: kopīgās izmaksas katrā budžeta pozīcijā sadala pa aktivitātēm pēc atslēgas (lielākā atlikuma metode, vienādos gadījumos aktivitātei ar mazāko kodu); netiešās izmaksas katrai aktivitātei = likme × attiecināmās tiešās izmaksas, noapaļotas līdz centam (pusi centa noapaļo uz augšu); ES daļa = daļa × ceturkšņa kopsumma, noapaļota līdz centam tāpat, un to sadala pa aktivitāšu un budžeta pozīciju šūnām ar lielākā atlikuma metodi (vienādos gadījumos mazākajam kodam); līdzfinansējums = kopsumma − ES daļa katrā šūnā. Gadi, noslēguma pārskats un kumulatīvās kolonnas ir ceturkšņu summas.
claim-split-differs = avotu summa atšķiras no attiecināmajām izmaksām

## The findings workbook and page (`check --format xlsx|html`)

claim-findings-report = Konstatējumu saraksts
claim-findings-sheet = Konstatējumi
claim-findings-intro = Katrs konstatējums ir viena rinda: noteikums, nozīmīgums, šūna ievaddatos un ieraksta galvenie lauki. Labojiet ievaddatus norādītajā šūnā un palaidiet pārbaudi vēlreiz.
claim-findings-none = Konstatējumu nav
claim-statement = Prasība
claim-amount-removed = Izslēgtā summa
claim-inputs-title = Ievaddati
claim-summary = Kopsavilkums

## The inputs a report names, with their SHA-256

claim-input-project = projekta datne
claim-input-expenses = izdevumu uzskaite
claim-input-cases = lietu reģistrs
claim-input-rates = valūtas kursi
claim-input-rules = noteikumu katalogs
claim-input-claim = maksājuma pieprasījums
claim-input-previous = iepriekšējais maksājuma pieprasījums
claim-rule-catalogue = { $n ->
    [zero] grantbook noteikumi ({ $n } noteikumu)
    [one] grantbook noteikumi ({ $n } noteikums)
   *[other] grantbook noteikumi ({ $n } noteikumi)
}

## The claim's terminal summary

claim-summary-title = grantbook maksājuma pieprasījums { $period } — { $agreement } (versija { $version })
claim-summary-final = noslēguma pārskats
claim-summary-period = periods { $from } … { $to }: { $lines ->
    [zero] { $lines } izmaksu rindu
    [one] { $lines } izmaksu rinda
   *[other] { $lines } izmaksu rindas
}
claim-summary-eligible = attiecināmās izmaksas šajā periodā { $eligible } EUR = { $sources }
claim-summary-cumulative = kumulatīvi { $cumulative } EUR no budžeta { $budget } EUR
claim-summary-findings = konstatējumi: { $n } (izslēdz { $excluding }: { $amount } EUR)
claim-summary-unpaid = vēl nav apmaksātas, nav pieprasāmas: { $lines ->
    [zero] { $lines } izmaksu rindu
    [one] { $lines } izmaksu rinda
   *[other] { $lines } izmaksu rindas
}
claim-summary-not-convertible = nav konvertējamas (nav valūtas kursa), izslēgtas: { $amounts }
claim-summary-to-correct = FIN-02: labojams { $amount } EUR par jau iesniegtajiem ceturkšņiem
