//! The in-memory [`Store`]: the TAT of each bucket key in a `HashMap`, split into shards
//! behind their own `Mutex` so that threads deciding on different keys rarely wait.
//!
//! Why not `governor`: its keyed limiter is a GCRA too, but it keeps its own clock (a
//! monotonic `quanta` instant relative to its start), so a decision cannot be asked "at
//! `now`" for the worked examples, its state is not the Unix-nanosecond TAT Boulder keeps
//! in Redis (the two stores of this module's trait must hold the same values), and a
//! decision reports neither Boulder's `remaining` nor its `resetIn`. The map is a few lines;
//! the bench (`benches/limiter.rs`) measures it against `governor` on the same keys.
//!
//! Buckets whose TAT has passed are full, exactly like buckets never seen, so a shard drops
//! them whenever it has doubled since its last sweep: a flood of distinct keys (spoofed
//! addresses) costs memory only while their buckets are not yet full again.

use std::collections::HashMap;
use std::sync::Mutex;

use xxhash_rust::xxh3::Xxh3DefaultBuilder;

use super::Store;

/// Shards: a power of two, a few times the cores of a typical limiter host.
const SHARDS: usize = 64;

/// A shard is swept once it holds this many buckets, then whenever it doubles.
const FIRST_SWEEP: usize = 1024;

#[derive(Debug)]
struct Shard {
    /// xxh3 rather than SipHash: bucket keys are hashed on every decision, and the shards'
    /// sweeps, not the hash, bound what a flood of chosen keys can cost.
    tats: HashMap<Box<str>, i64, Xxh3DefaultBuilder>,
    sweep_at: usize,
}

/// Bucket states in memory; the default [`Store`].
#[derive(Debug)]
pub struct MemoryStore {
    shards: Box<[Mutex<Shard>]>,
}

impl Default for MemoryStore {
    fn default() -> Self {
        MemoryStore::new()
    }
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> MemoryStore {
        MemoryStore {
            shards: (0..SHARDS)
                .map(|_| {
                    Mutex::new(Shard {
                        tats: HashMap::default(),
                        sweep_at: FIRST_SWEEP,
                    })
                })
                .collect(),
        }
    }

    /// How many buckets are held (full ones not yet swept included).
    pub fn len(&self) -> usize {
        self.shards.iter().map(|s| lock(s).tats.len()).sum()
    }

    /// Whether no bucket is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Drops every bucket that is full again at `now` (Unix nanoseconds).
    pub fn purge(&self, now: i64) {
        for shard in self.shards.iter() {
            lock(shard).tats.retain(|_, tat| *tat > now);
        }
    }
}

/// A poisoned shard only means another thread panicked between two plain integer writes:
/// its map is still consistent, so keep using it.
fn lock(shard: &Mutex<Shard>) -> std::sync::MutexGuard<'_, Shard> {
    shard.lock().unwrap_or_else(|e| e.into_inner())
}

impl Store for MemoryStore {
    type Error = std::convert::Infallible;

    fn update(
        &self,
        key: &str,
        now: i64,
        update: &mut dyn FnMut(Option<i64>) -> Option<i64>,
    ) -> Result<(), Self::Error> {
        let hash = xxhash_rust::xxh3::xxh3_64(key.as_bytes()) as usize;
        let mut shard = lock(&self.shards[hash & (SHARDS - 1)]);
        match shard.tats.get_mut(key) {
            Some(tat) => {
                if let Some(new) = update(Some(*tat)) {
                    *tat = new;
                }
            }
            None => {
                if let Some(new) = update(None) {
                    shard.tats.insert(key.into(), new);
                    if shard.tats.len() >= shard.sweep_at {
                        shard.tats.retain(|_, tat| *tat > now);
                        shard.sweep_at = (shard.tats.len() * 2).max(FIRST_SWEEP);
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flood_of_keys_whose_buckets_refilled_is_swept_away() {
        let store = MemoryStore::new();
        for i in 0..(SHARDS * FIRST_SWEEP * 2) {
            store
                .update(&format!("k{i}"), 100, &mut |_| Some(50))
                .unwrap();
        }
        // Every TAT (50) is before `now` (100): sweeps keep each shard under its threshold.
        assert!(store.len() < SHARDS * FIRST_SWEEP, "{}", store.len());
    }

    #[test]
    fn buckets_not_yet_full_survive_a_purge() {
        let store = MemoryStore::new();
        store.update("a", 0, &mut |_| Some(10)).unwrap();
        store.update("b", 0, &mut |_| Some(30)).unwrap();
        store.purge(20);
        assert_eq!(store.len(), 1);
        let mut seen = None;
        store
            .update("b", 20, &mut |t| {
                seen = t;
                None
            })
            .unwrap();
        assert_eq!(seen, Some(30));
    }
}
