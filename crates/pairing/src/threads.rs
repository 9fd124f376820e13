//! Work shared out among threads: pieces numbered from 0, each thread taking the next piece when
//! it finishes one, the results handed back in the pieces' order, so that nothing but the time
//! depends on how many threads there were.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The processor's cores, or 1 when it cannot tell.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// `work(scratch, i)` for every `i` below `count`, on up to `threads` threads (at least one, the
/// caller's among them), each with its own `scratch()`: the results in the order of `i`. A piece
/// that panics makes the whole panic, as it would on one thread.
pub(crate) fn in_order<S, T: Send>(
    count: usize,
    threads: usize,
    scratch: impl Fn() -> S + Sync,
    work: impl Fn(&mut S, usize) -> T + Sync,
) -> Vec<T> {
    let next = AtomicUsize::new(0);
    let take = || {
        let mut scratch = scratch();
        let mut results = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= count {
                return results;
            }
            results.push((i, work(&mut scratch, i)));
        }
    };
    let threads = threads.clamp(1, count.max(1));
    let mut all = if threads == 1 {
        take()
    } else {
        std::thread::scope(|scope| {
            let others: Vec<_> = (1..threads).map(|_| scope.spawn(take)).collect();
            let mut all = take();
            for other in others {
                all.extend(other.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
            }
            all
        })
    };
    all.sort_unstable_by_key(|&(i, _)| i);
    all.into_iter().map(|(_, result)| result).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::collections::HashSet;
    use std::sync::Mutex;

    /// Pieces come back in their order, whichever thread did them and whenever it finished; each
    /// thread keeps its own scratch; no pieces, no results.
    #[test]
    fn pieces_come_back_in_their_order_whichever_thread_did_them() {
        let workers = Mutex::new(HashSet::new());
        let done = in_order(
            13,
            3,
            || 0usize,
            |mine, i| {
                // Slow enough that every thread takes some pieces.
                std::thread::sleep(std::time::Duration::from_millis(2));
                workers.lock().unwrap().insert(std::thread::current().id());
                *mine += 1;
                (i, *mine)
            },
        );
        assert_eq!(done.iter().map(|d| d.0).collect::<Vec<_>>(), (0..13).collect::<Vec<_>>());
        assert!(workers.lock().unwrap().len() > 1, "one thread did every piece");
        // Each thread counted only its own pieces.
        assert!(done.iter().all(|d| d.1 < 13));
        assert_eq!(in_order(0, 3, || (), |_, i| i), Vec::<usize>::new());
        assert_eq!(in_order(4, 0, || (), |_, i| i * 2), [0, 2, 4, 6]);
    }
}
