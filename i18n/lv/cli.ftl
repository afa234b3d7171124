# grantbook message catalogue: Latvian, area "cli" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).


## `grantbook verify`: each input of a report against the file now

cli-verify-same = nemainīts  { $role } { $file }
cli-verify-changed = MAINĪTS   { $role } { $file } (pārskatā { $was }, tagad { $latest } { $now })
cli-verify-other-version = piezīme: pārskatu sagatavoja grantbook { $made }; šī ir { $this }
cli-verify-matches = { $report }: atbilst visiem { $n } ievaddatiem
cli-verify-differs = { $report }: NEATBILST: mainīti { $changed } no { $n } ievaddatiem, kopš pārskats sagatavots
