//! The integration tests, one binary (every test binary links polars): importer paths, the
//! error catalogue, allocation properties and end-to-end CLI runs.

mod allocation;
mod cli;
mod errors;
mod import;
mod support;
