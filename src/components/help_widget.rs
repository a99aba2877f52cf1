//! The whole widget: its state and reducer, wired to the glue (start, checklist, URL, events), and layout.

use super::*;
use crate::content::{embedded, Lang};
use crate::diagnosis;
use crate::filter::{self, Hit, Match};
use crate::glue;
use crate::i18n::ui;
use crate::params::{self, Theme};
use crate::state::{Action, State};
use web_sys::EventTarget;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct HelpWidgetProps {
    /// From the `lang` attribute; `None` follows the browser's language.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// Preselected symptom ids (already checked against the content).
    #[prop_or_default]
    pub symptoms: Vec<String>,
    #[prop_or_default]
    pub theme: Theme,
    /// Keep symptoms, query and language in the URL fragment.
    #[prop_or_default]
    pub sync_url: bool,
    /// Where `login-help:change` and `login-help:contact` are dispatched.
    #[prop_or_default]
    pub events_to: Option<EventTarget>,
    /// Rendered at build time and hydrated in the browser: the first render
    /// is the default view, as prerendered; a shared link and the stored
    /// checklist are applied right after.
    #[prop_or_default]
    pub prerendered: bool,
    /// Called once a prerendered widget is hydrated and its start state
    /// applied: the loader then replays what the visitor did before.
    #[prop_or_default]
    pub on_hydrated: Option<Callback<()>>,
}

/// Runs `f` when `deps` change, but not on the first render.
#[hook]
fn use_on_change<D, F>(deps: D, f: F)
where
    D: PartialEq + 'static,
    F: FnOnce(&D) + 'static,
{
    let mounted = use_mut_ref(|| false);
    use_effect_with(deps, move |deps| {
        if std::mem::replace(&mut *mounted.borrow_mut(), true) {
            f(deps);
        }
    });
}

