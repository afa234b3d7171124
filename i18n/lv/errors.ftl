# grantbook message catalogue: Latvian, area "errors" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).


## The frame of every error
err-label-error = kļūda
err-label-hint = padoms
err-unreadable = { $file }: failu nevar nolasīt: { $reason }
err-cells = { $place }: { $n ->
        [zero] { $n } šūnu nevar nolasīt
        [one] { $n } šūnu nevar nolasīt
       *[other] { $n } šūnas nevar nolasīt
    }; nolasītas rindas { $read } = { $accepted } pieņemtas + { $rejected } noraidītas
err-cells-more = … un vēl { $n }
err-cells-nothing-written = nekas netika ierakstīts: izlabojiet šūnas un palaidiet vēlreiz
err-problem = { $at } ({ $field }): gaidīts: { $expected }; atrasts: { $found }
err-detail = { $detail }
err-io-not-found = šāda faila vai mapes nav
err-io-permission = nav piekļuves tiesību
err-io-exists = fails jau pastāv
err-io-other = sistēmas kļūda: “{ $detail }”

## A cell as found
err-cell-empty = tukša šūna
err-cell-text = { $value }
err-cell-number = skaitlis { $value }
err-cell-date = datums { $value }
err-cell-bad-date = nederīgs datums (kārtas numurs { $value })
err-cell-bool = loģiskā vērtība { $value }
err-cell-formula-error = formulas kļūda { $value }

## Cells: what was expected (import/sheet/cells.rs)
err-exp-value = vērtība
err-exp-text = teksts
err-exp-date = datums, piemēram, 2020-07-15 vai 15.07.2020
err-exp-date-range = datums no 1900. līdz 2100. gadam
err-exp-finite = galīgs skaitlis
err-exp-below-1e28 = summa, mazāka par 10^28
err-exp-amount = summa, piemēram, 1234.56
err-exp-amount-text = summa, piemēram, 1234.56 vai 1 234,56
err-exp-decimals = summa ar ne vairāk kā { $decimals } zīmēm aiz komata ({ $currency })
err-exp-yes-no = jā vai nē (yes / no)
err-exp-year = gads, piemēram, 1987
err-exp-month = mēnesis, piemēram, 2020-07
err-exp-required = vērtība (lauks ir obligāts)
err-hint-formula = šūnas formula dod { $error }: izlabojiet formulu vai ierakstiet vērtību
err-hint-as-text = ierakstiet vērtību kā tekstu
err-hint-date-formatted-text = šūnai ir datuma formāts: nomainiet to uz tekstu
err-hint-plain-number = šūnā ir skaitlis: nomainiet kolonnas formātu uz datumu vai ierakstiet datumu kā 2020-07-15
err-hint-not-calendar = datuma šūnā nav kalendāra datuma
err-hint-type-date = ierakstiet datumu kā 2020-07-15
err-hint-year = pārbaudiet gadu; divciparu gads netiek pieņemts
err-hint-date-slash = rakstiet datumus kā 2020-07-15 (ISO) vai 15.07.2020. (latviešu formāts); slīpsvītras ir divdomīgas (03/04/2020 ir marts vai aprīlis)
err-hint-date-form = rakstiet datumus kā 2020-07-15 (ISO) vai 15.07.2020. (latviešu formāts)
err-hint-no-such-day = šādas dienas kalendārā nav
err-hint-nan = šūnā ir NaN vai bezgalība
err-hint-too-large = skaitlis ir pārāk liels, lai būtu summa
err-hint-date-formatted-number = šūnai ir datuma formāts: nomainiet to uz skaitli
err-hint-type-amount = ierakstiet summu
err-hint-one-separator = lietojiet vienu decimālatdalītāju (punktu vai komatu) un atstarpes starp tūkstošiem, piemēram, 1 234,56
err-hint-nan-amount = NaN vai bezgalība nav summa: ierakstiet summu no dokumenta
err-hint-digits = ierakstiet tikai ciparus ar decimālpunktu vai komatu
err-hint-round = noapaļojiet summu līdz valūtas mazākajai vienībai, kā dokumentā
err-hint-yes-no = ierakstiet jā vai nē
err-hint-four-digits = ierakstiet četrus ciparus
err-hint-birth-year = ierakstiet tikai dzimšanas gadu, četrus ciparus
err-hint-month = rakstiet mēnesi kā GGGG-MM
err-hint-month-text = rakstiet mēnesi kā tekstu, GGGG-MM
err-hint-required = aizpildiet “{ $what }” šajā rindā vai izdzēsiet rindu

