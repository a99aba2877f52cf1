use crate::content::Lang;
use crate::i18n::ui;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoMatchProps {
    pub lang: Lang,
}

/// Said when nothing matches; the widget shows the steps and channels after it.
#[component]
pub fn NoMatch(props: &NoMatchProps) -> Html {
    let t = ui(props.lang);
    html! {
        <div class="lh-nomatch">
            <h3>{ t.no_match_heading }</h3>
            <p>{ t.no_match_text }</p>
        </div>
    }
}
