//! The real cases: who, what went wrong, what happened, the lesson.

use super::{marked, source_note};
use crate::content::{embedded, Lang};
use crate::filter::Hit;
use crate::i18n::ui;
use crate::search::Query;
use yew::prelude::*;

/// The real cases: who, what went wrong, what happened, the lesson.
pub fn story_list(lang: Lang, hits: &[Hit], q: &Query) -> Html {
    let c = embedded();
    let t = ui(lang);
    html! {
        <section class="lh-section" aria-labelledby="lh-stories-h" part="stories">
            <h3 id="lh-stories-h">{ t.stories_heading }</h3>
            <ul class="lh-cards">
                { for hits.iter().map(|hit| {
                    let x = &c.stories[hit.index];
                    html! {
                        <li key={x.id.clone()} data-kind="story" data-id={x.id.clone()} class="lh-card">
                            <h4>{ marked(x.title.get(lang), q) }</h4>
                            <p>{ marked(x.situation.get(lang), q) }</p>
                            <dl>
                                <dt>{ t.story_problem }</dt><dd>{ marked(x.problem.get(lang), q) }</dd>
                                <dt>{ t.story_outcome }</dt><dd>{ marked(x.outcome.get(lang), q) }</dd>
                                <dt>{ t.story_lesson }</dt><dd>{ marked(x.lesson.get(lang), q) }</dd>
                            </dl>
                            { source_note(lang, x.source.as_ref(), &[]) }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
