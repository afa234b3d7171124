# grantbook message catalogue: English, area "burn" (Project Fluent syntax, https://projectfluent.org).
# Every key here must exist in the other language too (the catalogue tests check it).


## Errors

burn-as-of-outside = { $option } { $date } is outside the dates a burn report can be made at: { $from } … { $to } (the eligibility period, with { $grace ->
        [one] { $grace } day
       *[other] { $grace } days
    } of payment grace after its end)
    .hint = give a date from { $from } to { $to }, e.g. { $option } { $example }
burn-no-default-as-of = the ledger has no paid cost, so there is no default as-of date
    .hint = give --as-of YYYY-MM-DD

## The report (html, xlsx)

burn-title = Burn rate and forecast
burn-as-of = As of
burn-agreement-version = Agreement version
burn-version-value = { $version } (effective from { $from })
burn-implementation-period = Implementation period
burn-budget-eur = Budget, EUR
burn-time-elapsed = Time elapsed
burn-time-elapsed-value = { $pct } % ({ $done } / { $total } days)
burn-spent = Spent
burn-theoretical = Theoretical by today
burn-forecast-at-completion = Forecast at completion
burn-eu-at-risk = EU funding at risk
burn-too-early = too early: fewer than { $n } complete months of the period, so no forecast and nothing at risk
burn-alerts = Alerts
burn-none = None
burn-charts = Charts
burn-method = Method
burn-total = Total
burn-activity = Activity
burn-name = Name
burn-budget = Budget
burn-actual = Actual
burn-actual-cumulative = Actual cumulative
burn-of-which = of which { $source }
burn-plan = Plan
burn-forecast = Forecast (run rate)
burn-target = Target (linear)
burn-achieved = Achieved
burn-used-pct = Used, %
burn-time-pct = Time elapsed, %
burn-plan-pct = Planned, %
burn-deviation-pp = Deviation, pp
burn-difference = Difference from plan
burn-run-rate-month = Run rate per month
burn-forecast-run-rate = Forecast at completion (run rate)
burn-forecast-linear = Forecast at completion (linear)
burn-over-under = Over (+) / under (−)
burn-unspent = Budget left unspent
burn-by-activity = Burn rate by activity
burn-forecast-note = Run rate: the average spend of the complete months { $from } … { $to } × { $left } months left to the end date of the version in force ({ $end }).
burn-forecast-note-early = No forecast yet: the run-rate needs { $n } complete months of the period.
burn-headings = Budget headings
burn-heading = Heading
burn-flex-limit = Flexibility limit
burn-flex-used = Of the limit, %
burn-headings-note = Flexibility limit = budget × (1 + { $flex } %); alert from { $near } % of the limit.
burn-indicators = Indicators
burn-indicator = Indicator
burn-target-value = Target value
burn-achieved-value = Achieved value
burn-achieved-pct = Achieved, %
burn-planned-by-now = Planned by now
burn-forecast-at-end = Forecast at the end date
burn-cost-per-person = Cost per person
burn-planned-cost-per-person = Planned cost per person
burn-indicators-note = A person counts once, in the month of the event: departure, first reintegration payment, first accommodation night. Forecast at the end date: achieved + persons per month in the run-rate months × months left.
burn-deadlines-title = Reintegration deadlines in the next { $days } days
burn-deadlines-note = Cases selected for reintegration, departed, with no reintegration cost yet; deadline: { $months } months after departure (same date; 29 Feb → 28 Feb).
burn-case-no = Case no.
burn-departure-date = Departure date
burn-deadline = Reintegration deadline
burn-days-left = Days left
burn-by-month = By month, EUR
burn-by-month-note = In bold: quarter ends — the cumulative amounts equal the payment claim to the cent.
burn-month = Month
burn-in-month = { $line } in month
burn-line-actual = { $line } actual
burn-line-cumulative = { $line } cumulative
burn-line-plan-cumulative = { $line } plan cumulative
burn-line-forecast-cumulative = { $line } forecast cumulative
burn-line-target-cumulative = { $line } target cumulative
burn-total-actual = Total actual
burn-total-cumulative = Total cumulative
burn-total-plan = Total plan
burn-total-plan-cumulative = Total plan cumulative
burn-total-forecast-cumulative = Total forecast cumulative
burn-quarter-end = Quarter end (= claim)
burn-chart-cumulative = { $line } — cumulative actual, plan and forecast, EUR
burn-chart-monthly = Eligible spend per month, EUR
burn-chart-persons = Persons cumulative vs target (linear)
burn-chart-persons-line = { $line } — persons cumulative vs target
burn-line-target = { $line } target
burn-summary-line = { $as_of }; agreement version { $version } (period { $from } … { $to }); time elapsed { $pct } %
burn-sheet-summary = Summary
burn-sheet-headings = Headings
burn-sheet-months = Months
burn-sheet-indicators = Indicators
burn-sheet-persons = Persons by month
burn-sheet-deadlines = Reintegration deadlines
burn-sheet-charts = Charts
burn-method-text = Monthly eligible spend comes from the claim's allocation: each cost's eligible amount is summed by payment month; a month is computed like a quarter on its own (shared costs by the key, indirect costs at the flat rate, source split with the EU share rounded half up), and the last month of each closed quarter is that quarter's claim minus its first two months, so the cumulative figures at every quarter end equal the claims' cumulative columns to the cent. Months of the current quarter show costs paid up to the as-of date. The plan is the project file's [plan] profile (cumulative % of each line's budget at month ends, linear in days between its points) or, without one, linear over the period; the version of the agreement in force at the as-of date governs the budget and the end date. Run-rate = the average spend of the last { $n } complete calendar months (the as-of month counts only when the as-of date is its last day); run-rate forecast = cumulative + run-rate × months left after the as-of date (the rest of the as-of month as a share of its days, then whole months); linear forecast = cumulative ÷ share of time elapsed. No forecast before { $n } complete months of the period. EU funding at risk = EU share × (budget − Σ run-rate forecasts capped at each line's budget).

## Alerts

burn-alert-line = { $line }: { $used } % of the budget used against { $plan } % planned (deviation { $dev } pp, threshold { $threshold } pp)
burn-alert-heading = Heading { $heading }: { $used } % of its flexibility limit { $limit } EUR used

## Terminal summary

burn-summary-title = grantbook burn { $as_of } — { $agreement } (version { $version }, { $from } … { $to })
burn-summary-time = time elapsed { $elapsed } %; budget used { $used } % ({ $spent } of { $budget } EUR)
burn-summary-line-row = { $line } used { $used } % plan { $plan } %  forecast { $forecast } (budget { $budget })  EU at risk { $risk }
burn-summary-too-early = too early for a forecast: the run-rate needs { $n } complete months of the period; nothing at risk
burn-summary-persons = { $line } persons { $achieved } of the target { $target }; forecast at the end date { $forecast }
burn-summary-at-risk = EU funding at risk: { $risk } EUR
burn-summary-alerts = alerts: { $alerts }; reintegration deadlines in { $days } days: { $deadlines }
burn-summary-wrote = wrote { $file }
