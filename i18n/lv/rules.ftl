# grantbook message catalogue: Latvian, area "rules" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).
# The rule catalogue (`grantbook rules`): rule-<id>-statement and rule-<id>-without per rule;
# the findings' messages: <rule>-<what>, with the hint as the `.hint` attribute.

## Noteikumu formulējumi un ko noteikums dara bez saviem pierādījumiem

rule-per-01-statement = Izmaksas radušās (dokumenta datums) attiecināmības periodā
rule-per-01-without = nekas: dokumenta datums ir obligāta kolonna
rule-per-02-statement = Izmaksas apmaksātas attiecināmības periodā (ieskaitot samaksas papildlaiku)
rule-per-02-without = nav apmaksas datuma (nav kolonnas vai šūna tukša): izmaksas vēl nav apmaksātas, tāpēc netiek pieprasītas un nav ko pārbaudīt
rule-per-03-statement = Apmaksas datums nav pirms dokumenta datuma (citādi — avanss, jāpamato)
rule-per-03-without = nav apmaksas datuma: izmaksas vēl nav apmaksātas un netiek pārbaudītas
rule-bud-01-statement = Izmaksas atbilst apstiprinātai aktivitātei un budžeta pozīcijai
rule-bud-01-without = nekas: aktivitāte un budžeta pozīcija ir obligātas kolonnas
rule-bud-02-statement = Kumulatīvie izdevumi pozīcijā nepārsniedz budžetu un pieļaujamo elastību
rule-bud-02-without = nav apmaksas datuma: izmaksas vēl netiek pieprasītas un budžetu neizlieto
rule-bud-03-statement = Kumulatīvās attiecināmās izmaksas (ar netiešajām) nepārsniedz granta summu
rule-bud-03-without = nav apmaksas datuma: izmaksas vēl netiek pieprasītas un granta summā netiek ieskaitītas
rule-bud-04-statement = Netiešās izmaksas nepārsniedz vienoto likmi × attiecināmo tiešo izmaksu bāzi
rule-bud-04-without = nekas: noteikums pārbauda sadalījuma aprēķinu, nevis ievaddatus
rule-doc-02-statement = Dokuments (piegādātājs, numurs, summa, lieta) deklarēts tikai vienreiz
rule-doc-02-without = nav valūtas kolonnas: visas summas ir EUR (noklusējums); nav lietas numura: rindas salīdzina bez tā
rule-fx-01-statement = Izmaksām citā valūtā ir valūtas kurss dokumenta mēnesim
rule-fx-01-without = nav valūtas kolonnas: visas summas ir EUR, un valūtas kurss nav vajadzīgs
rule-vat-01-statement = PVN nepārsniedz summu; atgūstamais PVN nav attiecināmās izmaksās
rule-vat-01-without = nav PVN kolonnas, lai gan projektā PVN ir atgūstams: PVN netiek atskaitīts un nav pārbaudāms; viens brīdinājums „nevar pārbaudīt” nosauc kolonnu, nekas netiek izslēgts
rule-tg-01-statement = Ar personu saistītām izmaksām norādīta lieta, kas ir lietu reģistrā
rule-tg-01-without = nekas: izmaksām personu pozīcijās vajadzīgs lietas numurs (pozīcijām 4.x tas ir obligāts)
rule-tg-02-statement = Lietas persona izmaksu datumā ir trešās valsts pilsonis (nav ES/EEZ/CH)
rule-tg-02-without = nekas: pilsonība ir obligāta kolonna
rule-tg-03-statement = Ar personu saistītas izmaksas ir lietai ar izbraukšanas rīkojuma datumu
rule-tg-03-without = nav izbraukšanas rīkojuma datuma kolonnas: viens brīdinājums „nevar pārbaudīt” par attiecīgajām rindām, nekas netiek izslēgts; tukša šūna šajā kolonnā ir konstatējums (reģistrā rīkojuma nav)
rule-tg-04-statement = Biļete iegādāta izbraukšanas rīkojuma datumā vai vēlāk
rule-tg-04-without = nav izbraukšanas rīkojuma datuma (nav kolonnas vai šūna tukša): netiek pārbaudīts; par to ziņo TG-03
rule-gdpr-01-statement = Lietas Nr. ir pseidonīms, kas atbilst projekta paraugam
rule-gdpr-01-without = nekas: lietas numurs ir obligāta kolonna
rule-ret-01-statement = Naudas pabalsts atbilst tarifam, un tā saņemšanas apliecinājums datēts izceļošanas dienā (± pielaide)
rule-ret-01-without = nav izceļošanas datuma (nav kolonnas vai lietai tā vēl nav): diena netiek pārbaudīta, par katru pabalstu brīdinājums „nevar pārbaudīt”, nekas netiek izslēgts; tarifs tiek pārbaudīts tik un tā
rule-ret-02-statement = Lieta saņem naudas pabalstu ne vairāk kā vienreiz
rule-ret-02-without = nav apmaksas datuma: neapmaksātos pabalstus skaita pēc apmaksātajiem
rule-acc-01-statement = Izmitināšana un pārtika tikai par dienām no izbraukšanas rīkojuma līdz izceļošanai
rule-acc-01-without = nav pakalpojuma datumu: uzturēšanos raksturo dokumenta datums (dokuments, kas datēts no izbraukšanas rīkojuma līdz izceļošanas dienai ieskaitot, ir par uzturēšanās laiku; izmitināšanai daudzums nosaka naktis pirms šī datuma); par dokumentu, kas datēts pēc izceļošanas dienas, — brīdinājums „nevar pārbaudīt”; nav rīkojuma vai izceļošanas datuma: šī robeža netiek pārbaudīta, brīdinājums „nevar pārbaudīt”, nekas netiek izslēgts
rule-acc-02-statement = Pārtikas nauda nepārsniedz dienas tarifu × dienu skaitu
rule-acc-02-without = nav daudzuma vai pakalpojuma datumu: lietas pārtikas naudu apmaksas secībā summē un salīdzina ar tarifu × dienām no izbraukšanas rīkojuma līdz izceļošanai; bez kāda no šiem datumiem limits netiek pārbaudīts: brīdinājums „nevar pārbaudīt”, nekas netiek izslēgts
rule-acc-03-statement = Izmitināšana un pārtika tikai lietai bez līdzekļiem, kas nav aizturēta
rule-acc-03-without = nav kolonnas „Bez līdzekļiem” vai „Aizturēts” vai šūna tajā ir tukša: nosacījums nav zināms; brīdinājums „nevar pārbaudīt” nosauc kolonnu (par trūkstošu kolonnu — viens, par tukšu šūnu — katrai rindai), nekas netiek izslēgts
rule-rei-01-statement = Reintegrācija tikai pēc notikušas atgriešanās (izceļošanas dienā vai vēlāk)
rule-rei-01-without = nav izceļošanas datuma (nav kolonnas vai lietai tā vēl nav): brīdinājums „nevar pārbaudīt”, nekas netiek izslēgts
rule-rei-02-statement = Reintegrācija sniegta noteikto mēnešu laikā pēc izceļošanas
rule-rei-02-without = nav izceļošanas datuma: termiņš nav zināms; par rindu brīdina REI-01, nekas netiek izslēgts
rule-rei-03-statement = Reintegrācija vienai lietai nepārsniedz limitu (bez limita — brīdinājums virs sliekšņa)
rule-rei-03-without = nav apmaksas datuma: neapmaksātās piegādes skaita pēc apmaksātajām
rule-fin-02-statement = Iesniegtie pieprasījumi nemainās: virsgrāmatā ir tas, kas pieprasīts iesaldētajā ceturksnī
rule-fin-02-without = nekas: noteikums salīdzina pieprasījumu reģistru ar izdevumu uzskaiti
rule-ind-01-statement = Rādītāji pārrēķināti no reģistra: katra persona vienreiz katrā aktivitātē
rule-ind-01-without = nav dzimuma, dzimšanas gada, ievainojamības vai atgriešanās valsts kolonnas: sadalījumā šīs personas ir „nav zināms” (un neviena nav ievainojama); par katru trūkstošo kolonnu viens brīdinājums „nevar pārbaudīt”; nav izceļošanas datuma kolonnas: persona bez uzturēšanās vai palīdzības sniegšanas nav datēta un netiek uzskaitīta, viens brīdinājums norāda, cik tādu; nav reintegrācijas kolonnas: atlase netiek pārbaudīta

