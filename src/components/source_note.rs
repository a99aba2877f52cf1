//! "From the article: …": the quote an item rests on, and the app versions its passage was written for.

use crate::content::{embedded, to_hant, Lang, SourceRef};
use crate::i18n::{join, ui};
use yew::prelude::*;

/// "From the article: …" under an item: the quote it rests on, in the
/// article's own language (the Chinese one in the reader's script), and the app versions (ids in `versions`) that
/// passage was written for.
pub fn source_note(lang: Lang, source: Option<&SourceRef>, versions: &[String]) -> Html {
    let t = ui(lang);
    let c = embedded();
    let versions: Vec<String> = versions
        .iter()
        .filter_map(|id| c.environment.iter().find(|e| &e.id == id))
        .map(|e| [e.name.get(lang), " ", &e.version].concat())
        .collect();
    let versions: Vec<&str> = versions.iter().map(String::as_str).collect();
    html! {
        <>
            if let Some(source) = source {
                <p class="lh-source">
                    { t.from_article }{ quote(lang, source) }
                </p>
            }
            if !versions.is_empty() {
                <p class="lh-env">{ t.environment }{ join(lang, &versions) }</p>
            }
        </>
    }
}

fn quote(lang: Lang, source: &SourceRef) -> Html {
    if lang == Lang::Hant && source.article == Lang::Zh {
        html! { <q lang={Lang::Hant.tag()}>{ to_hant(&source.quote) }</q> }
    } else {
        html! { <q lang={source.article.tag()}>{ source.quote.clone() }</q> }
    }
}
