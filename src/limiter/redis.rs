//! The Redis [`Store`] (feature `redis`): bucket TATs in one Redis, so that several front
//! ends share one budget. Keys are `PREFIX` + `limit:bucket_key`, values the TAT in Unix
//! nanoseconds as a decimal integer (as Boulder stores it), each with a TTL that ends when
//! the bucket is full again, so Redis forgets full buckets by itself.
//!
//! **Why `WATCH`/`MULTI` and not a Lua script.** The decision is [`super::Rate::decide`],
//! Boulder's arithmetic in Rust, tested against the worked examples. A script would be a
//! second implementation of the same GCRA in Lua that the tests would have to keep equal to
//! the first. With optimistic locking the store stays a register of TATs, exactly the
//! [`Store`] contract: `WATCH key` and `GET key` (one round trip), the limiter decides, then
//! `MULTI; SET key tat PX ttl; EXEC` (a second one) which Redis refuses if another client
//! wrote the key in between; then the update is called again with the fresh TAT. A denial
//! or a check writes nothing and costs one round trip. The price: `WATCH` belongs to a
//! connection, so each transaction holds one connection alone (a small pool of them here),
//! and a key under heavy contention may need several attempts ([`RedisStore::attempts`]).
//!
//! **Failures.** A Redis error (down, timeout, refused transaction after every attempt) is
//! logged with `tracing` at `warn` and then, by [`FailMode`]: `Open` answers as for a full
//! bucket (the request is allowed, nothing is stored); `Closed` returns the error, which
//! [`super::Limiter::spend`] passes on as [`super::LimiterError::Store`] and a server
//! answers with 503 (the ACME front end does). Closed does not invent a denial: a 429 would
//! tell the subscriber they exceeded a limit they did not exceed. Nothing here panics.

use std::sync::Mutex;
use std::time::Duration;

use redis::{Client, Connection, Value};

use super::Store;

/// What a limiter decides when Redis cannot answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailMode {
    /// Allow the request, as if its bucket were full: availability over enforcement.
    Open,
    /// Return the error; the caller answers 503 Service Unavailable.
    Closed,
}

impl std::str::FromStr for FailMode {
    type Err = String;

    fn from_str(s: &str) -> Result<FailMode, String> {
        match s {
            "open" => Ok(FailMode::Open),
            "closed" => Ok(FailMode::Closed),
            other => Err(format!(
                "`{other}` is not a fail mode; use `open` or `closed`"
            )),
        }
    }
}

/// Why the Redis store could not answer.
#[derive(Debug, thiserror::Error)]
pub enum RedisStoreError {
    /// Connecting, a command or a reply failed (the URL, the network, a timeout, a value
    /// that is not a TAT).
    #[error("redis: {0}")]
    Redis(#[from] redis::RedisError),
    /// Every attempt found the key written by another client between `GET` and `EXEC`.
    #[error("redis: key `{key}` changed during each of {attempts} transactions")]
    Contended {
        /// The Redis key.
        key: String,
        /// How many transactions were tried.
        attempts: u32,
    },
}

/// Connections kept for reuse; more may be open at once under load, only this many idle.
const IDLE: usize = 32;

/// Bucket states in Redis; see the module documentation.
pub struct RedisStore {
    client: Client,
    idle: Mutex<Vec<Connection>>,
    fail_mode: FailMode,
    timeout: Duration,
    prefix: String,
    attempts: u32,
}

// Without the client: its connection info may hold a password.
impl std::fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisStore")
            .field("fail_mode", &self.fail_mode)
            .field("timeout", &self.timeout)
            .field("prefix", &self.prefix)
            .field("attempts", &self.attempts)
            .finish_non_exhaustive()
    }
}

impl RedisStore {
    /// A store on the Redis at `url` (`redis://host:port/db`). Only the URL is read here:
    /// nothing connects before the first decision, so a front end starts while Redis is
    /// down and [`FailMode`] decides its answers. Defaults: a 1 s timeout for connecting
    /// and for each reply, keys prefixed `errdocs:`, 16 attempts per transaction.
    pub fn open(url: &str, fail_mode: FailMode) -> Result<RedisStore, RedisStoreError> {
        Ok(RedisStore {
            client: Client::open(url)?,
            idle: Mutex::new(Vec::new()),
            fail_mode,
            timeout: Duration::from_secs(1),
            prefix: "errdocs:".to_owned(),
            attempts: 16,
        })
    }

