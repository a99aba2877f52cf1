use crate::content::{embedded, Lang, SourceRef};
use crate::i18n::{join, ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceNoteProps {
    pub lang: Lang,
    pub source: Option<SourceRef>,
    /// Ids of the app versions the source passage was written against.
    #[prop_or_default]
    pub versions: Vec<String>,
}

/// "From the article: …" under an item: the quote it rests on, in the
/// article's own language, and the app versions that passage was written for.
#[component]
pub fn SourceNote(props: &SourceNoteProps) -> Html {
    let t = ui(props.lang);
    let c = embedded();
    let versions: Vec<String> = props
        .versions
        .iter()
        .filter_map(|id| c.environment.iter().find(|e| &e.id == id))
        .map(|e| [e.name.get(props.lang), " ", &e.version].concat())
        .collect();
    let versions: Vec<&str> = versions.iter().map(String::as_str).collect();
    html! {
        <>
            if let Some(source) = &props.source {
                <p class="lh-source">
                    { t.from_article }<q lang={source.article.tag()}>{ source.quote.clone() }</q>
                </p>
            }
            if !versions.is_empty() {
                <p class="lh-env">{ t.environment }{ join(props.lang, &versions) }</p>
            }
        </>
    }
}
