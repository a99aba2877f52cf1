use crate::content::{embedded, Lang};
use crate::filter::Match;
use crate::i18n::ui;
use crate::search::MAX_QUERY_CHARS;
use crate::state::{Action, State};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchNoteProps {
    pub lang: Lang,
    pub matched: Match,
    /// Symptom indices whose words are nearest to the query.
    pub suggestions: Vec<usize>,
    pub truncated: bool,
    pub dispatch: UseReducerDispatcher<State>,
}

/// What the search could not do, said plainly: only the closest answers were
/// found (with the nearest symptoms as one-tap suggestions), or the query was
/// cut at its length limit. Renders nothing when the search went well.
#[component]
pub fn SearchNote(props: &SearchNoteProps) -> Html {
    let t = ui(props.lang);
    let c = embedded();
    let lang = props.lang;
    let closest = props.matched == Match::Closest;
    if !closest && !props.truncated && props.suggestions.is_empty() {
        return html! {};
    }
    html! {
        <div class="lh-search-note">
            if closest {
                <h3>{ t.closest_heading }</h3>
            }
            if props.truncated {
                <p>{ t.query_truncated.replace("{n}", &MAX_QUERY_CHARS.to_string()) }</p>
            }
            if !props.suggestions.is_empty() {
                <p id="lh-suggest-label">{ t.suggestions_label }</p>
                <ul class="lh-suggestions" aria-labelledby="lh-suggest-label">
                    { for props.suggestions.iter().filter_map(|i| c.symptoms.get(*i)).map(|s| {
                        let dispatch = props.dispatch.clone();
                        let id = s.id.clone();
                        html! {
                            <li key={s.id.clone()}>
                                <button type="button" class="lh-suggestion" data-symptom={s.id.clone()}
                                    onclick={move |_| dispatch.dispatch(Action::ToggleSymptom(id.clone()))}>
                                    { s.label.get(lang) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}