    /// The timeout for connecting and for each reply: a decision waits at most about
    /// three times this long before [`FailMode`] applies.
    pub fn timeout(mut self, timeout: Duration) -> RedisStore {
        self.timeout = timeout;
        self
    }

    /// The prefix of every key, so several sites can share one Redis.
    pub fn prefix(mut self, prefix: &str) -> RedisStore {
        prefix.clone_into(&mut self.prefix);
        self
    }

    /// How many transactions a contended key gets before the decision fails (then
    /// [`FailMode`] applies). At least 1.
    pub fn attempts(mut self, attempts: u32) -> RedisStore {
        self.attempts = attempts.max(1);
        self
    }

    /// The configured [`FailMode`].
    pub fn fail_mode(&self) -> FailMode {
        self.fail_mode
    }

    /// Sends `PING`: whether Redis answers now (a front end logs it at start).
    pub fn ping(&self) -> Result<(), RedisStoreError> {
        let (mut con, _) = self.connection()?;
        redis::cmd("PING").query::<()>(&mut con)?;
        self.give_back(con);
        Ok(())
    }

    /// A connection from the pool (`true`) or a new one (`false`).
    fn connection(&self) -> Result<(Connection, bool), RedisStoreError> {
        if let Some(con) = lock(&self.idle).pop() {
            return Ok((con, true));
        }
        Ok((self.connect()?, false))
    }

    fn connect(&self) -> Result<Connection, RedisStoreError> {
        let con = self.client.get_connection_with_timeout(self.timeout)?;
        con.set_read_timeout(Some(self.timeout))?;
        con.set_write_timeout(Some(self.timeout))?;
        Ok(con)
    }

    /// Only connections whose last exchange succeeded come back: one that failed midway
    /// may hold a half-read reply or a `WATCH`.
    fn give_back(&self, con: Connection) {
        let mut idle = lock(&self.idle);
        if idle.len() < IDLE {
            idle.push(con);
        }
    }

    /// [`RedisStore::transact_on`] a pooled connection, or a new one. A pooled connection
    /// that Redis closed since (a restart, its idle timeout) fails at once: the pool is
    /// emptied (its other connections are as old) and the decision tried once more on a
    /// new connection, so a restart of Redis costs no request its answer.
    fn transact(
        &self,
        key: &str,
        now: i64,
        update: &mut dyn FnMut(Option<i64>) -> Option<i64>,
    ) -> Result<(), RedisStoreError> {
        let (con, pooled) = self.connection()?;
        match self.transact_on(con, key, now, update) {
            Err(RedisStoreError::Redis(e))
                if pooled && (e.is_io_error() || e.is_connection_dropped()) =>
            {
                lock(&self.idle).clear();
                self.transact_on(self.connect()?, key, now, update)
            }
            other => other,
        }
    }

    /// The optimistic transaction; the module documentation says why not a script.
    fn transact_on(
        &self,
        mut con: Connection,
        key: &str,
        now: i64,
        update: &mut dyn FnMut(Option<i64>) -> Option<i64>,
    ) -> Result<(), RedisStoreError> {
        for _ in 0..self.attempts {
            // UNWATCH first: a connection back from a denial still watches its last key,
            // and a stale watch would abort this transaction for nothing.
            let (tat,): (Option<i64>,) = redis::pipe()
                .cmd("UNWATCH")
                .ignore()
                .cmd("WATCH")
                .arg(key)
                .ignore()
                .cmd("GET")
                .arg(key)
                .query(&mut con)?;
            let Some(new_tat) = update(tat) else {
                // Nothing to write; the next use of the connection unwatches.
                self.give_back(con);
                return Ok(());
            };
            // The key lives until the bucket is full again (the TTL rounded up to whole
            // milliseconds, at least one: `PX 0` is an error).
            let ttl_ms = (new_tat.saturating_sub(now).max(0) as u64).div_ceil(1_000_000);
            let reply: Value = redis::pipe()
                .atomic()
                .cmd("SET")
                .arg(key)
                .arg(new_tat)
                .arg("PX")
                .arg(ttl_ms.max(1))
                .ignore()
                .query(&mut con)?;
            // `EXEC` answers nil when a watched key changed: decide again on the fresh TAT.
            if reply != Value::Nil {
                self.give_back(con);
                return Ok(());
            }
        }
        self.give_back(con);
        Err(RedisStoreError::Contended {
            key: key.to_owned(),
            attempts: self.attempts,
        })
    }
}

