//! What a widget starts from: attributes, a shared link, the stored checklist, the browser's language, width.

use super::checklist_store::load_done_steps;
use super::fragment::read_fragment;
use crate::content::Lang;
use crate::params::Shared;
use crate::state::State;

pub fn browser_lang() -> Option<Lang> {
    if cfg!(not(target_arch = "wasm32")) {
        return None; // prerendering at build time
    }
    web_sys::window()?.navigator().language().and_then(|tag| Lang::parse(&tag))
}

/// Wide enough for the two-column layout, where every symptom group starts open.
pub fn wide_viewport() -> bool {
    if cfg!(not(target_arch = "wasm32")) {
        return false;
    }
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_some_and(|w| w >= 760.0)
}

/// The first state of a prerendered widget: its attributes only, so the
/// build and the browser render the same markup.
pub fn prerendered_state(lang: Option<Lang>, symptoms: &[String]) -> State {
    State { lang: lang.unwrap_or_default(), symptoms: symptoms.to_vec(), ..State::default() }
}

/// The state a widget starts in: its attributes, then a shared link (when it
/// syncs with the URL), then the checklist stored in this browser.
pub fn initial_state(lang: Option<Lang>, symptoms: &[String], sync_url: bool) -> State {
    let mut state = State {
        lang: lang.or_else(browser_lang).unwrap_or_default(),
        symptoms: symptoms.to_vec(),
        ..State::default()
    };
    if sync_url {
        let shared = read_fragment();
        if shared != Shared::default() {
            state.symptoms = shared.symptoms;
            state.query = shared.query;
            state.diagnosis = shared.diagnosis;
            state.lang = shared.lang.unwrap_or(state.lang);
        }
    }
    state.done_steps = load_done_steps();
    state
}
