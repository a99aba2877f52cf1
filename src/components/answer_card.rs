//! The answer card: the most likely cause in one sentence, what to do now, why it was chosen, "Did this help?", share, "Didn't help?".

use super::marked;
use crate::content::{embedded, Lang};
use crate::filter::Hit;
use crate::glue::{self, ShareOutcome};
use crate::i18n::{join, ui};
use crate::search::Query;
use crate::state::{Action, State};
use wasm_bindgen::JsCast;
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
    /// "Did this help?" answered so far: cause id, helped.
    #[prop_or_default]
    pub feedback: Vec<(String, bool)>,
    /// Hears "Did this help?" answered: the host's `login-help:feedback`.
    #[prop_or_default]
    pub on_feedback: Callback<(String, bool)>,
    /// The URL fragment of what the visitor sees, for "Share this answer".
    #[prop_or_default]
    pub share_fragment: String,
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
    // Once "Did this help?" is answered its buttons go: focus moves to the
    // thank-you line, never to <body>.
    let answered = use_mut_ref(|| false);
    let shown = props.hits.get(props.passed).map(|h| h.index);
    let rated =
        shown.and_then(|i| props.feedback.iter().find(|(id, _)| *id == c.causes[i].id)).map(|(_, h)| *h);
    {
        let (card, answered) = (card.clone(), answered.clone());
        use_effect_with(rated, move |rated| {
            if rated.is_some() && std::mem::replace(&mut *answered.borrow_mut(), false) {
                glue::focus_within(&card, ".lh-thanks");
            }
        });
    }
    // How "Share this answer" ended, for the cause it shared.
    let shared = use_state(|| None::<(usize, ShareOutcome, String)>);
    {
        let card = card.clone();
        let manual = shared.as_ref().is_some_and(|(_, o, _)| *o == ShareOutcome::Manual);
        use_effect_with(manual, move |manual| {
            if *manual {
                if let Some(input) = card
                    .cast::<web_sys::Element>()
                    .and_then(|el| el.query_selector(".lh-share-link").ok().flatten())
                    .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    }
    let Some(hit) = props.hits.get(props.passed) else {
        let on_contact = props.on_contact.clone();
        return html! {
            <section class="lh-answer-card lh-answer-end" id="lh-answer-card" aria-labelledby="lh-answer-h" ref={card} part="answer">
                <h3 id="lh-answer-h" tabindex="-1">
                    { if props.hits.is_empty() && props.why == Why::Diagnosed { t.guide_call_heading } else { t.still_not_solved } }
                </h3>
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
    let rate = |helped: bool| {
        let (dispatch, on_feedback, answered) =
            (props.dispatch.clone(), props.on_feedback.clone(), answered.clone());
        let cause = x.id.clone();
        move |_: MouseEvent| {
            *answered.borrow_mut() = true;
            on_feedback.emit((cause.clone(), helped));
            dispatch.dispatch(Action::Feedback { cause: cause.clone(), helped });
        }
    };
    let feedback = match rated {
        Some(helped) => html! {
            <p class="lh-thanks" tabindex="-1">{ if helped { t.feedback_thanks_yes } else { t.feedback_thanks_no } }</p>
        },
        None => html! {
            <div class="lh-feedback" role="group" aria-labelledby="lh-feedback-h">
                <p id="lh-feedback-h" class="lh-feedback-q">{ t.feedback_question }</p>
                <button type="button" class="lh-feedback-yes" onclick={rate(true)}>{ t.feedback_yes }</button>
                <button type="button" class="lh-feedback-no" onclick={rate(false)}>{ t.feedback_no }</button>
            </div>
        },
    };
    let share = {
        let (shared, index) = (shared.clone(), hit.index);
        let title = t.title;
        let text = [x.cause.get(lang), "\n", x.fix.get(lang)].concat();
        let fragment = props.share_fragment.clone();
        move |_: MouseEvent| {
            let shared = shared.clone();
            glue::share_link(title, &text, &fragment, move |outcome, url| {
                shared.set(Some((index, outcome, url)))
            });
        }
    };
    let share_state = shared.as_ref().filter(|(i, _, _)| *i == hit.index);
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
            { feedback }
            <div class="lh-share">
                <button type="button" class="lh-share-button" onclick={share}>{ t.share }</button>
                <p class="lh-share-status" role="status">
                    if matches!(share_state, Some((_, ShareOutcome::Copied, _))) { { t.share_copied } }
                </p>
                if let Some((_, ShareOutcome::Manual, url)) = share_state {
                    <input type="text" class="lh-share-link" readonly=true value={url.clone()} aria-label={t.share_field} />
                }
            </div>
            <button type="button" class="lh-next" onclick={next}>{ t.next_cause }</button>
        </section>
    }
}