## Files and workbooks (import/sheet/grid.rs, stream.rs, zip_bounds.rs, import/mod.rs)
err-hint-check-path = pārbaudiet ceļu vai norādiet failu ar --expenses / --cases / --rates
err-folder = tā ir mape, nevis fails
err-hint-name-spreadsheet = norādiet izklājlapas failu
err-hint-permissions = pārbaudiet faila piekļuves tiesības
err-too-big = faila lielums ir { $len } baiti, vairāk par robežu { $limit }
err-hint-split-year = sadaliet uzskaiti pa gadiem
err-empty-file = fails ir tukšs
err-hint-export-again = eksportējiet lapu vēlreiz
err-reader-panicked = darbgrāmata ir bojāta: izklājlapu lasītājs to nespēja nolasīt
err-hint-resave = atveriet to Excel vai LibreOffice un saglabājiet vēlreiz
err-hint-resave-mail = atveriet to Excel vai LibreOffice un saglabājiet vēlreiz; ja tas saņemts e-pastā, palūdziet sūtītājam failu tādu, kādu viņš to saglabāja
err-encrypted = darbgrāmata ir aizsargāta ar paroli (šifrēta)
err-hint-encrypted = atveriet to Excel vai LibreOffice, noņemiet paroli (Fails › Informācija › Aizsargāt darbgrāmatu vai Saglabāt kā bez paroles) un saglabājiet vēlreiz
err-xls-loop = xls fails ir bojāts: tā sektoru ķēde veido cilpu
err-hint-resave-xlsx = atveriet to Excel vai LibreOffice un saglabājiet vēlreiz kā .xlsx
err-xls-too-many = tā lapas aptver { $n } šūnas, vairāk par xls darbgrāmatas robežu { $limit } (bojāts fails vai šūnas tālu ārpus tabulas)
err-hint-delete-far = izdzēsiet neizmantotās šūnas tālu no tabulas un saglabājiet kā .xlsx
err-not-workbook = nav nolasāma xlsx, xls vai ods darbgrāmata (lasītāja ziņojums: “{ $detail }”)
err-hint-not-workbook = saglabājiet to kā .xlsx, .ods vai .csv (teksta eksportam jābūt ar paplašinājumu .csv); ar paroli aizsargāta darbgrāmata jāsaglabā bez paroles
err-sheet-unreadable = lapu “{ $sheet }” nevar nolasīt (lasītāja ziņojums: “{ $detail }”)
err-hint-resave-workbook = saglabājiet darbgrāmatu vēlreiz no Excel vai LibreOffice
err-grid-too-big = lapa “{ $sheet }” palielina darbgrāmatas režģi virs šī formāta robežas { $limit } šūnas
err-hint-ctrl-end = izdzēsiet neizmantotās šūnas tālu no tabulas (Ctrl+End parāda pēdējo izmantoto šūnu) un saglabājiet kā .xlsx
err-too-many-cells = lapa “{ $sheet }” palielina darbgrāmatu virs robežas { $limit } šūnas
err-hint-ctrl-end-split = izdzēsiet neizmantotās kolonnas un rindas tālu no tabulas (Ctrl+End parāda pēdējo izmantoto šūnu) vai sadaliet uzskaiti pa gadiem
err-zip-truncated = darbgrāmata ir bojāta vai nepilnīga (tās zip satura rādītāja trūkst vai tas ir bojāts)
err-hint-copy-again = nokopējiet failu vēlreiz no vietas, kur tas saglabāts, vai atveriet to Excel vai LibreOffice un saglabājiet vēlreiz
err-zip-bomb = tā daļas atpakotas aizņemtu vairāk nekā { $gib } GiB (daļa “{ $part }” vien norāda { $size } baitus): bojāts fails vai dekompresijas bumba
err-hint-resave-split = atveriet to Excel vai LibreOffice un saglabājiet vēlreiz vai sadaliet uzskaiti pa gadiem
err-binary-csv = fails ir binārs, nevis teksts
err-hint-binary-csv = eksportējiet lapu kā csv vai norādiet .xlsx / .ods failu
err-bad-csv-line = { $line }. rinda nav derīgs csv (lasītāja ziņojums: “{ $detail }”)
err-hint-csv-quotes = pārbaudiet pēdiņas šajā rindā
err-rows-out-of-order = lapā “{ $sheet }” { $row }. rinda ir pēc { $previous }. rindas (rindas nav pēc kārtas)
err-hint-resave-workbook-open = atveriet darbgrāmatu Excel vai LibreOffice un saglabājiet vēlreiz
err-file-reader-panicked = fails ir bojāts: lasītājs to nespēja nolasīt
err-input-not-named = { $what } fails nav norādīts
err-hint-input-not-named = norādiet to projekta faila sadaļā [inputs] vai ar { $flag } FAILS
err-reader-stopped = lasītājs negaidīti apstājās
err-hint-run-again = palaidiet vēlreiz; ja kļūda atkārtojas, ziņojiet par to
err-no-project = mapē ./budgets/ nav projekta faila (*.toml)
err-hint-no-project = palaidiet grantbook no projekta mapes vai norādiet --project FAILS
err-several-projects = mapē ./budgets/ ir vairāki projekta faili: { $files }
err-hint-several-projects = izvēlieties vienu ar --project FAILS
err-zip-long-run = tās daļā “{ $part }” ir vairāk nekā { $mib } MiB bez šūnas robežas (atpakotā XML { $at }. baitā): bojāts fails vai dekompresijas bumba
err-zip-doctype = tās daļa “{ $part }” deklarē dokumenta tipu (DTD), ko neviena izklājlapu programma neraksta
err-zip-big-part = tās daļa “{ $part }” atpakota aizņem vairāk nekā { $size } baitus, vairāk par robežu { $mib } MiB daļai, kas nav lapa
err-zip-strings = tās koplietotās virknes ({ $strings } virknes, { $bytes } baiti) ir daudz vairāk, nekā tās { $cells } šūnas varētu izmantot: bojāts fails vai dekompresijas bumba
err-zip-damaged = tās daļu “{ $part }” nevar atpakot (lasītāja ziņojums: “{ $detail }”): darbgrāmata ir bojāta

