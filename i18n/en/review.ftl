# grantbook message catalogue: English, area "review" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).

## Report labels (the html template reads them as t.<key without "review-", "-" as "_">)

review-title = Review of a payment claim
review-sheet-summary = Summary
review-sheet-differences = Differences
review-sheet-sample = Sample
review-sheet-checklist = Checklist
review-sheet-claim-checks = Claim checks
review-sheet-projection = Evaluation
review-sheet-parked = Parked items
review-sheet-previous = Previous claim
review-sheet-report = Verification report
review-sheet-letter = Letter
review-claim-reviewed = Claim reviewed
review-period = Reporting period
review-claim-number = Claim no.
review-agreement = Grant agreement
review-version = agreement version
review-hashes = Input hashes
review-hashes-match = match the inputs given
review-hashes-differ = DIFFER from the inputs given
review-in-claim = In the claim
review-in-run = In this run
review-differences-count = Differences from the recomputation
review-no-differences = No differences
review-area = Area
review-row-key = Row
review-what = Column / change
review-cell = Cell
review-submitted = Submitted
review-recomputed = Recomputed
review-method = Method
review-formula = Formula with this sample's figures
review-generator-label = Random numbers
review-seed = Seed
review-confidence = Confidence, %
review-reliability-factor = Reliability factor RF = −ln(1 − confidence)
review-expansion-factor = Expansion factor EF
review-z = z (two-sided)
review-sigma = σr, standard deviation of error rates
review-sigma-source = σr taken from
review-tolerable-error-pct = Tolerable error (materiality), %
review-tolerable-error = Tolerable error TE (materiality), EUR
review-expected-error-pct = Expected error, %
review-expected-error = Expected error AE, EUR
review-population-items = Population: cost lines with eligible > 0
review-population-value = Population value BV, EUR
review-population-hash = Population SHA-256
review-sample-size = Sample size n
review-interval = Sampling interval BV ÷ n (cut-off of a stratified sample), EUR
review-random-start = Random start, EUR
review-high-value-items = High-value stratum (checked 100 %)
review-groups = Strata and allocation
review-group = Stratum
review-items-count = Items
review-value = Value, EUR
review-allocated = Allocated
review-selected = Selected
review-coverage = Coverage rule
review-all-items = every item of the population is checked
review-items = items
review-row-no = No.
review-entry-id = Entry no.
review-doc-no = Document no.
review-doc-date = Document date
review-line = Activity line
review-heading = Budget heading
review-case-id = Case no.
review-book-value = Book value (eligible), EUR
review-stratum = Stratum
review-risks = Risk factors
review-point = Selection point, EUR
review-documents-to-see = Documents to see
review-check-result = Result
review-error-type = Error type
review-deducted = Amount deducted, EUR
review-parking = Parking
review-note = Note
review-status = Status
review-checklist-help = Fill in the yellow columns from the lists (Result; for an error its type, the amount deducted and, if it is to be parked, how), save under another name and run: grantbook review --claim … --checklist <file>
review-parked-help = Items parked by earlier reviews stay listed until a reviewer sets their status to cleared.
review-check = Check
review-verified = What grantbook verified automatically
review-result = Result
review-res-ok = OK
review-res-finding = finding
review-res-manual = manual
review-projection-pending = Evaluation: fill in the checklist and run again with --checklist
review-provisional = Provisional: not every sampled item is checked yet, so there is no verdict
review-items-sampled = Items sampled
review-items-checked = Items checked
review-items-with-error = Items with an error
review-high-value-errors = Errors of the strata checked in full
review-taintings = Σ E ÷ BV (taintings)
review-projected = Projected error
review-basic-precision = Basic precision RF(0) × SI
review-incremental-allowance = Incremental allowance (errors ranked by tainting)
review-precision = Precision
review-upper-limit = Upper error limit
review-materiality = Materiality
review-total-error-rate = Total error rate, %
review-corrections = Deducted from this payment
review-residual-error-rate = Residual error rate (projected − deducted) ÷ (BV − deducted), %
review-above-materiality = above materiality
review-within-materiality = within materiality
review-verdict = Verdict
review-knock-on = Deductions and their knock-on effect on indirect costs and the sources
review-indirect-effect = Indirect costs (rate × deduction)
review-error-rate = E ÷ BV
review-total = Total
review-previous-file = Previous claim
review-change = Change
review-previous-value = Previous
review-this-value = This claim
review-carry-forward-breaks = Cumulative figures that do not carry forward
review-no-changes = No changes
review-no-parked = No parked items
review-conclusion = Conclusion
review-exit-code = Exit status
review-inputs = Inputs (SHA-256)
review-role = Role
review-file = File
review-tool = Tool
review-generated-by = Made with
review-parked-period = Claim parked in

