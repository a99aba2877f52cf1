use super::*;
use crate::content::{embedded, Lang};
use crate::filter::{self, Hit};
use crate::glue;
use crate::i18n::ui;
use crate::params::Theme;
use crate::state::Action;
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
        move || glue::initial_state(&props)
    });
    let dispatch = state.dispatcher();
    let expanded = use_state(glue::wide_viewport);
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
    use_on_change(state.done_steps.clone(), |done| glue::save_done_steps(done));
    {
        let target = props.events_to.clone();
        use_on_change((state.symptoms.clone(), state.query.clone(), state.lang), move |(s, q, l)| {
            if let Some(target) = target {
                glue::emit_change(&target, s, q, *l);
            }
        });
    }
    glue::use_url_sync(props.sync_url, &state, default_lang, dispatch.clone());

    let on_contact = {
        let target = props.events_to.clone();
        Callback::from(move |channel: String| {
            if let Some(target) = &target {
                glue::emit_contact(target, &channel);
            }
        })
    };

    let view = use_memo((state.symptoms.clone(), state.query.clone()), |(symptoms, query)| {
        filter::view(content, filter::shared_index(), symptoms, query)
    });
    let lang = state.lang;
    let t = ui(lang);
    let q = view.query.clone();
    let all_steps: Vec<Hit> =
        (0..content.steps.len()).map(|index| Hit { index, because: vec![], score: 0.0 }).collect();

    html! {
        <div class={classes!("lh", props.theme.class())} lang={lang.tag()}>
            <header class="lh-head">
                <div>
                    <h2 class="lh-title">{ t.title }</h2>
                    <p class="lh-intro">{ t.intro }</p>
                </div>
                <LanguageSwitch {lang} dispatch={dispatch.clone()} />
            </header>
            <div class="lh-layout">
                <div class="lh-controls">
                    <SearchBox {lang} query={state.query.clone()} dispatch={dispatch.clone()} />
                    <SymptomPicker {lang} chosen={state.symptoms.clone()} expanded={*expanded} dispatch={dispatch.clone()} />
                </div>
                <div class="lh-results">
                    <ResultCount {lang} causes={view.causes.len()} answers={view.faqs.len()} stories={view.stories.len()} />
                    <SearchNote {lang} matched={view.matched} suggestions={view.suggestions.clone()}
                        truncated={view.query.truncated} dispatch={dispatch.clone()} />
                    if view.is_empty() {
                        <NoMatch {lang} />
                        <StepChecklist {lang} hits={all_steps} query={q.clone()}
                            done={state.done_steps.clone()} dispatch={dispatch.clone()} />
                    } else {
                        if !view.causes.is_empty() {
                            <CauseTable {lang} hits={view.causes.clone()} query={q.clone()} ranked={!state.symptoms.is_empty()} />
                        }
                        if !view.faqs.is_empty() {
                            <FaqList {lang} hits={view.faqs.clone()} query={q.clone()} />
                        }
                        if !view.stories.is_empty() {
                            <StoryList {lang} hits={view.stories.clone()} query={q.clone()} />
                        }
                        if !view.steps.is_empty() {
                            <StepChecklist {lang} hits={view.steps.clone()} query={q.clone()}
                                done={state.done_steps.clone()} dispatch={dispatch.clone()} />
                        }
                        if !view.tips.is_empty() {
                            <TipList {lang} hits={view.tips.clone()} query={q.clone()} />
                        }
                    }
                    <ContactList {lang} hits={view.channels.clone()} query={q.clone()} {on_contact} />
                    <SafetyNotice {lang} />
                </div>
            </div>
        </div>
    }
}
