//! The count of what matches and the most likely cause, announced politely to screen readers.

use crate::content::Lang;
use crate::i18n::{article_count, ui};
use yew::prelude::*;

/// How many causes, answers and stories match.
pub struct Counts {
    pub causes: usize,
    pub answers: usize,
    pub stories: usize,
}

/// How much matches, and the most likely cause (`top`), announced politely
/// to screen readers as it changes. With nothing chosen yet (`article`) it
/// says what the article holds, not what was found.
pub fn result_count(lang: Lang, n: Counts, article: bool, top: Option<&str>) -> Html {
    let count = if article {
        article_count(lang, n.causes, n.answers, n.stories)
    } else {
        crate::i18n::result_count(lang, n.causes, n.answers, n.stories)
    };
    html! {
        <p class="lh-count" role="status" aria-live="polite">
            { count }
            if let Some(top) = top {
                <span class="lh-visually-hidden">{ "; " }{ ui(lang).answer_kicker }{ ": " }{ top.to_string() }</span>
            }
        </p>
    }
}
