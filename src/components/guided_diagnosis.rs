//! "Help me find out": one question at a time with its number, big answers, and 44 px back, start over and close.

use crate::content::{embedded, Lang};
use crate::diagnosis::{about, options, Progress, Question, Reply};
use crate::glue;
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
    /// Moves focus to the answer card once the questions are done.
    #[prop_or_default]
    pub to_answer: Callback<()>,
}

/// "Help me find out": one question at a time ("question 2 of about 4") with
/// big answers, back, start over and close. The recommended cause, or the
/// 95588 card, shows in the answer card.
#[component]
pub fn GuidedDiagnosis(props: &GuidedDiagnosisProps) -> Html {
    let c = embedded();
    let lang = props.lang;
    let t = ui(lang);
    let (section, question, start) = (use_node_ref(), use_node_ref(), use_node_ref());
    let count = props.progress.as_ref().as_ref().map(|p| p.asked.len());
    let done = props.progress.as_ref().as_ref().is_some_and(|p| p.next.is_none());
    // Set by the guide's own buttons: focus follows the visitor's answers
    // (not a link or back/forward) to the next question with its options in
    // view, to the answer once done, to "Help me find out" once closed.
    let acted = use_mut_ref(|| false);
    {
        let (section, question, start, acted) =
            (section.clone(), question.clone(), start.clone(), acted.clone());
        let to_answer = props.to_answer.clone();
        use_effect_with((count, done), move |(count, done)| {
            if std::mem::replace(&mut *acted.borrow_mut(), false) {
                match count {
                    None => {
                        if let Some(button) = start.cast::<web_sys::HtmlElement>() {
                            let _ = button.focus();
                        }
                    }
                    Some(_) if *done => to_answer.emit(()),
                    Some(_) => {
                        if let (Some(q), Some(block)) =
                            (question.cast::<web_sys::HtmlElement>(), section.cast::<web_sys::Element>())
                        {
                            let _ = q.focus();
                            glue::reveal_question(&block, &q);
                        }
                    }
                }
            }
        });
    }
    let act = |action: Action| {
        let (dispatch, acted) = (props.dispatch.clone(), acted.clone());
        move |_: MouseEvent| {
            *acted.borrow_mut() = true;
            dispatch.dispatch(action.clone())
        }
    };
    let total = use_memo(props.progress.clone(), |p| p.as_ref().as_ref().map(|p| about(c, p)));
    let Some(progress) = props.progress.as_ref() else {
        return html! {
            <div class="lh-guide lh-guide-closed" part="guide">
                <button type="button" class="lh-guide-start" ref={start} onclick={act(Action::StartDiagnosis)}>
                    { t.guide_start }
                </button>
                <p class="lh-hint">{ t.guide_intro }</p>
            </div>
        };
    };
    let (text, detail) = match &progress.next {
        None if progress.recommended().is_none() => (t.guide_call.to_string(), None),
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
    let number = progress.number();
    let of = total.unwrap_or(number).max(number);
    html! {
        <section class="lh-guide" aria-labelledby="lh-guide-h" part="guide" ref={section}>
            <h3 id="lh-guide-h">{ t.guide_heading }</h3>
            <p class="lh-guide-q" ref={question} tabindex="-1" aria-live="polite">
                if progress.next.is_some() {
                    <span class="lh-guide-n">
                        { t.guide_progress.replace("{n}", &number.to_string()).replace("{m}", &of.to_string()) }
                    </span>
                }
                { text }
                if let Some(detail) = detail {
                    <span class="lh-hint">{ detail }</span>
                }
            </p>
            if progress.next.is_some() {
                <progress class="lh-guide-progress" aria-hidden="true" max={of.to_string()} value={(number - 1).to_string()}></progress>
            }
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
                    <button type="button" class="lh-guide-back" onclick={act(Action::BackInDiagnosis)}>{ t.guide_back }</button>
                    <button type="button" class="lh-guide-restart" onclick={act(Action::StartDiagnosis)}>{ t.guide_restart }</button>
                }
                <button type="button" class="lh-guide-close" onclick={act(Action::CloseDiagnosis)}>{ t.guide_close }</button>
            </div>
        </section>
    }
}