## `grantbook rules ID`

rules-list-rule = noteikums
rules-list-severity = nopietnība
rules-list-statement = formulējums
rules-list-more = Komanda `grantbook rules ID` izskaidro vienu noteikumu.
rules-label-severity = nopietnība
rules-label-removes = izslēdz
rules-label-basis = pamats
rules-label-parameters = parametri
rules-parameters-none = nav
rules-values-from = vērtības no { $file }
rules-no-project = projekta fails nav atrasts: vērtības parāda, ja norāda --project
rules-removes-whole-line = visu izmaksu rindu
rules-removes-excess = pārsniegumu virs tarifa vai limita
rules-removes-later-duplicate = dublikātu pāra vēlāko ierakstu
rules-removes-over-budget = daļu virs budžeta (vispirms vēlākās izmaksas)
rules-removes-nothing = neko (vērtē pārbaudītājs)
rules-evidence = pierādījumi
rules-evidence-none = nav ievaddatu kolonnu
rules-without = bez tiem
rules-required = obligāta
rules-optional = neobligāta
rules-input-expenses = izdevumu uzskaite
rules-input-cases = lietu reģistrs
rules-input-rates = valūtas kursi

## Trūkst pierādījumu: „nevar pārbaudīt” (brīdinājumi, nekas netiek izslēgts)

