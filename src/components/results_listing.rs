//! The sections under the count (causes, answers, stories, steps, tips, channels), rebuilt only on change.

use super::*;
use crate::content::{embedded, Lang};
use crate::filter::{Hit, View};
use crate::glue;
use crate::i18n::ui;
use crate::state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsListingProps {
    pub lang: Lang,
    /// What the results column lists: the view of the settled question.
    pub listed: Rc<View>,
    /// Symptoms are chosen: the causes are ranked by them.
    pub ranked: bool,
    pub show_all: bool,
    /// False only while the prerendered markup is hydrated.
    pub hydrated: bool,
    pub done_steps: Vec<String>,
    /// The results column, for moving focus within it.
    pub panel: NodeRef,
    pub dispatch: UseReducerDispatcher<State>,
    pub on_contact: Callback<String>,
}

/// The sections of the results column under its count. A component of its
/// own so that a keystroke, which changes the column only once the visitor
/// pauses, does not rebuild and compare all of them in the meantime.
#[component]
pub fn ResultsListing(props: &ResultsListingProps) -> Html {
    let content = embedded();
    let lang = props.lang;
    let t = ui(lang);
    let listed = &props.listed;
    let q = &listed.query;
    // With nothing chosen, the article's own table leads and the rest is one tap away.
    let whole = props.ranked || !q.is_empty() || props.show_all;
    let causes: Vec<Hit> = if whole {
        listed.causes.clone()
    } else {
        listed.causes.iter().filter(|h| content.causes[h.index].in_table).cloned().collect()
    };
    // "Show all" is replaced by the whole view: focus goes to its first new
    // heading rather than being dropped at the top of the page.
    let refocus = use_mut_ref(|| false);
    {
        let (refocus, panel) = (refocus.clone(), props.panel.clone());
        use_effect_with(props.show_all, move |_| {
            if std::mem::take(&mut *refocus.borrow_mut()) {
                glue::focus_within(&panel, "#lh-faq-h");
            }
        });
    }
    let show_all = {
        let dispatch = props.dispatch.clone();
        move |_| {
            *refocus.borrow_mut() = true;
            dispatch.dispatch(Action::ShowAll)
        }
    };
    // Each list section, shown only when something in it matches.
    let faqs = || (!listed.faqs.is_empty()).then(|| faq_list(lang, &listed.faqs, q));
    let stories = || (!listed.stories.is_empty()).then(|| story_list(lang, &listed.stories, q));
    let tips = || (!listed.tips.is_empty()).then(|| tip_list(lang, &listed.tips, q));
    let steps = |hits: Vec<Hit>| {
        (!hits.is_empty()).then(|| {
            html! { <StepChecklist {lang} {hits} query={q.clone()} done={props.done_steps.clone()} dispatch={props.dispatch.clone()} /> }
        })
    };
    let all_steps: Vec<Hit> =
        (0..content.steps.len()).map(|index| Hit { index, because: vec![], score: 0.0 }).collect();

    html! {
        <>
            { search_note(lang, listed, &props.dispatch) }
            if listed.is_empty() {
                { no_match(lang) }
                { steps(all_steps) }
            } else {
                if !causes.is_empty() {
                    { cause_table(lang, &causes, q, props.ranked) }
                }
                if !whole {
                    // Until hydrated it holds the whole article, for visitors
                    // without JavaScript; afterwards opening it shows the whole view.
                    <details class="lh-more" ontoggle={show_all}>
                        <summary class="lh-show-all">{ t.show_all }</summary>
                        if !props.hydrated {
                            { faqs() }{ stories() }{ tips() }
                        }
                    </details>
                }
                if whole {
                    { faqs() }{ stories() }
                }
                { steps(listed.steps.clone()) }
                if whole {
                    { tips() }
                }
            }
            { contact_list(lang, &listed.channels, q, &props.on_contact) }
            { safety_notice(lang) }
        </>
    }
}
