//! The steps from simple to serious, as a checklist the visitor ticks off (stored by the glue).

use super::{marked, source_note};
use crate::content::{embedded, Lang};
use crate::filter::Hit;
use crate::i18n::ui;
use crate::search::Query;
use crate::state::{Action, State};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepChecklistProps {
    pub lang: Lang,
    pub hits: Vec<Hit>,
    pub query: Query,
    pub done: Vec<String>,
    pub dispatch: UseReducerDispatcher<State>,
}

/// The path from simple to serious, as a checklist the visitor ticks off.
#[component]
pub fn StepChecklist(props: &StepChecklistProps) -> Html {
    let c = embedded();
    let lang = props.lang;
    let t = ui(lang);
    let q = &props.query;
    let done_here = props.hits.iter().filter(|h| props.done.contains(&c.steps[h.index].id)).count();
    let heading = use_node_ref();
    let reset = {
        let dispatch = props.dispatch.clone();
        let heading = heading.clone();
        // The button disappears with the ticks: keep focus on the checklist.
        move |_| {
            dispatch.dispatch(Action::ResetSteps);
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    };
    html! {
        <section class="lh-section" aria-labelledby="lh-steps-h" part="steps">
            <h3 id="lh-steps-h" ref={heading} tabindex="-1">{ t.steps_heading }</h3>
            <p class="lh-progress">
                { format!("{done_here} / {} {}", props.hits.len(), t.steps_done) }
                if !props.done.is_empty() {
                    <button type="button" class="lh-link" onclick={reset}>{ t.steps_reset }</button>
                }
            </p>
            <ol class="lh-steps">
                { for props.hits.iter().map(|hit| {
                    let x = &c.steps[hit.index];
                    let done = props.done.contains(&x.id);
                    let number = c.steps.iter().position(|s| s.id == x.id).unwrap_or(0) + 1;
                    let input_id = format!("lh-step-{}", x.id);
                    let dispatch = props.dispatch.clone();
                    let id = x.id.clone();
                    html! {
                        <li key={x.id.clone()} data-kind="step" data-id={x.id.clone()}
                            class={classes!("lh-step", done.then_some("lh-done"))}>
                            <div class="lh-step-head">
                                <input type="checkbox" id={input_id.clone()} checked={done}
                                    onchange={move |_| dispatch.dispatch(Action::ToggleStep(id.clone()))} />
                                <label for={input_id}>
                                    <span class="lh-visually-hidden">{ t.step_done_label }</span>
                                    { format!("{number}. ") }{ marked(x.title.get(lang), q) }
                                </label>
                            </div>
                            <ul>{ for x.actions.iter().map(|a| html! { <li>{ marked(a.get(lang), q) }</li> }) }</ul>
                            { source_note(lang, x.source.as_ref(), &[]) }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
