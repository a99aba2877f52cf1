//! The widget's components, one a file, named for what the visitor sees.
//! They render state; changes go back through the reducer's dispatcher.
//! The parts without hooks of their own are plain functions returning
//! `Html`: each yew component type is its own copy of yew's mounting,
//! hydrating and diffing code in the wasm (about 0.7 KiB gzip each).

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
mod results_listing;
mod results_panel;
mod safety_notice;
mod search_box;
mod search_note;
mod source_note;
mod step_checklist;
mod story_list;
mod symptom_picker;
mod tip_list;
mod unsure_card;

pub use answer_card::{AnswerCard, Why};
pub use call_bar::call_bar;
pub use cause_table::cause_table;
pub use common_symptoms::CommonSymptoms;
pub use contact_list::contact_list;
pub use faq_list::faq_list;
pub use guided_diagnosis::GuidedDiagnosis;
pub use help_widget::{HelpWidget, HelpWidgetProps};
pub use language_switch::language_switch;
pub use no_match::no_match;
pub use result_count::{result_count, Counts};
pub use results_listing::ResultsListing;
pub use results_panel::ResultsPanel;
pub use safety_notice::safety_notice;
pub use search_box::search_box;
pub use search_note::search_note;
pub use source_note::source_note;
pub use step_checklist::StepChecklist;
pub use story_list::story_list;
pub use symptom_picker::SymptomPicker;
pub use tip_list::tip_list;
pub use unsure_card::{unsure_card, Unsure};

use crate::search::{highlight, Query};
use yew::prelude::*;

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
