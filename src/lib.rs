//! login-help: a help widget for people who cannot log in to ICBC online or
//! mobile banking.

pub mod components;
pub mod content;
mod cursor;
pub mod diagnosis;
pub mod filter;
pub mod glue;
pub mod i18n;
pub mod order;
pub mod params;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod search;
pub mod state;
