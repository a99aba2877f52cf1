//! Questions and answers as native `<details>`, opened while the visitor searches so the matches show.

use super::{marked, source_note};
use crate::content::{embedded, Lang};
use crate::filter::Hit;
use crate::i18n::ui;
use crate::search::Query;
use yew::prelude::*;

/// Questions and answers as an accordion of native `<details>`. While the
/// visitor searches, the answers open so the highlighted words show.
pub fn faq_list(lang: Lang, hits: &[Hit], q: &Query) -> Html {
    let c = embedded();
    let open = !q.is_empty();
    html! {
        <section class="lh-section" aria-labelledby="lh-faq-h" part="faq">
            <h3 id="lh-faq-h" tabindex="-1">{ ui(lang).faq_heading }</h3>
            <div class="lh-faq">
                { for hits.iter().map(|hit| {
                    let x = &c.faqs[hit.index];
                    html! {
                        <details key={x.id.clone()} data-kind="faq" data-id={x.id.clone()} {open}>
                            <summary>{ marked(x.question.get(lang), q) }</summary>
                            <div class="lh-answer">
                                <p>{ marked(x.answer.get(lang), q) }</p>
                                if !x.points.is_empty() {
                                    <ul>{ for x.points.iter().map(|p| html! { <li>{ marked(p.get(lang), q) }</li> }) }</ul>
                                }
                                { source_note(lang, x.source.as_ref(), &x.versions) }
                            </div>
                        </details>
                    }
                }) }
            </div>
        </section>
    }
}
