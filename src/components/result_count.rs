use crate::content::Lang;
use crate::i18n::{article_count, result_count, ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultCountProps {
    pub lang: Lang,
    pub causes: usize,
    pub answers: usize,
    pub stories: usize,
    /// Nothing chosen yet: say what the article holds, not "found".
    #[prop_or_default]
    pub article: bool,
    /// The most likely cause, announced with the count.
    #[prop_or_default]
    pub top: Option<String>,
}

/// How much matches, and the most likely cause, announced politely to screen
/// readers as it changes.
#[component]
pub fn ResultCount(props: &ResultCountProps) -> Html {
    let count = if props.article {
        article_count(props.lang, props.causes, props.answers, props.stories)
    } else {
        result_count(props.lang, props.causes, props.answers, props.stories)
    };
    html! {
        <p class="lh-count" role="status" aria-live="polite">
            { count }
            if let Some(top) = &props.top {
                <span class="lh-visually-hidden">{ "; " }{ ui(props.lang).answer_kicker }{ ": " }{ top.clone() }</span>
            }
        </p>
    }
}
