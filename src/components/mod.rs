//! The widget's components, one a file, named for what the visitor sees.
//! They render state; changes go back through the reducer's dispatcher.

mod answer_card;
mod call_bar;
mod cause_table;
mod common_symptoms;
mod contact_list;
mod faq_list;
mod guided_diagnosis;
mod help_widget;
mod language_switch;
mod no_match;
mod result_count;
mod results_panel;
mod safety_notice;
mod search_box;
mod search_note;
mod source_note;
mod step_checklist;
mod story_list;
mod symptom_picker;
mod tip_list;

pub use answer_card::{AnswerCard, Why};
pub use call_bar::CallBar;
pub use cause_table::CauseTable;
pub use common_symptoms::CommonSymptoms;
pub use contact_list::ContactList;
pub use faq_list::FaqList;
pub use guided_diagnosis::GuidedDiagnosis;
pub use help_widget::{HelpWidget, HelpWidgetProps};
pub use language_switch::LanguageSwitch;
pub use no_match::NoMatch;
pub use result_count::ResultCount;
pub use results_panel::ResultsPanel;
pub use safety_notice::SafetyNotice;
pub use search_box::SearchBox;
pub use search_note::SearchNote;
pub use source_note::SourceNote;
pub use step_checklist::StepChecklist;
pub use story_list::StoryList;
pub use symptom_picker::SymptomPicker;
pub use tip_list::TipList;

use crate::content::Lang;
use crate::filter::Hit;
use crate::search::{highlight, Query};
use yew::prelude::*;

/// What a plain list section needs: the language, its hits in rank order,
/// and the query to highlight.
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub lang: Lang,
    pub hits: Vec<Hit>,
    pub query: Query,
}

/// Text with the query's matches wrapped in `<mark>`. The text is only ever
/// rendered as text nodes, never parsed as HTML.
pub fn marked(text: &str, query: &Query) -> Html {
    if query.terms.is_empty() {
        return html! { {text.to_string()} };
    }
    highlight(text, query)
        .into_iter()
        .map(|(run, hit)| {
            if hit {
                html! { <mark>{run}</mark> }
            } else {
                html! { {run} }
            }
        })
        .collect()
}