rules-missing-column = nevar pārbaudīt { $what } (attiecas uz { $n ->
        [one] { $n } rindu
       *[other] { $n } rindām
    }): failā nav kolonnas „{ $lv }” ({ $en }); nekas netiek izslēgts
    .hint = pievienojiet galvenes rindai kolonnu „{ $lv }” vai „{ $en }” un aizpildiet to
rules-blank-in-register = nevar pārbaudīt { $what }: lietai { $case } vēl nav norādīts „{ $lv }” ({ $en }); nekas netiek izslēgts
    .hint = aizpildiet „{ $lv }” lietu reģistrā, tiklīdz tas zināms; tad pārbaude notiks no jauna
rules-what-allowance-day = naudas pabalsta dienu
rules-what-stay = uzturēšanās dienas
rules-what-food-days = dienas, par kurām izmaksāta pārtikas nauda
rules-what-order = izbraukšanas rīkojumu
rules-what-return-first = atgriešanās laiku
rules-what-vat = atgūstamā PVN atskaitīšanu
rules-what-accommodated = tiesības uz izmitināšanu
rules-what-breakdown = rādītāju sadalījumu

## Konstatējumi pa noteikumiem

per01-outside = dokumenta datums { $doc } ir ārpus attiecināmības perioda { $start } … { $end } ({ $version }. versija)
    .hint = ārpus perioda radušās izmaksas nevar pieprasīt; pārbaudiet datumu dokumentā
per02-outside = apmaksas datums { $paid } ir ārpus perioda { $start } … { $end }
    .hint = ārpus attiecināmības perioda apmaksātas izmaksas nevar pieprasīt
per03-advance = apmaksāts { $paid }, pirms dokumenta datuma { $doc }
    .hint = ja tas bija avanss, glabājiet piegādes apliecinājumu kopā ar dokumentu; citādi labojiet datumu

bud01-unknown-activity = nezināma aktivitāte „{ $activity }”
    .hint = norādiet kādu no šīm: { $lines }
bud01-unknown-heading = nezināma budžeta pozīcija „{ $heading }”
    .hint = norādiet projekta faila pozīcijas kodu: { $codes }
bud01-heading-as-number = nezināma budžeta pozīcija „{ $heading }”
    .hint = vai domāts „{ $close }”? Izklājlapa ierakstīto { $close } pārvērš skaitlī { $heading }: formatējiet kolonnu kā tekstu vai izvēlieties kodu no veidnes saraksta
bud01-indirect-booked = pozīcija { $heading } (netiešās izmaksas) ir vienotā likme, un to nekad negrāmato no rēķiniem
    .hint = grāmatojiet izmaksas tiešo izmaksu pozīcijā vai atstājiet tās vienotajai likmei
bud01-no-budget = aktivitātei { $activity } { $version }. versijā nav budžeta pozīcijā { $heading }
    .hint = grāmatojiet izmaksas tajā aktivitātē un pozīcijā, kurā tām paredzēts budžets
bud02-over = pozīcija { $heading } ar šīm izmaksām (apmaksātas { $paid }, { $quarter }) sasniedz limitu { $limit } EUR (budžets { $budget } + { $pct } %): pārsniegums { $over } EUR
    .hint = daļa virs pozīcijas budžeta un elastības nav attiecināma; vietu radītu budžeta grozījumi
