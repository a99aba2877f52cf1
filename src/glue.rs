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

/// One short console warning: whatever the outside world handed us, at most
/// a line of it is repeated back.
pub fn warn(message: &str) {
    let (short, cut) = params::cap(message, 240);
    gloo::console::warn!(["login-help: ", short, if cut { "…" } else { "" }].concat());
}

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

/// The first element inside `root` matching `selector`.
fn find_within(root: &NodeRef, selector: &str) -> Option<Element> {
    root.cast::<Element>().and_then(|r| r.query_selector(selector).ok().flatten())
}

/// Whether something inside `root` matches `selector`.
pub fn matches_within(root: &NodeRef, selector: &str) -> bool {
    find_within(root, selector).is_some()
}

/// Focuses the element matching `selector` inside `root`, if both exist.
pub fn focus_within(root: &NodeRef, selector: &str) {
    if let Some(el) = find_within(root, selector).and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Scrolls an element into view only as far as needed, smoothly unless the
/// visitor prefers less motion; focus stays where it is.
pub fn reveal(element: &Element) {
    scroll_into_view(element, web_sys::ScrollLogicalPosition::Nearest);
}

/// Scrolls an element to the top of the (visual) viewport, so that what
/// follows it shows above a phone's soft keyboard.
pub fn bring_to_top(element: &Element) {
    scroll_into_view(element, web_sys::ScrollLogicalPosition::Start);
}

fn scroll_into_view(element: &Element, block: web_sys::ScrollLogicalPosition) {
    let calm = web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches());
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_behavior(if calm {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    // After the next frame is painted: scrolling forces a layout, which would
    // otherwise delay the paint that answers the tap.
    let element = element.clone();
    after_next_paint(move || element.scroll_into_view_with_scroll_into_view_options(&options));
}

/// Runs `f` in the frame after the next one, once the next has been painted.
fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let later = window.clone();
    let second = Closure::once_into_js(move || {
        let _ = later.request_animation_frame(Closure::once_into_js(f).unchecked_ref());
    });
    let _ = window.request_animation_frame(second.unchecked_ref());
}

/// How long typing or tapping must pause before the results column follows.
const SETTLE_MS: u32 = 120;

/// `value` as the results column shows it: at once when `at_once`, else
/// once it has not changed for `SETTLE_MS`. The search box, the chips and
/// the answer card answer every keystroke and tap in the next frame; the
/// column below, whose layout is most of the work, follows each pause.
#[hook]
pub fn use_settled<T: Clone + PartialEq + 'static>(value: &T, at_once: bool) -> T {
    let settled = use_mut_ref(|| value.clone());
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let update = use_force_update();
    if at_once {
        *settled.borrow_mut() = value.clone();
    }
    {
        let settled = settled.clone();
        use_effect_with(value.clone(), move |value| {
            let value = value.clone();
            let stale = *settled.borrow() != value;
            *pending.borrow_mut() = stale.then(|| {
                gloo::timers::callback::Timeout::new(SETTLE_MS, move || {
                    *settled.borrow_mut() = value;
                    update.force_update();
                })
            });
        });
    }
    let shown = settled.borrow().clone();
    shown
}

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
fn read_fragment() -> Shared {
    let (shared, warnings) = parse_fragment(embedded(), &current_fragment());
    warnings.iter().for_each(|w| warn(w));
    shared
}

/// Writes the fragment against the document's own address: a relative
/// `#…` would resolve against a `<base href>` (the site root, or another origin).
fn write_fragment(fragment: &str, push: bool) {
    let Some(window) = web_sys::window() else { return };
    let Some(href) = location_js("href") else { return };
    let page: String = match href.index_of("#", 0) {
        -1 => href.into(),
        at => href.slice(0, at as u32).into(),
    };
    let url = if fragment.is_empty() { page } else { [&page, "#", fragment].concat() };
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

/// The first state of a prerendered widget: its attributes only, so the
/// build and the browser render the same markup.
pub fn prerendered_state(props: &HelpWidgetProps) -> State {
    State { lang: props.lang.unwrap_or_default(), symptoms: props.symptoms.clone(), ..State::default() }
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
        prerendered: false,
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct HostedProps {
    pub widget: HelpWidgetProps,
    /// A new visitor session: the widget starts afresh.
    pub session: u32,
}

/// The app's root: the widget, started afresh whenever `session` changes
/// (a reused app gets a new key, not a new root and its listeners).
#[component]
pub fn Hosted(props: &HostedProps) -> Html {
    html! { <HelpWidget key={props.session} ..props.widget.clone() /> }
}

/// One widget, driven by the `<login-help>` element in `login-help.js`.
/// It is never destroyed: a removed element's widget is paused and then
/// reused by the next element, because a destroyed yew app leaves its root's
/// event listeners behind.
#[wasm_bindgen]
pub struct LoginHelpWidget {
    host: HtmlElement,
    session: u32,
    app: AppHandle<Hosted>,
}

#[wasm_bindgen]
impl LoginHelpWidget {
    /// Renders the widget for `host` (the `<login-help>` element) into `root`
    /// (an element inside its shadow root).
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, root: Element) -> LoginHelpWidget {
        let props = HostedProps { widget: props_from(&host, None), session: 0 };
        let app = yew::Renderer::<Hosted>::with_root_and_props(root, props).render();
        LoginHelpWidget { host, session: 0, app }
    }

    /// Takes over the widget the build prerendered into `root` (inside the
    /// element's declarative shadow root) instead of rendering it again.
    #[cfg(target_arch = "wasm32")]
    pub fn hydrate(host: HtmlElement, root: Element) -> LoginHelpWidget {
        let widget = HelpWidgetProps { prerendered: true, ..props_from(&host, None) };
        let app =
            yew::Renderer::<Hosted>::with_root_and_props(root, HostedProps { widget, session: 0 }).hydrate();
        LoginHelpWidget { host, session: 0, app }
    }

    /// Called when an observed attribute changes on the live element.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&mut self, name: &str) {
        self.show(props_from(&self.host, Some(name)));
    }

    /// The element was removed: stop following the URL and sending events,
    /// keeping the visitor's choices in case it comes back.
    pub fn pause(&mut self) {
        let quiet = HelpWidgetProps { sync_url: false, events_to: None, ..props_from(&self.host, Some("")) };
        self.show(quiet);
    }

    /// The same element is back.
    pub fn resume(&mut self) {
        self.show(props_from(&self.host, Some("")));
    }

    /// Another element takes this widget over: a fresh start for its visitor.
    pub fn rehost(&mut self, host: HtmlElement) {
        self.host = host;
        self.session = self.session.wrapping_add(1);
        self.show(props_from(&self.host, None));
    }

    fn show(&mut self, widget: HelpWidgetProps) {
        self.app.update(HostedProps { widget, session: self.session });
    }
}
