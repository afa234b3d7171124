# grantbook message catalogue: English, area "serve" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).


serve-nav-overview = Overview
serve-nav-findings = Findings
serve-nav-claim = Claim
serve-nav-burn = Burn
serve-nav-review = Review
serve-nav-rules = Rules
serve-switch-lang = Latviski
serve-changed = An input file changed on disk since it was read:
serve-reload = Read again
serve-reloaded = The inputs were read again.
serve-change-none = No figure changed.
serve-change-file = file
serve-change-findings = findings
serve-change-excluded = excluded EUR
serve-error-title = Cannot show this page
serve-version = version
serve-version-from = in force from
serve-claimed = Claimed, EUR
serve-excluded = Excluded by the rules, EUR
serve-remaining = Budget remaining, EUR
serve-eu-at-risk = EU funding at risk, EUR
serve-headline-note = Claimed and excluded as `grantbook check` reports them; remaining and EU funding at risk as `grantbook burn` at
serve-next = What to do next
serve-next-reload = Read the changed input files again (the banner above)
serve-next-fix = { $n ->
    [one] Correct the finding that excludes a cost, or accept the exclusion
   *[other] Correct the { $n } findings that exclude costs, or accept the exclusions
}
serve-next-warnings = { $n ->
    [one] Look at the warning: it removes nothing, but a reviewer will ask
   *[other] Look at the { $n } warnings: they remove nothing, but a reviewer will ask
}
serve-next-claim = Build the next payment claim, look at it and download it
serve-next-burn = See the burn rate and the forecast against the plan
serve-inputs = Inputs
serve-col-input = Input
serve-col-path = Path
serve-col-read = Rows read
serve-col-accepted = accepted
serve-col-rejected = rejected
serve-col-rule = Rule
serve-col-severity = Severity
serve-col-statement = What it checks
serve-col-count = Findings
serve-col-removes = Removes, EUR
serve-col-cell = Cell
serve-col-entry = Entry
serve-col-case = Case (pseudonymous id)
serve-col-line = Line
serve-col-quarter = Quarter
serve-col-message = Finding
serve-col-hint = How to fix
serve-findings-sheet = Findings
serve-sev-block = blocking
serve-sev-error = error
serve-sev-warning = warning
serve-sev-info = information
serve-all = all
serve-filter = Filter
serve-download-findings = Download the findings workbook
serve-shown = Findings shown:
serve-doc = Document
serve-paid = Paid
serve-supplier = Supplier
serve-description = Description
serve-heading = Heading
serve-amount = Amount
serve-rule-explained = The rule explained
serve-period = Period
serve-final = final report
serve-show = Show
serve-this-period = This period
serve-cumulative = Cumulative
serve-eligible = Eligible costs
serve-requested-eu = EU funding requested
serve-download = Download
serve-submit = Submit (freeze)
serve-already-submitted = This quarter is submitted (frozen in the claim register).
serve-submitted = The quarter was frozen in the claim register.
serve-preview = Preview of the claim
serve-submit-explain = Submitting freezes the quarter's figures below into the project's claim register. A frozen quarter is never rewritten: later changes to its costs are reported as FIN-02 findings and corrected in the next claim. It is written to:
serve-entries = Cost lines frozen
serve-confirm-submit = Freeze these figures
serve-cancel = Cancel
serve-as-of = As of
serve-budget = Budget, EUR
serve-params = Parameters
serve-removes = Removes
serve-review-claim = Submitted claim workbook
serve-review-previous = Previous claim workbook (optional)
serve-review-confidence = Confidence (fraction)
serve-review-seed = Seed (optional)
serve-review-run = Review
serve-files = Files written under --out
serve-review-differences = Differences between the claim and its recomputation
serve-review-no-differences = The claim equals its recomputation.
serve-review-sample = Sample
serve-review-checklist-how = Fill the checklist in the review workbook above and give it to `grantbook review --checklist FILE`.
