//! The language switch: 简体 | 繁體 | English, as three toggle buttons.

use crate::content::Lang;
use crate::i18n::ui;
use crate::state::{Action, State};
use yew::prelude::*;

/// 简体 | 繁體 | English, as three toggle buttons, each labelled in its own language.
pub fn language_switch(lang: Lang, dispatch: &UseReducerDispatcher<State>) -> Html {
    let button = |to: Lang, label: &'static str| {
        let dispatch = dispatch.clone();
        let pressed = if lang == to { "true" } else { "false" };
        html! {
            <button type="button" lang={to.tag()} aria-pressed={pressed}
                onclick={move |_| dispatch.dispatch(Action::SetLang(to))}>
                { label }
            </button>
        }
    };
    html! {
        <div class="lh-lang" role="group" aria-label={ui(lang).language_label}>
            { button(Lang::Zh, "简体") }
            { button(Lang::Hant, "繁體") }
            { button(Lang::En, "English") }
        </div>
    }
}
