# grantbook message catalogue: Latvian, area "review" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).

## Report labels (the html template reads them as t.<key without "review-", "-" as "_">)

review-title = Maksājuma pieprasījuma pārbaude
review-sheet-summary = Kopsavilkums
review-sheet-differences = Atšķirības
review-sheet-sample = Izlase
review-sheet-checklist = Pārbaudes lapa
review-sheet-claim-checks = Pieprasījuma pārbaudes
review-sheet-projection = Izvērtējums
review-sheet-parked = Atliktie posteņi
review-sheet-previous = Iepriekšējais pieprasījums
review-sheet-report = Pārbaudes ziņojums
review-sheet-letter = Vēstule
review-claim-reviewed = Pārbaudītais pieprasījums
review-period = Pārskata periods
review-claim-number = Pieprasījuma Nr.
review-agreement = Granta līgums
review-version = līguma versija
review-hashes = Ievaddatu jaucējkodi
review-hashes-match = sakrīt ar norādītajiem ievaddatiem
review-hashes-differ = NESAKRĪT ar norādītajiem ievaddatiem
review-in-claim = Pieprasījumā
review-in-run = Šajā pārbaudē
review-differences-count = Atšķirības no pārrēķina
review-no-differences = Atšķirību nav
review-area = Joma
review-row-key = Rinda
review-what = Kolonna / izmaiņa
review-cell = Šūna
review-submitted = Iesniegts
review-recomputed = Pārrēķināts
review-method = Metode
review-formula = Formula ar šīs izlases skaitļiem
review-generator-label = Gadījumskaitļi
review-seed = Sākumvērtība
review-confidence = Ticamības līmenis, %
review-reliability-factor = Ticamības koeficients RF = −ln(1 − ticamība)
review-expansion-factor = Paplašinājuma koeficients EF
review-z = z (divpusējs)
review-sigma = σr, kļūdu īpatsvaru standartnovirze
review-sigma-source = σr ņemta no
review-tolerable-error-pct = Pieļaujamā kļūda (būtiskums), %
review-tolerable-error = Pieļaujamā kļūda TE (būtiskums), EUR
review-expected-error-pct = Sagaidāmā kļūda, %
review-expected-error = Sagaidāmā kļūda AE, EUR
review-population-items = Populācija: izmaksu rindas ar attiecināmo summu > 0
review-population-value = Populācijas vērtība BV, EUR
review-population-hash = Populācijas SHA-256
review-sample-size = Izlases apjoms n
review-interval = Izlases intervāls BV ÷ n (slāņotai izlasei — robežvērtība), EUR
review-random-start = Nejaušais sākums, EUR
review-high-value-items = Lielās vērtības slānis (pārbauda 100 %)
review-groups = Slāņi un izlases sadalījums
review-group = Slānis
review-items-count = Vienības
review-value = Vērtība, EUR
review-allocated = Piešķirts
review-selected = Izvēlēts
review-coverage = Aptvēruma noteikums
review-all-items = pārbauda visas populācijas vienības
review-items = vienības
review-row-no = Nr.
review-entry-id = Ieraksta Nr.
review-doc-no = Dokumenta Nr.
review-doc-date = Dokumenta datums
review-line = Aktivitāte
review-heading = Budžeta pozīcija
review-case-id = Lietas Nr.
review-book-value = Uzskaites vērtība (attiecināmā), EUR
review-stratum = Slānis
review-risks = Riska faktori
review-point = Izlases punkts, EUR
review-documents-to-see = Pārbaudāmie dokumenti
review-check-result = Rezultāts
review-error-type = Kļūdas veids
review-deducted = Atskaitītā summa, EUR
review-parking = Atlikšana
review-note = Piezīme
review-status = Statuss
review-checklist-help = Aizpildiet dzeltenās kolonnas, izvēloties vērtības no sarakstiem (Rezultāts; kļūdai — tās veids, atskaitītā summa un, ja to atliek, kā), saglabājiet ar citu nosaukumu un palaidiet: grantbook review --claim … --checklist <datne>
review-parked-help = Iepriekšējās pārbaudēs atliktie posteņi paliek sarakstā, līdz pārbaudītājs norāda statusu "novērsts".
review-check = Pārbaude
review-verified = Ko grantbook pārbaudīja automātiski
review-result = Rezultāts
review-res-ok = OK
review-res-finding = konstatējums
review-res-manual = manuāli
review-projection-pending = Izvērtējums: aizpildiet pārbaudes lapu un palaidiet vēlreiz ar --checklist
review-provisional = Provizorisks: ne visas izlases vienības vēl ir pārbaudītas, tāpēc secinājuma nav
review-items-sampled = Izlases vienības
review-items-checked = Pārbaudītās vienības
review-items-with-error = Vienības ar kļūdu
review-high-value-errors = Kļūdas pilnībā pārbaudītajos slāņos
review-taintings = Σ E ÷ BV (kļūdu īpatsvari)
review-projected = Projicētā kļūda
review-basic-precision = Pamata precizitāte RF(0) × SI
review-incremental-allowance = Papildu pieaugums (kļūdas sakārtotas pēc īpatsvara)
review-precision = Precizitāte
review-upper-limit = Kļūdas augšējā robeža
review-materiality = Būtiskuma slieksnis
review-total-error-rate = Kopējais kļūdu īpatsvars, %
review-corrections = Atskaitīts no šī maksājuma
review-residual-error-rate = Atlikušais kļūdu īpatsvars (projicētā − atskaitītā) ÷ (BV − atskaitītā), %
review-above-materiality = virs būtiskuma sliekšņa
review-within-materiality = nepārsniedz būtiskuma slieksni
review-verdict = Secinājums
review-knock-on = Atskaitījumi un to ietekme uz netiešajām izmaksām un finansējuma avotiem
review-indirect-effect = Netiešās izmaksas (likme × atskaitījums)
review-error-rate = E ÷ BV
review-total = Kopā
review-previous-file = Iepriekšējais pieprasījums
review-change = Izmaiņa
review-previous-value = Iepriekš
review-this-value = Šajā pieprasījumā
review-carry-forward-breaks = Kumulatīvo summu pārneses neatbilstības
review-no-changes = Izmaiņu nav
review-no-parked = Atlikto posteņu nav
review-conclusion = Secinājums
review-exit-code = Izpildes statuss
review-inputs = Ievaddati (SHA-256)
review-role = Loma
review-file = Datne
review-tool = Rīks
review-generated-by = Sagatavots ar
review-parked-period = Atlikts pieprasījumā

