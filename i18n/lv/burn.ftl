# grantbook message catalogue: Latvian, area "burn" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).


## Kļūdas

burn-as-of-outside = { $option } { $date } ir ārpus datumiem, uz kuriem var sagatavot apguves tempa pārskatu: { $from } … { $to } (attiecināmības periods un maksājumiem pēc tā beigām vēl { $grace ->
        [zero] { $grace } dienu
        [one] { $grace } diena
       *[other] { $grace } dienas
    })
    .hint = norādiet datumu no { $from } līdz { $to }, piemēram, { $option } { $example }
burn-no-default-as-of = izdevumu uzskaitē nav neviena apmaksāta izdevuma, tāpēc nav noklusējuma pārskata datuma
    .hint = norādiet --as-of GGGG-MM-DD

## Pārskats (html, xlsx)

burn-title = Apguves temps un prognoze
burn-as-of = Stāvoklis uz
burn-agreement-version = Granta līguma versija
burn-version-value = { $version } (spēkā no { $from })
burn-implementation-period = Īstenošanas periods
burn-budget-eur = Budžets, EUR
burn-time-elapsed = Laika patēriņš
burn-time-elapsed-value = { $pct } % ({ $done } no { $total } dienām)
burn-spent = Izlietots
burn-theoretical = Teorētiski uz šodienu
burn-forecast-at-completion = Prognoze projekta beigās
burn-eu-at-risk = Apdraudētais ES finansējums
burn-too-early = par agru: periodā ir mazāk nekā { $n } pilni mēneši, tāpēc prognozes nav un nekas nav apdraudēts
burn-alerts = Brīdinājumi
burn-none = Nav
burn-charts = Grafiki
burn-method = Metode
burn-total = Kopā
burn-activity = Aktivitāte
burn-name = Nosaukums
burn-budget = Budžets
burn-actual = Faktiski
burn-actual-cumulative = Faktiski kumulatīvi
burn-of-which = t. sk. { $source }
burn-plan = Plāns
burn-forecast = Prognoze (temps)
burn-target = Mērķis (lineāri)
burn-achieved = Sasniegts
burn-used-pct = Izlietojums, %
burn-time-pct = Laika patēriņš, %
burn-plan-pct = Plānots, %
burn-deviation-pp = Novirze, pp
burn-difference = Starpība pret plānu
burn-run-rate-month = Vidēji mēnesī (temps)
burn-forecast-run-rate = Prognoze projekta beigās (temps)
burn-forecast-linear = Prognoze projekta beigās (lineāri)
burn-over-under = Pārtēriņš (+) / neapguve (−)
burn-unspent = Neapgūtais budžets
burn-by-activity = Apguves temps pa aktivitātēm
burn-forecast-note = Temps: vidējie izdevumi pilnajos mēnešos { $from } … { $to } × { $left } atlikušie mēneši līdz spēkā esošās versijas beigu datumam ({ $end }).
burn-forecast-note-early = Prognozes vēl nav: tempam vajag { $n } pilnus perioda mēnešus.
burn-headings = Budžeta pozīcijas
burn-heading = Pozīcija
burn-flex-limit = Elastības robeža
burn-flex-used = No robežas, %
burn-headings-note = Elastības robeža = budžets × (1 + { $flex } %); brīdinājums no { $near } % no robežas.
burn-indicators = Rādītāji
burn-indicator = Rādītājs
burn-target-value = Mērķa vērtība
burn-achieved-value = Sasniegtā vērtība
burn-achieved-pct = Sasniegts, %
burn-planned-by-now = Plānots līdz šim
burn-forecast-at-end = Prognoze beigu datumā
burn-cost-per-person = Izmaksas uz personu
burn-planned-cost-per-person = Plānotās izmaksas uz personu
burn-indicators-note = Persona tiek skaitīta vienreiz notikuma mēnesī: izceļošana, pirmā reintegrācijas maksājuma datums, pirmā izmitināšanas nakts. Prognoze beigu datumā: sasniegtā vērtība + personas mēnesī tempa mēnešos × atlikušie mēneši.
burn-deadlines-title = Reintegrācijas termiņi nākamajās { $days } dienās
burn-deadlines-note = Reintegrācijai atlasītas, izceļojušas personas bez reintegrācijas izmaksām; termiņš — { $months } mēneši pēc izceļošanas (tas pats datums; 29.02. → 28.02.).
burn-case-no = Lietas Nr.
burn-departure-date = Izceļošanas datums
burn-deadline = Reintegrācijas termiņš
burn-days-left = Dienas līdz termiņam
burn-by-month = Pa mēnešiem, EUR
burn-by-month-note = Treknrakstā: ceturkšņa beigas — kumulatīvās summas sakrīt ar maksājuma pieprasījumu līdz centam.
burn-month = Mēnesis
burn-in-month = { $line } mēnesī
burn-line-actual = { $line } faktiski
burn-line-cumulative = { $line } kumulatīvi
burn-line-plan-cumulative = { $line } plāns kumulatīvi
burn-line-forecast-cumulative = { $line } prognoze kumulatīvi
burn-line-target-cumulative = { $line } mērķis kumulatīvi
burn-total-actual = Kopā faktiski
burn-total-cumulative = Kopā kumulatīvi
burn-total-plan = Kopā plāns
burn-total-plan-cumulative = Kopā plāns kumulatīvi
burn-total-forecast-cumulative = Kopā prognoze kumulatīvi
burn-quarter-end = Ceturkšņa beigas (= maksājuma pieprasījums)
burn-chart-cumulative = { $line } — kumulatīvi faktiski, plāns un prognoze, EUR
burn-chart-monthly = Attiecināmie izdevumi mēnesī, EUR
burn-chart-persons = Personas kumulatīvi pret mērķi (lineāri)
burn-chart-persons-line = { $line } — personas kumulatīvi pret mērķi
burn-line-target = { $line } mērķis
burn-summary-line = { $as_of }; līguma versija { $version } (periods { $from } … { $to }); laika patēriņš { $pct } %
burn-sheet-summary = Kopsavilkums
burn-sheet-headings = Pozīcijas
burn-sheet-months = Mēneši
burn-sheet-indicators = Rādītāji
burn-sheet-persons = Personas pa mēnešiem
burn-sheet-deadlines = Reintegrācijas termiņi
burn-sheet-charts = Grafiki
burn-method-text = Attiecināmie izdevumi pa mēnešiem ņemti no tā paša sadalījuma kā maksājuma pieprasījumā: katra izdevuma attiecināmā summa tiek summēta pa apmaksas mēnešiem; katrs mēnesis tiek aprēķināts kā atsevišķs ceturksnis (kopīgās izmaksas pēc sadalījuma atslēgas, netiešās izmaksas pēc vienotās likmes, sadalījums pa finansējuma avotiem ar ES daļu, noapaļotu uz augšu no puscenta), bet katra noslēgta ceturkšņa pēdējais mēnesis ir šī ceturkšņa pieprasījums mīnus tā pirmie divi mēneši, tāpēc kumulatīvās summas katra ceturkšņa beigās līdz centam sakrīt ar pieprasījumu kumulatīvajām kolonnām. Tekošā ceturkšņa mēnešos ir izdevumi, kas apmaksāti līdz pārskata datumam. Plāns ir projekta datnes plāna profils (kumulatīvais % no katras aktivitātes budžeta mēnešu beigās, starp punktiem lineāri pa dienām) vai, ja tā nav, lineārs visā periodā; budžetu un beigu datumu nosaka pārskata datumā spēkā esošā līguma versija. Temps = vidējie izdevumi pēdējos { $n } pilnajos kalendāra mēnešos (pārskata mēnesis tiek ieskaitīts tikai tad, ja pārskata datums ir tā pēdējā diena); prognoze pēc tempa = kumulatīvi + temps × atlikušie mēneši pēc pārskata datuma (pārskata mēneša atlikums kā daļa no tā dienām, tad pilni mēneši); lineārā prognoze = kumulatīvi ÷ pagājušā laika daļa. Pirms perioda pirmajiem { $n } pilnajiem mēnešiem prognozes nav. Apdraudētais ES finansējums = ES daļa × (budžets − Σ prognozes pēc tempa, katra ne lielāka par aktivitātes budžetu).

