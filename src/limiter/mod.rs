//! The reference limiter (feature `limiter`): GCRA decisions on the facts of
//! `content/limits.toml`, the numbers the help pages print, and the problem document a denied
//! decision becomes.
//!
//! The arithmetic is Boulder's, line for line: `maybeSpend` in `ratelimits/gcra.go` and
//! `precompute` in `ratelimits/limit.go` (letsencrypt/boulder HEAD 2d00c8e2). A limit of
//! `count` per `period` with `burst` has an emission interval `T = period / count` (integer
//! nanoseconds) and a burst offset `τ = T × burst`; each bucket key keeps a theoretical
//! arrival time (TAT). A request of cost `n` at `now` starts from `max(now, TAT)`, moves it
//! by `T × n`, and is allowed when `now ≥ new TAT − τ`. Boulder's field names are kept:
//! `remaining`, `retry_after` (Boulder's `retryIn`), `reset_after` (`resetIn`).
//!
//! Facts map to Boulder's fields as `count` → `Count`, `window` → `Period`, `burst` →
//! `Burst`; a limit with no `burst` in `limits.toml` gets `burst = count`, as every limit in
//! Boulder's own defaults files is written. `refill` is not read: it is the documented,
//! rounded `window / count`, and the limiter computes the exact one as Boulder does.
//!
//! Like Boulder's `Limiter`, [`Limiter::spend`] records the cost when it is allowed and
//! [`Limiter::check`] only answers what `spend` would. Boulder's 0–3 % jitter on the retry
//! instant is left to the caller: a reference limiter answers deterministically.
//!
//! State lives behind the [`Store`] trait, one atomic read-modify-write of a TAT per call,
//! which an in-memory map does under a lock and Redis with `WATCH`/`MULTI` (or a script); the
//! TAT is stored as Unix nanoseconds, as Boulder stores it in Redis, so both stores hold the
//! same values. [`memory::MemoryStore`] is the default; [`redis::RedisStore`] (feature
//! `redis`) shares buckets between processes, and [`front`] (feature `acme-front`) is an
//! ACME-style server on either.

#[cfg(feature = "acme-front")]
pub mod front;
pub mod memory;
#[cfg(feature = "redis")]
pub mod redis;

use std::collections::HashMap;
use std::time::Duration;

use jiff::Timestamp;
use xxhash_rust::xxh3::Xxh3DefaultBuilder;

use crate::catalog::{Arg, Args, Catalog, CatalogError};
use crate::locale::Locale;
use crate::problem::Problem;

pub use memory::MemoryStore;

/// Where bucket states live: the TAT of each bucket key, in Unix nanoseconds.
pub trait Store: Send + Sync {
    /// Why the store could not answer (a network error for Redis; never for memory).
    type Error: std::error::Error + Send + Sync + 'static;

    /// Atomically reads the TAT of `key` (`None`: never seen, or expired), passes it to
    /// `update`, and stores what `update` returns (`None`: leave the bucket as it was).
    /// `update` must be called at least once; a store that retries a conflicting write
    /// (Redis `WATCH`) calls it again with the fresh TAT, and the last call decides.
    /// `now` is the caller's clock, so a store may drop buckets whose TAT has passed: a
    /// bucket whose TAT is in the past is full, exactly like one never seen.
    fn update(
        &self,
        key: &str,
        now: i64,
        update: &mut dyn FnMut(Option<i64>) -> Option<i64>,
    ) -> Result<(), Self::Error>;
}

/// One limit's GCRA parameters, in nanoseconds (Boulder's `Limit` after `precompute`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    /// Requests per period (Boulder's `Count`).
    pub count: u64,
    /// The period, in nanoseconds (Boulder's `Period`).
    pub period: i64,
    /// Requests allowed at once (Boulder's `Burst`).
    pub burst: u64,
    /// `period / count`: how often one request's capacity comes back.
    pub emission_interval: i64,
    /// `emission_interval × burst`: how long an empty bucket takes to fill.
    pub burst_offset: i64,
}