bud03-over = attiecināmo izmaksu kopsumma ar netiešajām izmaksām ar šīm izmaksām (apmaksātas { $paid }) sasniedz granta summu { $total } EUR: pārsniegums { $over } EUR
    .hint = izmaksas virs granta summas nevar pieprasīt
bud04-differs = { $quarter }, aktivitāte { $line }: netiešās izmaksas { $claimed } EUR no bāzes { $base } EUR; { $pct } % atļauj { $allowed } EUR
    .hint = kļūda sadalījuma aprēķinā: lūdzu, ziņojiet par to kopā ar ievaddatiem

doc02-duplicate = piegādātāja { $supplier } dokuments { $doc } ({ $amount } { $currency }) jau ir ieraksts { $first } ({ $cell }), apmaksāts { $paid }
    .hint = dzēsiet otro ierakstu vai labojiet tā dokumenta numuru, ja tas ir cits dokuments
doc02-duplicate-unpaid = piegādātāja { $supplier } dokuments { $doc } ({ $amount } { $currency }) jau ir ieraksts { $first } ({ $cell }), vēl nav apmaksāts
    .hint = dzēsiet otro ierakstu vai labojiet tā dokumenta numuru, ja tas ir cits dokuments

fx01-no-rate = nav { $currency } kursa mēnesim { $month }: summu { $amount } { $currency } nevar konvertēt; izmaksas ir izslēgtas, līdz tiks pievienots kurss
    .hint = pievienojiet { $currency } kursu mēnesim { $month } valūtas kursu failā

vat01-misfit = PVN { $vat } neatbilst summai { $amount } { $currency }
    .hint = PVN ir summas nodokļa daļa: ar to pašu zīmi un nekad lielāks par summu
vat01-kept = PVN { $vat } { $currency } paliek attiecināmajā summā: projekta failā noteikts, ka PVN nav atgūstams
    .hint = glabājiet nodokļu administrācijas apstiprinājumu, ka PVN nav atgūstams

tg01-no-case = pozīcijas { $heading } izmaksas attiecas uz lietu, bet rindā lieta nav norādīta
    .hint = norādiet lietas numuru (Lietas Nr.), uz kuru izmaksas attiecas
tg01-unknown-case = lietas „{ $case }” nav lietu reģistrā
    .hint = labojiet lietas numuru vai pievienojiet lietu reģistram
tg02-not-third-country = lietas { $case } personas pilsonība ir { $nationality } ({ $cell }), un { $date } tā nav trešā valsts
    .hint = ES, EEZ un Šveices pilsoņu izmaksas { -fund } ietvaros nav attiecināmas; labojiet pilsonību, ja tā norādīta kļūdaini
tg03-no-order = lietai { $case } nav izbraukšanas rīkojuma datuma ({ $cell })
    .hint = aizpildiet izbraukšanas rīkojuma datumu lietu reģistrā
tg04-before-order = biļete datēta { $doc }, pirms izbraukšanas rīkojuma { $order } ({ $cell })
    .hint = pirms rīkojuma pirkta biļete nav attiecināma; pārbaudiet abus datumus

gdpr01-lookalike = lietas Nr. „{ $case }” { $pos }. zīme ir līdzīga izskata burts „{ $letter }” ({ $code }, nav latīņu burts)
    .hint = lietojiet pseidonīmus, piemēram, AVR-2019-0042, nekad vārdu vai dokumenta numuru; līdzīga izskata burtus ierakstiet no jauna latīņu burtiem
gdpr01-pattern = lietas Nr. „{ $case }” neatbilst paraugam { $pattern }
    .hint = lietojiet pseidonīmus, piemēram, AVR-2019-0042, nekad vārdu vai dokumenta numuru

ret01-off-day = pabalsta saņemšanas apliecinājums datēts { $doc }, { $gap ->
        [one] { $gap } dienas
       *[other] { $gap } dienu
    } attālumā no izceļošanas dienas { $dep } (pielaide { $tolerance } d.)
    .hint = pabalstu izsniedz izceļošanas dienā; pārbaudiet apliecinājuma datumu un izceļošanas datumu reģistrā
ret01-above-tariff = pabalsts { $amount } EUR pārsniedz tarifu { $tariff } EUR: pārsniegums { $excess } EUR
    .hint = attiecināms ir tikai tarifs; pārsniegums tiek izslēgts