## Methods, strata, groups, risk factors

review-method-conservative = konservatīvā naudas vienību izlase ar sagaidāmo kļūdu
review-method-standard = standarta naudas vienību izlase
review-method-stratified = slāņotā naudas vienību izlase
review-method-nonstatistical = nestatistiskā (uz risku balstītā) izlase
review-generator = ChaCha8 ģenerators ar sākumvērtību { $seed }; katrai sistemātiskajai atlasei nejaušs sākums veselos centos intervālā [0; intervāls); nejaušajai atlasei sajaukšana pēc sākumvērtības
review-formula-conservative = n = ⌈BV · RF ÷ (TE − AE · EF)⌉ = ⌈{ $bv } × { $rf } ÷ ({ $te } − { $ae } × { $ef })⌉ = { $n }
review-formula-standard = n = ⌈(z · BV · σr ÷ (TE − AE))²⌉ = ⌈({ $z } × { $bv } × { $sigma } ÷ ({ $te } − { $ae }))²⌉, vismaz { $min }: n = { $n }
review-formula-stratified = robežvērtība: { $conservative }, BV ÷ n = { $cutoff }; vienības, kas to sasniedz, pārbauda 100 %; pārējās — pa budžeta pozīciju veidiem: n_pārējās = ⌈RF · BV_pārējās ÷ (TE − AE · EF)⌉ = ⌈{ $rf } × { $bvrest } ÷ ({ $te } − { $ae } × { $ef })⌉ = { $n }, sadalīts proporcionāli katra slāņa vērtībai (katram vismaz 1 vienība)
review-coverage-rule = vismaz { $pct } % vienību un vismaz { $min } (vai visas): { $n } no { $items }; vispirms vienības ar riska faktoriem (vairāk faktoru, tad lielāka vērtība), pārējās izvēlētas nejauši. Riska faktori: liela vērtība (vismaz { $high } % no populācijas vērtības), skaidras naudas izmaksa, piegādātājs, kam pirmo reizi maksāts šajā pieprasījumā, reintegrācija sniegta vairāk nekā { $late } dienas pēc izceļošanas, noteikuma konstatējums par izmaksu
review-group-rest = zem intervāla
review-kind-ordinary = citas izmaksas
review-kind-staff = personāls
review-kind-travel-document = ceļošanas dokumenti
review-kind-ticket = biļetes
review-kind-cash-allowance = naudas pabalsts
review-kind-transit = tranzīts un sagaidīšana
review-kind-reintegration = reintegrācija
review-kind-accommodation = izmitināšana
review-kind-food = pārtika un pirmās nepieciešamības preces
review-kind-indirect = netiešās izmaksas
review-risk-high-value = liela vērtība
review-risk-cash = skaidra nauda
review-risk-first-time-supplier = jauns piegādātājs
review-risk-late-reintegration = vēla reintegrācija
review-risk-rule-warning = noteikuma konstatējums
review-stratum-all = visas
review-stratum-high-value = liela vērtība
review-stratum-systematic = sistemātiska
review-stratum-risk = risks
review-stratum-random = nejauša

