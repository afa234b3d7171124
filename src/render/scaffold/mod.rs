//! The files grantbook writes for a user to fill in: input templates and the project file.

pub mod field_help;
pub mod project_file;
pub mod template;
