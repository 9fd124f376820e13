//! A fixed-size set of service ordinals, one bit each: the directory index keeps one per need and
//! per language, and a search ANDs them word by word.

/// A set of ordinals below a fixed length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BitSet {
    words: Vec<u64>,
    len: usize,
}

impl BitSet {
    /// An empty set for ordinals `0..len`.
    pub fn new(len: usize) -> BitSet {
        BitSet { words: vec![0; len.div_ceil(64)], len }
    }

    /// The set of every ordinal `0..len`.
    pub fn full(len: usize) -> BitSet {
        let mut set = BitSet { words: vec![u64::MAX; len.div_ceil(64)], len };
        if let (Some(last), tail @ 1..) = (set.words.last_mut(), len % 64) {
            *last = (1 << tail) - 1;
        }
        set
    }

    /// How many ordinals the set can hold.
    pub fn capacity(&self) -> usize {
        self.len
    }

    /// Adds an ordinal; one beyond the capacity is ignored.
    pub fn insert(&mut self, ordinal: usize) {
        if ordinal < self.len {
            self.words[ordinal / 64] |= 1 << (ordinal % 64);
        }
    }

    pub fn contains(&self, ordinal: usize) -> bool {
        self.words.get(ordinal / 64).is_some_and(|w| w & (1 << (ordinal % 64)) != 0)
    }

    /// Keeps only the ordinals also in `other` (a missing word of a shorter set counts as empty).
    pub fn intersect_with(&mut self, other: &BitSet) {
        for (i, word) in self.words.iter_mut().enumerate() {
            *word &= other.words.get(i).copied().unwrap_or(0);
        }
    }

    /// Adds the ordinals of `other` that fit.
    pub fn union_with(&mut self, other: &BitSet) {
        for (word, theirs) in self.words.iter_mut().zip(&other.words) {
            *word |= theirs;
        }
        if let (Some(last), tail @ 1..) = (self.words.last_mut(), self.len % 64) {
            *last &= (1 << tail) - 1;
        }
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|&w| w == 0)
    }

    /// The ordinals in the set, smallest first.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let bit = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                Some(i * 64 + bit)
            })
        })
    }
}

impl FromIterator<usize> for BitSet {
    /// A set just large enough for the ordinals given.
    fn from_iter<I: IntoIterator<Item = usize>>(ordinals: I) -> BitSet {
        let ordinals: Vec<usize> = ordinals.into_iter().collect();
        let mut set = BitSet::new(ordinals.iter().max().map_or(0, |m| m + 1));
        for ordinal in ordinals {
            set.insert(ordinal);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_hold_what_is_put_in_and_combine_word_by_word() {
        let mut a = BitSet::new(130);
        for i in [0, 63, 64, 129, 130, 500] {
            a.insert(i);
        }
        assert_eq!(a.iter().collect::<Vec<_>>(), [0, 63, 64, 129], "beyond the capacity is ignored");
        assert!(a.contains(129) && !a.contains(130) && !a.contains(1));
        let b: BitSet = [63, 129, 7].into_iter().collect();
        let mut both = a.clone();
        both.intersect_with(&b);
        assert_eq!(both.iter().collect::<Vec<_>>(), [63, 129]);
        let mut either = BitSet::new(130);
        either.union_with(&a);
        either.union_with(&b);
        assert_eq!(either.count(), 5);
        let full = BitSet::full(130);
        assert_eq!(full.count(), 130);
        assert!(!full.contains(130) && full.contains(129));
        assert!(BitSet::new(10).is_empty() && BitSet::full(0).is_empty());
        let mut short = BitSet::full(130);
        short.intersect_with(&BitSet::full(64));
        assert_eq!(short.count(), 64, "a shorter set's missing words are empty");
    }
}
