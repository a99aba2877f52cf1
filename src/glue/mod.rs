//! Browser glue, the only code that touches the page: one file a job, re-exported here.
//!
//! The rule: only `glue/` reaches the page through `web_sys` and `js_sys`
//! (the window, storage, the URL and history, the events the host hears, the
//! custom element). Components use `web_sys` only for the elements they
//! render (a node ref cast to focus it, an input's value); the engine, the
//! content model, the state and the parameters do not use it at all, so they
//! run natively: in `build.rs`, in the prerenderer and in the tests.
//!
//! - `element`: the `<login-help>` element's attributes and the mounted app
//! - `start`: the state a widget starts in, the browser's language and width
//! - `focus`: moving focus, and scrolling an element into view
//! - `settle`: when the page follows (after the next paint, after a pause)
//! - `checklist_store`: the stored checklist, shared by widgets and tabs
//! - `fragment`: the URL fragment, kept in step with the state
//! - `events`: the events the host page hears
//! - `share`: "Share this answer": the Web Share API, else the clipboard

mod checklist_store;
mod element;
mod events;
mod focus;
mod fragment;
mod settle;
mod share;
mod start;

pub use checklist_store::{load_done_steps, use_stored_checklist};
pub use element::{Hosted, HostedProps, LoginHelpWidget};
pub use events::{emit_change, emit_contact, emit_feedback};
pub use focus::{
    bring_to_top, focus_neighbour, focus_within, keep_focus_nearby, matches_within, reveal, reveal_question,
};
pub use fragment::{page_url, use_url_sync};
pub use settle::use_settled;
pub use share::{share_link, ShareOutcome};
pub use start::{browser_lang, initial_state, prerendered_state, wide_viewport};

use crate::params;

/// One short console warning: whatever the outside world handed us, at most
/// a line of it is repeated back.
pub fn warn(message: &str) {
    let (short, cut) = params::cap(message, 240);
    gloo::console::warn!(["login-help: ", short, if cut { "…" } else { "" }].concat());
}