## Methods, strata, groups, risk factors

review-method-conservative = conservative monetary-unit sampling with expected error
review-method-standard = standard monetary-unit sampling
review-method-stratified = stratified monetary-unit sampling
review-method-nonstatistical = non-statistical (risk-based) sampling
review-generator = ChaCha8 generator started from seed { $seed }; a random start in whole cents within [0, interval) for each systematic selection; a seeded shuffle for random picks
review-formula-conservative = n = ⌈BV · RF ÷ (TE − AE · EF)⌉ = ⌈{ $bv } × { $rf } ÷ ({ $te } − { $ae } × { $ef })⌉ = { $n }
review-formula-standard = n = ⌈(z · BV · σr ÷ (TE − AE))²⌉ = ⌈({ $z } × { $bv } × { $sigma } ÷ ({ $te } − { $ae }))²⌉, at least { $min }: n = { $n }
review-formula-stratified = cut-off: { $conservative }, BV ÷ n = { $cutoff }; items at or above it checked 100 %; the rest by heading kind: n_rest = ⌈RF · BV_rest ÷ (TE − AE · EF)⌉ = ⌈{ $rf } × { $bvrest } ÷ ({ $te } − { $ae } × { $ef })⌉ = { $n }, allocated in proportion to each stratum's value (at least 1 item each)
review-coverage-rule = at least { $pct } % of the items and at least { $min } (or all): { $n } of { $items }; items with risk factors first (most factors, then highest value), the rest drawn at random. Risk factors: high value (at least { $high } % of the population value), cash paid out, a supplier first paid in this claim, reintegration delivered more than { $late } days after the departure, a rule's finding on the cost
review-group-rest = below the interval
review-kind-ordinary = other costs
review-kind-staff = staff
review-kind-travel-document = travel documents
review-kind-ticket = tickets
review-kind-cash-allowance = cash allowance
review-kind-transit = transit and reception
review-kind-reintegration = reintegration
review-kind-accommodation = accommodation
review-kind-food = food and essentials
review-kind-indirect = indirect costs
review-risk-high-value = high value
review-risk-cash = cash
review-risk-first-time-supplier = first-time supplier
review-risk-late-reintegration = late reintegration
review-risk-rule-warning = rule finding
review-stratum-all = all
review-stratum-high-value = high value
review-stratum-systematic = systematic
review-stratum-risk = risk
review-stratum-random = random

## The checklist's lists (accepted in this language only)

review-result-ok = OK
review-result-error = error
review-error-type-missing-document = missing document
review-error-type-ineligible-cost = ineligible cost
review-error-type-wrong-amount = wrong amount
review-error-type-outside-period = outside the period
review-error-type-double-funding = double funding
review-error-type-procurement = procurement
review-error-type-ineligible-person = ineligible person
review-error-type-other = other
review-parking-deferred = deferred to the next claim
review-parking-removed = removed from this payment
review-parking-not-an-error = not an error
review-status-open = open
review-status-cleared = cleared
review-checklist-problems = { $n ->
    [one] { $n } cell of the checklist cannot be taken:
   *[other] { $n } cells of the checklist cannot be taken:
}
review-checklist-not-in-list = "{ $value }" is not a value of the list (in English: { $allowed })
review-checklist-not-an-amount = expected an amount deducted such as 12.50 (zero or more, in cents), found { $found }
review-checklist-values-hint = pick the values from the cell's drop-down list (the workbook's language); type the amount deducted as a number
review-checklist-no-result = a result is needed first (OK or error)
review-checklist-ok-with-amount = a row marked OK deducts nothing: clear the amount or mark it as an error
review-checklist-no-error-type = an error needs its type
review-checklist-no-amount = an error needs the amount deducted (or the parking "not an error")

## Evaluation