## Header rows (import/sheet/header.rs)
err-of-expenses = izdevumu uzskaites
err-of-cases = lietu reģistra
err-of-rates = valūtas kursu
err-sheet-not-found = projekta failā norādītās { $what } lapas “{ $sheet }” darbgrāmatā nav
err-hint-sheets-are = darbgrāmatas lapas: { $sheets }
err-header-twice = { $prefix }galvenes rindā ({ $row }. rinda) lauks “{ $name }” ir divreiz: kolonnā { $a } (“{ $text_a }”) un kolonnā { $b } (“{ $text_b }”)
err-sheet-prefix = lapa “{ $sheet }”: 
err-hint-header-twice = atstājiet vienu kolonnu ar virsrakstu “{ $lv }” vai “{ $en }”, otru pārdēvējiet vai izdzēsiet
err-at-sheet-row = lapa “{ $sheet }”, { $row }. rinda
err-at-row = { $row }. rinda
err-header-lacks = { $what } galvenes rindā (tuvākā atbilstība: { $at }) trūkst { $n ->
        [one] obligātās kolonnas
       *[other] obligāto kolonnu
    } { $columns }
err-hint-header-lacks = pievienojiet kolonnu ar šo virsrakstu (latviski vai angliski) vai piesaistiet savu virsrakstu laukam projekta faila sadaļā [columns]
err-no-header = nevienā redzamajā lapā nav { $what } galvenes rindas (pārbaudītas: { $sheets })
err-hint-no-header = galvenes rindā vajadzīgas kolonnas { $columns }
err-hint-hidden-sheet = slēptajā lapā “{ $sheet }” ir { $what } galvene: padariet lapu redzamu vai norādiet to projekta faila sadaļā `[inputs]` (`expenses_sheet`, `cases_sheet` vai `rates_sheet`)