impl Rate {
    /// The rate of `count` per `period` with `burst`; `None` when a number is zero or the
    /// period does not fit in nanoseconds.
    pub fn new(count: u64, period: Duration, burst: u64) -> Option<Rate> {
        let period = i64::try_from(period.as_nanos()).ok()?;
        let count_i = i64::try_from(count).ok()?;
        if count_i <= 0 || period <= 0 || burst == 0 {
            return None;
        }
        // Boulder's `precompute`: integer division, as in limit.go.
        let emission_interval = period / count_i;
        let burst_offset = emission_interval.checked_mul(i64::try_from(burst).ok()?)?;
        if emission_interval == 0 {
            return None;
        }
        Some(Rate {
            count,
            period,
            burst,
            emission_interval,
            burst_offset,
        })
    }

    /// Boulder's `maybeSpend` (ratelimits/gcra.go): the decision for `cost` at `now` given
    /// the stored `tat` (`None` = a full bucket), and the TAT to store if it is allowed.
    pub fn decide(&self, tat: Option<i64>, cost: u64, now: i64) -> (Verdict, i64) {
        // A TAT in the past is a full bucket: capacity from the past is not banked.
        let tat = tat.map_or(now, |t| t.max(now));
        // The limiter checks `cost ≤ burst` first (so this fits, as burst_offset did);
        // saturate for direct callers of this function that do not.
        let cost = i64::try_from(cost).unwrap_or(i64::MAX);
        let cost_increment = self.emission_interval.saturating_mul(cost);
        let new_tat = tat.saturating_add(cost_increment);
        let difference = now - (new_tat - self.burst_offset);
        if difference < 0 {
            let residual = (now - (tat - self.burst_offset)) / self.emission_interval;
            return (
                Verdict {
                    allowed: false,
                    remaining: residual.max(0) as u64,
                    retry_after: nanos(-difference),
                    reset_after: nanos(tat - now),
                },
                tat,
            );
        }
        let residual = difference / self.emission_interval;
        let retry_after = if difference < cost_increment {
            cost_increment - difference
        } else {
            0
        };
        (
            Verdict {
                allowed: true,
                remaining: residual as u64,
                retry_after: nanos(retry_after),
                reset_after: nanos(new_tat - now),
            },
            new_tat,
        )
    }
}

fn nanos(n: i64) -> Duration {
    Duration::from_nanos(n.max(0) as u64)
}

/// The numbers of a decision, without the limit it is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// Whether the bucket had the capacity for the cost.
    pub allowed: bool,
    /// Requests of cost 1 the bucket still allows now.
    pub remaining: u64,
    /// How long until a request of the same cost would be allowed (zero when one would be
    /// allowed right away).
    pub retry_after: Duration,
    /// How long until the bucket is full again if nothing more is spent.
    pub reset_after: Duration,
}

/// A decision on one request: the [`Verdict`] and the limit it was made on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision<'l> {
    /// The limit id (`registrations-per-ip`).
    pub limit: &'l str,
    /// Whether the request is allowed.
    pub allowed: bool,
    /// Requests of cost 1 the bucket still allows now.
    pub remaining: u64,
    /// How long the client must wait before a request of the same cost is allowed.
    pub retry_after: Duration,
    /// How long until the bucket is full again.
    pub reset_after: Duration,
    /// The instant of the decision.
    pub now: Timestamp,
}

