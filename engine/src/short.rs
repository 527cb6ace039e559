//! Sorting the short lists one assessment sorts (a few years, a few dozen
//! questions, a page of outcomes) by insertion. The standard library's
//! sorts are built for long slices; each element type they are used with
//! adds its own copy of them, several KB, to the browser's first load
//! (BENCHMARKS.md, issue 13), where these lists never hold more than a
//! few dozen items.

/// Sorts `items` by `key`, stably (equal keys keep their order).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `items` and drops repeated ones.
pub fn sort_dedup<T: Ord + Copy>(items: &mut Vec<T>) {
    sort_by_key(items, |x| *x);
    items.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_library_does() {
        let mut seed = 7_u32;
        for len in 0..40 {
            let mut items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) as u8 % 6, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|x| x.0);
            sort_by_key(&mut items, |x| x.0);
            assert_eq!(items, expected, "stable, as slice::sort_by_key");
            let mut keys: Vec<u8> = items.iter().map(|x| x.0).rev().collect();
            let mut expected: Vec<u8> = keys.clone();
            expected.sort_unstable();
            expected.dedup();
            sort_dedup(&mut keys);
            assert_eq!(keys, expected);
        }
    }
}
