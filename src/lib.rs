//! login-help: a help widget for people who cannot log in to ICBC online or
//! mobile banking.

pub mod content;
pub mod search;
