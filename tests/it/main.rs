mod claim_html;
mod claim_indicators;
mod claim_register;
mod claim_support;
mod claim_xlsx;