impl Decision<'_> {
    /// The instant a request of the same cost will be allowed.
    pub fn retry_at(&self) -> Timestamp {
        let span =
            jiff::SignedDuration::try_from(self.retry_after).unwrap_or(jiff::SignedDuration::MAX);
        self.now.checked_add(span).unwrap_or(Timestamp::MAX)
    }

    /// `Retry-After` in whole seconds, rounded up so a client that waits exactly this long
    /// is allowed. (Boulder's WFE rounds to the nearest second after adding its jitter,
    /// wfe2/wfe.go; without jitter, rounding down could send a client back too early.)
    pub fn retry_after_secs(&self) -> u64 {
        let d = self.retry_after;
        d.as_secs() + u64::from(d.subsec_nanos() > 0)
    }

    /// The problem document a denied decision is sent as, in `locale`: the limit's status
    /// (429, 503 for the load balancer's), `detail` with the retry instant, and the headers
    /// in [`Denial`]; `extra` carries the occurrence's other values (`identifier`). `None`
    /// when the decision allowed the request.
    pub fn problem(
        &self,
        catalog: &Catalog,
        locale: &Locale,
        extra: &Args,
    ) -> Result<Option<Denial>, CatalogError> {
        self.problem_for_client(catalog, locale, extra, "")
    }

    /// [`Decision::problem`] for the client that sent `user_agent`: a client known to show
    /// non-ASCII text as escapes gets the text of an ASCII locale, with the same
    /// language-neutral help URL ([`Problem::for_client`]).
    pub fn problem_for_client(
        &self,
        catalog: &Catalog,
        locale: &Locale,
        extra: &Args,
        user_agent: &str,
    ) -> Result<Option<Denial>, CatalogError> {
        if self.allowed {
            return Ok(None);
        }
        let mut extra = extra.clone();
        extra.set("retry-after", Arg::Time(self.retry_at()));
        let problem = Problem::for_client(catalog, locale, self.limit, &extra, user_agent)?;
        Ok(Some(Denial {
            retry_after: self.retry_after_secs().to_string(),
            link: problem.link_header(),
            content_language: problem.content_language.clone(),
            problem,
        }))
    }
}

/// A denied request's response: the problem document and its header values.
#[derive(Clone, Debug, PartialEq)]
pub struct Denial {
    /// The problem document (`status`, `detail` in the negotiated language…).
    pub problem: Problem,
    /// `Retry-After`, in seconds as Boulder sends it.
    pub retry_after: String,
    /// `Link: <doc>;rel="help"`.
    pub link: String,
    /// `Content-Language`.
    pub content_language: String,
}

/// Why a limiter call failed.
#[derive(Debug, thiserror::Error)]
pub enum LimiterError<E: std::error::Error + 'static> {
    /// The limit id is not in `content/limits.toml`.
    #[error("unknown limit `{0}`; the limits are those of content/limits.toml")]
    UnknownLimit(String),
    /// A cost above the burst could never be allowed (Boulder rejects it too).
    #[error("cost {cost} is more than the burst {burst} of `{limit}`: it could never be allowed")]
    CostAboveBurst {
        /// The limit.
        limit: String,
        /// The cost asked.
        cost: u64,
        /// The limit's burst.
        burst: u64,
    },
    /// The store failed.
    #[error("rate-limit store: {0}")]
    Store(#[source] E),
    /// The store returned without calling the update, which its contract requires: a bug
    /// in that store, reported rather than a panic in the caller's request.
    #[error("rate-limit store answered without deciding; its `update` was never called")]
    StoreSkippedUpdate,
}

/// Decisions for every limit of a catalog, over one [`Store`].
#[derive(Debug)]
pub struct Limiter<S = MemoryStore> {
    /// By limit id, looked up on every decision: hashed with xxh3 rather than SipHash (the
    /// ids are the site's own, never a client's).
    rates: HashMap<String, Rate, Xxh3DefaultBuilder>,
    store: S,
}

impl Limiter<MemoryStore> {
    /// A limiter on `catalog`'s limits, in memory.
    pub fn in_memory(catalog: &Catalog) -> Limiter<MemoryStore> {
        Limiter::new(catalog, MemoryStore::new())
    }
}

/// The GCRA parameters of every limit in `catalog`, by id; `burst` is the limit's, or its
/// `count` when `limits.toml` gives none.
pub fn rates(catalog: &Catalog) -> HashMap<String, Rate> {
    rate_entries(catalog).collect()
}

