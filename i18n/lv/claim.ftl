# grantbook message catalogue: Latvian, area "claim" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).


## Noslēguma pārskata atlikums (titullapa)

final-period-whole = viss attiecināmības periods
final-balance-title = Noslēguma norēķins
final-balance-eu-eligible = ES finansējuma daļa no attiecināmajām izmaksām kopā
final-balance-payments = Saņemtie maksājumi
final-balance-requested = Pieprasītais atlikuma maksājums
final-balance-to-recover = Atgūstamā summa (negatīvs atlikums)
final-balance-note = ES finansējuma daļa no attiecināmajām izmaksām kopā − saņemtie maksājumi = pieprasītais atlikuma maksājums (negatīvs: atgūstamā summa)