## Ledger, register and rate cells (import/expenses.rs, cases.rs, rates.rs)
err-exp-currency = ISO 4217 valūtas kods, piemēram, EUR, USD vai IQD
err-hint-currency-default = atstājiet šūnu tukšu, ja valūta ir { $currency }, vai ierakstiet trīsburtu kodu
err-exp-amount-limit = summa, mazāka par 1 000 000 000 000
err-hint-amount-limit = pārbaudiet šūnu: summa ir lielāka par jebkuru grantu
err-exp-quantity = daudzums, mazāks par 1 000 000
err-hint-quantity = ierakstiet dienu, personu vai vienību skaitu
err-exp-sex = F, M vai X
err-hint-sex = ierakstiet F (sieviete), M (vīrietis) vai X
err-exp-country = ISO 3166 valsts kods, piemēram, IQ vai IRQ
err-hint-country = ierakstiet divu vai trīs burtu kodu; bezvalstniekiem XX
err-exp-currency-rate = ISO 4217 valūtas kods, piemēram, USD vai IQD
err-hint-three-letter = ierakstiet trīsburtu kodu
err-exp-rate-min = pozitīvs kurss, vismaz 0,000001 (vienības par 1 EUR)
err-exp-rate-max = kurss, ne lielāks par 1 000 000 000 (vienības par 1 EUR)
err-hint-rate = ierakstiet, cik valūtas vienību var nopirkt par vienu euro

## The ledger as a whole (ledger.rs)
err-exp-entry-once = ieraksta numurs, kas lietots vienreiz
err-found-also-in = “{ $value }”, arī šūnā { $cell }
err-hint-entry-once = piešķiriet katrai uzskaites rindai savu ieraksta numuru
err-no-case-column = { $prefix }galvenes rindā { $row } nav lietas numura kolonnas, bet { $n ->
        [one] { $n } izmaksu rinda ir budžeta pozīcijā
       *[other] { $n } izmaksu rindas ir budžeta pozīcijās
    }, kas attiecas uz lietām (pirmā: ieraksts { $entry }, budžeta pozīcija { $heading })
err-hint-no-case-column = pievienojiet kolonnu “Lietas Nr.” ar lietas numuru katrai ar personu saistītai izmaksu rindai
err-exp-case-once = lietas numurs, kas lietots vienreiz
err-hint-case-once = viena rinda katrai personai: apvienojiet abas rindas
err-exp-rate-once = viens kurss mēnesim un valūtai
err-found-rate-twice = { $month } { $currency } divreiz ({ $first } un { $second })
err-hint-rate-once = atstājiet projekta failā norādītā avota kursu un izdzēsiet otru rindu
err-sheet-prefix-plain = lapa { $sheet }: 

## grantbook's own files read back (import/readback/*.rs)
err-hint-register-restore = maksājumu pieprasījumu reģistrā ir faili, ko rakstījis `grantbook claim --submit`; atjaunojiet failu no iesniegtā pieprasījuma (rezerves kopijas vai iestādei nosūtītās kopijas) vai izdzēsiet to un iesniedziet ceturksni vēlreiz
err-not-frozen = nav iesniegta (iesaldēta) pieprasījuma fails (lasītāja ziņojums: “{ $detail }”)
err-register-format = formāts “{ $format }”, nevis “{ $expected }” (ieraksts bez kontrolsummas no agrākas grantbook versijas vai nav iesaldēta pieprasījuma fails)
err-register-checksum = tā saturs neatbilst kontrolsummai “{ $checksum }”: fails mainīts pēc tam, kad { $quarter } tika iesniegts
err-register-quarter = ceturksnis “{ $quarter }”
err-hint-register-quarter = gaidīts ceturksnis, piemēram, 2020-Q3
err-register-name = tajā ir { $quarter }, kura failam jābūt nosauktam { $named }
err-hint-register-name = pārdēvējiet failu atpakaļ vai atjaunojiet to no iesniegtā pieprasījuma
err-register-agreement = iesaldēts līgumam “{ $agreement }”, bet projekts ir “{ $project }”
err-hint-register-agreement = pārvietojiet failu uz sava līguma reģistra mapi
err-not-claim-workbook = nav grantbook maksājuma pieprasījuma darbgrāmata: { $why }
err-hint-not-claim-workbook = norādiet claim-<periods>.xlsx, ko sagatavoja `grantbook claim` (tajā ir slēpta lapa _grantbook)
err-not-review-workbook = nav grantbook pārbaudes darbgrāmata: { $why }
err-hint-not-review-workbook = norādiet review-<periods>.xlsx, ko sagatavoja `grantbook review`, aizpildītu un saglabātu ar citu nosaukumu
err-why-no-meta = tajā nav lapas _grantbook
err-why-report-kind = tās lapa _grantbook norāda, ka tas ir pārskats “{ $kind }”
err-why-no-kind = tās lapa _grantbook nenorāda pārskata veidu
err-why-no-key = tās lapā _grantbook nav “{ $key }” (rakstījusi vecāka grantbook versija?); sagatavojiet pieprasījumu vēlreiz
err-why-period = { $detail }
err-why-sheet-missing = trūkst lapas “{ $sheet }” ({ $role })
err-why-not-row = { $key } nav rindas numurs
err-why-not-column = { $key } nav kolonna
err-why-missing = trūkst { $key }
err-why-sheet-gone = trūkst lapas “{ $sheet }”
err-why-not-review = tās lapa _grantbook nenorāda, ka tā ir pārbaude
err-why-not-a-row = { $key } nav rinda
err-checklist-problems = { $problems }

