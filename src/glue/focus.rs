//! Focus and scrolling: focus kept near a control that goes, arrow keys in a group, an element revealed.

use super::settle::after_next_paint;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement};
use yew::NodeRef;

/// Before a focused control disappears (a chip being removed, "clear all"),
/// moves focus to the next chip, else the previous one, else the section's
/// heading, so keyboard users are not dropped back at the top of the page.
pub fn keep_focus_nearby(event: &Event) {
    let Some(control) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let item = control.closest("li").ok().flatten();
    let neighbour = item
        .as_ref()
        .and_then(|li| li.next_element_sibling().or_else(|| li.previous_element_sibling()))
        .and_then(|li| li.query_selector("button").ok().flatten());
    let heading = || control.closest("section").ok().flatten()?.query_selector("h3").ok().flatten();
    if let Some(el) = neighbour.or_else(heading).and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Moves focus from the button of one list item to the button of the item
/// `step` places before or after it (arrow keys in a one-stop group).
pub fn focus_neighbour(event: &Event, step: i32) {
    let Some(control) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let mut item = control.closest("li").ok().flatten();
    for _ in 0..step.unsigned_abs() {
        item =
            item.and_then(
                |li| if step > 0 { li.next_element_sibling() } else { li.previous_element_sibling() },
            );
    }
    let button = item.and_then(|li| li.query_selector("button").ok().flatten());
    if let Some(el) = button.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The first element inside `root` matching `selector`.
fn find_within(root: &NodeRef, selector: &str) -> Option<Element> {
    root.cast::<Element>().and_then(|r| r.query_selector(selector).ok().flatten())
}

/// Whether something inside `root` matches `selector`.
pub fn matches_within(root: &NodeRef, selector: &str) -> bool {
    find_within(root, selector).is_some()
}

/// Focuses the element matching `selector` inside `root`, if both exist.
pub fn focus_within(root: &NodeRef, selector: &str) {
    if let Some(el) = find_within(root, selector).and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Scrolls an element into view only as far as needed, smoothly unless the
/// visitor prefers less motion; focus stays where it is.
pub fn reveal(element: &Element) {
    scroll_into_view(element, web_sys::ScrollLogicalPosition::Nearest);
}

/// Shows a question with its options: the whole `block` if it fits the
/// viewport (with its scroll margins, the call bar's among them), else
/// `question` at the top with as many options under it as fit.
pub fn reveal_question(block: &Element, question: &Element) {
    let fits = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .is_some_and(|h| f64::from(block.client_height()) + 100.0 <= h);
    if fits {
        scroll_into_view(block, web_sys::ScrollLogicalPosition::Nearest);
    } else {
        scroll_into_view(question, web_sys::ScrollLogicalPosition::Start);
    }
}

/// Scrolls an element to the top of the (visual) viewport, so that what
/// follows it shows above a phone's soft keyboard.
pub fn bring_to_top(element: &Element) {
    scroll_into_view(element, web_sys::ScrollLogicalPosition::Start);
}

fn scroll_into_view(element: &Element, block: web_sys::ScrollLogicalPosition) {
    let calm = web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches());
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_behavior(if calm {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    // After the next frame is painted: scrolling forces a layout, which would
    // otherwise delay the paint that answers the tap.
    let element = element.clone();
    after_next_paint(move || element.scroll_into_view_with_scroll_into_view_options(&options));
}
