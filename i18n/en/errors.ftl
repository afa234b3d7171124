# grantbook message catalogue: English, area "errors" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).


## The frame of every error
err-label-error = error
err-label-hint = hint
err-unreadable = { $file }: cannot read the file: { $reason }
err-cells = { $place }: { $n ->
        [one] { $n } cell cannot be read
       *[other] { $n } cells cannot be read
    }; rows read { $read } = { $accepted } accepted + { $rejected } rejected
err-cells-more = … and { $n } more
err-cells-nothing-written = nothing was written: correct the cells and run again
err-problem = { $at } ({ $field }): expected { $expected }, found { $found }
err-detail = { $detail }
err-io-not-found = No such file or directory
err-io-permission = Permission denied
err-io-exists = the file exists already
err-io-other = { $detail }

## A cell as found
err-cell-empty = an empty cell
err-cell-text = { $value }
err-cell-number = the number { $value }
err-cell-date = the date { $value }
err-cell-bad-date = an invalid date (serial { $value })
err-cell-bool = the boolean { $value }
err-cell-formula-error = the formula error { $value }

## Cells: what was expected (import/sheet/cells.rs)
err-exp-value = a value
err-exp-text = text
err-exp-date = a date like 2020-07-15 or 15.07.2020
err-exp-date-range = a date between 1900 and 2100
err-exp-finite = a finite number
err-exp-below-1e28 = an amount below 10^28
err-exp-amount = an amount like 1234.56
err-exp-amount-text = an amount like 1234.56 or 1 234,56
err-exp-decimals = an amount with at most { $decimals } decimals ({ $currency })
err-exp-yes-no = yes or no (jā / nē)
err-exp-year = a year like 1987
err-exp-month = a month like 2020-07
err-exp-required = a value (the field is required)
err-hint-formula = the cell's formula gives { $error }: fix the formula or type the value
err-hint-as-text = type the value as text
err-hint-date-formatted-text = the cell is formatted as a date: format it as text
err-hint-plain-number = the cell holds a plain number: format the column as a date, or type the date as 2020-07-15
err-hint-not-calendar = the date cell is not a calendar date
err-hint-type-date = type the date as 2020-07-15
err-hint-year = check the year; a two-digit year is not accepted
err-hint-date-slash = write dates as 2020-07-15 (ISO) or 15.07.2020 (Latvian); slashes are ambiguous (03/04/2020 is March or April)
err-hint-date-form = write dates as 2020-07-15 (ISO) or 15.07.2020 (Latvian)
err-hint-no-such-day = that day does not exist in the calendar
err-hint-nan = the cell holds NaN or infinity
err-hint-too-large = the number is too large to be an amount
err-hint-date-formatted-number = the cell is formatted as a date: format it as a number
err-hint-type-amount = type the amount
err-hint-one-separator = use one decimal separator (point or comma) and spaces between thousands, e.g. 1 234,56
err-hint-nan-amount = NaN or infinity is not an amount: type the amount from the document
err-hint-digits = type digits only, with a decimal point or comma
err-hint-round = round the amount to the currency's smallest unit, as on the document
err-hint-yes-no = type jā or nē
err-hint-four-digits = type four digits
err-hint-birth-year = type the year of birth only, four digits
err-hint-month = write the month as YYYY-MM
err-hint-month-text = write the month as text, YYYY-MM
err-hint-required = fill in "{ $what }" for this row, or delete the row

