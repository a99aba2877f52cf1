//! The call bar: 95588 always in reach at the bottom of the widget's own box on narrow screens.

use crate::content::Lang;
use crate::i18n::ui;
use yew::prelude::*;

/// 95588 always in reach on narrow screens: a bar that sticks to the bottom
/// of the widget's own box (never `position: fixed` over the host page).
pub fn call_bar(lang: Lang, on_contact: &Callback<String>) -> Html {
    let t = ui(lang);
    let on_contact = on_contact.clone();
    html! {
        <div class="lh-callbar" part="call-bar">
            <span class="lh-callbar-label">{ t.call_bar }</span>
            <a class="lh-call" href="tel:95588" onclick={move |_| on_contact.emit("hotline".into())}>
                { t.call }{ " 95588" }
            </a>
        </div>
    }
}