review-evaluation-stringer = projected = Σ E (strata checked 100 %) + Σ over strata (BVₕ ÷ nₕ) × Σ (Eᵢ ÷ BVᵢ); upper error limit = projected + basic precision RF(0) × SI + incremental allowance Σ (RF(i) − RF(i−1) − 1) × SI × tᵢ over the taintings t ranked from the largest (Stringer bound)
review-evaluation-stratified = projected = Σ E (items at or above the cut-off, and each stratum's items at or above its interval) + Σ over strata (BVₕ ÷ nₕ) × Σ (Eᵢ ÷ BVᵢ); precision = z × √(Σ BVₕ² ÷ nₕ × sₕ²) (sₕ: standard deviation of the stratum's error rates); upper error limit = projected + precision
review-evaluation-standard = projected = Σ E (strata checked 100 %) + (BV_rest ÷ n_rest) × Σ (E_i ÷ BV_i); precision = z × BV_rest ÷ √n_rest × s (s: standard deviation of the sample's error rates); upper error limit = projected + precision
review-evaluation-ratio = projected = Σ E ÷ Σ BV of the items checked × BV of the population (ratio estimate; a non-statistical sample has no statistical precision)
review-verdict-within = Projected error { $projected } EUR and upper error limit { $upper } EUR are within materiality { $materiality } EUR.
review-verdict-upper-limit-above = Projected error { $projected } EUR is within materiality { $materiality } EUR, but the upper error limit { $upper } EUR is above it: the sample does not confirm the claim.
review-verdict-above = Projected error { $projected } EUR is ABOVE materiality { $materiality } EUR.
review-not-yet-checked = { $n } of { $m } sampled items not yet checked: provisional evaluation, no verdict.
review-conclusion-differences = Recomputation: { $n } difference(s).
review-conclusion-not-filled = Checklist of { $n } items to be filled in.

## Evidence per heading kind

review-evidence-ticket = e-ticket; boarding pass; invoice; proof of payment
review-evidence-cash-allowance = allowance receipt signed by the returnee; cash book
review-evidence-reintegration = reintegration plan; delivery/acceptance note from the IOM mission; invoice; FX rate source
review-evidence-accommodation = hostel invoice; nights log; food-money receipts
review-evidence-staff = payroll; timesheet; contract
review-evidence-travel-document = invoice or fee receipt; copy of the travel document issued; proof of payment
review-evidence-transit = invoice; transit or reception service confirmation; proof of payment
review-evidence-ordinary = invoice; proof of payment; contract or procurement file

## Claim-level checks

review-check-formal = Formal
review-check-arithmetic = Arithmetic
review-check-budget = Budget
review-check-period = Period
review-check-evidence = Evidence
review-check-target-group = Target group
review-check-caps = Caps
review-check-fx = FX
review-check-vat = VAT
review-check-procurement = Procurement
review-check-double-funding = Double funding
review-check-indicators = Indicators
review-check-publicity = Publicity
review-yes = yes
review-no = no
review-check-formal-with-previous = grantbook claim workbook: period and input hashes read from its hidden sheet; hashes match the ledger: { $hashes }; cumulative figures carried forward from the previous claim: { $n } break(s). Signatures: manual.
review-check-formal-no-previous = grantbook claim workbook: period and input hashes read from its hidden sheet; hashes match the ledger: { $hashes }. No previous claim given (--previous). Signatures: manual.
review-check-arithmetic-verified = claim recomputed from the ledger: { $n } difference(s); { -fund } + { -state } = eligible in every row: { $split }
review-check-by-rules = { $what } (rules { $rules }): { $n } finding(s) in the recomputed claim
review-check-what-budget = budget headings, flexibility, indirect costs
review-check-what-period = cost and payment dates within the eligibility period
review-check-what-target-group = case, third-country national, order and ticket dates
review-check-what-caps = allowance tariff, nights to departure, reintegration cap and deadline
review-check-what-fx = exchange rates
review-check-what-vat = recoverable VAT excluded
review-check-what-duplicates = duplicate documents
review-check-what-indicators = indicators recounted from the case register
review-check-indirect-difference = ; indirect claimed − rate × base: { $amount }
review-check-evidence-verified = the sampled costs' documents are checked by the reviewer (checklist sheet)
review-check-rates-used = ; { $n } rate(s) used, each conversion recomputed
review-check-other-sources = ; funding from other sources: manual

## Differences and changes (codes of the json, words of the report)

review-area-row = row
review-area-financing = financing
review-area-document = document
review-area-total = total
review-change-row-added = row added
review-change-row-removed = row removed
review-change-budget-changed = budget changed
review-change-claimed-again = claimed again
review-change-re-dated = re-dated
review-change-amount-changed = amount changed
review-change-rate-changed = rate changed
review-change-carry-forward = carry-forward

## Terminal summary

review-summary-head = grantbook review { $period } — { $agreement } ({ $file }, claim no. { $number })
review-summary-hashes-ok = input hashes: the claim was built from the inputs given
review-summary-hash-differs = input hashes DIFFER: { $role } — claim { $claimfile } { $claimhash }…, this run { $runfile } { $runhash }…
review-summary-differences = recomputation: { $n } difference(s)
review-summary-more = … { $n } more in the report
review-summary-sample = sample: { $method }, confidence { $conf } %, tolerable error { $te } %, expected error { $ae } %, seed { $seed }
review-summary-formula = { $formula }
review-summary-population = population { $items } cost lines, { $bv } EUR, SHA-256 { $hash }…
review-summary-all = every cost line is checked ({ $n })
review-summary-mus = interval { $interval } EUR; { $hv } high-value item(s) ({ $hvv } EUR) + { $sys } selected systematically = { $n } to check
review-summary-stratified = cut-off { $interval } EUR; { $hv } item(s) at or above it ({ $hvv } EUR) + { $sys } drawn in the strata = { $n } to check
review-summary-group = stratum { $group }: { $items } items, { $value } EUR → { $allocated } allocated, { $selected } selected
review-summary-nonstat = { $risk } chosen for risk factors + { $random } at random = { $n } to check
review-summary-fill = checklist: fill in the result (and for an error its type, amount and parking), then run again with --checklist FILE
review-summary-evaluation = projected error { $projected } EUR ({ $ppct } %), precision { $precision } EUR, upper error limit { $upper } EUR ({ $upct } %), materiality { $materiality } EUR
review-summary-rates = total error rate { $ter } %, deducted { $corrections } EUR, residual error rate { $rer } %
review-summary-deductions = deductions { $deducted } EUR + indirect { $indirect } EUR = { $total } EUR ({ $split })
review-summary-parked = parked items: { $open } open, { $cleared } cleared
review-summary-previous = previous claim { $period } ({ $file }): { $n } change(s), { $breaks } carry-forward break(s)
review-summary-wrote = wrote { $file }
review-replay-same = replay: the same sample, { $n } items, item for item (method { $method }, seed { $seed }, population SHA-256 { $hash }…)
review-replay-differs = replay: DIFFERENT sample — first difference at item { $no }: recorded { $recorded }, drawn { $drawn }
review-replay-population-differs = replay: the population differs from the one recorded (SHA-256 { $recorded }… recorded, { $now }… now)

## Verification report and letter

review-report-intro = Management verification of payment claim no. { $number } for { $period } under grant agreement { $agreement }, by sampling of the claimed costs.
review-report-population = Population: { $items } cost lines with eligible costs of { $bv } EUR (SHA-256 { $hash }).
review-report-plan = Method: { $method }; confidence { $conf } %, materiality { $te } %, expected error { $ae } %, seed { $seed }. { $formula }
review-report-results = { $checked } of { $sampled } sampled items checked; { $errors } with an error.
review-letter-subject = Results of the verification of payment claim no. { $number } ({ $period })
review-letter-opening = The managing authority has verified payment claim no. { $number } for the period { $period } under grant agreement { $agreement } on a sample of { $sampled } of its { $items } cost lines.
review-letter-deductions = The following amounts are deducted from this payment (indirect costs at the flat rate included), split between { -fund } and the { -state }:
review-letter-no-deductions = No amounts are deducted from this payment.
review-letter-parked = The following items remain open and will be reviewed again with the next claim; please submit the missing evidence:
review-letter-no-parked = No items remain open.
review-letter-pending = This letter is a draft: { $n } sampled items have not been checked yet.
review-letter-closing = The claim is otherwise accepted as verified.
review-letter-sources = { -fund } / { -state }