## The checklist's lists (accepted in this language only)

review-result-ok = OK
review-result-error = kļūda
review-error-type-missing-document = trūkst dokumenta
review-error-type-ineligible-cost = neattiecināmas izmaksas
review-error-type-wrong-amount = nepareiza summa
review-error-type-outside-period = ārpus perioda
review-error-type-double-funding = dubultā finansēšana
review-error-type-procurement = iepirkums
review-error-type-ineligible-person = neatbilstoša persona
review-error-type-other = cits
review-parking-deferred = atlikts uz nākamo pieprasījumu
review-parking-removed = izņemts no šī maksājuma
review-parking-not-an-error = nav kļūda
review-status-open = atvērts
review-status-cleared = novērsts
review-checklist-problems = { $n ->
    [one] pārbaudes lapā { $n } šūnu nevar pieņemt:
   *[other] pārbaudes lapā { $n } šūnas nevar pieņemt:
}
review-checklist-not-in-list = "{ $value }" nav saraksta vērtība (latviešu valodā: { $allowed })
review-checklist-not-an-amount = gaidīta atskaitītā summa, piemēram, 12,50 (nulle vai vairāk, centos), atrasts { $found }
review-checklist-values-hint = izvēlieties vērtības no šūnas nolaižamā saraksta (darbgrāmatas valodā); atskaitīto summu ievadiet kā skaitli
review-checklist-no-result = vispirms vajadzīgs rezultāts (OK vai kļūda)
review-checklist-ok-with-amount = rindā ar rezultātu OK neko neatskaita: notīriet summu vai atzīmējiet kļūdu
review-checklist-no-error-type = kļūdai jānorāda tās veids
review-checklist-no-amount = kļūdai jānorāda atskaitītā summa (vai atlikšana "nav kļūda")

## Evaluation

