//! What the search could not do, said plainly: only the closest answers found, or the query cut at its limit.

use crate::content::{embedded, Lang};
use crate::filter::{Match, View};
use crate::i18n::ui;
use crate::search::MAX_QUERY_CHARS;
use crate::state::{Action, State};
use yew::prelude::*;

/// What the search could not do, said plainly: only the closest answers were
/// found (with the nearest symptoms, `suggestions`, as one-tap buttons), or
/// the query was cut at its length limit. Renders nothing when the search
/// went well.
pub fn search_note(lang: Lang, view: &View, dispatch: &UseReducerDispatcher<State>) -> Html {
    let t = ui(lang);
    let c = embedded();
    let closest = view.matched == Match::Closest;
    let (suggestions, truncated) = (&view.suggestions, view.query.truncated);
    if !closest && !truncated && suggestions.is_empty() {
        return html! {};
    }
    html! {
        <div class="lh-search-note">
            if closest {
                <h3>{ t.closest_heading }</h3>
            }
            if truncated {
                <p>{ t.query_truncated.replace("{n}", &MAX_QUERY_CHARS.to_string()) }</p>
            }
            if !suggestions.is_empty() {
                <p id="lh-suggest-label">{ t.suggestions_label }</p>
                <ul class="lh-suggestions" aria-labelledby="lh-suggest-label">
                    { for suggestions.iter().filter_map(|i| c.symptoms.get(*i)).map(|s| {
                        let dispatch = dispatch.clone();
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
