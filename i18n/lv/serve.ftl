# grantbook message catalogue: Latvian, area "serve" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).


serve-nav-overview = Pārskats
serve-nav-findings = Konstatējumi
serve-nav-claim = Maksājuma pieprasījums
serve-nav-burn = Apguve
serve-nav-review = Pārbaude
serve-nav-rules = Noteikumi
serve-switch-lang = English
serve-changed = Kopš nolasīšanas diskā mainījies ievaddatu fails:
serve-reload = Nolasīt vēlreiz
serve-reloaded = Ievaddati nolasīti vēlreiz.
serve-change-none = Neviens skaitlis nemainījās.
serve-change-file = fails
serve-change-findings = konstatējumi
serve-change-excluded = izslēgts, EUR
serve-error-title = Šo lapu nevar parādīt
serve-version = versija
serve-version-from = spēkā no
serve-claimed = Deklarēts, EUR
serve-excluded = Noteikumu izslēgts, EUR
serve-remaining = Budžeta atlikums, EUR
serve-eu-at-risk = Apdraudētais ES finansējums, EUR
serve-headline-note = Deklarētais un izslēgtais kā `grantbook check` pārskatā; atlikums un apdraudētais ES finansējums kā `grantbook burn` pārskatā datumā
serve-next = Ko darīt tālāk
serve-next-reload = Nolasiet mainītos ievaddatu failus vēlreiz (paziņojums augšā)
serve-next-fix = { $n ->
    [zero] Izlabojiet { $n } konstatējumus, kas izslēdz izmaksas, vai pieņemiet izslēgšanu
    [one] Izlabojiet { $n } konstatējumu, kas izslēdz izmaksas, vai pieņemiet izslēgšanu
   *[other] Izlabojiet { $n } konstatējumus, kas izslēdz izmaksas, vai pieņemiet izslēgšanu
}
serve-next-warnings = { $n ->
    [zero] Apskatiet { $n } brīdinājumus: tie neko neizslēdz, bet pārbaudītājs par tiem jautās
    [one] Apskatiet { $n } brīdinājumu: tas neko neizslēdz, bet pārbaudītājs par to jautās
   *[other] Apskatiet { $n } brīdinājumus: tie neko neizslēdz, bet pārbaudītājs par tiem jautās
}
serve-next-claim = Sagatavojiet nākamo maksājuma pieprasījumu, apskatiet un lejupielādējiet to
serve-next-burn = Apskatiet apguves tempu un prognozi salīdzinājumā ar plānu
serve-inputs = Ievaddati
serve-col-input = Ievaddati
serve-col-path = Ceļš
serve-col-read = Nolasītas rindas
serve-col-accepted = pieņemtas
serve-col-rejected = noraidītas
serve-col-rule = Noteikums
serve-col-severity = Nozīmīgums
serve-col-statement = Ko pārbauda
serve-col-count = Konstatējumi
serve-col-removes = Izslēdz, EUR
serve-col-cell = Šūna
serve-col-entry = Ieraksts
serve-col-case = Lieta (pseidonīms)
serve-col-line = Aktivitāte
serve-col-quarter = Ceturksnis
serve-col-message = Konstatējums
serve-col-hint = Kā labot
serve-findings-sheet = Konstatējumi
serve-sev-block = bloķējošs
serve-sev-error = kļūda
serve-sev-warning = brīdinājums
serve-sev-info = informācija
serve-all = visi
serve-filter = Atlasīt
serve-download-findings = Lejupielādēt konstatējumu darbgrāmatu
serve-shown = Parādīti konstatējumi:
serve-doc = Dokuments
serve-paid = Apmaksāts
serve-supplier = Piegādātājs
serve-description = Apraksts
serve-heading = Budžeta pozīcija
serve-amount = Summa
serve-rule-explained = Noteikuma skaidrojums
serve-period = Periods
serve-final = noslēguma pieprasījums
serve-show = Rādīt
serve-this-period = Šajā periodā
serve-cumulative = Kopā (kumulatīvi)
serve-eligible = Attiecināmās izmaksas
serve-requested-eu = Pieprasītais ES finansējums
serve-download = Lejupielādēt
serve-submit = Iesniegt (iesaldēt)
serve-already-submitted = Šis ceturksnis ir iesniegts (iesaldēts pieprasījumu reģistrā).
serve-submitted = Ceturksnis iesaldēts pieprasījumu reģistrā.
serve-preview = Maksājuma pieprasījuma priekšskatījums
serve-submit-explain = Iesniedzot ceturkšņa skaitļi, kas redzami zemāk, tiek iesaldēti projekta pieprasījumu reģistrā. Iesaldētu ceturksni nekad nepārraksta: vēlākas tā izmaksu izmaiņas parādās kā FIN-02 konstatējumi un tiek labotas nākamajā pieprasījumā. Tas tiek ierakstīts:
serve-entries = Iesaldētās izmaksu rindas
serve-confirm-submit = Iesaldēt šos skaitļus
serve-cancel = Atcelt
serve-as-of = Datums
serve-budget = Budžets, EUR
serve-params = Parametri
serve-removes = Izslēdz
serve-review-claim = Iesniegtā pieprasījuma darbgrāmata
serve-review-previous = Iepriekšējā pieprasījuma darbgrāmata (nav obligāta)
serve-review-confidence = Ticamība (daļa no viena)
serve-review-seed = Gadījumskaitļu sākumvērtība (nav obligāta)
serve-review-run = Pārbaudīt
serve-files = Faili mapē --out
serve-review-differences = Atšķirības starp pieprasījumu un tā pārrēķinu
serve-review-no-differences = Pieprasījums sakrīt ar pārrēķinu.
serve-review-sample = Izlase
serve-review-result = Rezultāts
serve-review-deducted = Atskaitītā summa, EUR
serve-review-save = Saglabāt pārbaudes lapu un novērtēt
serve-review-conclusion = Secinājums
serve-review-hashes = Ievaddatu jaucējkodi sakrīt ar pieprasījuma
serve-review-projected = Prognozētā kļūda, EUR
serve-review-above = Pārsniedz pieļaujamo kļūdu
serve-review-not-filled = Aizpildiet pārbaudes lapu, lai redzētu prognozēto kļūdu.
serve-yes = jā
serve-no = nē
serve-review-key = Rinda
serve-review-what = Rādītājs
serve-review-submitted = Iesniegts
serve-review-recomputed = Pārrēķināts
serve-removes-whole = visu izmaksu rindu
serve-removes-excess = pārsniegumu virs tarifa vai griestiem
serve-removes-duplicate = dublikāta pāra vēlāko ierakstu
serve-removes-over-budget = daļu virs budžeta (sākot ar vēlākajām izmaksām)
serve-removes-nothing = neko (pārbaudītāja vērtējumam)
serve-review-previous-title = Salīdzinājumā ar iepriekšējo pieprasījumu
serve-review-consecutive = Iepriekšējais pieprasījums ir par iepriekšējo ceturksni
serve-review-breaks = Kumulatīvie skaitļi, kas netiek pārnesti
serve-review-changes = Rindas, kas mainījušās kopš iepriekšējā pieprasījuma