review-evaluation-stringer = projicētā = Σ E (100 % pārbaudītie slāņi) + Σ pa slāņiem (BVₕ ÷ nₕ) × Σ (Eᵢ ÷ BVᵢ); kļūdas augšējā robeža = projicētā + pamata precizitāte RF(0) × SI + papildu pieaugums Σ (RF(i) − RF(i−1) − 1) × SI × tᵢ pa kļūdu īpatsvariem t, sākot ar lielāko (Stringera robeža)
review-evaluation-stratified = projicētā = Σ E (vienības, kas sasniedz robežvērtību, un katra slāņa vienības, kas sasniedz tā intervālu) + Σ pa slāņiem (BVₕ ÷ nₕ) × Σ (Eᵢ ÷ BVᵢ); precizitāte = z × √(Σ BVₕ² ÷ nₕ × sₕ²) (sₕ — slāņa kļūdu īpatsvaru standartnovirze); kļūdas augšējā robeža = projicētā + precizitāte
review-evaluation-standard = projicētā = Σ E (100 % pārbaudītie slāņi) + (BV_pārējās ÷ n_pārējās) × Σ (E_i ÷ BV_i); precizitāte = z × BV_pārējās ÷ √n_pārējās × s (s — izlases kļūdu īpatsvaru standartnovirze); kļūdas augšējā robeža = projicētā + precizitāte
review-evaluation-ratio = projicētā = Σ E ÷ Σ BV pārbaudītajām vienībām × populācijas BV (attiecības novērtējums; nestatistiskai izlasei statistiskās precizitātes nav)
review-verdict-within = Projicētā kļūda { $projected } EUR un kļūdas augšējā robeža { $upper } EUR nepārsniedz būtiskuma slieksni { $materiality } EUR.
review-verdict-upper-limit-above = Projicētā kļūda { $projected } EUR nepārsniedz būtiskuma slieksni { $materiality } EUR, bet kļūdas augšējā robeža { $upper } EUR to pārsniedz: izlase pieprasījumu neapstiprina.
review-verdict-above = Projicētā kļūda { $projected } EUR PĀRSNIEDZ būtiskuma slieksni { $materiality } EUR.
review-not-yet-checked = { $n ->
    [one] { $n } no { $m } izlases vienībām vēl nav pārbaudīta
   *[other] { $n } no { $m } izlases vienībām vēl nav pārbaudītas
}: provizorisks izvērtējums, secinājuma nav.
review-conclusion-differences = { $n ->
    [one] Pārrēķins: { $n } atšķirība.
   *[other] Pārrēķins: { $n } atšķirības.
}
review-conclusion-not-filled = { $n ->
    [one] Jāaizpilda pārbaudes lapa ar { $n } vienību.
   *[other] Jāaizpilda pārbaudes lapa ar { $n } vienībām.
}

## Evidence per heading kind

review-evidence-ticket = e-biļete; iekāpšanas karte; rēķins; maksājuma apliecinājums
review-evidence-cash-allowance = atgriezušās personas parakstīta pabalsta saņemšanas kvīts; kases grāmata
review-evidence-reintegration = reintegrācijas plāns; SMO misijas piegādes un pieņemšanas akts; rēķins; valūtas kursa avots
review-evidence-accommodation = naktsmītnes rēķins; nakšņošanas uzskaites žurnāls; pārtikas naudas saņemšanas kvītis
review-evidence-staff = algu saraksts; darba laika uzskaites tabula; darba līgums
review-evidence-travel-document = rēķins vai nodevas kvīts; izsniegtā ceļošanas dokumenta kopija; maksājuma apliecinājums
review-evidence-transit = rēķins; tranzīta vai sagaidīšanas pakalpojuma apliecinājums; maksājuma apliecinājums
review-evidence-ordinary = rēķins; maksājuma apliecinājums; līgums vai iepirkuma dokumenti

## Claim-level checks

