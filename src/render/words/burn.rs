//! The burn report's table columns, one list each for the html page and the workbook.

/// The indicators table: persons forecast at the end date beside the target.
pub(crate) const INDICATOR_COLS: [&str; 9] = [
    "burn-activity",
    "burn-indicator",
    "burn-target-value",
    "burn-forecast-at-end",
    "burn-achieved-value",
    "burn-achieved-pct",
    "burn-planned-by-now",
    "burn-cost-per-person",
    "burn-planned-cost-per-person",
];

/// The reintegration deadlines table.
pub(crate) const DEADLINE_COLS: [&str; 4] = [
    "burn-case-no",
    "burn-departure-date",
    "burn-deadline",
    "burn-days-left",
];
