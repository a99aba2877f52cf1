//! What the widget says when nothing matches.

use crate::content::Lang;
use crate::i18n::ui;
use yew::prelude::*;

/// Said when nothing matches; the widget shows the steps and channels after it.
pub fn no_match(lang: Lang) -> Html {
    let t = ui(lang);
    html! {
        <div class="lh-nomatch">
            <h3>{ t.no_match_heading }</h3>
            <p>{ t.no_match_text }</p>
        </div>
    }
}
