//! The integration tests, one binary (every test binary links polars): importer paths, the
//! error catalogue, allocation properties, end-to-end CLI runs and the shipped sample.

mod allocation;
mod claim_html;
mod claim_indicators;
mod claim_register;
mod claim_support;
mod claim_xlsx;
mod cli;
mod errors;
mod import;
mod sample;
mod support;
