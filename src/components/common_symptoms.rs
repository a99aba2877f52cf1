use crate::content::{embedded, Lang};
use crate::i18n::ui;
use crate::state::{Action, State};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CommonSymptomsProps {
    pub lang: Lang,
    pub chosen: Vec<String>,
    pub dispatch: UseReducerDispatcher<State>,
}

/// The most common problems as large one-tap buttons on the first screen;
/// every symptom stays in the picker below.
#[component]
pub fn CommonSymptoms(props: &CommonSymptomsProps) -> Html {
    let c = embedded();
    let lang = props.lang;
    html! {
        <section class="lh-common" aria-labelledby="lh-common-h">
            <h3 id="lh-common-h">{ ui(lang).common_heading }</h3>
            <ul class="lh-common-list">
                { for c.symptoms.iter().filter(|s| s.common).map(|s| {
                    let dispatch = props.dispatch.clone();
                    let id = s.id.clone();
                    let pressed = props.chosen.contains(&s.id);
                    html! {
                        <li key={s.id.clone()}>
                            <button type="button" class="lh-common-button" data-symptom={s.id.clone()}
                                aria-pressed={pressed.to_string()}
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
