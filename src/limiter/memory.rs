//! The in-memory [`Store`]: the TAT of each bucket key in a hash table, split into shards
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
//!
//! A decision hashes its key once: the same 64 bits pick the shard and the slot in that
//! shard's `hashbrown::HashTable`, which takes a hash computed by its caller (std's
//! `HashMap` would hash the key a second time). The hash is xxh3 seeded per store, so the
//! keys a client chooses cannot be aimed at one slot.

use std::hash::BuildHasher;
use std::sync::Mutex;

use hashbrown::HashTable;
use xxhash_rust::xxh3::xxh3_64_with_seed;

use super::Store;

/// Shards: a power of two, a few times the cores of a typical limiter host.
const SHARDS: usize = 64;

/// The hash's bits that pick the shard. hashbrown takes a table's slot from the low bits
/// and a 7-bit tag from the top ones, so the shard comes from the middle: every key of a
/// shard would otherwise share its slot bits or its tag.
const SHARD_SHIFT: u32 = 32;

/// A shard is swept once it holds this many buckets, then whenever it doubles.
const FIRST_SWEEP: usize = 1024;

#[derive(Debug)]
struct Shard {
    /// Each bucket key with its TAT (Unix nanoseconds).
    tats: HashTable<(Box<str>, i64)>,
    sweep_at: usize,
}

/// Bucket states in memory; the default [`Store`].
#[derive(Debug)]
pub struct MemoryStore {
    shards: Box<[Mutex<Shard>]>,
    seed: u64,
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
                        tats: HashTable::new(),
                        sweep_at: FIRST_SWEEP,
                    })
                })
                .collect(),
            // std's per-process random keys, as its own `HashMap` uses them.
            seed: std::collections::hash_map::RandomState::new().hash_one(0u64),
        }
    }

    fn hash(&self, key: &str) -> u64 {
        xxh3_64_with_seed(key.as_bytes(), self.seed)
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
            lock(shard).tats.retain(|(_, tat)| *tat > now);
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
        let hash = self.hash(key);
        let mut guard = lock(&self.shards[(hash >> SHARD_SHIFT) as usize & (SHARDS - 1)]);
        let shard = &mut *guard;
        match shard.tats.find_mut(hash, |(k, _)| **k == *key) {
            Some((_, tat)) => {
                if let Some(new) = update(Some(*tat)) {
                    *tat = new;
                }
            }
            None => {
                if let Some(new) = update(None) {
                    // Growing the table rehashes its keys, with this store's seed.
                    shard
                        .tats
                        .insert_unique(hash, (key.into(), new), |(k, _)| self.hash(k));
                    if shard.tats.len() >= shard.sweep_at {
                        shard.tats.retain(|(_, tat)| *tat > now);
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
    fn every_key_is_found_again_after_its_shard_grew() {
        let store = MemoryStore::new();
        // Far-future TATs: no sweep drops them, so each shard's table grows several times.
        let n = SHARDS * 200;
        for i in 0..n {
            store
                .update(&format!("k{i}"), 0, &mut |_| Some(1_000 + i as i64))
                .unwrap();
        }
        assert_eq!(store.len(), n);
        for i in 0..n {
            let mut seen = None;
            store
                .update(&format!("k{i}"), 0, &mut |t| {
                    seen = t;
                    None
                })
                .unwrap();
            assert_eq!(seen, Some(1_000 + i as i64), "k{i}");
        }
    }

    #[test]
    fn keys_spread_over_the_shards_and_each_store_hashes_with_its_own_seed() {
        let store = MemoryStore::new();
        for i in 0..SHARDS * 16 {
            store
                .update(&format!("192.0.2.{i}"), 0, &mut |_| Some(1))
                .unwrap();
        }
        let used = store
            .shards
            .iter()
            .filter(|s| !lock(s).tats.is_empty())
            .count();
        assert!(used > SHARDS * 3 / 4, "{used} of {SHARDS} shards used");
        assert_ne!(
            store.hash("192.0.2.1"),
            MemoryStore::new().hash("192.0.2.1")
        );
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
