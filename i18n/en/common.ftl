# grantbook message catalogue: English, area "common" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).

## Glossary terms (the agreement's own words; glossary-lv-en.md)

-fund = AMIF
-state = state budget

## Severities

severity-block = block
severity-error = error
severity-warning = warning
severity-info = information

## Counts

findings-count = { $n ->
    [one] { $n } finding
   *[other] { $n } findings
}
rows-count = { $n ->
    [one] { $n } row
   *[other] { $n } rows
}

## The input templates (`grantbook template`)

template-required-for-headings = Required for headings
template-input-template = input template
template-yes = yes
template-for-headings = for headings
template-no = no
template-activity-lines = Activity lines
template-apportioned = apportioned to the lines
template-budget-headings = Budget headings
template-per-case = per case: give the case no.
template-indirect-flat-rate = indirect costs are computed as a flat rate; they are never booked from invoices
template-instructions-sheet = Instructions
template-what-expenses = expense ledger (one row per supporting-document line)
template-what-cases = case register (one row per assisted person)
template-what-rates = exchange rates (one row per month and currency)
template-step-fill = Fill the first sheet from row 2, one row per record; keep the header row as it is.
template-step-required = Blue headers are required; grey ones as needed. Pick codes from the drop-down in the cell.
template-step-columns = Columns may be reordered and your own columns added: they are ignored. Never enter names, personal codes or passport numbers.
template-step-then = Then: grantbook check, then grantbook claim --period 2020-Q3.
template-column = Column
template-field = Field
template-required = Required
template-format = Format
template-meaning = Meaning
template-example = Example

## A file a command has written

common-wrote = wrote { $file }
