//! The results column: the count and everything that matches, following once the visitor pauses.

use super::*;
use crate::content::{embedded, Lang};
use crate::filter;
use crate::glue;
use crate::state::State;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsPanelProps {
    pub lang: Lang,
    /// The chosen symptoms and the typed query, as the visitor left them.
    pub asked: (Vec<String>, String),
    /// `asked` came from a link, an attribute or back/forward, not typing
    /// or tapping: list it at once rather than once the visitor pauses.
    pub at_once: bool,
    pub show_all: bool,
    /// False only while the prerendered markup is hydrated.
    pub hydrated: bool,
    pub done_steps: Vec<String>,
    /// The answer card's cause, announced with the count.
    pub top: Option<String>,
    pub panel: NodeRef,
    pub dispatch: UseReducerDispatcher<State>,
    pub on_contact: Callback<String>,
}

/// Everything that matches, best first: the count, the cause table, the
/// FAQ, stories, steps and tips, the official channels and the safety
/// notice. The search box, chips and answer card answer each keystroke and
/// tap in the next frame; this panel, whose layout is most of the work,
/// follows once the visitor pauses.
#[component]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let content = embedded();
    let lang = props.lang;
    let listed_for = glue::use_settled(&props.asked, props.at_once);
    let listed = use_memo(listed_for.clone(), |(symptoms, query)| {
        filter::view(content, filter::shared_index(), symptoms, query)
    });
    let ranked = !listed_for.0.is_empty();
    let chosen = ranked || !listed.query.is_empty();
    let count_of = |shown: usize, all: usize| if chosen { shown } else { all };
    let counts = Counts {
        causes: count_of(listed.causes.len(), content.causes.len()),
        answers: count_of(listed.faqs.len(), content.faqs.len()),
        stories: count_of(listed.stories.len(), content.stories.len()),
    };

    html! {
        // Busy while it still lists an earlier question: screen readers wait
        // for it before announcing the count.
        <div class="lh-results" ref={props.panel.clone()} tabindex="-1" part="results"
            aria-busy={(listed_for != props.asked).then_some("true")}>
            { result_count(lang, counts, !chosen, props.top.as_deref()) }
            <ResultsListing {lang} {listed} {ranked} show_all={props.show_all} hydrated={props.hydrated}
                done_steps={props.done_steps.clone()} panel={props.panel.clone()}
                dispatch={props.dispatch.clone()} on_contact={props.on_contact.clone()} />
        </div>
    }
}
