//! The `<login-help>` element's side: its attributes read into props; the app mounted, paused, rehosted.

use super::warn;
use crate::components::{HelpWidget, HelpWidgetProps};
use crate::content::{embedded, Lang};
use crate::params::{self, Theme};
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;
use yew::AppHandle;

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
        on_hydrated: None,
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
    /// element's declarative shadow root) instead of rendering it again;
    /// `hydrated` is called once it is live, with its start state applied.
    #[cfg(target_arch = "wasm32")]
    pub fn hydrate(host: HtmlElement, root: Element, hydrated: Option<js_sys::Function>) -> LoginHelpWidget {
        let on_hydrated = hydrated.map(|f| {
            Callback::from(move |()| {
                let _ = f.call0(&JsValue::NULL);
            })
        });
        let widget = HelpWidgetProps { prerendered: true, on_hydrated, ..props_from(&host, None) };
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
