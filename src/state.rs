//! The widget's state and the one reducer every change goes through.

use crate::content::Lang;
use crate::diagnosis::Reply;
use std::rc::Rc;
use yew::Reducible;

/// The longest query kept: a paste of a whole page is cut here, so every
/// later keystroke stays cheap (the search itself reads fewer characters).
pub const MAX_QUERY_INPUT: usize = 1000;

fn capped(mut query: String) -> String {
    if let Some((end, _)) = query.char_indices().nth(MAX_QUERY_INPUT) {
        query.truncate(end);
    }
    query
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub lang: Lang,
    /// Chosen symptom ids, in the order they were picked.
    pub symptoms: Vec<String>,
    pub query: String,
    /// Ids of the steps ticked off in the checklist.
    pub done_steps: Vec<String>,
    /// The guided diagnosis: None until started, then the replies so far
    /// (the questions are derived from them).
    pub diagnosis: Option<Vec<Reply>>,
    /// How many likely causes the visitor has passed with "Didn't help?".
    pub passed: usize,
    /// The visitor answered "Is it A or B?" with A.
    pub kept: bool,
    /// The whole article view shown with nothing chosen.
    pub show_all: bool,
    /// The last change of symptoms or query was the visitor's own typing or
    /// tapping, which the results column follows once they pause; a link,
    /// an attribute or back/forward shows everything at once.
    pub by_hand: bool,
    /// "Did this help?" answered: cause id and whether it helped, in order.
    pub feedback: Vec<(String, bool)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ToggleSymptom(String),
    RemoveSymptom(String),
    ClearSymptoms,
    SetSymptoms(Vec<String>),
    SetQuery(String),
    SetLang(Lang),
    ToggleStep(String),
    ResetSteps,
    /// The checklist as saved by another widget or tab.
    SetSteps(Vec<String>),
    /// Starts the guided diagnosis afresh (also "start over").
    StartDiagnosis,
    Answer(Reply),
    /// One question back.
    BackInDiagnosis,
    CloseDiagnosis,
    /// "Didn't help?": on to the next likely cause.
    NextCause,
    /// "Is it A or B?" answered with A: keep the first cause.
    KeepCause,
    ShowAll,
    /// "Did this help?" answered for a cause.
    Feedback {
        cause: String,
        helped: bool,
    },
    /// Everything at once: the state a prerendered widget takes over after
    /// its first paint.
    Replace(State),
    /// From a link or back/forward: symptoms and query, the diagnosis, and
    /// the language if given.
    Restore {
        symptoms: Vec<String>,
        query: String,
        diagnosis: Option<Vec<Reply>>,
        lang: Option<Lang>,
    },
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let by_hand = matches!(
            action,
            Action::ToggleSymptom(_) | Action::RemoveSymptom(_) | Action::ClearSymptoms | Action::SetQuery(_)
        );
        match action {
            Action::ToggleSymptom(id) => {
                if let Some(pos) = next.symptoms.iter().position(|s| *s == id) {
                    next.symptoms.remove(pos);
                } else {
                    next.symptoms.push(id);
                }
            }
            Action::RemoveSymptom(id) => next.symptoms.retain(|s| *s != id),
            Action::ClearSymptoms => next.symptoms.clear(),
            Action::SetSymptoms(ids) => next.symptoms = ids,
            Action::SetQuery(q) => next.query = capped(q),
            Action::SetLang(lang) => next.lang = lang,
            Action::ToggleStep(id) => {
                if let Some(pos) = next.done_steps.iter().position(|s| *s == id) {
                    next.done_steps.remove(pos);
                } else {
                    next.done_steps.push(id);
                }
            }
            Action::ResetSteps => next.done_steps.clear(),
            Action::SetSteps(ids) => next.done_steps = ids,
            Action::Replace(state) => next = state,
            Action::StartDiagnosis => next.diagnosis = Some(Vec::new()),
            Action::Answer(reply) => next.diagnosis.get_or_insert_with(Vec::new).push(reply),
            Action::BackInDiagnosis => {
                if let Some(replies) = &mut next.diagnosis {
                    replies.pop();
                }
            }
            Action::CloseDiagnosis => next.diagnosis = None,
            Action::NextCause => next.passed += 1,
            Action::KeepCause => next.kept = true,
            Action::ShowAll => next.show_all = true,
            Action::Feedback { cause, helped } => {
                next.feedback.retain(|(id, _)| *id != cause);
                next.feedback.push((cause, helped));
            }
            Action::Restore { symptoms, query, diagnosis, lang } => {
                next.symptoms = symptoms;
                next.query = capped(query);
                next.diagnosis = diagnosis;
                if let Some(lang) = lang {
                    next.lang = lang;
                }
            }
        }
        // A new question or answer starts again from the most likely cause.
        if next.symptoms != self.symptoms || next.query != self.query || next.diagnosis != self.diagnosis {
            next.passed = 0;
            next.kept = false;
        }
        if next.symptoms != self.symptoms || next.query != self.query {
            next.by_hand = by_hand;
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(state: State, actions: Vec<Action>) -> State {
        let mut s = Rc::new(state);
        for a in actions {
            s = s.reduce(a);
        }
        (*s).clone()
    }

    #[test]
    fn toggling_keeps_pick_order() {
        let s = apply(
            State::default(),
            vec![
                Action::ToggleSymptom("a".into()),
                Action::ToggleSymptom("b".into()),
                Action::ToggleSymptom("c".into()),
                Action::ToggleSymptom("a".into()),
                Action::RemoveSymptom("c".into()),
            ],
        );
        assert_eq!(s.symptoms, ["b"]);
        assert!(apply(s, vec![Action::ClearSymptoms]).symptoms.is_empty());
    }

    #[test]
    fn restore_keeps_language_unless_given_and_steps_always() {
        let start = State { lang: Lang::En, done_steps: vec!["basic-checks".into()], ..State::default() };
        let s = apply(
            start,
            vec![Action::Restore {
                symptoms: vec!["x".into()],
                query: "q".into(),
                diagnosis: None,
                lang: None,
            }],
        );
        assert_eq!((s.lang, s.query.as_str(), s.done_steps.len()), (Lang::En, "q", 1));
        let s = apply(s, vec![Action::ToggleStep("basic-checks".into()), Action::SetLang(Lang::Zh)]);
        assert!(s.done_steps.is_empty());
        assert_eq!(s.lang, Lang::Zh);
    }

    #[test]
    fn a_pasted_page_is_kept_only_up_to_the_cap() {
        let long = "密码".repeat(MAX_QUERY_INPUT);
        let s = apply(State::default(), vec![Action::SetQuery(long)]);
        assert_eq!(s.query.chars().count(), MAX_QUERY_INPUT);
        assert!(s.query.chars().all(|c| c == '密' || c == '码'));
    }

    #[test]
    fn diagnosis_replies_go_forward_and_back_and_passing_resets() {
        let s = apply(
            State::default(),
            vec![
                Action::StartDiagnosis,
                Action::Answer(Reply::Pick("account".into())),
                Action::Answer(Reply::Yes),
                Action::BackInDiagnosis,
                Action::NextCause,
                Action::NextCause,
            ],
        );
        assert_eq!(s.diagnosis, Some(vec![Reply::Pick("account".into())]));
        assert_eq!(s.passed, 2);
        let s = apply(s, vec![Action::Answer(Reply::No)]);
        assert_eq!(s.passed, 0, "a new answer starts from the most likely cause");
        let s = apply(s, vec![Action::StartDiagnosis]);
        assert_eq!(s.diagnosis, Some(vec![]));
        assert_eq!(apply(s, vec![Action::CloseDiagnosis]).diagnosis, None);
    }

    #[test]
    fn typing_and_tapping_are_by_hand_links_and_attributes_are_not() {
        let typed = apply(State::default(), vec![Action::SetQuery("otp".into())]);
        assert!(typed.by_hand);
        let restored = Action::Restore { symptoms: vec![], query: "sms".into(), diagnosis: None, lang: None };
        assert!(!apply(typed.clone(), vec![restored]).by_hand);
        assert!(!apply(typed.clone(), vec![Action::SetSymptoms(vec!["x".into()])]).by_hand);
        assert!(
            apply(
                typed.clone(),
                vec![Action::SetSymptoms(vec!["x".into()]), Action::ToggleSymptom("y".into())]
            )
            .by_hand
        );
        // A change elsewhere keeps how the symptoms and query last changed.
        assert!(apply(typed, vec![Action::SetLang(Lang::En), Action::ToggleStep("s".into())]).by_hand);
    }

    #[test]
    fn feedback_is_kept_once_a_cause_and_survives_a_new_question() {
        let fb = |cause: &str, helped| Action::Feedback { cause: cause.into(), helped };
        let s = apply(
            State::default(),
            vec![fb("a", false), fb("b", true), fb("a", true), Action::SetQuery("x".into())],
        );
        assert_eq!(s.feedback, [("b".to_string(), true), ("a".to_string(), true)]);
    }

    #[test]
    fn unchanged_state_is_the_same_rc() {
        let s = Rc::new(State::default());
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::ClearSymptoms)));
    }
}
