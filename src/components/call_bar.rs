use crate::content::Lang;
use crate::i18n::ui;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CallBarProps {
    pub lang: Lang,
    pub on_contact: Callback<String>,
}

/// 95588 always in reach on narrow screens: a bar that sticks to the bottom
/// of the widget's own box (never `position: fixed` over the host page).
#[component]
pub fn CallBar(props: &CallBarProps) -> Html {
    let t = ui(props.lang);
    let on_contact = props.on_contact.clone();
    html! {
        <div class="lh-callbar" part="call-bar">
            <span class="lh-callbar-label">{ t.call_bar }</span>
            <a class="lh-call" href="tel:95588" onclick={move |_| on_contact.emit("hotline".into())}>
                { t.call }{ " 95588" }
            </a>
        </div>
    }
}
