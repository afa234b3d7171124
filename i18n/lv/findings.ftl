# grantbook message catalogue: Latvian, area "findings" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).

## Pieprasījuma konstatējumu sadaļa: katra perioda izmaksu rinda uzskaitīta

findings-reconciliation-title = Katra perioda izmaksu rinda uzskaitīta
findings-col-lines = Izmaksu rindas
findings-col-eur = EUR
findings-read = Nolasītas: apmaksātas periodā vai vēl neapmaksātas ar datumu līdz perioda beigām (EUR ar PVN; = zemāk esošo rindu summa)
findings-claimed = Pieprasītas: attiecināmās tiešās izmaksas
findings-excluded = Izslēgtas konstatējumu dēļ, katra izmaksa vienreiz
findings-vat = Atskaitītais atgūstamais PVN
findings-unpaid = Vēl nav apmaksātas: nav pieprasāmas līdz apmaksai
findings-not-convertible = Nav konvertējamas (nav valūtas kursa dokumenta mēnesim), izslēgtas: { $amounts }
findings-not-convertible-none = Nav konvertējamas (nav valūtas kursa dokumenta mēnesim)
findings-note-partly = Daļēji izslēgtas pieprasītās izmaksu rindas (pārsniegums virs tarifa vai limita): { $n }.
findings-note-overlaps = Izmaksu rindas ar vairāku noteikumu konstatējumiem: { $n } ({ $list }). Augstāk esošajā sarakstā katram noteikumam ir sava summa, tāpēc saraksta kopsumma šīs izmaksas ieskaita vairākkārt; izslēgtā summa katru izmaksu ieskaita vienreiz (lielāko noņemto summu).
findings-note-to-correct = Saraksta kopsummā ir { $amount } EUR koriģējamo summu par jau iesniegtiem ceturkšņiem (FIN-02); tās no šī pieprasījuma neko neizslēdz.
findings-note-claimed = Pieprasīts = attiecināmās tiešās izmaksas, kas apmaksātas attiecināmības periodā, atskaitot visas izslēgtās summas; netiešās izmaksas pēc vienotās likmes nāk klāt.
findings-note-unaccounted = NESASKAN: { $amount } EUR nav uzskaitīti; lūdzu, ziņojiet par šo grantbook kļūdu.
