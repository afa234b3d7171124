//! The integration tests, one binary (every test binary links polars): importer paths, the
//! error catalogue, allocation properties, end-to-end CLI runs and the shipped sample.

mod allocation;
mod cli;
mod errors;
mod import;
mod rules;
mod sample;
mod support;
