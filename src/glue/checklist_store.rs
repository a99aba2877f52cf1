//! The stored checklist: ticks in local storage (in memory where it fails), shared by widgets and tabs.

use super::warn;
use crate::content::embedded;
use crate::params;
use crate::state::{Action, State};
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Event;
use yew::prelude::*;

/// Where the checklist is kept, per browser.
const DONE_STEPS_KEY: &str = "login-help:done-steps";

/// Local storage, if the page may use it: blocked storage (privacy
/// settings, sandboxed frames) throws on access.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

#[wasm_bindgen]
extern "C" {
    /// Storage whose `getItem` returns whatever it returns: a host's wrapper
    /// may hand back a non-string, which web-sys's `Option<String>` would not survive.
    type RawStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item(this: &RawStorage, key: &str) -> Result<JsValue, JsValue>;
}

thread_local! {
    /// The page's checklist once storage has failed to read or save it: kept
    /// for the page's life and shared by its widgets, so a tick is never lost.
    static IN_MEMORY: std::cell::RefCell<Option<Vec<String>>> = const { std::cell::RefCell::new(None) };
}

/// From now on the checklist lives in memory; one warning per page.
fn keep_in_memory(done: Vec<String>) {
    let first = IN_MEMORY.with(|m| m.borrow_mut().replace(done).is_none());
    if first {
        warn("the checklist cannot be stored in this browser; ticks are kept until the page is closed");
    }
}

/// The stored checklist's text: `Ok(None)` when nothing is stored, `Err`
/// when storage is blocked or its answer is not text.
fn read_stored() -> Result<Option<String>, ()> {
    let value =
        storage().ok_or(())?.unchecked_ref::<RawStorage>().get_item(DONE_STEPS_KEY).map_err(|_| ())?;
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or(())
}

/// A JSON array of strings, read with the browser's own JSON (no serde_json
/// in the wasm); None for anything else.
fn parse_string_list(json: &str) -> Option<Vec<String>> {
    let value = js_sys::JSON::parse(json).ok()?;
    let array = value.dyn_into::<js_sys::Array>().ok()?;
    array.iter().map(|v| v.as_string()).collect()
}

/// A stored checklist longer than this is not ours (every step id of the
/// content fits in a small fraction of it) and is not parsed.
const MAX_STORED_CHARS: usize = 16_384;

/// The ticked steps stored earlier, without repeats; a corrupt or foreign
/// value is ignored.
pub fn load_done_steps() -> Vec<String> {
    if let Some(done) = IN_MEMORY.with(|m| m.borrow().clone()) {
        return done;
    }
    let stored = match read_stored() {
        Ok(Some(stored)) => stored,
        Ok(None) => return Vec::new(),
        Err(()) => {
            keep_in_memory(Vec::new());
            return Vec::new();
        }
    };
    if stored.len() > MAX_STORED_CHARS {
        warn("ignored the stored checklist, which is far too long to be a list of step ids");
        return Vec::new();
    }
    let Some(ids) = parse_string_list(&stored) else {
        warn("ignored the stored checklist, which is not a list of step ids");
        return Vec::new();
    };
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let steps = &embedded().steps;
    let (known, unknown) = params::split_known(&ids, &|id| steps.iter().any(|s| s.id == id));
    if !unknown.is_empty() {
        warn(&["ignored unknown step id(s) in stored checklist: ", &unknown.join(", ")].concat());
    }
    known
}

/// Saves the list, in memory too once storage has failed (it may still
/// take writes that it cannot read back).
fn save_done_steps(done: &[String]) {
    let list: js_sys::Array = done.iter().map(|id| JsValue::from_str(id)).collect();
    let json = js_sys::JSON::stringify(&list).ok().and_then(|json| json.as_string());
    let saved = storage().zip(json).is_some_and(|(s, json)| s.set_item(DONE_STEPS_KEY, &json).is_ok());
    let in_memory = IN_MEMORY.with(|m| m.borrow().is_some());
    if !saved || in_memory {
        keep_in_memory(done.to_vec());
    }
}

/// Tells the other widgets of this page that the checklist changed, in
/// storage or in memory (other tabs hear it from the browser's `storage` event).
const CHECKLIST_SAVED: &str = "login-help:checklist-saved";

/// Applies one widget's change (the ids it ticked and unticked) to the stored
/// list, keeping what other widgets and tabs saved meanwhile.
fn merge_done_steps(before: &[String], now: &[String]) {
    let stored = load_done_steps();
    let mut merged: Vec<String> =
        stored.iter().filter(|id| now.contains(id) || !before.contains(id)).cloned().collect();
    for id in now.iter().filter(|id| !before.contains(id)) {
        if !merged.contains(id) {
            merged.push(id.clone());
        }
    }
    if merged != stored {
        save_done_steps(&merged);
        if let Ok(event) = Event::new(CHECKLIST_SAVED) {
            let _ = gloo::utils::window().dispatch_event(&event);
        }
    }
}

/// Keeps the checklist in local storage, shared by every widget and tab of
/// this browser: each change is merged into what is stored, and a change made
/// elsewhere is taken over.
#[hook]
pub fn use_stored_checklist(done: &[String], dispatch: UseReducerDispatcher<State>) {
    let before = use_mut_ref(|| done.to_vec());
    use_effect_with(done.to_vec(), move |now| {
        let before = std::mem::replace(&mut *before.borrow_mut(), now.clone());
        if before != *now {
            merge_done_steps(&before, now);
        }
    });
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let reload = move || dispatch.dispatch(Action::SetSteps(load_done_steps()));
        let from_page = reload.clone();
        let listeners = [
            EventListener::new(&window, "storage", move |event| {
                let key = event.dyn_ref::<web_sys::StorageEvent>().map(|e| e.key());
                // No key: the whole storage was cleared.
                if key.is_some_and(|key| key.is_none_or(|k| k == DONE_STEPS_KEY)) {
                    reload();
                }
            }),
            EventListener::new(&window, CHECKLIST_SAVED, move |_| from_page()),
        ];
        move || drop(listeners)
    });
}
