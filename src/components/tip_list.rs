//! The prevention tips.

use super::{marked, source_note};
use crate::content::{embedded, Lang};
use crate::filter::Hit;
use crate::i18n::ui;
use crate::search::Query;
use yew::prelude::*;

/// Prevention tips.
pub fn tip_list(lang: Lang, hits: &[Hit], q: &Query) -> Html {
    let c = embedded();
    html! {
        <section class="lh-section" aria-labelledby="lh-tips-h" part="tips">
            <h3 id="lh-tips-h">{ ui(lang).tips_heading }</h3>
            <ul class="lh-tips">
                { for hits.iter().map(|hit| {
                    let x = &c.tips[hit.index];
                    html! {
                        <li key={x.id.clone()} data-kind="tip" data-id={x.id.clone()}>
                            <strong>{ marked(x.title.get(lang), q) }</strong>
                            { " " }{ marked(x.text.get(lang), q) }
                            { source_note(lang, x.source.as_ref(), &[]) }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