/// [`rates`] as pairs, so that [`Limiter::new`] collects them straight into its own map.
fn rate_entries(catalog: &Catalog) -> impl Iterator<Item = (String, Rate)> + '_ {
    catalog.limits().by_id.iter().filter_map(|(id, facts)| {
        let period = Duration::from_secs(facts.window.as_secs());
        let rate = Rate::new(facts.count, period, facts.burst.unwrap_or(facts.count))?;
        Some((id.clone(), rate))
    })
}

impl<S: Store> Limiter<S> {
    /// A limiter on `catalog`'s limits over `store`.
    pub fn new(catalog: &Catalog, store: S) -> Limiter<S> {
        Limiter {
            rates: rate_entries(catalog).collect(),
            store,
        }
    }

    /// The store the buckets live in.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// The GCRA parameters of a limit.
    pub fn rate(&self, limit: &str) -> Option<&Rate> {
        self.rates.get(limit)
    }

    /// Spends `cost` from the bucket `bucket_key` of `limit` at `now` when the bucket has
    /// the capacity (Boulder's `Limiter.Spend`). The caller builds the bucket key: an IP
    /// address, an IPv6 /48 range, an account id, a registered domain… Buckets of different
    /// limits never share state (the store key is `limit:bucket_key`).
    pub fn spend<'l>(
        &'l self,
        limit: &str,
        bucket_key: &str,
        cost: u64,
        now: Timestamp,
    ) -> Result<Decision<'l>, LimiterError<S::Error>> {
        self.decide(limit, bucket_key, cost, now, true)
    }

    /// What [`Limiter::spend`] would decide, without spending (Boulder's `Limiter.Check`).
    pub fn check<'l>(
        &'l self,
        limit: &str,
        bucket_key: &str,
        cost: u64,
        now: Timestamp,
    ) -> Result<Decision<'l>, LimiterError<S::Error>> {
        self.decide(limit, bucket_key, cost, now, false)
    }

    fn decide<'l>(
        &'l self,
        limit: &str,
        bucket_key: &str,
        cost: u64,
        now: Timestamp,
        spend: bool,
    ) -> Result<Decision<'l>, LimiterError<S::Error>> {
        let (id, rate) = self
            .rates
            .get_key_value(limit)
            .ok_or_else(|| LimiterError::UnknownLimit(limit.to_owned()))?;
        if cost > rate.burst {
            return Err(LimiterError::CostAboveBurst {
                limit: limit.to_owned(),
                cost,
                burst: rate.burst,
            });
        }
        // Unix nanoseconds fit an i64 until 2262, as in Boulder (`UnixNano`).
        let now_ns = i64::try_from(now.as_nanosecond()).unwrap_or(i64::MAX);
        // `limit:bucket_key`, on the stack when it is short (every IP or account key is):
        // an allocation per decision was a fifth of its time.
        let mut buf = [0u8; 128];
        let len = id.len() + 1 + bucket_key.len();
        let owned;
        let key = match buf.get_mut(..len) {
            Some(dst) => {
                dst[..id.len()].copy_from_slice(id.as_bytes());
                dst[id.len()] = b':';
                dst[id.len() + 1..].copy_from_slice(bucket_key.as_bytes());
                // Two `str`s and an ASCII colon: always UTF-8.
                std::str::from_utf8(dst).unwrap_or_default()
            }
            None => {
                owned = format!("{id}:{bucket_key}");
                owned.as_str()
            }
        };
        let mut verdict = None;
        self.store
            .update(key, now_ns, &mut |tat| {
                let (v, new_tat) = rate.decide(tat, cost, now_ns);
                verdict = Some(v);
                (spend && v.allowed).then_some(new_tat)
            })
            .map_err(LimiterError::Store)?;
        let Some(v) = verdict else {
            return Err(LimiterError::StoreSkippedUpdate);
        };
        Ok(Decision {
            limit: id,
            allowed: v.allowed,
            remaining: v.remaining,
            retry_after: v.retry_after,
            reset_after: v.reset_after,
            now,
        })
    }
}

#[cfg(test)]
mod tests;
