
mod burn;