/// The whole widget: picker and search on top, everything that matches below.
#[component]
pub fn HelpWidget(props: &HelpWidgetProps) -> Html {
    let content = embedded();
    let state = use_reducer_eq({
        let props = props.clone();
        move || {
            if props.prerendered {
                glue::prerendered_state(props.lang, &props.symptoms)
            } else {
                glue::initial_state(props.lang, &props.symptoms, props.sync_url)
            }
        }
    });
    let dispatch = state.dispatcher();
    // Symptom groups start open on wide screens, except in a prerendered
    // widget: opening them after its first paint would shift the layout.
    let expanded = use_state(|| !props.prerendered && glue::wide_viewport());
    // False only while the prerendered markup is hydrated: until then the
    // "show all" disclosure holds the whole article, for visitors without
    // JavaScript; afterwards opening it shows the whole view instead.
    let hydrated = use_state(|| !props.prerendered);
    let results = use_node_ref();
    {
        let props = props.clone();
        let (dispatch, hydrated, results) = (dispatch.clone(), hydrated.clone(), results.clone());
        use_effect_with((), move |_| {
            if props.prerendered {
                // Opened by the visitor before the wasm arrived: keep it open.
                let opened = glue::matches_within(&results, "details.lh-more[open]");
                dispatch.dispatch(Action::Replace(State {
                    show_all: opened,
                    ..glue::initial_state(props.lang, &props.symptoms, props.sync_url)
                }));
                hydrated.set(true);
                if let Some(done) = &props.on_hydrated {
                    done.emit(());
                }
            }
        });
    }
    let default_lang = props.lang.or_else(glue::browser_lang).unwrap_or_default();

    {
        let dispatch = dispatch.clone();
        use_on_change(props.lang, move |lang| {
            if let Some(lang) = lang {
                dispatch.dispatch(Action::SetLang(*lang));
            }
        });
    }
    {
        let dispatch = dispatch.clone();
        use_on_change(props.symptoms.clone(), move |ids| dispatch.dispatch(Action::SetSymptoms(ids.clone())));
    }
    glue::use_stored_checklist(&state.done_steps, dispatch.clone());
    {
        let target = props.events_to.clone();
        use_on_change((state.symptoms.clone(), state.query.clone(), state.lang), move |(s, q, l)| {
            if let Some(target) = target {
                glue::emit_change(&target, s, q, *l);
            }
        });
    }
    glue::use_url_sync(props.sync_url, &state, default_lang, dispatch.clone());

    // The same callback every render, so that the results listing is only
    // rendered again when what it lists changes.
    let on_contact = use_callback(props.events_to.clone(), |channel: String, target| {
        if let Some(target) = target {
            glue::emit_contact(target, &channel);
        }
    });
    let on_feedback = use_callback(props.events_to.clone(), |(cause, helped): (String, bool), target| {
        if let Some(target) = target {
            glue::emit_feedback(target, &cause, helped);
        }
    });

    let asked = (state.symptoms.clone(), state.query.clone());
    let view = use_memo(asked.clone(), |(symptoms, query)| {
        filter::view(content, filter::shared_index(), symptoms, query)
    });
    let lang = state.lang;
    let t = ui(lang);
    let chosen = !state.symptoms.is_empty() || !view.query.is_empty();
    // The answer card: from a finished diagnosis, else from symptoms or words.
    let diagnosis = use_memo(state.diagnosis.clone(), |replies| {
        replies.as_ref().map(|replies| diagnosis::replay(content, replies))
    });
    let card: Option<(Vec<Hit>, Why)> = match &*diagnosis {
        // Only causes the replies leave and point to; none: the 95588 card.
        Some(p) if p.next.is_none() => Some((
            p.ranked().into_iter().take(5).map(|index| Hit { index, because: vec![], score: 0.0 }).collect(),
            Why::Diagnosed,
        )),
        _ if chosen && !view.causes.is_empty() => {
            Some((view.causes.clone(), if state.symptoms.is_empty() { Why::Typed } else { Why::Picked }))
        }
        _ => None,
    };
    // No guess: a question the articles do not cover, or one that says
    // nothing yet about what is wrong, gets one honest line and 95588.
    let diagnosed = matches!(card, Some((_, Why::Diagnosed)));
    let unsure = match view.matched {
        _ if !state.symptoms.is_empty() || diagnosed => None,
        Match::NotCovered(topic) => Some(Unsure::NotCovered(topic)),
        Match::Vague => Some(Unsure::Vague),
        _ => None,
    };
    let card = if unsure.is_some() { None } else { card };
    let close_call = view.close_call && !state.kept && state.passed == 0;
    let top = card
        .as_ref()
        .and_then(|(hits, _)| hits.get(state.passed))
        .map(|h| content.causes[h.index].cause.get(lang).to_string());
    // Set after the first render: a link opened with symptoms does not scroll
    // the page to the answer card, a tap afterwards does.
    let settled = use_mut_ref(|| false);
    {
        let settled = settled.clone();
        use_effect(move || *settled.borrow_mut() = true);
    }
    // A typed question's answer sits right under the search box, so it shows
    // above a phone's keyboard; Enter moves focus to it.
    let typed = !view.query.is_empty() && state.symptoms.is_empty() && !diagnosed;
    let controls = use_node_ref();
    let search = use_node_ref();
    {
        // Once, as the visitor starts typing: the search box to the top, so
        // the answer under it shows above the keyboard.
        let search = search.clone();
        let by_hand = state.by_hand;
        use_effect_with(typed, move |typed| {
            if *typed && by_hand {
                if let Some(el) = search.cast::<web_sys::Element>() {
                    glue::bring_to_top(&el);
                }
            }
        });
    }
    let to_answer = {
        let controls = controls.clone();
        Callback::from(move |()| glue::focus_within(&controls, "#lh-answer-h"))
    };
    // "Share this answer": the state as a link carries it.
    let share_fragment = params::format_fragment(&params::Shared {
        symptoms: if diagnosed { vec![] } else { state.symptoms.clone() },
        query: if diagnosed { String::new() } else { state.query.clone() },
        diagnosis: if diagnosed { state.diagnosis.clone() } else { None },
        lang: Some(lang),
    });
    let answer = html! {
        <>
            if let Some(unsure) = unsure {
                { unsure_card(lang, unsure, &on_contact) }
            }
            if let Some((hits, why)) = card {
                <AnswerCard {lang} {hits} {why} passed={state.passed} query={view.query.clone()}
                    close_call={close_call && why == Why::Typed}
                    reveal={*settled.borrow() && why != Why::Typed}
                    feedback={state.feedback.clone()} on_feedback={on_feedback.clone()} {share_fragment}
                    dispatch={dispatch.clone()} on_contact={on_contact.clone()} />
            }
        </>
    };
    let jump = {
        let results = results.clone();
        move |_| {
            if let Some(el) = results.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    };

    html! {
        <div class={classes!("lh", props.theme.class())} lang={lang.tag()} part="widget">
            <div class="lh-head" part="header">
                <div>
                    <h2 class="lh-title">{ t.title }</h2>
                    <p class="lh-intro">{ t.intro }</p>
                </div>
                { language_switch(lang, &dispatch) }
                <button type="button" class="lh-link lh-jump" onclick={jump}>{ t.jump_to_results }</button>
            </div>
            <div class="lh-layout">
                <div class="lh-controls" ref={controls}>
                    <div role="search" aria-label={t.search_region} part="search" ref={search}>
                        { search_box(lang, &state.query, &dispatch, &to_answer) }
                    </div>
                    if typed {
                        { answer.clone() }
                    }
                    <CommonSymptoms {lang} chosen={state.symptoms.clone()} dispatch={dispatch.clone()} folded={typed} />
                    if !typed {
                        { answer }
                    }
                    <GuidedDiagnosis {lang} progress={diagnosis.clone()} dispatch={dispatch.clone()} to_answer={to_answer.clone()} />
                    <SymptomPicker {lang} chosen={state.symptoms.clone()} expanded={*expanded} dispatch={dispatch.clone()} />
                </div>
                <ResultsPanel {lang} {asked} at_once={!state.by_hand} show_all={state.show_all}
                    hydrated={*hydrated} done_steps={state.done_steps.clone()} {top} panel={results}
                    dispatch={dispatch.clone()} on_contact={on_contact.clone()} />
            </div>
            { call_bar(lang, &on_contact) }
        </div>
    }
}
