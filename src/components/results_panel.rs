use super::*;
use crate::content::{embedded, Lang};
use crate::filter::{self, Hit};
use crate::glue;
use crate::i18n::ui;
use crate::state::{Action, State};
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
    let t = ui(lang);
    let listed_for = glue::use_settled(&props.asked, props.at_once);
    let listed = use_memo(listed_for.clone(), |(symptoms, query)| {
        filter::view(content, filter::shared_index(), symptoms, query)
    });
    let q = &listed.query;
    let chosen = !listed_for.0.is_empty() || !q.is_empty();
    // With nothing chosen, the article's own table leads and the rest is one tap away.
    let whole = chosen || props.show_all;
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
    let (count_of, article) = (|shown: usize, all: usize| if chosen { shown } else { all }, !chosen);

    html! {
        // Busy while it still lists an earlier question: screen readers wait
        // for it before announcing the count.
        <div class="lh-results" ref={props.panel.clone()} tabindex="-1" part="results"
            aria-busy={(listed_for != props.asked).then_some("true")}>
            { result_count(lang, Counts {
                causes: count_of(listed.causes.len(), content.causes.len()),
                answers: count_of(listed.faqs.len(), content.faqs.len()),
                stories: count_of(listed.stories.len(), content.stories.len()),
            }, article, props.top.as_deref()) }
            { search_note(lang, &listed, &props.dispatch) }
            if listed.is_empty() {
                { no_match(lang) }
                { steps(all_steps) }
            } else {
                if !causes.is_empty() {
                    { cause_table(lang, &causes, q, !listed_for.0.is_empty()) }
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
        </div>
    }
}