review-check-formal = Formālā atbilstība
review-check-arithmetic = Aritmētika
review-check-budget = Budžets
review-check-period = Attiecināmības periods
review-check-evidence = Pamatojošie dokumenti
review-check-target-group = Mērķa grupa
review-check-caps = Tarifi un ierobežojumi
review-check-fx = Valūtas kursi
review-check-vat = PVN
review-check-procurement = Iepirkumi
review-check-double-funding = Dubultā finansēšana
review-check-indicators = Rādītāji
review-check-publicity = Publicitāte
review-yes = jā
review-no = nē
review-check-formal-with-previous = grantbook pieprasījuma darbgrāmata: periods un ievaddatu jaucējkodi nolasīti no tās slēptās lapas; jaucējkodi sakrīt ar virsgrāmatu: { $hashes }; kumulatīvo summu pārnese no iepriekšējā pieprasījuma: neatbilstību skaits { $n }. Paraksti: manuāli.
review-check-formal-no-previous = grantbook pieprasījuma darbgrāmata: periods un ievaddatu jaucējkodi nolasīti no tās slēptās lapas; jaucējkodi sakrīt ar virsgrāmatu: { $hashes }. Iepriekšējais pieprasījums nav norādīts (--previous). Paraksti: manuāli.
review-check-arithmetic-verified = pieprasījums pārrēķināts no virsgrāmatas: atšķirību skaits { $n }; { -fund } + { -state } = attiecināmās izmaksas katrā rindā: { $split }
review-check-by-rules = { $what } (noteikumi { $rules }): konstatējumu skaits pārrēķinātajā pieprasījumā { $n }
review-check-what-budget = budžeta pozīcijas, elastība, netiešās izmaksas
review-check-what-period = izmaksu un maksājumu datumi attiecināmības periodā
review-check-what-target-group = lieta, trešās valsts pilsonis, rīkojuma un biļetes datumi
review-check-what-caps = pabalsta tarifs, naktis līdz izbraukšanai, reintegrācijas limits un termiņš
review-check-what-fx = valūtas kursi
review-check-what-vat = atgūstamais PVN izslēgts
review-check-what-duplicates = dokumentu dublikāti
review-check-what-indicators = rādītāji pārskaitīti no lietu reģistra
review-check-indirect-difference = ; netiešās izmaksas: pieprasītās − likme × bāze = { $amount }
review-check-evidence-verified = izlases izmaksu dokumentus pārbauda pārbaudītājs (pārbaudes lapa)
review-check-rates-used = ; izmantoto kursu skaits { $n }, katrs pārrēķins pārbaudīts
review-check-other-sources = ; finansējums no citiem avotiem: manuāli

## Differences and changes (codes of the json, words of the report)

review-area-row = rinda
review-area-financing = finansējums
review-area-document = dokuments
review-area-total = kopsumma
review-change-row-added = rinda pievienota
review-change-row-removed = rinda izņemta
review-change-budget-changed = budžets mainīts
review-change-claimed-again = pieprasīts atkārtoti
review-change-re-dated = mainīti datumi
review-change-amount-changed = mainīta summa
review-change-rate-changed = mainīts kurss
review-change-carry-forward = kumulatīvā pārnese

## Terminal summary

