//! The search box: every keystroke goes to the reducer as the new query.

use crate::content::Lang;
use crate::i18n::ui;
use crate::state::{Action, State, MAX_QUERY_INPUT};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The search box: results follow every keystroke; Enter (the keyboard's
/// search key) moves to the answer, `on_enter`.
pub fn search_box(
    lang: Lang,
    query: &str,
    dispatch: &UseReducerDispatcher<State>,
    on_enter: &Callback<()>,
) -> Html {
    let t = ui(lang);
    let oninput = {
        let dispatch = dispatch.clone();
        move |e: InputEvent| {
            dispatch.dispatch(Action::SetQuery(e.target_unchecked_into::<HtmlInputElement>().value()))
        }
    };
    let onkeydown = {
        let on_enter = on_enter.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                on_enter.emit(());
            }
        }
    };
    html! {
        <div class="lh-search">
            <label for="lh-q">{ t.search_label }</label>
            <input id="lh-q" type="search" value={query.to_string()} {oninput} {onkeydown} maxlength={MAX_QUERY_INPUT.to_string()}
                placeholder={t.search_placeholder} autocomplete="off" spellcheck="false" enterkeyhint="search" />
        </div>
    }
}