ret01-below-tariff = pabalsts { $amount } EUR ir mazāks par tarifu { $tariff } EUR
    .hint = pārbaudiet apliecinājumu: atgriežamajai personai pienākas viss tarifs
ret02-second = otrs naudas pabalsts lietai { $case }: pirmais ir ieraksts { $first } ({ $cell })
    .hint = pabalstu izmaksā vienreiz katrai atgriežamajai personai; dzēsiet otro

acc01-reversed = pakalpojums beidzas { $to }, pirms tas sākas { $from }
    .hint = labojiet pakalpojuma datumus
acc01-dated-before-order = datēts { $doc }, pirms lietas { $case } izbraukšanas rīkojuma ({ $first } … { $last }): apmaksātā uzturēšanās ir pirms rīkojuma
    .hint = dienas pirms izbraukšanas rīkojuma nav attiecināmas; ja dokuments ir par vēlākām dienām, norādiet tā pakalpojuma datumus
acc01-dated-after-departure = nevar pārbaudīt uzturēšanās dienas: datēts { $doc }, pēc lietas { $case } izceļošanas ({ $first } … { $last }), un pakalpojuma datumu nav; nekas netiek izslēgts
    .hint = norādiet šai rindai „Pakalpojuma sākums” / „Pakalpojuma beigas”: tie nosaka, par kurām naktīm maksāts
acc01-after-departure = { $from } … { $to }: { $outside } no { $days } dienām ārpus lietas { $case } uzturēšanās ({ $first } … { $last })
    .hint = izceļošanas dienas nakts un vēlākas dienas nav attiecināmas; dienas ārpus uzturēšanās tiek izslēgtas
acc01-before-order = { $from } … { $to }: { $outside } no { $days } dienām ārpus lietas { $case } uzturēšanās ({ $first } … { $last })
    .hint = dienas pirms izbraukšanas rīkojuma nav attiecināmas; dienas ārpus uzturēšanās tiek izslēgtas
acc02-over-tariff = pārtikas nauda { $amount } EUR par { $days } d.: tarifs atļauj { $max } EUR ({ $tariff } EUR dienā)
    .hint = attiecināms ir tikai tarifs × dienas; pārsniegums tiek izslēgts
acc02-over-stay = lietas { $case } pārtikas nauda ar šo rindu sasniedz { $sum } EUR: tarifs atļauj { $cap } EUR par { $days } d. no izbraukšanas rīkojuma { $order } līdz izceļošanai { $dep }
    .hint = attiecināms ir tikai tarifs × uzturēšanās dienas; pārsniegums tiek izslēgts. Ja rinda ir par citām dienām, norādiet tās daudzumu vai pakalpojuma datumus
acc03-detained = lietas { $case } persona ir aizturēta ({ $cell })
    .hint = izmitināšana un pārtika ir attiecināmas tikai atgriežamajām personām bez līdzekļiem, kas nav aizturētas; pārbaudiet reģistru
acc03-has-means = lieta { $case } nav atzīmēta kā „bez līdzekļiem” ({ $cell })
    .hint = izmitināšana un pārtika ir attiecināmas tikai atgriežamajām personām bez līdzekļiem, kas nav aizturētas; pārbaudiet reģistru

rei01-before-departure = sniegta { $doc }, pirms izceļošanas { $dep }
    .hint = reintegrācijas palīdzība ir attiecināma tikai pēc atgriešanās; pārbaudiet datumus
rei02-late = sniegta { $doc }, pēc termiņa { $deadline } ({ $months ->
        [one] { $months } mēnesis
       *[other] { $months } mēneši
    } pēc izceļošanas { $dep })
    .hint = pēc termiņa sniegta reintegrācijas palīdzība nav attiecināma; pārbaudiet sniegšanas datumu
rei03-over-cap = lietas { $case } reintegrācijas palīdzība ar šo piegādi sasniedz { $sum } EUR, pārsniedzot limitu { $cap } EUR: izslēgti { $removed } EUR
    .hint = attiecināms ir tikai limits vienai lietai; pārsniegums tiek izslēgts no pēdējām piegādēm
rei03-above-threshold = lietas { $case } reintegrācijas palīdzība sasniedz { $sum } EUR, vairāk nekā { $threshold } EUR
    .hint = limits nav noteikts; pārbaudiet, vai palīdzības apjoms ir pamatots un dokumentēts

