//! One way to put things best first, shared by every ranking in the widget.
//! Each `sort_by` on a different type or closure is its own copy of the
//! standard library's sort in the wasm (about 4.5 KiB each); this is one
//! sort of plain integers, whatever is being ranked.

/// The indices of `keys`, highest key first; equal keys keep their order.
pub fn best_first(keys: &[f64]) -> Vec<usize> {
    let mut packed: Vec<u128> =
        keys.iter().enumerate().map(|(i, k)| (u128::from(!ascending_bits(*k)) << 64) | i as u128).collect();
    // The index in the low half makes equal keys come out in their first order.
    packed.sort_unstable();
    packed.into_iter().map(|p| p as u64 as usize).collect()
}

/// `items` reordered by [`best_first`] of their `keys`.
pub fn in_order<T>(items: Vec<T>, keys: &[f64]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    best_first(keys).into_iter().filter_map(|i| slots.get_mut(i)?.take()).collect()
}

/// `f64` bits mapped so that comparing them as integers is `f64::total_cmp`.
fn ascending_bits(x: f64) -> u64 {
    let b = x.to_bits();
    if b >> 63 == 1 {
        !b
    } else {
        b | 1 << 63
    }
}

#[cfg(test)]
mod tests {
    use super::best_first;

    #[test]
    fn highest_first_and_ties_keep_their_order() {
        assert_eq!(best_first(&[1.0, 3.0, 2.0, 3.0, -1.0, 0.0]), [1, 3, 2, 0, 5, 4]);
        assert_eq!(best_first(&[]), Vec::<usize>::new());
        assert_eq!(best_first(&[0.5; 4]), [0, 1, 2, 3]);
    }

    #[test]
    fn agrees_with_a_stable_sort_by_total_cmp() {
        let keys: Vec<f64> = (0..500u32).map(|i| f64::from((i * 7919) % 97) / 7.0 - 3.0).collect();
        let mut expected: Vec<usize> = (0..keys.len()).collect();
        expected.sort_by(|a, b| keys[*b].total_cmp(&keys[*a]));
        assert_eq!(best_first(&keys), expected);
    }
}
