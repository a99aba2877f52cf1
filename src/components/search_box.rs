use crate::content::Lang;
use crate::i18n::ui;
use crate::state::{Action, State, MAX_QUERY_INPUT};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub lang: Lang,
    pub query: String,
    pub dispatch: UseReducerDispatcher<State>,
}

/// The search box: results follow every keystroke.
#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let t = ui(props.lang);
    let oninput = {
        let dispatch = props.dispatch.clone();
        move |e: InputEvent| {
            dispatch.dispatch(Action::SetQuery(e.target_unchecked_into::<HtmlInputElement>().value()))
        }
    };
    html! {
        <div class="lh-search">
            <label for="lh-q">{ t.search_label }</label>
            <input id="lh-q" type="search" value={props.query.clone()} {oninput} maxlength={MAX_QUERY_INPUT.to_string()}
                placeholder={t.search_placeholder} autocomplete="off" spellcheck="false" enterkeyhint="search" />
        </div>
    }
}
