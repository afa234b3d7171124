# grantbook message catalogue: English, area "cli" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).


## `grantbook verify`: each input of a report against the file now

cli-verify-same = same     { $role } { $file }
cli-verify-changed = CHANGED  { $role } { $file } (report { $was }, now { $latest } { $now })
cli-verify-other-version = note: the report was made by grantbook { $made }; this is { $this }
cli-verify-matches = { $report }: matches its { $n } inputs
cli-verify-differs = { $report }: does NOT match: { $changed } of { $n } inputs changed since it was made
