//! The events the host page hears: `login-help:change`, `login-help:contact` and `login-help:feedback`, bubbling and composed.

use crate::content::Lang;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, EventTarget};

fn emit(target: &EventTarget, name: &str, detail: &[(&str, JsValue)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// `login-help:change`, for the host page's own analytics.
pub fn emit_change(target: &EventTarget, symptoms: &[String], query: &str, lang: Lang) {
    let ids: js_sys::Array = symptoms.iter().map(|s| JsValue::from_str(s)).collect();
    emit(
        target,
        "login-help:change",
        &[("symptoms", ids.into()), ("query", query.into()), ("lang", lang.tag().into())],
    );
}

/// `login-help:contact`: the visitor opened an official channel.
pub fn emit_contact(target: &EventTarget, channel: &str) {
    emit(target, "login-help:contact", &[("channel", channel.into())]);
}

/// `login-help:feedback`: "Did this help?" answered for a cause.
pub fn emit_feedback(target: &EventTarget, cause: &str, helped: bool) {
    emit(target, "login-help:feedback", &[("cause", cause.into()), ("helped", helped.into())]);
}