## Brīdinājumi

burn-alert-line = { $line }: izlietoti { $used } % budžeta pret plānotajiem { $plan } % (novirze { $dev } pp, slieksnis { $threshold } pp)
burn-alert-heading = Pozīcija { $heading }: izlietoti { $used } % no elastības robežas { $limit } EUR

## Kopsavilkums terminālī

burn-summary-title = grantbook burn { $as_of } — { $agreement } (versija { $version }, { $from } … { $to })
burn-summary-time = laika patēriņš { $elapsed } %; izlietoti { $used } % budžeta ({ $spent } no { $budget } EUR)
burn-summary-line-row = { $line } izlietoti { $used } % plāns { $plan } %  prognoze { $forecast } (budžets { $budget })  apdraudēts ES { $risk }
burn-summary-too-early = par agru prognozei: tempam vajag { $n } pilnus perioda mēnešus; nekas nav apdraudēts
burn-summary-persons = { $line } personas { $achieved } no mērķa { $target }; prognoze beigu datumā { $forecast }
burn-summary-at-risk = Apdraudētais ES finansējums: { $risk } EUR
burn-summary-alerts = brīdinājumi: { $alerts }; reintegrācijas termiņi nākamajās { $days } dienās: { $deadlines }
burn-summary-wrote = saglabāts { $file }
