//! The card shown instead of a guess: a topic the articles do not cover, or a question too vague for a cause.

use crate::content::{embedded, Lang};
use crate::i18n::ui;
use yew::prelude::*;

/// Why the widget does not name a cause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unsure {
    /// The index of the topic in `Content::uncovered`.
    NotCovered(usize),
    Vague,
}

/// One line saying what the widget cannot answer, then 95588 first and the
/// branch, with the same hotline link and `login-help:contact` event as
/// everywhere else.
pub fn unsure_card(lang: Lang, unsure: Unsure, on_contact: &Callback<String>) -> Html {
    let t = ui(lang);
    let (kind, heading, text) = match unsure {
        Unsure::NotCovered(topic) => {
            let name = embedded().uncovered.get(topic).map_or("", |u| u.name.get(lang));
            ("not-covered", t.not_covered_heading.replace("{}", name), t.not_covered_text)
        }
        Unsure::Vague => ("vague", t.vague_heading.to_string(), t.vague_text),
    };
    let branch = embedded().channels.iter().find(|c| c.id == "branch");
    let on_contact = on_contact.clone();
    html! {
        <section class="lh-answer-card lh-unsure" id="lh-answer-card" aria-labelledby="lh-answer-h"
            data-unsure={kind} part="answer">
            <h3 id="lh-answer-h" tabindex="-1">{ heading }</h3>
            <p>{ text }</p>
            <a class="lh-call" href="tel:95588" onclick={move |_| on_contact.emit("hotline".into())}>
                { t.call }{ " 95588" }
            </a>
            if let Some(branch) = branch {
                <p class="lh-unsure-branch"><strong>{ branch.name.get(lang) }</strong>{ ": " }{ branch.text.get(lang) }</p>
            }
        </section>
    }
}