## The project file (import/project.rs)
err-prj-hint-pass = norādiet projekta failu ar --project budgets/NOSAUKUMS.toml
err-prj-hint-syntax = izlabojiet TOML sintaksi šajā rindā
err-prj-table-at-line = {" "}(tās tabula sākas { $line }. rindā)
err-prj-at-line = {" "}({ $line }. rinda)
err-prj-missing-key = trūkst atslēgas{ $at }
err-prj-hint-missing-key = pievienojiet atslēgu; katra atslēga paskaidrota komplektā iekļautajā budgets/ak-iom-pmif-2018-1.toml
err-prj-keys-here = ; šeit derīgās atslēgas: `{ $keys }`
err-prj-unknown-key = nezināma atslēga “{ $name }”{ $at }{ $keys }
err-prj-hint-unknown-key = izdzēsiet atslēgu vai izlabojiet tās rakstību; atslēgas uzskaitītas komplektā iekļautajā budgets/ak-iom-pmif-2018-1.toml
err-prj-wrong-type = nederīga vērtība (lasītāja ziņojums: “{ $detail }”){ $at }
err-prj-hint-wrong-type = izlabojiet vērtības tipu
err-prj-language = nezināma valoda “{ $lang }”
err-prj-hint-language = norādiet “lv” vai “en”
err-prj-overflow = vairāk nekā 10^28
err-prj-no-source = nav neviena finansējuma avota
err-prj-hint-no-source = pievienojiet [[sources]] ES fondam un līdzfinansējumam
err-prj-shares = daļu summa ir { $sum } %, nevis 100 %
err-prj-hint-shares = finansējuma avotu daļām kopā jābūt 100
err-prj-no-line = nav nevienas aktivitātes
err-prj-hint-no-line = pievienojiet [[lines]] ierakstus
err-prj-line-twice = aktivitātes kods “{ $code }” lietots divreiz
err-prj-hint-line-twice = piešķiriet katrai aktivitātei savu kodu
err-prj-heading-twice = budžeta pozīcijas kods “{ $code }” lietots divreiz
err-prj-hint-heading-twice = piešķiriet katrai budžeta pozīcijai savu kodu
err-prj-unknown-line = nezināma aktivitāte “{ $code }”
err-prj-hint-lines = aktivitātes: { $codes }
err-prj-shared-code = “{ $code }” ir arī aktivitātes kods
err-prj-hint-shared-code = piešķiriet kopīgajām izmaksām savu kodu, piemēram, “KOP”
err-prj-shared-sum = sadalījuma summa ir { $sum } %, nevis 100 %
err-prj-hint-shared-sum = aktivitāšu daļām kopīgajās izmaksās kopā jābūt 100
err-prj-no-version = nav nevienas līguma versijas
err-prj-hint-no-version = pievienojiet [[versions]] ar sākotnējo līgumu
err-prj-versions-order = versija { $number } stājas spēkā { $date }, nevis pēc versijas { $before } ({ $before_date }): versijām jābūt sakārtotām pēc spēkā stāšanās datuma
err-prj-hint-versions-order = norādiet grozījumus pēc sākotnējā līguma, vecākos vispirms, katru ar vēlāku spēkā stāšanās datumu `effective_from`
err-prj-period-end = { $end } ir pirms perioda sākuma `period_start` { $start }
err-prj-hint-period-end = periodam jābeidzas pēc tā sākuma
err-prj-unknown-heading = nezināma budžeta pozīcija “{ $code }”
err-prj-hint-headings = budžeta pozīcijas: { $codes }
err-prj-not-cents = { $value } nav summa centos
err-prj-hint-not-cents = ierakstiet nenegatīvu summu ar ne vairāk kā divām zīmēm aiz komata
err-prj-budget-total = budžeta šūnu summa ir { $sum }, nevis kopsumma { $total }
err-prj-hint-budget-total = izlabojiet budžeta šūnu vai kopsummu, lai tās sakristu
err-prj-indirect = netiešās izmaksas { $indirect } pārsniedz { $rate } % no aktivitātes tiešajām izmaksām ({ $allowed })
err-prj-hint-indirect = samaziniet netiešo izmaksu budžetu līdz vienotajai likmei no tiešo izmaksu budžeta
err-prj-unknown-input = nezināma ievade “{ $input }”
err-prj-hint-unknown-input = lietojiet [columns.expenses], [columns.cases] vai [columns.rates]
err-prj-unknown-field = nezināms lauks “{ $field }”
err-prj-hint-unknown-field = lauki: { $fields }
err-prj-not-month = “{ $month }” nav mēnesis
err-prj-hint-not-month = rakstiet mēnesi kā “GGGG-MM”, piemēram, “2020-12”
err-prj-plan-pct = { $pct } nav kumulatīvs procents no { $last } līdz 100
err-prj-hint-plan-pct = norādiet, cik procentu no aktivitātes budžeta kumulatīvi izlietots līdz mēneša beigām; tas nekad nesamazinās
err-prj-missing-param = trūkst parametra
err-prj-hint-missing-param = katrs noteikumu parametrs ir obligāts sadaļā [params]; skatiet komplektā iekļauto projekta failu
err-prj-not-pct = { $value } nav procents no 0 līdz 100
err-prj-hint-not-pct = ierakstiet procentus kā skaitli, piemēram, 7, ja tie ir 7 %
err-prj-hint-heading-code = norādiet budžeta pozīcijas ar to kodu
err-prj-hint-countries = uzskaitiet ES, EEZ un Šveices valstu kodus
err-prj-not-regex = nav regulārā izteiksme (lasītāja ziņojums: “{ $detail }”)
err-prj-hint-regex = rakstiet paraugu Rust regulāro izteiksmju sintaksē, piemēram, '^[A-Z0-9][A-Z0-9/-]{"{"}2,31{"}"}$'
err-prj-negative = { $value } ir negatīvs
err-prj-hint-negative = ierakstiet procentus no mērķa vērtības, piemēram, 120

