//! One way to put things best first, shared by every ranking in the widget.
//! Each `sort_by` on a different type or closure is its own copy of the
//! standard library's sort in the wasm (about 4.5 KiB each); this is the one
//! copy, sorting (key, index) pairs whatever is being ranked. (A hand-written
//! heapsort or merge sort saved 2 KiB more but was half as fast again at
//! 10 000 causes in `examples/bench_filter.rs`.)

/// The indices of `keys`, highest key first; equal keys keep their order.
pub fn best_first(keys: &[f64]) -> Vec<usize> {
    let mut order: Vec<(f64, usize)> = keys.iter().copied().zip(0..).collect();
    order.sort_by(|a, b| b.0.total_cmp(&a.0));
    order.into_iter().map(|(_, i)| i).collect()
}

/// `items` reordered by [`best_first`] of their `keys`.
pub fn in_order<T>(items: Vec<T>, keys: &[f64]) -> Vec<T> {
    if keys.windows(2).all(|w| w[0] >= w[1]) {
        // Already best first (or every key equal, as with nothing asked).
        return items;
    }
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    best_first(keys).into_iter().filter_map(|i| slots.get_mut(i)?.take()).collect()
}

#[cfg(test)]
mod tests {
    use super::{best_first, in_order};

    #[test]
    fn highest_first_and_ties_keep_their_order() {
        assert_eq!(best_first(&[1.0, 3.0, 2.0, 3.0, -1.0, 0.0]), [1, 3, 2, 0, 5, 4]);
        assert_eq!(best_first(&[]), Vec::<usize>::new());
        assert_eq!(best_first(&[0.5; 4]), [0, 1, 2, 3]);
    }

    #[test]
    fn items_are_moved_into_order_or_kept_when_already_in_it() {
        assert_eq!(in_order(vec!["b", "a", "c"], &[2.0, 3.0, 1.0]), ["a", "b", "c"]);
        assert_eq!(in_order(vec!["x", "y", "z"], &[1.0, 1.0, 1.0]), ["x", "y", "z"]);
        assert_eq!(in_order(Vec::<&str>::new(), &[]), Vec::<&str>::new());
    }

    #[test]
    fn agrees_with_a_stable_sort_by_total_cmp() {
        let keys: Vec<f64> = (0..500u32).map(|i| f64::from((i * 7919) % 97) / 7.0 - 3.0).collect();
        let mut expected: Vec<usize> = (0..keys.len()).collect();
        expected.sort_by(|a, b| keys[*b].total_cmp(&keys[*a]));
        assert_eq!(best_first(&keys), expected);
    }
}
