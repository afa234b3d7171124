# grantbook message catalogue: English, area "findings" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).

