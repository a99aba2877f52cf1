use super::marked;
use crate::content::{embedded, Lang};
use crate::filter::Hit;
use crate::i18n::ui;
use crate::search::Query;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TipListProps {
    pub lang: Lang,
    pub hits: Vec<Hit>,
    pub query: Query,
}

/// Prevention tips.
#[component]
pub fn TipList(props: &TipListProps) -> Html {
    let c = embedded();
    let lang = props.lang;
    let q = &props.query;
    html! {
        <section class="lh-section" aria-labelledby="lh-tips-h">
            <h3 id="lh-tips-h">{ ui(lang).tips_heading }</h3>
            <ul class="lh-tips">
                { for props.hits.iter().map(|hit| {
                    let x = &c.tips[hit.index];
                    html! {
                        <li key={x.id.clone()} data-kind="tip" data-id={x.id.clone()}>
                            <strong>{ marked(x.title.get(lang), q) }</strong>
                            { " " }{ marked(x.text.get(lang), q) }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