## Files and workbooks (import/sheet/grid.rs, stream.rs, zip_bounds.rs, import/mod.rs)
err-hint-check-path = check the path, or pass the file with --expenses / --cases / --rates
err-folder = it is a folder, not a file
err-hint-name-spreadsheet = name a spreadsheet file
err-hint-permissions = check the file's permissions
err-too-big = the file is { $len } bytes, above the limit of { $limit }
err-hint-split-year = split the ledger by year
err-empty-file = the file is empty
err-hint-export-again = export the sheet again
err-reader-panicked = the workbook is malformed: its spreadsheet reader failed on it
err-hint-resave = open it in Excel or LibreOffice and save it again
err-hint-resave-mail = open it in Excel or LibreOffice and save it again; if it came by e-mail, ask the sender for the file as they saved it
err-encrypted = the workbook is password-protected (encrypted)
err-hint-encrypted = open it in Excel or LibreOffice, remove the password (File › Info › Protect Workbook, or Save As without a password) and save it again
err-xls-loop = the xls file is damaged: a chain of its sectors runs in a loop
err-hint-resave-xlsx = open it in Excel or LibreOffice and save it again as .xlsx
err-xls-too-many = its sheets span { $n } cells, above the limit of { $limit } for an xls workbook (a damaged file, or cells far outside the table)
err-hint-delete-far = delete unused cells far from the table and save it as .xlsx
err-not-workbook = not a readable xlsx, xls or ods workbook ({ $detail })
err-hint-not-workbook = save it as .xlsx, .ods or .csv (a text export must be named .csv); a password-protected workbook must be saved without its password
err-sheet-unreadable = sheet "{ $sheet }" cannot be read ({ $detail })
err-hint-resave-workbook = save the workbook again from Excel or LibreOffice
err-grid-too-big = sheet "{ $sheet }" takes the workbook's grid above the limit of { $limit } cells for this format
err-hint-ctrl-end = delete unused cells far from the table (Ctrl+End shows the last used cell) and save it as .xlsx
err-too-many-cells = sheet "{ $sheet }" takes the workbook above the limit of { $limit } cells
err-hint-ctrl-end-split = delete unused columns and rows far from the table (Ctrl+End shows the last used cell), or split the ledger by year
err-zip-truncated = the workbook is damaged or truncated (its zip directory is missing or broken)
err-hint-copy-again = copy the file again from where it was saved, or open it in Excel or LibreOffice and save it again
err-zip-bomb = its parts would unpack to more than { $gib } GiB (the part "{ $part }" alone declares { $size } bytes): a damaged file or a decompression bomb
err-hint-resave-split = open it in Excel or LibreOffice and save it again, or split the ledger by year
err-binary-csv = the file is binary, not text
err-hint-binary-csv = export the sheet as csv, or name an .xlsx / .ods file
err-bad-csv-line = line { $line } is not valid csv ({ $detail })
err-hint-csv-quotes = check the quotes on that line
err-rows-out-of-order = sheet "{ $sheet }" lists row { $row } after row { $previous } (its rows are out of order)
err-hint-resave-workbook-open = open the workbook in Excel or LibreOffice and save it again
err-file-reader-panicked = the file is malformed: its reader failed on it
err-input-not-named = no { $what } file is named
err-hint-input-not-named = name it under [inputs] in the project file, or pass { $flag } FILE
err-reader-stopped = the reader stopped unexpectedly
err-hint-run-again = run again; report it if it repeats
err-no-project = no project file (*.toml) in ./budgets/
err-hint-no-project = run grantbook from the project folder, or pass --project FILE
err-several-projects = several project files in ./budgets/: { $files }
err-hint-several-projects = choose one with --project FILE
err-zip-long-run = its part "{ $part }" holds a run of more than { $mib } MiB without a cell boundary (at byte { $at } of its unpacked XML): a damaged file or a decompression bomb
err-zip-doctype = its part "{ $part }" declares a document type (DTD), which no spreadsheet writes
err-zip-big-part = its part "{ $part }" unpacks to more than { $size } bytes, above the limit of { $mib } MiB for a part that is not a sheet
err-zip-strings = its shared strings ({ $strings } strings, { $bytes } bytes) are far more than its { $cells } cells could use: a damaged file or a decompression bomb
err-zip-damaged = its part "{ $part }" cannot be unpacked ({ $detail }): the workbook is damaged

## Header rows (import/sheet/header.rs)
err-of-expenses = expense ledger
err-of-cases = case register
err-of-rates = exchange rate
err-sheet-not-found = the project file names the sheet "{ $sheet }" for the { $what }, but the workbook has no such sheet
err-hint-sheets-are = the sheets are: { $sheets }
err-header-twice = { $prefix }the header row { $row } names the field "{ $name }" twice: column { $a } ("{ $text_a }") and column { $b } ("{ $text_b }")
err-sheet-prefix = sheet "{ $sheet }": 
err-hint-header-twice = keep one column headed "{ $lv }" or "{ $en }" and rename or delete the other
err-at-sheet-row = sheet "{ $sheet }", row { $row }
err-at-row = row { $row }
err-header-lacks = the { $what } header row (best match: { $at }) lacks the required { $n ->
        [one] column
       *[other] columns
    } { $columns }
err-hint-header-lacks = add the column with that header (Latvian or English), or map your header to the field under [columns] in the project file
err-no-header = no visible sheet has a { $what } header row (looked in: { $sheets })
err-hint-no-header = the header row needs the columns { $columns }
err-hint-hidden-sheet = the hidden sheet "{ $sheet }" has the { $what } header: unhide it, or name it under [inputs] in the project file (expenses_sheet, cases_sheet or rates_sheet)

