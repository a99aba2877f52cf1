//! Build-time rendering of the widget's default view into HTML with yew's server renderer (native only).
//!
//! For the help pages and the snippets embedders paste: the browser paints
//! it at once and the wasm hydrates it.

use crate::components::HelpWidgetProps;
use crate::content::Lang;
use crate::glue::{Hosted, HostedProps};

/// The widget's default view in `lang`, as the markup the wasm hydrates
/// (the same props `LoginHelpWidget::hydrate` reads from the element).
pub fn widget_html(lang: Lang) -> String {
    let props = HostedProps {
        widget: HelpWidgetProps { lang: Some(lang), prerendered: true, ..HelpWidgetProps::default() },
        session: 0,
    };
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a tokio runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, yew::LocalServerRenderer::<Hosted>::with_props(props).render())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prerendered_default_view_holds_the_article_and_the_hotline() {
        let zh = widget_html(Lang::Zh);
        assert!(zh.contains("lang=\"zh-CN\""));
        assert!(zh.contains("tel:95588"));
        // Without JavaScript the "show all" disclosure holds the FAQ, stories and tips.
        for heading in ["lh-faq-h", "lh-stories-h", "lh-tips-h", "lh-causes-h", "lh-steps-h", "lh-notice-h"] {
            assert!(zh.contains(heading), "{heading} missing");
        }
        let en = widget_html(Lang::En);
        assert!(en.contains("lang=\"en\""));
        assert!(en.contains("Can&#x27;t log in") || en.contains("Can't log in"));
    }
}
