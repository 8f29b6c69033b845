//! `errdocs export --format boulder` and `errdocs check --limiter-config`: Boulder's
//! rate-limit file written from the docs passes the check, and a deployed file whose
//! numbers drifted fails it with `FILE:line:col` and both values.

use crate::common;

use common::errdocs;

fn text(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

#[test]
fn the_exported_boulder_defaults_pass_the_check() {
    // No errdocs.toml here: the bundled site.
    let dir = tempfile::tempdir().unwrap();
    let out = errdocs(
        dir.path(),
        &["export", "--format", "boulder", "--out", "boulder"],
    );
    assert!(out.status.success(), "{}", text(&out));
    let yaml = std::fs::read_to_string(dir.path().join("boulder/defaults.yml")).unwrap();
    assert!(
        yaml.contains("NewRegistrationsPerIPAddress:\n  burst: 10\n  count: 10\n  period: 3h\n"),
        "{yaml}"
    );
    let out = errdocs(
        dir.path(),
        &["check", "--limiter-config", "boulder/defaults.yml"],
    );
    let report = text(&out);
    assert!(out.status.success(), "{report}");
    assert!(!report.contains("[limiter-config]"), "{report}");
}

#[test]
fn a_drifted_boulder_file_fails_naming_both_values_at_their_lines() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::fixture("boulder/drifted-defaults.yml"),
        dir.path().join("defaults.yml"),
    )
    .unwrap();
    let out = errdocs(dir.path(), &["check", "--limiter-config", "defaults.yml"]);
    let report = text(&out);
    assert!(!out.status.success(), "{report}");
    let findings: Vec<&str> = report
        .lines()
        .filter(|l| l.contains("[limiter-config]"))
        .collect();
    assert_eq!(
        findings,
        [
            "defaults.yml:5:10: error[limiter-config]: `NewRegistrationsPerIPAddress` enforces count 20 per period 3h; the docs (`registrations-per-ip`) say 10 per 3h",
            "defaults.yml:24:10: error[limiter-config]: `FailedAuthorizationsPerDomainPerAccount` enforces burst 10; the docs (`authorization-failures`) say 5 (its count: limits.toml gives no burst)",
            "defaults.yml:32:1: warning[limiter-config]: override `NewRegistrationsPerIPAddress:64.112.117.1`: not compared (the pages document the defaults)",
        ],
        "{report}"
    );
}

#[test]
fn an_unreadable_limiter_config_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = errdocs(dir.path(), &["check", "--limiter-config", "missing.yml"]);
    assert!(!out.status.success());
    assert!(text(&out).contains("missing.yml"), "{}", text(&out));
}
