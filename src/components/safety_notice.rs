//! The short safety notice shown with every result.

use crate::content::{embedded, Lang};
use yew::prelude::*;

/// The short safety notice shown with every result.
pub fn safety_notice(lang: Lang) -> Html {
    let notice = &embedded().notice;
    html! {
        <aside class="lh-notice" aria-labelledby="lh-notice-h" part="notice">
            <h3 id="lh-notice-h">{ notice.title.get(lang) }</h3>
            <ul>{ for notice.points.iter().map(|p| html! { <li>{ p.get(lang) }</li> }) }</ul>
        </aside>
    }
}
