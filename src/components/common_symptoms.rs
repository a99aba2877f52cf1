//! The most common problems as one-tap buttons on the first screen: one Tab stop, arrow keys within.

use crate::content::{embedded, Lang};
use crate::glue;
use crate::i18n::ui;
use crate::state::{Action, State};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CommonSymptomsProps {
    pub lang: Lang,
    pub chosen: Vec<String>,
    pub dispatch: UseReducerDispatcher<State>,
    /// A question is typed: its answer comes first, and the buttons fold
    /// into one line that brings them back.
    #[prop_or_default]
    pub folded: bool,
}

/// The most common problems as large one-tap buttons on the first screen;
/// every symptom stays in the picker below. One Tab stop for the group
/// (arrow keys move within it), so the answer card is the next stop.
#[component]
pub fn CommonSymptoms(props: &CommonSymptomsProps) -> Html {
    let c = embedded();
    let lang = props.lang;
    let active = use_state(|| 0usize);
    let unfolded = use_state(|| false);
    if props.folded && !*unfolded {
        let unfold = move |_| unfolded.set(true);
        let count = c.symptoms.iter().filter(|s| s.common).count();
        return html! {
            <section class="lh-common lh-common-folded" part="common-symptoms">
                <button type="button" class="lh-common-unfold" aria-expanded="false" onclick={unfold}>
                    { ui(lang).common_folded }{ format!(" ({count}) ▾") }
                </button>
            </section>
        };
    }
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        let step = match e.key().as_str() {
            "ArrowRight" | "ArrowDown" => 1,
            "ArrowLeft" | "ArrowUp" => -1,
            _ => return,
        };
        e.prevent_default();
        glue::focus_neighbour(&e, step);
    });
    html! {
        <section class="lh-common" aria-labelledby="lh-common-h" part="common-symptoms">
            <h3 id="lh-common-h">{ ui(lang).common_heading }</h3>
            <ul class="lh-common-list" {onkeydown}>
                { for c.symptoms.iter().filter(|s| s.common).enumerate().map(|(i, s)| {
                    let dispatch = props.dispatch.clone();
                    let id = s.id.clone();
                    let pressed = props.chosen.contains(&s.id);
                    let onfocus = {
                        let active = active.clone();
                        move |_| active.set(i)
                    };
                    html! {
                        <li key={s.id.clone()}>
                            <button type="button" class="lh-common-button" data-symptom={s.id.clone()}
                                aria-pressed={pressed.to_string()} tabindex={if *active == i { "0" } else { "-1" }}
                                {onfocus}
                                onclick={move |_| dispatch.dispatch(Action::ToggleSymptom(id.clone()))}>
                                { s.label.get(lang) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
