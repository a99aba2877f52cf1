//! Browser glue, the only module that talks to the page: attributes, the
//! custom element's mount point, local storage, the URL fragment and events.

use crate::components::{HelpWidget, HelpWidgetProps};
use crate::content::{embedded, Lang};
use crate::params::{self, parse_fragment, Shared, Theme};
use crate::state::{Action, State};
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Element, Event, EventTarget, HtmlElement};
use yew::prelude::*;
use yew::AppHandle;

pub fn warn(message: &str) {
    gloo::console::warn!(format!("login-help: {message}"));
}

pub fn browser_lang() -> Option<Lang> {
    web_sys::window()?.navigator().language().and_then(|tag| Lang::parse(&tag))
}

/// Wide enough for the two-column layout, where every symptom group starts open.
pub fn wide_viewport() -> bool {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_some_and(|w| w >= 760.0)
}

/// Before a focused control disappears (a chip being removed, "clear all"),
/// moves focus to the next chip, else the previous one, else the section's
/// heading, so keyboard users are not dropped back at the top of the page.
pub fn keep_focus_nearby(event: &Event) {
    let Some(control) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let item = control.closest("li").ok().flatten();
    let neighbour = item
        .as_ref()
        .and_then(|li| li.next_element_sibling().or_else(|| li.previous_element_sibling()))
        .and_then(|li| li.query_selector("button").ok().flatten());
    let heading = || control.closest("section").ok().flatten()?.query_selector("h3").ok().flatten();
    if let Some(el) = neighbour.or_else(heading).and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Moves focus from the button of one list item to the button of the item
/// `step` places before or after it (arrow keys in a one-stop group).
pub fn focus_neighbour(event: &Event, step: i32) {
    let Some(control) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let mut item = control.closest("li").ok().flatten();
    for _ in 0..step.unsigned_abs() {
        item =
            item.and_then(
                |li| if step > 0 { li.next_element_sibling() } else { li.previous_element_sibling() },
            );
    }
    let button = item.and_then(|li| li.query_selector("button").ok().flatten());
    if let Some(el) = button.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Scrolls an element into view only as far as needed, smoothly unless the
/// visitor prefers less motion; focus stays where it is.
pub fn reveal(element: &Element) {
    let calm = web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches());
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    options.set_behavior(if calm {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Where the checklist is kept, per browser.
const DONE_STEPS_KEY: &str = "login-help:done-steps";

/// Local storage, if the page may use it: blocked storage (privacy
/// settings, sandboxed frames) throws on access.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A JSON array of strings, read with the browser's own JSON (no serde_json
/// in the wasm); None for anything else.
fn parse_string_list(json: &str) -> Option<Vec<String>> {
    let value = js_sys::JSON::parse(json).ok()?;
    let array = value.dyn_into::<js_sys::Array>().ok()?;
    array.iter().map(|v| v.as_string()).collect()
}

/// The ticked steps stored earlier; a corrupt or foreign value is ignored.
pub fn load_done_steps() -> Vec<String> {
    let Some(stored) = storage().and_then(|s| s.get_item(DONE_STEPS_KEY).ok().flatten()) else {
        return Vec::new();
    };
    let Some(ids) = parse_string_list(&stored) else {
        warn("ignored the stored checklist, which is not a list of step ids");
        return Vec::new();
    };
    let steps = &embedded().steps;
    let (known, unknown): (Vec<String>, Vec<String>) =
        ids.into_iter().partition(|id| steps.iter().any(|s| &s.id == id));
    if !unknown.is_empty() {
        warn(&["ignored unknown step id(s) in stored checklist: ", &unknown.join(", ")].concat());
    }
    known
}

pub fn save_done_steps(done: &[String]) {
    let Some(storage) = storage() else { return };
    let list: js_sys::Array = done.iter().map(|id| JsValue::from_str(id)).collect();
    let saved = js_sys::JSON::stringify(&list)
        .ok()
        .and_then(|json| json.as_string())
        .map(|json| storage.set_item(DONE_STEPS_KEY, &json));
    if !matches!(saved, Some(Ok(()))) {
        warn("could not save the checklist");
    }
}

fn current_fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Reads the URL fragment, warning about whatever in it is ignored.
fn read_fragment() -> Shared {
    let (shared, warnings) = parse_fragment(embedded(), &current_fragment());
    warnings.iter().for_each(|w| warn(w));
    shared
}

fn write_fragment(fragment: &str, push: bool) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let url = if fragment.is_empty() {
        format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default())
    } else {
        format!("#{fragment}")
    };
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

/// The state a widget starts in: its attributes, then a shared link (when it
/// syncs with the URL), then the checklist stored in this browser.
pub fn initial_state(props: &HelpWidgetProps) -> State {
    let mut state = State {
        lang: props.lang.or_else(browser_lang).unwrap_or_default(),
        symptoms: props.symptoms.clone(),
        ..State::default()
    };
    if props.sync_url {
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
    let last = use_mut_ref(|| None::<Shared>);
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    use_effect_with((enabled, shared), move |(enabled, shared)| {
        if *enabled {
            let push = last.borrow().as_ref().is_some_and(|prev| {
                prev.symptoms != shared.symptoms
                    || prev.lang != shared.lang
                    || prev.diagnosis != shared.diagnosis
            });
            let wanted = shared.clone();
            let write = move || {
                let (current, _) = parse_fragment(embedded(), &current_fragment());
                if current != wanted {
                    write_fragment(&params::format_fragment(&wanted), push);
                }
            };
            // A choice is a history entry at once; typing is written once per pause.
            if push {
                pending.borrow_mut().take();
                write();
            } else {
                *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(TYPING_PAUSE_MS, write));
            }
            *last.borrow_mut() = Some(shared.clone());
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

/// Reads the element's attributes into props. Bad values are ignored with a
/// console warning; `only` limits the warnings to one changed attribute.
fn props_from(host: &HtmlElement, only: Option<&str>) -> HelpWidgetProps {
    let should_warn = |name: &str| only.is_none_or(|o| o == name);
    let lang = host.get_attribute("lang").and_then(|value| {
        let lang = Lang::parse(&value);
        if lang.is_none() && should_warn("lang") {
            warn(&format!("ignored lang=\"{value}\": use zh-CN or en"));
        }
        lang
    });
    let symptoms = host
        .get_attribute("symptoms")
        .map(|value| {
            let (known, unknown) = params::symptom_list(embedded(), &value);
            if !unknown.is_empty() && should_warn("symptoms") {
                warn(&format!("ignored unknown symptom id(s): {}", unknown.join(", ")));
            }
            known
        })
        .unwrap_or_default();
    let theme = host
        .get_attribute("theme")
        .map(|value| {
            Theme::parse(&value).unwrap_or_else(|| {
                if should_warn("theme") {
                    warn(&format!("ignored theme=\"{value}\": use light, dark or auto"));
                }
                Theme::Auto
            })
        })
        .unwrap_or_default();
    HelpWidgetProps {
        lang,
        symptoms,
        theme,
        sync_url: host.has_attribute("sync-url"),
        events_to: Some(host.clone().into()),
    }
}

/// One mounted widget, driven by the `<login-help>` element in `login-help.js`.
#[wasm_bindgen]
pub struct LoginHelpWidget {
    host: HtmlElement,
    app: Option<AppHandle<HelpWidget>>,
}

#[wasm_bindgen]
impl LoginHelpWidget {
    /// Renders the widget for `host` (the `<login-help>` element) into `root`
    /// (an element inside its shadow root).
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, root: Element) -> LoginHelpWidget {
        let props = props_from(&host, None);
        let app = yew::Renderer::<HelpWidget>::with_root_and_props(root, props).render();
        LoginHelpWidget { host, app: Some(app) }
    }

    /// Called when an observed attribute changes on the live element.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&mut self, name: &str) {
        if let Some(app) = &mut self.app {
            app.update(props_from(&self.host, Some(name)));
        }
    }

    /// Removes the widget and its listeners.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
