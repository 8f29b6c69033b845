use super::*;
use crate::source::SiteSource;

pub(super) fn catalog() -> Catalog {
    Catalog::load(&SiteSource::bundled()).unwrap()
}

pub(super) fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

pub(super) const T0: &str = "2026-01-01T00:00:00Z";

#[test]
fn ten_registrations_pass_at_once_and_the_eleventh_waits_eighteen_minutes() {
    let limiter = Limiter::in_memory(&catalog());
    for i in 0..10 {
        let d = limiter
            .spend("registrations-per-ip", "192.0.2.1", 1, at(T0))
            .unwrap();
        assert!(d.allowed, "request {} denied", i + 1);
        assert_eq!(d.remaining, 9 - i);
    }
    let eleventh = limiter
        .spend("registrations-per-ip", "192.0.2.1", 1, at(T0))
        .unwrap();
    assert!(!eleventh.allowed);
    assert_eq!(eleventh.remaining, 0);
    assert_eq!(eleventh.retry_after, Duration::from_secs(18 * 60));
    assert_eq!(eleventh.reset_after, Duration::from_secs(3 * 3600));
    assert_eq!(eleventh.retry_at(), at("2026-01-01T00:18:00Z"));
}

#[test]
fn after_eighteen_minutes_exactly_one_more_registration_is_allowed() {
    let limiter = Limiter::in_memory(&catalog());
    for _ in 0..10 {
        limiter
            .spend("registrations-per-ip", "192.0.2.1", 1, at(T0))
            .unwrap();
    }
    let early = limiter
        .spend(
            "registrations-per-ip",
            "192.0.2.1",
            1,
            at("2026-01-01T00:17:59Z"),
        )
        .unwrap();
    assert!(!early.allowed);
    assert_eq!(early.retry_after, Duration::from_secs(1));
    let later = at("2026-01-01T00:18:00Z");
    assert!(
        limiter
            .spend("registrations-per-ip", "192.0.2.1", 1, later)
            .unwrap()
            .allowed
    );
    let next = limiter
        .spend("registrations-per-ip", "192.0.2.1", 1, later)
        .unwrap();
    assert!(!next.allowed);
    assert_eq!(next.retry_after, Duration::from_secs(18 * 60));
}

#[test]
fn a_cost_of_n_spends_n_emission_intervals_and_waits_for_all_of_them() {
    let limiter = Limiter::in_memory(&catalog());
    let d = limiter
        .spend("registrations-per-ip", "192.0.2.1", 7, at(T0))
        .unwrap();
    assert!(d.allowed);
    assert_eq!(d.remaining, 3);
    let d = limiter
        .spend("registrations-per-ip", "192.0.2.1", 4, at(T0))
        .unwrap();
    assert!(!d.allowed);
    // One interval short: 18 minutes until a fourth request's capacity comes back.
    assert_eq!(d.retry_after, Duration::from_secs(18 * 60));
    assert_eq!(d.remaining, 3);
    assert!(
        limiter
            .spend("registrations-per-ip", "192.0.2.1", 3, at(T0))
            .unwrap()
            .allowed
    );
}