## Command-line arguments (clap's errors, cli/usage_error.rs)
err-clap-unknown-argument = nezināms arguments '{ $arg }'
err-clap-invalid-subcommand = nezināma komanda '{ $command }'
err-clap-missing-value = argumentam '{ $arg }' jānorāda vērtība, bet tā nav norādīta
err-clap-invalid-value = nederīga vērtība '{ $value }' argumentam '{ $arg }' (iespējamās vērtības: { $valid })
err-clap-value-validation = nederīga vērtība '{ $value }' argumentam '{ $arg }'
err-clap-missing-argument = nav norādīti obligātie argumenti: { $arg }
err-clap-conflict = argumentu '{ $arg }' nevar lietot kopā ar '{ $other }'
err-clap-no-equals = argumenta '{ $arg }' vērtība jānorāda ar vienādības zīmi
err-clap-values = nepareizs vērtību skaits argumentam '{ $arg }'
err-clap-suggested = varbūt domājāt '{ $value }'?
err-clap-more = Palīdzība (angļu valodā): '--help'.

## The commands (cli/*.rs): their refusals
err-cli-period = --period: gaidīts periods, piemēram, 2020-Q3 vai 2020, bet norādīts “{ $value }”
    .hint = norādiet ceturksni, piemēram, 2020-Q3, gadu, piemēram, 2020, vai --final
err-cli-no-period = norādiet --period 2020-Q3, --period 2020 vai --final
err-cli-submit-quarter = --submit: iesniegt var tikai ceturksni, nevis { $period }
    .hint = norādiet --period 2020-Q3 --submit
err-cli-quarter-outside = --period { $quarter }: ārpus projekta ceturkšņiem { $first } … { $last }
    .hint = izvēlieties attiecināmības perioda ceturksni
err-cli-year-outside = --period { $year }: ārpus projekta gadiem { $first } … { $last }
err-cli-build-claim-workbook = nevar sagatavot maksājuma pieprasījuma darbgrāmatu
err-cli-renderer-stopped = pārskata sagatavošana negaidīti apstājās
err-cli-as-of = --as-of: gaidīts datums, piemēram, 2021-06-30, bet norādīts “{ $value }”
    .hint = rakstiet datumu kā GGGG-MM-DD