## Ledger, register and rate cells (import/expenses.rs, cases.rs, rates.rs)
err-exp-currency = an ISO 4217 currency code such as EUR, USD or IQD
err-hint-currency-default = leave the cell empty for { $currency }, or type the three-letter code
err-exp-amount-limit = an amount below 1 000 000 000 000
err-hint-amount-limit = check the cell: it is larger than any grant
err-exp-quantity = a quantity below 1 000 000
err-hint-quantity = type the number of days, persons or units
err-exp-sex = F, M or X
err-hint-sex = type F (sieviete), M (vīrietis) or X
err-exp-country = an ISO 3166 country code such as IQ or IRQ
err-hint-country = type the two- or three-letter code; XX for stateless
err-exp-currency-rate = an ISO 4217 currency code such as USD or IQD
err-hint-three-letter = type the three-letter code
err-exp-rate-min = a positive rate of at least 0.000001 (units per 1 EUR)
err-exp-rate-max = a rate of at most 1 000 000 000 (units per 1 EUR)
err-hint-rate = type how many units of the currency one euro buys

## The ledger as a whole (ledger.rs)
err-exp-entry-once = an entry id used once
err-found-also-in = "{ $value }", also in { $cell }
err-hint-entry-once = give every ledger line its own entry number
err-no-case-column = { $prefix }the header row { $row } has no case-number column, but { $n } cost line(s) are of per-case headings (first: entry { $entry }, heading { $heading })
err-hint-no-case-column = add a column "Lietas Nr." (Case no.) with the case number of every person-linked cost
err-exp-case-once = a case id used once
err-hint-case-once = one row per person: merge the two rows
err-exp-rate-once = one rate per month and currency
err-found-rate-twice = { $month } { $currency } twice ({ $first } and { $second })
err-hint-rate-once = keep the rate of the configured source and delete the other row
err-sheet-prefix-plain = sheet { $sheet }: 

## grantbook's own files read back (import/readback/*.rs)
err-hint-register-restore = the claim register holds files written by `grantbook claim --submit`; restore the file from the submitted claim (a backup, or the copy sent to the authority), or remove it and submit the quarter again
err-not-frozen = not a frozen claim: { $detail }
err-register-format = format "{ $format }", not "{ $expected }" (an entry without a checksum, from an earlier grantbook, or not a frozen claim)
err-register-checksum = its content does not match its checksum "{ $checksum }": the file was changed after { $quarter } was submitted
err-register-quarter = quarter "{ $quarter }"
err-hint-register-quarter = expected a quarter such as 2020-Q3
err-register-name = it holds { $quarter }, whose file is named { $named }
err-hint-register-name = rename the file back, or restore it from the submitted claim
err-register-agreement = frozen for agreement "{ $agreement }", but the project is "{ $project }"
err-hint-register-agreement = move the file to its own agreement's register folder
err-not-claim-workbook = not a grantbook claim workbook: { $why }
err-hint-not-claim-workbook = give the claim-<period>.xlsx that `grantbook claim` wrote (it carries a hidden _grantbook sheet)
err-not-review-workbook = not a grantbook review workbook: { $why }
err-hint-not-review-workbook = give the review-<period>.xlsx that `grantbook review` wrote, filled in and saved under another name
err-why-no-meta = it has no _grantbook sheet
err-why-report-kind = its _grantbook sheet says it is a "{ $kind }" report
err-why-no-kind = its _grantbook sheet names no report kind
err-why-no-key = its _grantbook sheet has no "{ $key }" (written by an older grantbook?); build the claim again
err-why-period = { $detail }
err-why-sheet-missing = the { $role } sheet "{ $sheet }" is missing
err-why-not-row = { $key } is not a row number
err-why-not-column = { $key } is not a column
err-why-missing = { $key } is missing
err-why-sheet-gone = the sheet "{ $sheet }" is missing
err-why-not-review = its _grantbook sheet does not say it is a review
err-why-not-a-row = { $key } is not a row
err-checklist-problems = { $problems }

