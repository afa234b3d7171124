# grantbook message catalogue: English, area "claim" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).
# The claim's labels: `claim-<label>`; `render::labels::label(lang, "<label>")` reads them.


## The final report's balance (cover)

final-period-whole = the whole eligibility period
final-balance-title = Balance
final-balance-eu-eligible = EU share of the total eligible costs
final-balance-payments = Payments received
final-balance-requested = Balance requested
final-balance-to-recover = Amount to recover (negative balance)
final-balance-note = EU share of the total eligible costs − payments received = balance requested (negative: to recover)
claim-title-interim = Payment claim
claim-title-final = Final report
claim-sheet-cover = Cover
claim-sheet-expenditure = Expenditure
claim-sheet-financing = Financing
claim-sheet-indirect = Indirect costs
claim-sheet-indicators = Indicators
claim-sheet-documents = Documents
claim-sheet-unpaid = Unpaid
claim-sheet-findings = Findings
claim-sheet-rates = Exchange rates
claim-agreement = Grant agreement
claim-version = Agreement version
claim-in-force-from = in force from
claim-project = Project
claim-beneficiary = Beneficiary
claim-responsible-authority = Responsible authority
claim-fund = Fund
claim-period = Reporting period
claim-claim-number = Claim no.
claim-claim-type = Claim type
claim-type-interim = interim
claim-type-final = final
claim-eligible-period = Eligible costs this period
claim-eligible-cumulative = Eligible costs, cumulative
claim-requested = Amount requested
claim-payments = Payments received (advance, interim payments)
claim-payments-total = Payments received, total
claim-no-payments = No payments recorded
claim-payment-date = Date
claim-payment-kind = Kind
claim-note = Note
claim-interim-cap = Interim payment cap
claim-of-eu-grant = of the EU grant
claim-grant-total = Grant total
claim-signatory = Signatory
claim-signature = Signature
claim-date = Date
claim-inputs = Inputs (SHA-256)
claim-role = Role
claim-file = File
claim-tool = Tool
claim-line = Activity line
claim-heading = Budget heading
claim-name = Name
claim-budget = Budget
claim-earlier = In earlier claims
claim-this-period = This period
claim-cumulative = Total (cumulative)
claim-remaining = Remaining
claim-used-pct = Used, %
claim-by-line = By activity line
claim-by-heading = By budget heading
claim-flex-limit = Flexibility limit
claim-headroom = Flexibility headroom
claim-total = Total
claim-eligible = Eligible
claim-check-sources = Check: sources − eligible
claim-rounding = Rounding
claim-split-holds = The sources add up to the eligible amount in every row
claim-rows-checked = rows checked
claim-largest-difference = largest difference
claim-by-quarter = By quarter
claim-quarter = Quarter
claim-frozen-from-register = Earlier-claim figures from the register of submitted claims
claim-direct-base = Eligible direct cost base
claim-rate-pct = Rate, %
claim-allowed = Allowed
claim-claimed = Claimed
claim-difference = Difference
claim-indicator = Indicator
claim-target = Target value
claim-pct-target = % of target
claim-persons = Persons
claim-women = Women
claim-men = Men
claim-sex-other = Other / not recorded
claim-children = Children (0–17)
claim-adults = Adults (18+)
claim-age-unknown = Age not known
claim-vulnerable = Vulnerable persons
claim-country = Country of return
claim-by-country = By country of return
claim-suppressed-note = Counts below the threshold are not published
claim-threshold = threshold
claim-entry-id = Entry no.
claim-doc-no = Document no.
claim-doc-date = Document date
claim-paid-date = Payment date
claim-supplier = Supplier
claim-description = Description
claim-case-id = Case no.
claim-currency = Currency
claim-amount = Amount
claim-rate = Rate
claim-rate-source = Rate source
claim-eur = Amount EUR
claim-vat = VAT EUR
claim-ineligible = Ineligible
claim-rules = Rules
claim-source = Source
claim-documents-title = List of supporting documents
claim-unpaid-title = Unpaid costs (not yet claimable)
claim-none = None
claim-rule = Rule
claim-severity = Severity
claim-where = Where
claim-message = Finding
claim-hint = Hint
claim-ineligible-amount = Amount ineligible or to correct
claim-month = Month
claim-notices = Notices
claim-expenditure-title = Expenditure by activity line and budget heading
claim-financing-title = Financing split by source
claim-indirect-title = Indirect cost computation
claim-indicators-title = Indicators: persons assisted
claim-findings-title = Findings and excluded amounts
claim-rates-title = Exchange rates used
claim-generated-by = Made with
claim-page-of = Page { $page } of { $pages }
claim-rounding-method = Each quarter is computed on its own: shared costs are apportioned per heading by the key (largest remainder, ties to the lower line code); indirect costs per line = rate × eligible direct costs, rounded to the cent (half a cent up); EU share = share × quarter total, rounded to the cent the same way and apportioned to the line × heading cells by largest remainder (ties to the lower code); co-financing = total − EU share per cell. Years, the final report and cumulative columns are sums of quarters.
claim-split-differs = the sources differ from the eligible amount

## The findings workbook and page (`check --format xlsx|html`)

claim-findings-report = List of findings
claim-findings-sheet = Findings
claim-findings-intro = One row per finding: the rule, its severity, the cell in the inputs and the entry's key fields. Correct the inputs at the cell named and run the check again.
claim-findings-none = No findings
claim-statement = Requirement
claim-amount-removed = Amount removed
claim-inputs-title = Inputs
claim-summary = Summary

## The inputs a report names, with their SHA-256

claim-input-project = project file
claim-input-expenses = expense ledger
claim-input-cases = case register
claim-input-rates = exchange rates
claim-input-rules = rule catalogue
claim-input-claim = payment claim
claim-input-previous = previous claim
claim-rule-catalogue = { $n ->
    [one] grantbook rules ({ $n } rule)
   *[other] grantbook rules ({ $n } rules)
}

## The claim's terminal summary

claim-summary-title = grantbook claim { $period } — { $agreement } (version { $version })
claim-summary-final = final
claim-summary-period = period { $from } … { $to }: { $lines } cost lines
claim-summary-eligible = eligible this period { $eligible } EUR = { $sources }
claim-summary-cumulative = cumulative { $cumulative } EUR of { $budget } EUR budget
claim-summary-findings = findings: { $n } ({ $excluding } excluding { $amount } EUR)
claim-summary-unpaid = not yet paid, not claimable: { $lines } cost lines
claim-summary-not-convertible = not convertible (no exchange rate), excluded: { $amounts }
claim-summary-to-correct = FIN-02: { $amount } EUR to correct for quarters already submitted
