//! "Help me find out": one question at a time, with big answers, back, start over and close.

use crate::content::{embedded, Lang};
use crate::diagnosis::{options, Progress, Question, Reply};
use crate::i18n::ui;
use crate::state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GuidedDiagnosisProps {
    pub lang: Lang,
    /// None until started; then where the replies so far have led (replayed
    /// once by the widget, which also needs it for the answer card).
    pub progress: Rc<Option<Progress>>,
    pub dispatch: UseReducerDispatcher<State>,
}

/// "Help me find out": one question at a time with big answers, back, start
/// over and close. The recommended cause shows in the answer card.
#[component]
pub fn GuidedDiagnosis(props: &GuidedDiagnosisProps) -> Html {
    let c = embedded();
    let lang = props.lang;
    let t = ui(lang);
    let heading = use_node_ref();
    let count = props.progress.as_ref().as_ref().map(|p| p.asked.len());
    {
        // Follow the visitor's answers with focus, so a keyboard or screen
        // reader lands on the next question (not on first render).
        let heading = heading.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(count, move |count| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) && count.is_some() {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
    let act = |action: Action| {
        let dispatch = props.dispatch.clone();
        move |_: MouseEvent| dispatch.dispatch(action.clone())
    };
    let Some(progress) = props.progress.as_ref() else {
        return html! {
            <div class="lh-guide lh-guide-closed" part="guide">
                <button type="button" class="lh-guide-start" onclick={act(Action::StartDiagnosis)}>
                    { t.guide_start }
                </button>
                <p class="lh-hint">{ t.guide_intro }</p>
            </div>
        };
    };
    let number = progress.asked.iter().filter(|(_, r)| *r != Reply::NotSure).count() + 1;
    let (question, detail) = match &progress.next {
        None => (t.guide_done.to_string(), None),
        Some(Question::Area) => (t.guide_area.to_string(), None),
        Some(Question::Which(k)) => (t.guide_which.replace("{}", c.categories[*k].label.get(lang)), None),
        Some(Question::Has(s)) => {
            let s = &c.symptoms[*s];
            ([s.label.get(lang), if lang.is_chinese() { "？" } else { "?" }].concat(), Some(s.hint.get(lang)))
        }
    };
    let label = |reply: &Reply| -> String {
        match reply {
            Reply::Pick(id) => c
                .categories
                .iter()
                .find(|x| &x.id == id)
                .map(|x| x.label.get(lang))
                .or_else(|| c.symptom(id).map(|s| s.label.get(lang)))
                .unwrap_or(id)
                .to_string(),
            Reply::Yes => t.guide_yes.into(),
            Reply::No => t.guide_no.into(),
            Reply::NoneOfThese => t.guide_none.into(),
            Reply::NotSure => t.guide_not_sure.into(),
        }
    };
    let choices: Vec<Reply> = progress.next.as_ref().map(|q| options(c, q)).unwrap_or_default();
    html! {
        <section class="lh-guide" aria-labelledby="lh-guide-h" part="guide">
            <h3 id="lh-guide-h">{ t.guide_heading }</h3>
            <p class="lh-guide-q" ref={heading} tabindex="-1" aria-live="polite">
                if progress.next.is_some() {
                    <span class="lh-guide-n">{ number.to_string() }{ ". " }</span>
                }
                { question }
                if let Some(detail) = detail {
                    <span class="lh-hint">{ detail }</span>
                }
            </p>
            if !choices.is_empty() {
                <ul class="lh-guide-options">
                    { for choices.iter().chain([&Reply::NotSure]).map(|reply| html! {
                        <li key={reply.token().to_string()}>
                            <button type="button" class={classes!("lh-option", (*reply == Reply::NotSure).then_some("lh-option-quiet"))}
                                data-reply={reply.token().to_string()}
                                onclick={act(Action::Answer(reply.clone()))}>
                                { label(reply) }
                            </button>
                        </li>
                    }) }
                </ul>
            }
            <div class="lh-guide-nav">
                if !progress.asked.is_empty() {
                    <button type="button" class="lh-link" onclick={act(Action::BackInDiagnosis)}>{ t.guide_back }</button>
                    <button type="button" class="lh-link" onclick={act(Action::StartDiagnosis)}>{ t.guide_restart }</button>
                }
                <button type="button" class="lh-link" onclick={act(Action::CloseDiagnosis)}>{ t.guide_close }</button>
            </div>
        </section>
    }
}
