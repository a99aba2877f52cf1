use super::{marked, SectionProps, SourceNote};
use crate::content::embedded;
use crate::i18n::ui;
use yew::prelude::*;

/// Prevention tips.
#[component]
pub fn TipList(props: &SectionProps) -> Html {
    let c = embedded();
    let lang = props.lang;
    let q = &props.query;
    html! {
        <section class="lh-section" aria-labelledby="lh-tips-h" part="tips">
            <h3 id="lh-tips-h">{ ui(lang).tips_heading }</h3>
            <ul class="lh-tips">
                { for props.hits.iter().map(|hit| {
                    let x = &c.tips[hit.index];
                    html! {
                        <li key={x.id.clone()} data-kind="tip" data-id={x.id.clone()}>
                            <strong>{ marked(x.title.get(lang), q) }</strong>
                            { " " }{ marked(x.text.get(lang), q) }
                            <SourceNote {lang} source={x.source.clone()} />
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