review-summary-head = grantbook pārbaude { $period } — { $agreement } ({ $file }, pieprasījums Nr. { $number })
review-summary-hashes-ok = ievaddatu jaucējkodi: pieprasījums sagatavots no norādītajiem ievaddatiem
review-summary-hash-differs = ievaddatu jaucējkodi NESAKRĪT: { $role } — pieprasījumā { $claimfile } { $claimhash }…, šajā pārbaudē { $runfile } { $runhash }…
review-summary-differences = pārrēķins: atšķirību skaits { $n }
review-summary-more = … vēl { $n } ziņojumā
review-summary-sample = izlase: { $method }, ticamība { $conf } %, pieļaujamā kļūda { $te } %, sagaidāmā kļūda { $ae } %, sākumvērtība { $seed }
review-summary-formula = { $formula }
review-summary-population = populācija: { $items ->
    [one] { $items } izmaksu rinda
   *[other] { $items } izmaksu rindas
}, { $bv } EUR, SHA-256 { $hash }…
review-summary-all = pārbauda visas izmaksu rindas ({ $n })
review-summary-mus = intervāls { $interval } EUR; lielās vērtības vienības { $hv } ({ $hvv } EUR) + sistemātiski izvēlētās { $sys } = pārbaudāmas { $n }
review-summary-stratified = robežvērtība { $interval } EUR; vienības, kas to sasniedz: { $hv } ({ $hvv } EUR) + slāņos atlasītās { $sys } = pārbaudāmas { $n }
review-summary-group = slānis { $group }: { $items ->
    [one] { $items } vienība
   *[other] { $items } vienības
}, { $value } EUR → piešķirtas { $allocated }, izvēlētas { $selected }
review-summary-nonstat = riska faktoru dēļ izvēlētas { $risk } + nejauši { $random } = pārbaudāmas { $n }
review-summary-fill = pārbaudes lapa: aizpildiet rezultātu (kļūdai — veidu, summu un atlikšanu), tad palaidiet vēlreiz ar --checklist DATNE
review-summary-evaluation = projicētā kļūda { $projected } EUR ({ $ppct } %), precizitāte { $precision } EUR, kļūdas augšējā robeža { $upper } EUR ({ $upct } %), būtiskuma slieksnis { $materiality } EUR
review-summary-rates = kopējais kļūdu īpatsvars { $ter } %, atskaitīts { $corrections } EUR, atlikušais kļūdu īpatsvars { $rer } %
review-summary-deductions = atskaitījumi { $deducted } EUR + netiešās izmaksas { $indirect } EUR = { $total } EUR ({ $split })
review-summary-parked = atliktie posteņi: atvērti { $open }, novērsti { $cleared }
review-summary-previous = iepriekšējais pieprasījums { $period } ({ $file }): izmaiņu skaits { $n }, pārneses neatbilstību skaits { $breaks }
review-summary-wrote = ierakstīts { $file }
review-replay-same = atkārtota atlase: tā pati izlase, { $n ->
    [one] { $n } vienība
   *[other] { $n } vienības
}, katra vienība sakrīt (metode { $method }, sākumvērtība { $seed }, populācijas SHA-256 { $hash }…)
review-replay-differs = atkārtota atlase: CITA izlase — pirmā atšķirība { $no }. vienībā: ierakstīts { $recorded }, atlasīts { $drawn }
review-replay-population-differs = atkārtota atlase: populācija atšķiras no ierakstītās (ierakstīts SHA-256 { $recorded }…, tagad { $now }…)

## Verification report and letter

review-report-intro = Maksājuma pieprasījuma Nr. { $number } par periodu { $period } pārbaude saskaņā ar granta līgumu { $agreement }, pārbaudot pieprasīto izmaksu izlasi.
review-report-population = Populācija: { $items ->
    [one] { $items } izmaksu rinda
   *[other] { $items } izmaksu rindas
} ar attiecināmajām izmaksām { $bv } EUR (SHA-256 { $hash }).
review-report-plan = Metode: { $method }; ticamība { $conf } %, būtiskuma slieksnis { $te } %, sagaidāmā kļūda { $ae } %, sākumvērtība { $seed }. { $formula }
review-report-results = Pārbaudītas { $checked } no { $sampled } izlases vienībām; ar kļūdu — { $errors }.
review-letter-subject = Par maksājuma pieprasījuma Nr. { $number } ({ $period }) pārbaudes rezultātiem
review-letter-opening = Atbildīgā iestāde ir pārbaudījusi maksājuma pieprasījumu Nr. { $number } par periodu { $period } saskaņā ar granta līgumu { $agreement }, pārbaudot izlasi — { $sampled } no { $items } izmaksu rindām.
review-letter-deductions = No šī maksājuma tiek atskaitītas šādas summas (ieskaitot netiešās izmaksas pēc vienotās likmes), sadalot pa finansējuma avotiem ({ -fund } un { -state }):
review-letter-no-deductions = No šī maksājuma nekas netiek atskaitīts.
review-letter-parked = Šie posteņi paliek atvērti un tiks pārbaudīti atkārtoti kopā ar nākamo pieprasījumu; lūdzam iesniegt trūkstošos pamatojošos dokumentus:
review-letter-no-parked = Atvērtu posteņu nav.
review-letter-pending = Šī vēstule ir projekts: { $n ->
    [one] { $n } izlases vienība vēl nav pārbaudīta.
   *[other] { $n } izlases vienības vēl nav pārbaudītas.
}
review-letter-closing = Pārējā daļā pieprasījums ir pārbaudīts un pieņemts.
review-letter-sources = { -fund } / { -state }
