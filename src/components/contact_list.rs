//! The official channels, the hotline as a `tel:` link; opening one is reported to the host page.

use super::marked;
use crate::content::{embedded, Lang};
use crate::filter::Hit;
use crate::i18n::ui;
use crate::search::Query;
use yew::prelude::*;

/// The official channels; the hotline as a `tel:` link. `on_contact` is
/// called with the channel id when the visitor opens a channel.
pub fn contact_list(lang: Lang, hits: &[Hit], q: &Query, on_contact: &Callback<String>) -> Html {
    let c = embedded();
    let t = ui(lang);
    html! {
        <section class="lh-section lh-contact" aria-labelledby="lh-contact-h" part="contacts">
            <h3 id="lh-contact-h">{ t.channels_heading }</h3>
            <ul class="lh-cards">
                { for hits.iter().map(|hit| {
                    let x = &c.channels[hit.index];
                    let on_click = {
                        let on_contact = on_contact.clone();
                        let id = x.id.clone();
                        Callback::from(move |_: MouseEvent| on_contact.emit(id.clone()))
                    };
                    html! {
                        <li key={x.id.clone()} data-kind="channel" data-id={x.id.clone()} class="lh-card">
                            <h4>{ marked(x.name.get(lang), q) }</h4>
                            <p>{ marked(x.text.get(lang), q) }</p>
                            if let Some(phone) = &x.phone {
                                <a class="lh-call" href={format!("tel:{phone}")} onclick={on_click}>
                                    { t.call }{ " " }{ phone.clone() }
                                </a>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
