//! The crate root of login-help, the widget for people who cannot log in to ICBC: its modules, by floor.
//!
//! A help widget for ICBC online and mobile banking; `ARCHITECTURE.md` maps the
//! floors from `content/` to the loader.

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
