//! The integration tests, one binary (every test binary links polars): importer paths, the
//! error catalogue, allocation properties, end-to-end CLI runs, the shipped sample and
//! everyday use (templates, init, the second example project, generated docs).

mod allocation;
mod burn;
mod claim_final;
mod claim_html;
mod claim_indicators;
mod claim_register;
mod claim_support;
mod claim_xlsx;
mod cli;
mod docs;
mod errors;
mod everyday;
mod fn_length;
mod halves;
mod hardening;
mod import;
mod language;
mod layering;
mod money;
mod review;
mod rules;
mod sample;
mod serve;
mod serve_browser;
mod serve_review;
mod support;
