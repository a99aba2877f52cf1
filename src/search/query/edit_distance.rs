//! The bounded edit distance behind typo matching, and the cheap letter
//! count bound checked before it.

/// How often each letter a–z occurs (other bytes are counted together).
pub(super) fn letter_counts(word: &str) -> [u8; 27] {
    let mut counts = [0u8; 27];
    for b in word.bytes() {
        let slot = if b.is_ascii_lowercase() { (b - b'a') as usize } else { 26 };
        counts[slot] = counts[slot].saturating_add(1);
    }
    counts
}

/// Optimal string alignment distance (a swap of neighbours is one edit),
/// giving up once it exceeds `max`.
pub fn edit_distance(a: &[u8], b: &[u8], max: usize) -> usize {
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut prev2: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return max + 1;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_swaps_as_one() {
        assert_eq!(edit_distance(b"pasword", b"password", 2), 1);
        assert_eq!(edit_distance(b"passwrod", b"password", 2), 1);
        assert_eq!(edit_distance(b"maintainance", b"maintenance", 2), 2);
        assert_eq!(edit_distance(b"recognision", b"recognition", 2), 1);
        assert_eq!(edit_distance(b"abc", b"xyz", 1), 2);
        assert_eq!(edit_distance(b"lock", b"block", 1), 1);
    }
}
