use crate::content::{embedded, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SafetyNoticeProps {
    pub lang: Lang,
}

/// The short safety notice shown with every result.
#[component]
pub fn SafetyNotice(props: &SafetyNoticeProps) -> Html {
    let notice = &embedded().notice;
    let lang = props.lang;
    html! {
        <aside class="lh-notice" aria-labelledby="lh-notice-h" part="notice">
            <h3 id="lh-notice-h">{ notice.title.get(lang) }</h3>
            <ul>{ for notice.points.iter().map(|p| html! { <li>{ p.get(lang) }</li> }) }</ul>
        </aside>
    }
}