fin02-deleted = ieraksts { $entry } ({ $doc } { $amount } { $currency }) ceturksnī { $quarter }, par kuru pieprasījums jau iesniegts, vairs nav izdevumu uzskaitē: pieprasīti { $claimed } EUR, tagad 0,00 EUR
    .hint = ceturkšņa { $quarter } pieprasījums ir iesniegts un iesaldēts pieprasījumu reģistrā: labojiet starpību nākamajā pieprasījumā (korekcijas rinda) vai atjaunojiet ierakstu
fin02-moved = ieraksts { $entry } ceturksnī { $quarter }, par kuru pieprasījums jau iesniegts, vairs nav apmaksāts ceturksnī { $quarter } (apmaksas datums { $from } → { $to }): pieprasīti { $claimed } EUR, tagad 0,00 EUR ceturksnī { $quarter }
    .hint = ceturkšņa { $quarter } pieprasījums ir iesniegts un iesaldēts pieprasījumu reģistrā: labojiet starpību nākamajā pieprasījumā (korekcijas rinda) vai atjaunojiet ierakstu
fin02-changed = ieraksts { $entry } ceturksnī { $quarter }, par kuru pieprasījums jau iesniegts, ir mainīts ({ $changes }): pieprasīti { $claimed } EUR, tagad attiecināmi { $now } EUR
    .hint = ceturkšņa { $quarter } pieprasījums ir iesniegts un iesaldēts pieprasījumu reģistrā: labojiet starpību nākamajā pieprasījumā (korekcijas rinda) vai atjaunojiet ierakstu
fin02-added = ieraksts { $entry } ({ $doc } { $amount } { $currency }, apmaksāts { $paid }) pievienots ceturksnim { $quarter }, par kuru pieprasījums jau iesniegts: pieprasīti 0,00 EUR, tagad attiecināmi { $now } EUR
    .hint = ceturkšņa { $quarter } pieprasījums ir iesniegts un iesaldēts pieprasījumu reģistrā: labojiet starpību nākamajā pieprasījumā (korekcijas rinda) vai atjaunojiet ierakstu
fin02-eligible-only = attiecināmā summa saskaņā ar tagad spēkā esošajiem noteikumiem
fin02-change = { $field } { $from } → { $to }
fin02-changes = { $head }; { $next }
fin02-field-doc-no = dokumenta Nr.
fin02-field-doc-date = dokumenta datums
fin02-field-paid-date = apmaksas datums
fin02-field-activity = aktivitāte
fin02-field-heading = budžeta pozīcija
fin02-field-case = lieta
fin02-field-currency = valūta
fin02-field-amount = summa
fin02-field-eligible = attiecināmā summa
fin02-none = nav

ind01-no-ticket = lieta { $case } izceļoja { $dep }, bet izdevumu uzskaitē tai nav biļetes
    .hint = ja projekts to apmaksāja, grāmatojiet to ar lietas numuru; ja ne, nekas nav jādara
ind01-no-allowance = lieta { $case } izceļoja { $dep }, bet izdevumu uzskaitē tai nav naudas pabalsta
    .hint = ja projekts to apmaksāja, grāmatojiet to ar lietas numuru; ja ne, nekas nav jādara
ind01-not-selected = lietai { $case } ir reintegrācijas izmaksas, bet tā nav atzīmēta reintegrācijai
    .hint = atzīmējiet lietu reintegrācijai reģistrā vai pārbaudiet izmaksu lietas numuru
ind01-above-target = aktivitāte { $line }: { $n ->
        [one] { $n } persona
       *[other] { $n } personas
    }, vairāk nekā { $pct } % no mērķa vērtības { $target } ({ $version }. versija)
    .hint = būtiski pārsniegtas mērķa vērtības parasti prasa granta līguma grozījumus
ind01-no-departures = nevar uzskaitīt { $n ->
        [one] { $n } personu
       *[other] { $n } personas
    } ar izmaksām: reģistrā nav kolonnas „{ $lv }” ({ $en }), tāpēc atgriešanās nav datēta; personas netiek uzskaitītas
    .hint = pievienojiet lietu reģistram kolonnu „{ $lv }” vai „{ $en }” un aizpildiet to