err-cli-no-rule = noteikums “{ $id }” nav atrasts
    .hint = `grantbook rules` uzskaita visus noteikumus
err-cli-exists-force = { $path } jau pastāv
    .hint = norādiet --force, lai to pārrakstītu, vai --out MAPE, lai rakstītu citur
err-cli-build-template = nevar sagatavot veidni { $table }
err-cli-template-codes = izdevumu veidne piedāvā projekta aktivitāšu un budžeta pozīciju kodus
err-cli-write = nevar ierakstīt { $path }
err-cli-confidence-fraction = --confidence “{ $value }”: gaidīta daļa, piemēram, 0.9
    .hint = 0.9 ir 90 %
err-cli-confidence-range = --confidence { $value }: jābūt starp 0 un 1 (neieskaitot)
    .hint = 0.9 ir 90 %; 0.95 ir 95 %
err-cli-expected-error = --expected-error “{ $value }”: gaidīti procenti no kopas vērtības, piemēram, 0.5
    .hint = 0.5 ir 0,5 % no pieprasījuma attiecināmajām izmaksām; 0 nozīmē, ka kļūdas netiek gaidītas
err-cli-ef-table = --expected-error { $ae } pie { $pct } % ticamības: paplašinājuma koeficientu tabulā nav { $pct } %
    .hint = lietojiet ticamību { $table } (--confidence 0.9 …) vai --expected-error 0
err-cli-no-room = --expected-error { $ae } %: AE × EF = { $product } % neatstāj vietu zem pieļaujamās kļūdas { $te } %
    .hint = gaidiet mazāku kļūdu vai pārbaudiet visu pieprasījumu
err-cli-ae-below-te = --expected-error { $ae } %: jābūt mazākai par pieļaujamo kļūdu { $te } %
err-cli-previous-not-before = { $file }: iepriekšējais pieprasījums ir { $previous }, bet vajadzīgs pieprasījums tieši pirms { $this }
    .hint = norādiet perioda tieši pirms { $this } pieprasījumu ar --previous (vai nenorādiet --previous)
err-cli-other-sample = { $file }: pārbaudes lapa sagatavota citai izlasei (pieprasījums { $claim }, metode { $method }, sākumvērtība { $seed }, ticamība { $confidence } %, gaidītā kļūda { $expected } %, kopa { $population }…); šajā palaišanā ir pieprasījums { $now_claim }, metode { $now_method }, sākumvērtība { $now_seed }, ticamība { $now_confidence } %, gaidītā kļūda { $now_expected } %, kopa { $now_population }…
    .hint = norādiet tos pašus --claim, --method, --seed, --confidence un --expected-error kā pārbaudei, kas sagatavoja pārbaudes lapu
err-cli-recorded-plan = { $file }: lapas _grantbook vērtību { $key } = “{ $value }” nevar nolasīt
    .hint = norādiet pārbaudes darbgrāmatu, ko sagatavojusi grantbook
err-cli-claim-needed = vajadzīgs --claim FAILS
    .hint = norādiet iesniegto pieprasījuma darbgrāmatu, piemēram, --claim out/claim-2020-Q3.xlsx
err-cli-claim-not-beside = { $file }: pārbaudītais pieprasījums ({ $name }) nav tajā pašā mapē
    .hint = norādiet pieprasījuma darbgrāmatu ar --claim FAILS
err-cli-claim-outside = { $file }: pieprasījuma periods { $period } ir ārpus projekta ceturkšņiem { $first } … { $last }
    .hint = pārbaudiet to ar projekta failu, ar kuru tas sagatavots (--project)
err-cli-no-sigma = { $file }: pārbaudītas mazāk nekā divas rindas, tāpēc kļūdu īpatsvara standartnovirzi nevar aprēķināt
    .hint = norādiet pārbaudi ar aizpildītu pārbaudes lapu (agrāka pieprasījuma vai izmēģinājuma izlases)
err-cli-standard-needs-sigma = --method standard vajadzīga σr, kļūdu īpatsvara standartnovirze
    .hint = norādiet --previous-review FAILS — aizpildītu agrāka pieprasījuma vai izmēģinājuma izlases pārbaudes darbgrāmatu (piemēram, šī pieprasījuma pārbaudi ar --method nonstatistical)
