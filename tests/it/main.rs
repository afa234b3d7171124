//! grantbook integration tests: one test binary (every test binary links polars).
mod burn;
mod sample;
