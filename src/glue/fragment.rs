//! The URL fragment (`#s=…&q=…&d=…&lang=…`) kept in step with the state, and followed on back/forward.

use super::settle::after_next_paint;
use super::warn;
use crate::content::{embedded, Lang};
use crate::params::{self, parse_fragment, Shared};
use crate::state::{Action, State};
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A `location` property as the browser's own string, not yet copied into
/// the wasm (a link's fragment can be megabytes).
fn location_js(name: &str) -> Option<js_sys::JsString> {
    let location = web_sys::window()?.location();
    js_sys::Reflect::get(&location, &JsValue::from_str(name)).ok()?.dyn_into().ok()
}

/// The URL fragment, cut in the browser to what `parse_fragment` reads
/// (and one character more, so that it sees the cut): a huge fragment is
/// never copied, decoded or parsed.
fn current_fragment() -> String {
    let limit = params::MAX_FRAGMENT_CHARS as u32 + 2; // the `#` and one over
    location_js("hash").map(|hash| hash.slice(0, limit).into()).unwrap_or_default()
}

/// Reads the URL fragment, warning about whatever in it is ignored.
pub(super) fn read_fragment() -> Shared {
    let (shared, warnings) = parse_fragment(embedded(), &current_fragment());
    warnings.iter().for_each(|w| warn(w));
    shared
}

/// Writes the fragment against the document's own address: a relative
/// `#…` would resolve against a `<base href>` (the site root, or another origin).
fn write_fragment(fragment: &str, push: bool) {
    let Some(window) = web_sys::window() else { return };
    let Some(url) = page_url(fragment) else { return };
    if let Ok(history) = window.history() {
        let result = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
        if result.is_err() {
            warn("could not update the URL fragment");
        }
    }
}

/// The document's own address with `fragment` (none when empty) in place of
/// its own: what the fragment is written to, and the link "Share" sends.
pub fn page_url(fragment: &str) -> Option<String> {
    let href = location_js("href")?;
    let page: String = match href.index_of("#", 0) {
        -1 => href.into(),
        at => href.slice(0, at as u32).into(),
    };
    Some(if fragment.is_empty() { page } else { [&page, "#", fragment].concat() })
}

/// How long typing must pause before the query is written to the URL.
const TYPING_PAUSE_MS: u32 = 400;

/// Keeps symptoms, query and language in the URL fragment, and follows the
/// fragment on back/forward and on links to the page. Picking symptoms or a
/// language adds a history entry; typing replaces the current one.
#[hook]
pub fn use_url_sync(enabled: bool, state: &State, default_lang: Lang, dispatch: UseReducerDispatcher<State>) {
    let pristine = state.symptoms.is_empty()
        && state.query.is_empty()
        && state.diagnosis.is_none()
        && state.lang == default_lang;
    let shared = Shared {
        symptoms: state.symptoms.clone(),
        query: state.query.clone(),
        diagnosis: state.diagnosis.clone(),
        lang: (!pristine).then_some(state.lang),
    };
    let last = use_mut_ref(|| None::<(Shared, Lang)>);
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let lang = state.lang;
    use_effect_with((enabled, shared), move |(enabled, shared)| {
        if *enabled {
            // A choice, not the language merely appearing in or leaving the
            // fragment as the rest of it fills or empties.
            let push = last.borrow().as_ref().is_some_and(|(prev, prev_lang)| {
                prev.symptoms != shared.symptoms || *prev_lang != lang || prev.diagnosis != shared.diagnosis
            });
            let wanted = shared.clone();
            let latest = last.clone();
            let write = move || {
                // Superseded meanwhile (back then forward, before this ran): the newer state writes.
                if latest.borrow().as_ref().is_none_or(|(newest, _)| *newest != wanted) {
                    return;
                }
                let (current, _) = parse_fragment(embedded(), &current_fragment());
                if current != wanted {
                    write_fragment(&params::format_fragment(&wanted), push);
                }
            };
            // A choice is a history entry once its frame is painted (writing
            // history is slow); typing is written once per pause.
            if push {
                pending.borrow_mut().take();
                after_next_paint(write);
            } else {
                *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(TYPING_PAUSE_MS, write));
            }
            *last.borrow_mut() = Some((shared.clone(), lang));
        }
    });
    use_effect_with((enabled, default_lang), move |&(enabled, default_lang)| {
        let listeners = enabled.then(|| {
            let window = gloo::utils::window();
            let follow = move || {
                let shared = read_fragment();
                dispatch.dispatch(Action::Restore {
                    symptoms: shared.symptoms,
                    query: shared.query,
                    diagnosis: shared.diagnosis,
                    // A fragment without `lang` is in the widget's default language.
                    lang: Some(shared.lang.unwrap_or(default_lang)),
                });
            };
            let on_pop = follow.clone();
            [
                EventListener::new(&window, "popstate", move |_| on_pop()),
                EventListener::new(&window, "hashchange", move |_| follow()),
            ]
        });
        move || drop(listeners)
    });
}