err-cli-rows-not-in-sample = { $file }: rindas, kas nav izlasē: { $rows }
    .hint = aizpildiet pārbaudes sagatavotās pārbaudes lapas rindas; nepievienojiet rindas
err-cli-deducted-too-much = { $file } › { $at }: atskaitītā summa { $deducted } ir lielāka par izmaksu attiecināmo summu
    .hint = atskaitiet ne vairāk par izmaksu uzskaites vērtību
err-cli-build-review-workbook = nevar sagatavot pārbaudes darbgrāmatu
err-cli-init-missing = trūkst --{ $flag }
    .hint = norādiet --{ $flag } vai palaidiet `grantbook init` terminālī, lai atbildētu uz jautājumiem
err-cli-init-eof = trūkst --{ $flag } (ievade beigusies)
err-cli-init-date = --{ $flag } “{ $value }”: gaidīts datums, piemēram, 2021-01-01 (GGGG-MM-DD)
err-cli-init-number = --{ $flag } “{ $value }”: gaidīts skaitlis, piemēram, 1234.56
err-cli-init-share = --eu-share { $value }: gaidīti procenti, lielāki par 0 un ne lielāki par 100
err-cli-init-total = --total { $value }: gaidīta pozitīva summa ar ne vairāk kā divām zīmēm aiz komata
err-cli-init-lines = --lines: norādiet vismaz vienu aktivitātes kodu, piemēram, --lines A1,A2
err-cli-init-exists = { $path } jau pastāv
    .hint = izvēlieties citu failu ar --to FAILS; init nekad nepārraksta projekta failu
err-cli-init-inconsistent = atbildes neveido saskaņotu projekta failu
err-cli-verify-no-digests = { $report }: pārskatā nav ierakstītas ievades failu kontrolsummas
    .hint = norādiet pārskatu, ko sagatavojusi grantbook (pieprasījums vai apguve, json/xlsx/html)
err-cli-verify-role = { $report }: nezināma ievades loma “{ $role }”
err-cli-verify-not-named = pārskatā ir ievade { $role } ({ $file }), bet projekta failā tā nav norādīta
    .hint = norādiet to ar --{ $role }
err-cli-verify-cannot-read-input = nevar nolasīt ievades failu { $role } { $path }, lai to pārbaudītu
    .hint = norādiet failu, no kura pārskats sagatavots, ar --{ $role }
err-cli-read = nevar nolasīt { $path }
err-cli-not-json-report = { $path } nav json pārskats
err-cli-json-inputs = { $path }: tā `inputs` nav rindas ar lomu, failu un sha256
err-cli-open = nevar atvērt { $path }
err-cli-no-meta = { $path } nav lapas _grantbook
err-cli-report-kind = { $path }: norādiet .json, .xlsx vai .html pārskatu

## Writing outputs (render/mod.rs, render/register.rs)
err-out-exists = nevar ierakstīt { $path } (vai tas jau pastāv?)
err-out-folder = nevar izveidot izvades mapi { $path }
err-out-write-in = nevar rakstīt mapē { $path }
err-out-input = { $path } netiek pārrakstīts: tas ir ievades fails; izvēlieties citu --out mapi
err-out-renderer = pārskata sagatavošana neizdevās
err-reg-create = nevar izveidot maksājumu pieprasījumu reģistru { $path }
err-reg-lock = nevar bloķēt { $path }
err-reg-busy = { $path }: cita grantbook pašlaik iesniedz pieprasījumu šajā reģistrā
    .hint = palaidiet vēlreiz, kad tā būs beigusi; vienā reģistrā divi pieprasījumi vienlaikus netiek iesniegti
err-reg-frozen = { $path }: { $quarter } jau iesniegts ar citiem skaitļiem (attiecināmās izmaksas toreiz { $then } EUR, tagad { $now } EUR); iesniegts pieprasījums netiek mainīts
    .hint = izlabojiet starpību nākamā ceturkšņa pieprasījumā; izmaiņas uzskaitītas kā FIN-02 konstatējumi
err-prj-syntax = TOML sintakses kļūda (lasītāja ziņojums: “{ $detail }”)

## The web workspace (serve/*.rs): the page shows these in its language
err-web-file-name = nederīgs faila nosaukums { $name }
err-web-start = nevar palaist tīmekļa serveri
err-web-listen = nevar klausīties adresē { $address }:{ $port }
err-web-stopped = tīmekļa serveris apstājās
