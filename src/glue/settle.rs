//! When the page follows the state: after the next paint, and once typing or tapping pauses (`use_settled`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Runs `f` in the frame after the next one, once the next has been painted.
pub(super) fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let later = window.clone();
    let second = Closure::once_into_js(move || {
        let _ = later.request_animation_frame(Closure::once_into_js(f).unchecked_ref());
    });
    let _ = window.request_animation_frame(second.unchecked_ref());
}

/// How long typing or tapping must pause before the results column follows.
const SETTLE_MS: u32 = 120;

/// `value` as the results column shows it: at once when `at_once`, else
/// once it has not changed for `SETTLE_MS`. The search box, the chips and
/// the answer card answer every keystroke and tap in the next frame; the
/// column below, whose layout is most of the work, follows each pause.
#[hook]
pub fn use_settled<T: Clone + PartialEq + 'static>(value: &T, at_once: bool) -> T {
    let settled = use_mut_ref(|| value.clone());
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let update = use_force_update();
    if at_once {
        *settled.borrow_mut() = value.clone();
    }
    {
        let settled = settled.clone();
        use_effect_with(value.clone(), move |value| {
            let value = value.clone();
            let stale = *settled.borrow() != value;
            *pending.borrow_mut() = stale.then(|| {
                gloo::timers::callback::Timeout::new(SETTLE_MS, move || {
                    *settled.borrow_mut() = value;
                    update.force_update();
                })
            });
        });
    }
    let shown = settled.borrow().clone();
    shown
}
