use crate::content::Lang;
use crate::i18n::ui;
use crate::state::{Action, State};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub lang: Lang,
    pub dispatch: UseReducerDispatcher<State>,
}

/// 中文 | English, as two toggle buttons.
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let button = |lang: Lang, label: &'static str| {
        let dispatch = props.dispatch.clone();
        let pressed = props.lang == lang;
        html! {
            <button type="button" lang={lang.tag()} aria-pressed={pressed.to_string()}
                onclick={move |_| dispatch.dispatch(Action::SetLang(lang))}>
                { label }
            </button>
        }
    };
    html! {
        <div class="lh-lang" role="group" aria-label={ui(props.lang).language_label}>
            { button(Lang::Zh, "中文") }
            { button(Lang::En, "English") }
        </div>
    }
}