## The project file (import/project.rs)
err-prj-hint-pass = pass the project file with --project budgets/NAME.toml
err-prj-hint-syntax = fix the TOML syntax at that line
err-prj-table-at-line = {" "}(its table starts at line { $line })
err-prj-at-line = {" "}(line { $line })
err-prj-missing-key = the key is missing{ $at }
err-prj-hint-missing-key = add the key; each key is explained in the shipped budgets/ak-iom-pmif-2018-1.toml
err-prj-keys-here = ; the keys here are: { $keys }
err-prj-unknown-key = unknown key "{ $name }"{ $at }{ $keys }
err-prj-hint-unknown-key = remove the key or correct its spelling; the keys are listed in the shipped budgets/ak-iom-pmif-2018-1.toml
err-prj-wrong-type = { $detail }{ $at }
err-prj-hint-wrong-type = correct the value's type
err-prj-language = unknown language "{ $lang }"
err-prj-hint-language = use "lv" or "en"
err-prj-overflow = more than 10^28
err-prj-no-source = no funding source
err-prj-hint-no-source = add [[sources]] for the EU fund and the co-financing
err-prj-shares = the shares sum to { $sum } %, not 100 %
err-prj-hint-shares = make the funding sources' shares add up to 100
err-prj-no-line = no activity line
err-prj-hint-no-line = add [[lines]] entries
err-prj-line-twice = the line code "{ $code }" is used twice
err-prj-hint-line-twice = give each line its own code
err-prj-heading-twice = the heading code "{ $code }" is used twice
err-prj-hint-heading-twice = give each heading its own code
err-prj-unknown-line = unknown activity line "{ $code }"
err-prj-hint-lines = the lines are { $codes }
err-prj-shared-code = "{ $code }" is also an activity line's code
err-prj-hint-shared-code = give shared costs a code of their own, e.g. "shared"
err-prj-shared-sum = the key sums to { $sum } %, not 100 %
err-prj-hint-shared-sum = make the lines' shares of shared costs add up to 100
err-prj-no-version = no version of the agreement
err-prj-hint-no-version = add [[versions]] with the original agreement
err-prj-versions-order = version { $number } takes effect on { $date }, not after version { $before } ({ $before_date }): versions must be listed in order of their effective dates
err-prj-hint-versions-order = put the amendments after the original, oldest first, each with a later effective_from
err-prj-period-end = { $end } is before period_start { $start }
err-prj-hint-period-end = the period ends after it starts
err-prj-unknown-heading = unknown budget heading "{ $code }"
err-prj-hint-headings = the headings are { $codes }
err-prj-not-cents = { $value } is not an amount in cents
err-prj-hint-not-cents = write a non-negative amount with at most two decimals
err-prj-budget-total = the budget cells sum to { $sum }, not to the total { $total }
err-prj-hint-budget-total = correct a budget cell or the total so that they agree
err-prj-indirect = indirect costs { $indirect } exceed { $rate } % of the line's direct costs ({ $allowed })
err-prj-hint-indirect = lower the indirect budget to at most the flat rate of the direct budget
err-prj-unknown-input = unknown input "{ $input }"
err-prj-hint-unknown-input = use [columns.expenses], [columns.cases] or [columns.rates]
err-prj-unknown-field = unknown field "{ $field }"
err-prj-hint-unknown-field = the fields are { $fields }
err-prj-not-month = "{ $month }" is not a month
err-prj-hint-not-month = write the month as "YYYY-MM", e.g. "2020-12"
err-prj-plan-pct = { $pct } is not a cumulative percentage between { $last } and 100
err-prj-hint-plan-pct = give the cumulative percent of the line's budget spent by that month's end; it never falls
err-prj-missing-param = missing parameter
err-prj-hint-missing-param = every rule parameter is required under [params]; see the shipped project file
err-prj-not-pct = { $value } is not a percentage between 0 and 100
err-prj-hint-not-pct = write the percentage as a number, e.g. 7 for 7 %
err-prj-hint-heading-code = name headings by their code
err-prj-hint-countries = list the EU, EEA and Swiss country codes
err-prj-not-regex = not a regular expression: { $detail }
err-prj-hint-regex = write the pattern in Rust regex syntax, e.g. '^[A-Z0-9][A-Z0-9/-]{"{"}2,31{"}"}$'
err-prj-negative = { $value } is negative
err-prj-hint-negative = write a percentage of the target, e.g. 120

## Command-line arguments (clap's errors, cli/usage_error.rs)
err-clap-unknown-argument = unexpected argument '{ $arg }' found
err-clap-invalid-subcommand = unrecognized subcommand '{ $command }'
err-clap-missing-value = a value is required for '{ $arg }' but none was supplied
err-clap-invalid-value = invalid value '{ $value }' for '{ $arg }' (possible values: { $valid })
err-clap-value-validation = invalid value '{ $value }' for '{ $arg }'
err-clap-missing-argument = the following required arguments were not provided: { $arg }
err-clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
err-clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
err-clap-values = wrong number of values for '{ $arg }'
err-clap-suggested = a similar one exists: '{ $value }'
err-clap-more = For more information, try '--help'.
err-clap-usage = Usage
