//! Criterion benchmark: one decision of the reference limiter in memory
//! (`Limiter::spend`), next to `governor`'s keyed limiter on the same keys and the same rate
//! measured in the same run, and a full denied decision turned into its problem document.
//!
//! Keys: 1,024 IPv4 addresses taken in turn, the pattern of a limiter keyed by client
//! address. Rate: `registrations-per-ip` (10 per 3 h, burst 10), so after the first
//! rounds almost every decision is a denial, as under a flood.
//!
//! With feature `redis`, the same decision through the Redis store on a `redis-server` this
//! bench starts on a loopback port (skipped, with a message, when `redis-server` is not
//! installed): a denial (one round trip: `WATCH`+`GET`), an allowed spend (two: the
//! transaction's `EXEC` too), and a bare `PING` for the network's share.
//!
//! Run: `cargo bench --features limiter --bench limiter`, or `--features redis` for the
//! Redis group too (figures in `docs/BENCHMARKS.md`, section "limiter").

use std::hint::black_box;
use std::num::NonZeroU32;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use errdocs::catalog::{Args, Catalog};
use errdocs::limiter::Limiter;
use errdocs::locale::Locale;
use errdocs::source::SiteSource;
use governor::{Quota, RateLimiter};
use jiff::Timestamp;

const LIMIT: &str = "registrations-per-ip";
const KEYS: usize = 1024;

fn keys() -> Vec<String> {
    (0..KEYS)
        .map(|i| format!("192.0.{}.{}", i / 256, i % 256))
        .collect()
}

fn decision(c: &mut Criterion) {
    let catalog = Catalog::load(&SiteSource::bundled()).expect("the bundled site loads");
    let limiter = Limiter::in_memory(&catalog);
    let keys = keys();
    let quota = Quota::with_period(Duration::from_secs(18 * 60))
        .unwrap()
        .allow_burst(NonZeroU32::new(10).unwrap());
    let governor = RateLimiter::keyed(quota);

    let mut group = c.benchmark_group("limiter_decision");
    group.bench_function("errdocs", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % KEYS;
            limiter
                .spend(black_box(LIMIT), black_box(&keys[i]), 1, Timestamp::now())
                .unwrap()
                .allowed
        })
    });
    // The same decision at a fixed instant: what the clock read costs.
    let fixed = Timestamp::now();
    group.bench_function("errdocs_fixed_now", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % KEYS;
            limiter
                .spend(black_box(LIMIT), black_box(&keys[i]), 1, fixed)
                .unwrap()
                .allowed
        })
    });
    group.bench_function("governor", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % KEYS;
            governor.check_key(black_box(&keys[i])).is_ok()
        })
    });
    group.finish();

    // The clock alone: the difference between `errdocs` and `errdocs_fixed_now` above.
    // governor reads a TSC-based monotonic clock (quanta) instead.
    let mut group = c.benchmark_group("limiter_clock");
    group.bench_function("jiff_timestamp_now", |b| b.iter(Timestamp::now));
    group.bench_function("std_system_time_now", |b| {
        b.iter(std::time::SystemTime::now)
    });
    group.finish();

    let en: Locale = "en".parse().unwrap();
    let extra = Args::new();
    c.bench_function("limiter_denied_to_problem", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % KEYS;
            let d = limiter
                .spend(LIMIT, black_box(&keys[i]), 1, Timestamp::now())
                .unwrap();
            d.problem(&catalog, &en, &extra).unwrap()
        })
    });
}

#[cfg(feature = "redis")]
#[path = "../tests/it/redis_server.rs"]
mod redis_server;

#[cfg(feature = "redis")]
fn redis_round_trip(c: &mut Criterion) {
    use errdocs::limiter::redis::{FailMode, RedisStore};

    let Some(server) = redis_server::RedisServer::start() else {
        return;
    };
    let catalog = Catalog::load(&SiteSource::bundled()).expect("the bundled site loads");
    let store = RedisStore::open(&server.url(), FailMode::Closed).unwrap();
    let limiter = Limiter::new(&catalog, store);
    let keys = keys();
    // Spend each key's burst first: every measured decision on these keys is a denial.
    for key in &keys {
        for _ in 0..10 {
            limiter.spend(LIMIT, key, 1, Timestamp::now()).unwrap();
        }
    }
    let mut group = c.benchmark_group("limiter_redis");
    group.bench_function("ping", |b| {
        let client = redis::Client::open(server.url()).unwrap();
        let mut con = client.get_connection().unwrap();
        b.iter(|| redis::cmd("PING").query::<String>(&mut con).unwrap())
    });
    group.bench_function("denied", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % KEYS;
            let d = limiter
                .spend(LIMIT, black_box(&keys[i]), 1, Timestamp::now())
                .unwrap();
            assert!(!d.allowed);
        })
    });
    // A key never seen each time: the full transaction. The counter lives outside the
    // routine, which criterion calls again for each sample.
    let mut i: u64 = 0;
    group.bench_function("allowed", |b| {
        b.iter(|| {
            i += 1;
            let key = format!("10.{}.{}.{}", (i >> 16) & 255, (i >> 8) & 255, i & 255);
            let d = limiter
                .spend(LIMIT, black_box(&key), 1, Timestamp::now())
                .unwrap();
            assert!(d.allowed);
        })
    });
    group.finish();
}

#[cfg(not(feature = "redis"))]
fn redis_round_trip(_: &mut Criterion) {}

criterion_group!(benches, decision, redis_round_trip);
criterion_main!(benches);