#[test]
fn a_cost_above_the_burst_is_refused_rather_than_denied_forever() {
    let limiter = Limiter::in_memory(&catalog());
    let err = limiter
        .spend("registrations-per-ip", "192.0.2.1", 11, at(T0))
        .unwrap_err();
    assert!(
        matches!(
            err,
            LimiterError::CostAboveBurst {
                cost: 11,
                burst: 10,
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn separate_bucket_keys_and_separate_limits_have_separate_budgets() {
    let limiter = Limiter::in_memory(&catalog());
    for _ in 0..10 {
        limiter
            .spend("registrations-per-ip", "192.0.2.1", 1, at(T0))
            .unwrap();
    }
    assert!(
        !limiter
            .spend("registrations-per-ip", "192.0.2.1", 1, at(T0))
            .unwrap()
            .allowed
    );
    assert!(
        limiter
            .spend("registrations-per-ip", "192.0.2.2", 1, at(T0))
            .unwrap()
            .allowed
    );
    // Same key text, another limit.
    let other = limiter
        .spend("orders-per-account", "192.0.2.1", 1, at(T0))
        .unwrap();
    assert!(other.allowed);
    assert_eq!(other.remaining, 299);
}

#[test]
fn check_answers_what_spend_would_without_spending() {
    let limiter = Limiter::in_memory(&catalog());
    for _ in 0..10 {
        let d = limiter
            .check("registrations-per-ip", "192.0.2.1", 1, at(T0))
            .unwrap();
        assert!(d.allowed);
        assert_eq!(d.remaining, 9);
    }
    assert!(
        limiter
            .spend("registrations-per-ip", "192.0.2.1", 10, at(T0))
            .unwrap()
            .allowed
    );
}

#[test]
fn a_limit_without_burst_in_limits_toml_bursts_its_count() {
    let limiter = Limiter::in_memory(&catalog());
    let rate = limiter.rate("orders-per-account").unwrap();
    assert_eq!((rate.count, rate.burst), (300, 300));
    assert_eq!(rate.emission_interval, 36_000_000_000);
    // overall-requests documents its burst: 125 at once, 250 per second.
    let rate = limiter.rate("overall-requests").unwrap();
    assert_eq!((rate.count, rate.burst), (250, 125));
    assert_eq!(rate.emission_interval, 4_000_000);
}

#[test]
fn an_unknown_limit_is_an_error_naming_it() {
    let limiter = Limiter::in_memory(&catalog());
    let err = limiter.spend("nope", "k", 1, at(T0)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown limit `nope`; the limits are those of content/limits.toml"
    );
}

#[test]
fn a_denied_registration_becomes_a_429_in_the_readers_language_with_retry_after_in_seconds() {
    let catalog = catalog();
    let limiter = Limiter::in_memory(&catalog);
    for _ in 0..10 {
        limiter
            .spend("registrations-per-ipv6-range", "2001:db8::/48", 50, at(T0))
            .unwrap();
    }
    let d = limiter
        .spend("registrations-per-ipv6-range", "2001:db8::/48", 1, at(T0))
        .unwrap();
    assert!(!d.allowed);
    // 3 h / 500 = 21.6 s, sent as 22.
    assert_eq!(d.retry_after, Duration::from_millis(21_600));
    let english = Locale::parse("en").unwrap();
    let denial = d
        .problem(&catalog, &english, &Args::new())
        .unwrap()
        .unwrap();
    assert_eq!(denial.problem.status, 429);
    assert_eq!(denial.retry_after, "22");
    assert_eq!(denial.content_language, "en");
    assert_eq!(
        denial.link,
        format!("<{}>;rel=\"help\"", denial.problem.doc)
    );
    assert!(
        denial.problem.detail.contains("retry after"),
        "{}",
        denial.problem.detail
    );
    assert!(
        denial.problem.detail.contains("00:00:21"),
        "{}",
        denial.problem.detail
    );
    assert!(denial.problem.retry_after.is_some());
}

#[test]
fn a_denied_overall_request_is_a_503() {
    let catalog = catalog();
    let limiter = Limiter::in_memory(&catalog);
    assert!(
        limiter
            .spend("overall-requests", "192.0.2.1", 125, at(T0))
            .unwrap()
            .allowed
    );
    let d = limiter
        .spend("overall-requests", "192.0.2.1", 1, at(T0))
        .unwrap();
    assert!(!d.allowed);
    assert_eq!(d.retry_after_secs(), 1);
    let french = Locale::parse("fr").unwrap();
    let denial = d.problem(&catalog, &french, &Args::new()).unwrap().unwrap();
    assert_eq!(denial.problem.status, 503);
    assert_eq!(denial.content_language, "fr");
}

#[test]
fn an_allowed_decision_has_no_problem() {
    let catalog = catalog();
    let limiter = Limiter::in_memory(&catalog);
    let d = limiter
        .spend("overall-requests", "192.0.2.1", 1, at(T0))
        .unwrap();
    let english = Locale::parse("en").unwrap();
    assert_eq!(d.problem(&catalog, &english, &Args::new()).unwrap(), None);
}

#[test]
fn capacity_from_the_past_is_not_banked() {
    let rate = Rate::new(10, Duration::from_secs(3 * 3600), 10).unwrap();
    // A TAT long past: the bucket is full, not fuller.
    let (v, tat) = rate.decide(Some(0), 1, 1_000_000 * rate.emission_interval);
    assert!(v.allowed);
    assert_eq!(v.remaining, 9);
    assert_eq!(tat, 1_000_001 * rate.emission_interval);
}

/// A store that breaks its contract: it answers without calling the update.
struct SkippingStore;

impl Store for SkippingStore {
    type Error = std::io::Error;

    fn update(
        &self,
        _: &str,
        _: i64,
        _: &mut dyn FnMut(Option<i64>) -> Option<i64>,
    ) -> Result<(), Self::Error> {
        Ok(())
    }
}

#[test]
fn a_store_that_never_decides_is_an_error_not_a_panic() {
    let limiter = Limiter::new(&catalog(), SkippingStore);
    let err = limiter
        .spend("registrations-per-ip", "192.0.2.1", 1, at(T0))
        .unwrap_err();
    assert!(matches!(err, LimiterError::StoreSkippedUpdate), "{err}");
}