/// A poisoned pool only means a thread panicked while pushing or popping: the `Vec` is
/// still whole.
fn lock(idle: &Mutex<Vec<Connection>>) -> std::sync::MutexGuard<'_, Vec<Connection>> {
    idle.lock().unwrap_or_else(|e| e.into_inner())
}

impl Store for RedisStore {
    type Error = RedisStoreError;

    fn update(
        &self,
        key: &str,
        now: i64,
        update: &mut dyn FnMut(Option<i64>) -> Option<i64>,
    ) -> Result<(), RedisStoreError> {
        let full_key;
        let key = if self.prefix.is_empty() {
            key
        } else {
            full_key = format!("{}{key}", self.prefix);
            full_key.as_str()
        };
        match self.transact(key, now, update) {
            Ok(()) => Ok(()),
            Err(error) => match self.fail_mode {
                FailMode::Open => {
                    tracing::warn!(%key, %error, "rate-limit store failed: allowing (fail open)");
                    // A full bucket's decision; what it would store is dropped.
                    update(None);
                    Ok(())
                }
                FailMode::Closed => {
                    tracing::warn!(%key, %error, "rate-limit store failed: refusing (fail closed)");
                    Err(error)
                }
            },
        }
    }
}

#[cfg(test)]
#[path = "../../tests/it/redis_server.rs"]
mod redis_server;

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Barrier};

    use jiff::Timestamp;

    use super::redis_server::{RedisServer, dead_url};
    use super::*;
    // The in-memory limiter's fixtures: the bundled catalog and instants.
    use crate::limiter::tests::{T0, at, catalog};
    use crate::limiter::{Limiter, LimiterError};

    #[test]
    fn two_limiters_on_one_redis_share_the_budget_of_a_bucket() {
        let Some(server) = RedisServer::start() else {
            return;
        };
        let catalog = catalog();
        let a = Limiter::new(
            &catalog,
            RedisStore::open(&server.url(), FailMode::Closed).unwrap(),
        );
        let b = Limiter::new(
            &catalog,
            RedisStore::open(&server.url(), FailMode::Closed).unwrap(),
        );
        for i in 0..10 {
            let limiter = if i % 2 == 0 { &a } else { &b };
            let d = limiter
                .spend("registrations-per-ip", "192.0.2.1", 1, at(T0))
                .unwrap();
            assert!(d.allowed, "request {} denied", i + 1);
            assert_eq!(d.remaining, 9 - i);
        }
        for limiter in [&a, &b] {
            let d = limiter
                .spend("registrations-per-ip", "192.0.2.1", 1, at(T0))
                .unwrap();
            assert!(!d.allowed);
            assert_eq!(d.retry_after, Duration::from_secs(18 * 60));
        }
        // Another bucket of the same limit is untouched.
        assert!(
            a.spend("registrations-per-ip", "192.0.2.2", 1, at(T0))
                .unwrap()
                .allowed
        );
    }

    #[test]
    fn the_key_holds_the_tat_in_nanoseconds_and_expires_when_the_bucket_is_full() {
        let Some(server) = RedisServer::start() else {
            return;
        };
        let store = RedisStore::open(&server.url(), FailMode::Closed)
            .unwrap()
            .prefix("t:");
        let limiter = Limiter::new(&catalog(), store);
        // Now, not T0: Redis expires keys on its own clock.
        let now = Timestamp::now();
        limiter
            .spend("registrations-per-ip", "192.0.2.9", 1, now)
            .unwrap();
        let mut con = Client::open(server.url())
            .unwrap()
            .get_connection()
            .unwrap();
        let key = "t:registrations-per-ip:192.0.2.9";
        let tat: i64 = redis::cmd("GET").arg(key).query(&mut con).unwrap();
        let now_ns = now.as_nanosecond() as i64;
        assert_eq!(tat, now_ns + 18 * 60 * 1_000_000_000);
        let pttl: i64 = redis::cmd("PTTL").arg(key).query(&mut con).unwrap();
        // 18 minutes, less what elapsed since `now` (generously under a second).
        assert!(
            (18 * 60 * 1000 - 1000..=18 * 60 * 1000).contains(&pttl),
            "{pttl}"
        );
    }

    #[test]
    fn concurrent_spends_from_many_threads_never_exceed_the_burst() {
        let Some(server) = RedisServer::start() else {
            return;
        };
        let catalog = catalog();
        const THREADS: usize = 8;
        // Two limiters (two front ends), each used by half of the threads.
        let limiters: Vec<_> = (0..2)
            .map(|_| {
                Arc::new(Limiter::new(
                    &catalog,
                    RedisStore::open(&server.url(), FailMode::Closed)
                        .unwrap()
                        .attempts(1000),
                ))
            })
            .collect();
        let barrier = Arc::new(Barrier::new(THREADS));
        let now = at(T0);
        let handles: Vec<_> = (0..THREADS)
            .map(|i| {
                let limiter = limiters[i % 2].clone();
                let barrier = barrier.clone();
                std::thread::spawn(move || {
                    barrier.wait();
                    (0..5)
                        .filter(|_| {
                            limiter
                                .spend("registrations-per-ip", "198.51.100.1", 1, now)
                                .unwrap()
                                .allowed
                        })
                        .count()
                })
            })
            .collect();
        let allowed: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
        // 40 requests at one instant on a burst of 10: exactly 10 pass, whatever the
        // interleaving. Without WATCH, two threads reading the same TAT would both pass.
        assert_eq!(allowed, 10);
    }

    #[test]
    fn when_redis_is_down_fail_open_allows_and_fail_closed_returns_the_error() {
        let catalog = catalog();
        let open = Limiter::new(
            &catalog,
            RedisStore::open(&dead_url(), FailMode::Open).unwrap(),
        );
        for _ in 0..12 {
            let d = open
                .spend("registrations-per-ip", "192.0.2.1", 1, at(T0))
                .unwrap();
            // Each answer is a full bucket's: nothing was stored.
            assert!(d.allowed);
            assert_eq!(d.remaining, 9);
        }
        let closed = Limiter::new(
            &catalog,
            RedisStore::open(&dead_url(), FailMode::Closed).unwrap(),
        );
        let e = closed
            .spend("registrations-per-ip", "192.0.2.1", 1, at(T0))
            .unwrap_err();
        assert!(
            matches!(e, LimiterError::Store(RedisStoreError::Redis(_))),
            "{e:?}"
        );
    }

    #[test]
    fn a_value_that_is_not_a_tat_is_a_store_error_not_a_panic() {
        let Some(server) = RedisServer::start() else {
            return;
        };
        let mut con = Client::open(server.url())
            .unwrap()
            .get_connection()
            .unwrap();
        redis::cmd("SET")
            .arg("errdocs:orders-per-account:acct-1")
            .arg("not a number")
            .query::<()>(&mut con)
            .unwrap();
        let limiter = Limiter::new(
            &catalog(),
            RedisStore::open(&server.url(), FailMode::Closed).unwrap(),
        );
        let e = limiter
            .spend("orders-per-account", "acct-1", 1, at(T0))
            .unwrap_err();
        assert!(matches!(e, LimiterError::Store(_)), "{e:?}");
    }

    #[test]
    fn a_restart_of_redis_costs_no_decision_its_answer() {
        let Some(server) = RedisServer::start() else {
            return;
        };
        let limiter = Limiter::new(
            &catalog(),
            RedisStore::open(&server.url(), FailMode::Closed).unwrap(),
        );
        assert!(
            limiter
                .spend("registrations-per-ip", "192.0.2.1", 1, at(T0))
                .unwrap()
                .allowed
        );
        // Redis closes every client connection (as a restart does): the pooled
        // connection is dead, and the next decision must still be answered.
        let mut con = Client::open(server.url())
            .unwrap()
            .get_connection()
            .unwrap();
        let _: redis::RedisResult<()> = redis::cmd("CLIENT")
            .arg("KILL")
            .arg("TYPE")
            .arg("normal")
            .arg("SKIPME")
            .arg("yes")
            .query(&mut con);
        let d = limiter
            .spend("registrations-per-ip", "192.0.2.1", 1, at(T0))
            .unwrap();
        assert!(d.allowed);
        assert_eq!(d.remaining, 8);
    }

    #[test]
    fn fail_modes_are_read_from_their_names() {
        assert_eq!("open".parse::<FailMode>(), Ok(FailMode::Open));
        assert_eq!("closed".parse::<FailMode>(), Ok(FailMode::Closed));
        assert!("shut".parse::<FailMode>().is_err());
    }
}
