//! "Share this answer": `navigator.share` where there is one, else the link copied to the clipboard, else shown to copy.

use super::fragment::page_url;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How a share ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareOutcome {
    /// The system's share sheet took it (or the visitor closed it).
    Shared,
    /// The link is on the clipboard: say so.
    Copied,
    /// Neither works here: show the link, selected, to copy by hand.
    Manual,
}

/// `navigator[name]` when it is a function, with `navigator` to call it on.
fn navigator_fn(owner: &JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(owner, &JsValue::from_str(name)).ok()?.dyn_into().ok()
}

/// Calls `f.call1(this, arg)` and hands its promise's outcome to `done`.
fn call_then(
    f: &js_sys::Function,
    this: &JsValue,
    arg: &JsValue,
    done: impl FnOnce(Result<(), JsValue>) + 'static,
) {
    let done = Rc::new(RefCell::new(Some(done)));
    let promise = match f.call1(this, arg).map(|p| p.dyn_into::<js_sys::Promise>()) {
        Ok(Ok(p)) => p,
        Ok(Err(_)) => return (done.borrow_mut().take().unwrap())(Ok(())),
        Err(e) => return (done.borrow_mut().take().unwrap())(Err(e)),
    };
    let (ok, err) = (done.clone(), done);
    let ok = Closure::once_into_js(move |_: JsValue| {
        if let Some(f) = ok.borrow_mut().take() {
            f(Ok(()));
        }
    });
    let err = Closure::once_into_js(move |e: JsValue| {
        if let Some(f) = err.borrow_mut().take() {
            f(Err(e));
        }
    });
    // `then` called as JavaScript does: the closures are the garbage collector's.
    if let Some(then) = navigator_fn(&promise, "then") {
        let _ = then.call2(&promise, &ok, &err);
    }
}

fn copy(navigator: JsValue, url: String, done: Box<dyn FnOnce(ShareOutcome, String)>) {
    let clipboard =
        js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).unwrap_or(JsValue::UNDEFINED);
    match navigator_fn(&clipboard, "writeText").filter(|_| clipboard.is_object()) {
        Some(write) => {
            let arg = JsValue::from_str(&url);
            call_then(&write, &clipboard, &arg, move |r| {
                done(if r.is_ok() { ShareOutcome::Copied } else { ShareOutcome::Manual }, url)
            })
        }
        None => done(ShareOutcome::Manual, url),
    }
}

/// Shares the page's address with `fragment` (the widget's state): the Web
/// Share API with `title` and `text` where there is one, else the link
/// copied, else `Manual`; `done` hears how it ended, and the link. Nothing
/// is sent anywhere by the widget itself.
pub fn share_link(
    title: &str,
    text: &str,
    fragment: &str,
    done: impl FnOnce(ShareOutcome, String) + 'static,
) {
    let done: Box<dyn FnOnce(ShareOutcome, String)> = Box::new(done);
    let Some(url) = page_url(fragment) else { return done(ShareOutcome::Manual, String::new()) };
    let Some(window) = web_sys::window() else { return done(ShareOutcome::Manual, url) };
    let navigator: JsValue = window.navigator().into();
    let Some(share) = navigator_fn(&navigator, "share") else { return copy(navigator, url, done) };
    let data = js_sys::Object::new();
    for (key, value) in [("title", title), ("text", text), ("url", url.as_str())] {
        let _ = js_sys::Reflect::set(&data, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    let nav = navigator.clone();
    call_then(&share, &navigator, &data, move |r| match r {
        Ok(()) => done(ShareOutcome::Shared, url),
        // Closed by the visitor: nothing more to do.
        Err(e)
            if js_sys::Reflect::get(&e, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string())
                .as_deref()
                == Some("AbortError") =>
        {
            done(ShareOutcome::Shared, url)
        }
        // Refused (no permission, data not shareable): copy the link instead.
        Err(_) => copy(nav, url, done),
    });
}
