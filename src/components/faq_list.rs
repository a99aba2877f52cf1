use super::{marked, SectionProps, SourceNote};
use crate::content::embedded;
use crate::i18n::ui;
use yew::prelude::*;

/// Questions and answers as an accordion of native `<details>`. While the
/// visitor searches, the answers open so the highlighted words show.
#[component]
pub fn FaqList(props: &SectionProps) -> Html {
    let c = embedded();
    let lang = props.lang;
    let q = &props.query;
    let open = !q.is_empty();
    html! {
        <section class="lh-section" aria-labelledby="lh-faq-h" part="faq">
            <h3 id="lh-faq-h" tabindex="-1">{ ui(lang).faq_heading }</h3>
            <div class="lh-faq">
                { for props.hits.iter().map(|hit| {
                    let x = &c.faqs[hit.index];
                    html! {
                        <details key={x.id.clone()} data-kind="faq" data-id={x.id.clone()} {open}>
                            <summary>{ marked(x.question.get(lang), q) }</summary>
                            <div class="lh-answer">
                                <p>{ marked(x.answer.get(lang), q) }</p>
                                if !x.points.is_empty() {
                                    <ul>{ for x.points.iter().map(|p| html! { <li>{ marked(p.get(lang), q) }</li> }) }</ul>
                                }
                                <SourceNote {lang} source={x.source.clone()} versions={x.versions.clone()} />
                            </div>
                        </details>
                    }
                }) }
            </div>
        </section>
    }
}
