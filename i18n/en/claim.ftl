# grantbook message catalogue: English, area "claim" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).


## The final report's balance (cover)

final-period-whole = the whole eligibility period
final-balance-title = Balance
final-balance-eu-eligible = EU share of the total eligible costs
final-balance-payments = Payments received
final-balance-requested = Balance requested
final-balance-to-recover = Amount to recover (negative balance)
final-balance-note = EU share of the total eligible costs − payments received = balance requested (negative: to recover)
