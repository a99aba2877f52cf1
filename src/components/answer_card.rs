//! The answer card: the most likely cause in one sentence, what to do now, why it was chosen, "Didn't help?".

use super::marked;
use crate::content::{embedded, Lang};
use crate::filter::Hit;
use crate::glue;
use crate::i18n::{join, ui};
use crate::search::Query;
use crate::state::{Action, State};
use yew::prelude::*;

/// Why the card's cause is the most likely one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// The chosen symptoms (named from each hit's `because`).
    Picked,
    Typed,
    Diagnosed,
}

#[derive(Properties, PartialEq)]
pub struct AnswerCardProps {
    pub lang: Lang,
    /// The likely causes, best first.
    pub hits: Vec<Hit>,
    pub why: Why,
    /// How many of them the visitor has passed with "Didn't help?".
    pub passed: usize,
    pub query: Query,
    pub dispatch: UseReducerDispatcher<State>,
    pub on_contact: Callback<String>,
    /// Scroll the card into view when its cause changes (after a tap, not
    /// while typing), without moving focus.
    #[prop_or_default]
    pub reveal: bool,
    /// The first two causes are nearly alike and neither is chosen yet: ask
    /// "Is it A or B?".
    #[prop_or_default]
    pub close_call: bool,
}

/// The answer first: the most likely cause in one sentence, what to do now,
/// why it was chosen, and "Didn't help?" down the ranking to the hotline.
#[component]
pub fn AnswerCard(props: &AnswerCardProps) -> Html {
    let c = embedded();
    let lang = props.lang;
    let t = ui(lang);
    let q = &props.query;
    let card = use_node_ref();
    {
        let card = card.clone();
        let shown = (props.hits.get(props.passed).map(|h| h.index), props.passed);
        let reveal = props.reveal;
        use_effect_with(shown, move |_| {
            if reveal {
                if let Some(el) = card.cast::<web_sys::Element>() {
                    glue::reveal(&el);
                }
            }
        });
    }
    {
        // The last "Didn't help?" is gone with its card: focus goes to the
        // end card's heading, never to the page's <body>.
        let card = card.clone();
        let end = props.passed > 0 && props.hits.get(props.passed).is_none();
        use_effect_with(end, move |end| {
            if *end {
                glue::focus_within(&card, "h3");
            }
        });
    }
    let Some(hit) = props.hits.get(props.passed) else {
        let on_contact = props.on_contact.clone();
        return html! {
            <section class="lh-answer-card lh-answer-end" id="lh-answer-card" aria-labelledby="lh-answer-h" ref={card} part="answer">
                <h3 id="lh-answer-h" tabindex="-1">{ t.still_not_solved }</h3>
                <p>{ t.still_not_solved_text }</p>
                <a class="lh-call" href="tel:95588" onclick={move |_| on_contact.emit("hotline".into())}>
                    { t.call }{ " 95588" }
                </a>
            </section>
        };
    };
    let x = &c.causes[hit.index];
    let why = match props.why {
        Why::Picked => {
            let labels: Vec<&str> =
                hit.because.iter().filter_map(|id| c.symptom(id)).map(|s| s.label.get(lang)).collect();
            [t.because, &join(lang, &labels)].concat()
        }
        Why::Typed => t.why_typed.to_string(),
        Why::Diagnosed => t.why_diagnosed.to_string(),
    };
    let next = {
        let dispatch = props.dispatch.clone();
        move |_| dispatch.dispatch(Action::NextCause)
    };
    // "Is it A or B?": A keeps the first cause, B moves on to the second.
    let choice = |hit: Option<&Hit>, keep: bool| -> Html {
        let Some(hit) = hit else { return html! {} };
        let x = &c.causes[hit.index];
        let (dispatch, card) = (props.dispatch.clone(), card.clone());
        // The choices go once answered: focus moves to the answer's heading.
        let choose = move |_| {
            dispatch.dispatch(if keep { Action::KeepCause } else { Action::NextCause });
            glue::focus_within(&card, "h3");
        };
        html! {
            <button type="button" class="lh-choice" data-id={x.id.clone()} onclick={choose}>{ x.cause.get(lang) }</button>
        }
    };
    html! {
        <section class="lh-answer-card" id="lh-answer-card" aria-labelledby="lh-answer-h" data-id={x.id.clone()} ref={card.clone()} part="answer">
            <p class="lh-answer-kicker">
                { t.answer_kicker }{ " " }{ (props.passed + 1).to_string() }{ "/" }{ props.hits.len().to_string() }
            </p>
            if props.close_call {
                <div class="lh-close-call" role="group" aria-labelledby="lh-close-h">
                    <p id="lh-close-h" class="lh-close-heading">{ t.close_call_heading }</p>
                    { choice(props.hits.first(), true) }
                    { choice(props.hits.get(1), false) }
                </div>
            }
            <h3 id="lh-answer-h" tabindex="-1">{ marked(x.cause.get(lang), q) }</h3>
            <p class="lh-do-now-label">{ t.do_now }</p>
            <p class="lh-do-now-fix">{ marked(x.fix.get(lang), q) }</p>
            <ol class="lh-do-now">
                { for x.steps.iter().take(2).map(|s| html! { <li>{ marked(s.get(lang), q) }</li> }) }
            </ol>
            <p class="lh-because">{ why }</p>
            <button type="button" class="lh-next" onclick={next}>{ t.next_cause }</button>
        </section>
    }
}
