//! The symptom picker: checkboxes grouped by category, the chosen ones as removable chips, clear all.

use crate::content::{embedded, Lang};
use crate::glue;
use crate::i18n::ui;
use crate::state::{Action, State};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SymptomPickerProps {
    pub lang: Lang,
    pub chosen: Vec<String>,
    /// Show every group open (wide layouts); otherwise only groups with a
    /// chosen symptom start open, so a phone shows results sooner.
    #[prop_or(true)]
    pub expanded: bool,
    pub dispatch: UseReducerDispatcher<State>,
}

/// The symptoms as checkboxes grouped by category, with the chosen ones
/// repeated as removable chips and a clear-all button.
#[component]
pub fn SymptomPicker(props: &SymptomPickerProps) -> Html {
    let c = embedded();
    let lang = props.lang;
    let t = ui(lang);
    let chips = props.chosen.iter().filter_map(|id| c.symptom(id)).map(|s| {
        let dispatch = props.dispatch.clone();
        let id = s.id.clone();
        let label = s.label.get(lang);
        html! {
            <li key={s.id.clone()}>
                <button type="button" class="lh-chip" aria-label={format!("{} {}", t.remove, label)}
                    onclick={move |e: MouseEvent| {
                        glue::keep_focus_nearby(&e);
                        dispatch.dispatch(Action::RemoveSymptom(id.clone()))
                    }}>
                    { label }<span aria-hidden="true">{ " ×" }</span>
                </button>
            </li>
        }
    });
    let groups = c.categories.iter().map(|cat| {
        let in_group = c.symptoms.iter().filter(|s| s.category == cat.id);
        let chosen_here = in_group.clone().filter(|s| props.chosen.contains(&s.id)).count();
        let open = props.expanded || chosen_here > 0;
        let boxes = in_group.map(|s| {
            let dispatch = props.dispatch.clone();
            let id = s.id.clone();
            let input_id = format!("lh-s-{}", s.id);
            let hint_id = format!("lh-h-{}", s.id);
            let checked = props.chosen.contains(&s.id);
            html! {
                <div key={s.id.clone()} class={classes!("lh-symptom", checked.then_some("lh-on"))}>
                    <input type="checkbox" id={input_id.clone()} value={s.id.clone()} {checked}
                        aria-describedby={hint_id.clone()}
                        onchange={move |_| dispatch.dispatch(Action::ToggleSymptom(id.clone()))} />
                    <label for={input_id}>{ s.label.get(lang) }</label>
                    <span class="lh-hint" id={hint_id}>{ s.hint.get(lang) }</span>
                </div>
            }
        });
        html! {
            <details key={cat.id.clone()} class="lh-group" {open}>
                <summary>
                    { cat.label.get(lang) }
                    if chosen_here > 0 {
                        <span class="lh-badge">{ format!(" ({chosen_here})") }</span>
                    }
                </summary>
                <fieldset>
                    <legend class="lh-visually-hidden">{ cat.label.get(lang) }</legend>
                    { for boxes }
                </fieldset>
            </details>
        }
    });
    let clear = {
        let dispatch = props.dispatch.clone();
        move |e: MouseEvent| {
            glue::keep_focus_nearby(&e);
            dispatch.dispatch(Action::ClearSymptoms)
        }
    };
    html! {
        <section class="lh-section lh-picker" aria-labelledby="lh-picker-h" part="symptoms">
            <h3 id="lh-picker-h" tabindex="-1">{ t.picker_heading }</h3>
            if !props.chosen.is_empty() {
                <div class="lh-chosen">
                    <span class="lh-chosen-label">{ t.chosen_label }</span>
                    <ul class="lh-chips" aria-label={t.chosen_label}>{ for chips }</ul>
                    <button type="button" class="lh-clear" onclick={clear}>{ t.clear_all }</button>
                </div>
            }
            <div class="lh-groups">{ for groups }</div>
        </section>
    }
}