ind01-missing-column = nevar pārbaudīt rādītāju sadalījumu ({ $n ->
        [one] { $n } persona
       *[other] { $n } personas
    }): reģistrā nav kolonnas „{ $lv }” ({ $en }); sadalījums pēc tās nav zināms
    .hint = pievienojiet lietu reģistram kolonnu „{ $lv }” vai „{ $en }” un aizpildiet to

# The legal basis of each rule (`Rule::legal_basis`, src/rules/basis.rs).
rule-acc-01-basis = IeM 2018. gada atklātais projektu konkurss (izmitināšana un pārtika līdz brīvprātīgai atgriešanai); projekta apraksts (3 EUR dienā līdz izceļošanas dienai)
rule-acc-02-basis = Projekta apraksts (pārtikas nauda 3 EUR dienā līdz izceļošanai)
rule-acc-03-basis = IeM 2018. gada atklātais projektu konkurss (3. aktivitāte: atgriežamās personas, kas nav aizturētas un kam trūkst līdzekļu)
rule-bud-01-basis = Granta līgums, budžeta pielikums
rule-bud-02-basis = Granta līgums, budžeta izmaiņas bez līguma grozījumiem (elastība starp budžeta pozīcijām)
rule-bud-03-basis = Granta līgums, maksimālā granta summa
rule-bud-04-basis = Regula (ES) Nr. 514/2014, 18. panta 1. punkta d) apakšpunkts (vienotas likmes finansējums); granta līgums, netiešās izmaksas
rule-doc-02-basis = Regula (ES, Euratom) 2018/1046, 191. pants (dubultā finansējuma aizliegums)
rule-fin-02-basis = Maksājuma pieprasījuma kumulatīvā uzskaite: kopā (kumulatīvi) = iepriekšējos pieprasījumos + šajā periodā; iesniegta pieprasījuma summas netiek mainītas
rule-fx-01-basis = Granta līgums, izmaksu attiecināmības pielikums (pārrēķins pēc mēneša grāmatvedības kursa); Ministru kabineta 28.07.2015. noteikumi Nr. 432
rule-gdpr-01-basis = Regula (ES) 2016/679 (Vispārīgā datu aizsardzības regula), 5. panta 1. punkta c) apakšpunkts un 25. pants (datu minimizēšana, pseidonimizācija)
rule-ind-01-basis = Komisijas Deleģētā regula (ES) 2017/207 (kopīgie rādītāji); granta līguma rādītāju mērķa vērtības
rule-per-01-basis = Regula (ES) Nr. 514/2014, 17. panta 3. punkts; granta līgums, attiecināmības periods
rule-per-02-basis = Regula (ES) Nr. 514/2014, 17. panta 3. punkts; granta līgums, attiecināmības periods
rule-per-03-basis = Regula (ES) Nr. 514/2014, 18. panta 1. punkta a) apakšpunkts (faktiski radušās un apmaksātas izmaksas)
rule-rei-01-basis = Regula (ES) Nr. 516/2014, 12. panta e) punkts (atgriezto personu reintegrācija)
rule-rei-02-basis = Granta līgums (reintegrācijas palīdzība 12 mēnešu laikā pēc atgriešanās)
rule-rei-03-basis = Granta līgums, reintegrācijas palīdzības maksimālā summa (pieņemts 2 000 EUR; jāapstiprina)
rule-ret-01-basis = Regula (ES) Nr. 516/2014, 12. panta c) punkts (finansiāls atbalsts); projekta apraksts (100 EUR izceļošanas dienā)
rule-ret-02-basis = Projekta apraksts (viens naudas pabalsts katrai atgriežamajai personai)
rule-tg-01-basis = Regula (ES) Nr. 516/2014, 11. pants (mērķa grupa)
rule-tg-02-basis = Regula (ES) Nr. 516/2014, 2. panta a) punkts un 11. pants (mērķa grupa: trešo valstu pilsoņi)
rule-tg-03-basis = Regula (ES) Nr. 516/2014, 11. pants; PMLP: kas var pieteikties brīvprātīgai atgriešanai (izbraukšanas rīkojums)
rule-tg-04-basis = Projekta apraksts (atgriešanās pēc izbraukšanas rīkojuma)
rule-vat-01-basis = Regula (ES, Euratom) 2018/1046, 186. panta 4. punkta c) apakšpunkts (atgūstamais PVN nav attiecināms); granta līgums, izmaksu attiecināmības pielikums
