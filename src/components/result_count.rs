use crate::content::Lang;
use crate::i18n::result_count;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultCountProps {
    pub lang: Lang,
    pub causes: usize,
    pub answers: usize,
    pub stories: usize,
}

/// How much matches, announced politely to screen readers as it changes.
#[component]
pub fn ResultCount(props: &ResultCountProps) -> Html {
    html! {
        <p class="lh-count" role="status" aria-live="polite">
            { result_count(props.lang, props.causes, props.answers, props.stories) }
        </p>
    }
}
