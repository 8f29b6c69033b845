//! `errdocs message` and the `--site` rule, through the real binary: the limiter's string
//! in each language, negotiation from a tag or an Accept-Language header, and the problem
//! document.

use crate::common;

use common::{errdocs, fixture};

fn stdout_of(args: &[&str]) -> String {
    // A folder without errdocs.toml: the binary must fall back to its bundled site.
    let cwd = tempfile::tempdir().unwrap();
    let run = errdocs(cwd.path(), args);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    String::from_utf8(run.stdout).unwrap()
}

const URL: &str = "http://127.0.0.1:8080/docs/too-many-registrations-for-this-ip/";

#[test]
fn english_message_is_the_string_clients_already_know() {
    let out = stdout_of(&["message", "registrations-per-ip", "--lang", "en"]);
    assert_eq!(
        out,
        format!("too many registrations for this IP: see {URL}\n")
    );
}

#[test]
fn french_message_has_a_no_break_space_before_the_colon() {
    let out = stdout_of(&["message", "registrations-per-ip", "--lang", "fr"]);
    assert_eq!(
        out,
        format!("trop d’enregistrements pour cette adresse IP\u{a0}: voir {URL}\n")
    );
}

#[test]
fn canadian_french_falls_back_to_french() {
    let fr = stdout_of(&["message", "registrations-per-ip", "--lang", "fr"]);
    assert_eq!(
        stdout_of(&["message", "registrations-per-ip", "--lang", "fr-CA"]),
        fr
    );
}

#[test]
fn unknown_language_gets_the_default_locale() {
    let fr = stdout_of(&["message", "registrations-per-ip", "--lang", "fr"]);
    assert_eq!(
        stdout_of(&["message", "registrations-per-ip", "--lang", "tlh"]),
        fr
    );
    assert_eq!(stdout_of(&["message", "registrations-per-ip"]), fr);
}

#[test]
fn accept_language_is_negotiated_by_q_value() {
    let out = stdout_of(&[
        "message",
        "registrations-per-ip",
        "--accept-language",
        "tlh, fr;q=0.2, en-GB;q=0.8",
    ]);
    assert!(out.starts_with("too many registrations"), "{out}");
}

#[test]
fn json_format_prints_the_problem_document() {
    let out = stdout_of(&[
        "message",
        "registrations-per-ip",
        "--lang",
        "en-US",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    insta::assert_json_snapshot!("problem_en", json);
}

#[test]
fn unknown_limit_lists_the_known_ones() {
    let cwd = tempfile::tempdir().unwrap();
    let run = errdocs(cwd.path(), &["message", "no-such-limit"]);
    assert!(!run.status.success());
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("unknown limit `no-such-limit`; known limits: ")
            && stderr.contains(" registrations-per-ip,"),
        "{stderr}"
    );
}

#[test]
fn site_defaults_to_the_current_directory_when_it_has_errdocs_toml() {
    let run = errdocs(
        &fixture("basic"),
        &[
            "message",
            "orders-per-account",
            "--lang",
            "en",
            "--arg",
            "identifier=42",
            "--arg",
            "retry-after=2026-01-01T12:00:00Z",
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(
        String::from_utf8(run.stdout).unwrap(),
        "too many new orders (300) from account 42 in the last 3 hours, retry after 2026-01-01 12:00:00 UTC: see https://docs.example.org/docs/orders/#limit\n"
    );
}

#[test]
fn extra_arguments_reach_the_message_and_facts_come_from_the_site() {
    let site = common::site_dir(None);
    let limits = site.path().join("content/limits.toml");
    let text = std::fs::read_to_string(&limits).unwrap();
    std::fs::write(&limits, text.replacen("count = 300", "count = 1000000", 1)).unwrap();
    let run = errdocs(
        site.path(),
        &[
            "message",
            "orders-per-account",
            "--lang",
            "fr",
            "--arg",
            "identifier=042",
            "--arg",
            "retry-after=2026-01-01T12:00:00Z",
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let out = String::from_utf8(run.stdout).unwrap();
    assert!(out.contains("(1\u{202f}000\u{202f}000)"), "{out}");
    assert!(out.contains("pour le compte 042 "), "{out}");
}

#[test]
fn the_cli_refuses_what_the_problem_api_refuses() {
    let cwd = tempfile::tempdir().unwrap();
    for (arg, expected) in [
        (
            "url=https://evil.example/",
            "argument `url`: this is the limit's help URL",
        ),
        ("count=many", "argument `count`: `many` is not a number"),
        (
            "retry-after=tomorrow",
            "argument `retry-after`: `tomorrow` is not an RFC 3339 instant",
        ),
        ("Bad_Name=1", "argument `Bad_Name`: a name is kebab-case"),
    ] {
        let run = errdocs(
            cwd.path(),
            &["message", "registrations-per-ip", "--arg", arg],
        );
        assert!(!run.status.success(), "{arg}");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(stderr.contains(expected), "{arg}: {stderr}");
    }
    let json = stdout_of(&[
        "message",
        "registrations-per-ip",
        "--format",
        "json",
        "--arg",
        "identifier=007",
    ]);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["args"]["identifier"], "007");
}
