//! The article's cause table (type, likely cause, fix), the likeliest causes first once symptoms are chosen.

use super::{marked, source_note};
use crate::content::{embedded, Lang};
use crate::filter::Hit;
use crate::i18n::{join, ui};
use crate::search::Query;
use yew::prelude::*;

/// The cause table of the article: type, likely cause, fix; with symptoms
/// chosen (`ranked`, which changes the heading), the most likely causes
/// first, each saying why it is listed.
pub fn cause_table(lang: Lang, hits: &[Hit], q: &Query, ranked: bool) -> Html {
    let c = embedded();
    let t = ui(lang);
    let heading = if ranked { t.causes_ranked_heading } else { t.causes_heading };
    let rows = hits.iter().enumerate().map(|(i, hit)| {
        let x = &c.causes[hit.index];
        let because: Vec<&str> =
            hit.because.iter().filter_map(|id| c.symptom(id)).map(|s| s.label.get(lang)).collect();
        html! {
            <tr key={x.id.clone()} data-kind="cause" data-id={x.id.clone()}>
                <th scope="row">{ marked(x.kind.get(lang), q) }</th>
                <td>
                    { marked(x.cause.get(lang), q) }
                    if !because.is_empty() {
                        <p class="lh-because">{ t.because }{ join(lang, &because) }</p>
                    }
                </td>
                <td>
                    { marked(x.fix.get(lang), q) }
                    if let Some(article_fix) = &x.article_fix {
                        <p class="lh-article-fix">{ t.article_table_says }{ marked(article_fix.get(lang), q) }</p>
                    }
                    <details class="lh-fix-steps" open={i == 0}>
                        <summary>
                            { t.fix_steps }
                            <span class="lh-visually-hidden">{ if lang.is_chinese() { ":" } else { ": " } }{ x.cause.get(lang) }</span>
                        </summary>
                        <ol>{ for x.steps.iter().map(|s| html! { <li>{ marked(s.get(lang), q) }</li> }) }</ol>
                    </details>
                    { source_note(lang, x.source.as_ref(), &x.versions) }
                </td>
            </tr>
        }
    });
    html! {
        <section class="lh-section" aria-labelledby="lh-causes-h" part="causes">
            <h3 id="lh-causes-h">{ heading }</h3>
            <div class="lh-table-wrap">
                <table class="lh-table">
                    <thead>
                        <tr>
                            <th scope="col" class="lh-col-type">{ t.col_type }</th>
                            <th scope="col">{ t.col_cause }</th>
                            <th scope="col">{ t.col_fix }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
