//! Hostile clients: every request here gets a 4xx or a sane default, never a 5xx, a
//! dropped connection, or a byte from outside the site. Requests are sent as raw bytes,
//! since no well-behaved client would send them.

use crate::common;

use common::{Raw, raw};
use errdocs::serve::Running;

const PAGE: &str = "/docs/too-many-registrations-for-this-ip/";

/// Bytes that would only appear if a file outside the site leaked: `/etc/passwd`, this
/// repository's `Cargo.toml`, source code.
fn assert_no_leak(res: &Raw) {
    let body = String::from_utf8_lossy(&res.body);
    for secret in ["root:", "[package]", "fn main", "[dependencies]"] {
        assert!(!body.contains(secret), "leaked {secret:?}");
    }
}

fn send(server: &Running, request: &[u8]) -> Raw {
    let res = raw(server.addr(), request).expect("the server answers");
    assert!(res.status < 500, "status {}", res.status);
    assert_no_leak(&res);
    res
}

fn get(server: &Running, target: &str, extra_headers: &str) -> Raw {
    send(
        server,
        format!("GET {target} HTTP/1.1\r\nHost: x\r\n{extra_headers}Connection: close\r\n\r\n")
            .as_bytes(),
    )
}

#[test]
fn a_64_kib_accept_language_gets_the_default_language() {
    let server = common::start();
    let huge = format!(
        "Accept-Language: {}\r\n",
        "en-US;q=0.9,".repeat(64 * 1024 / 12)
    );
    assert!(huge.len() >= 64 * 1024);
    let res = get(&server, PAGE, &huge);
    // Over the length errdocs reads, the header is ignored: French, the default, not the
    // English it repeats.
    assert_eq!(res.status, 302);
    assert_eq!(res.header("location"), Some(format!("/fr{PAGE}").as_str()));
}

#[test]
fn control_bytes_in_accept_language_are_refused_by_the_http_parser() {
    let server = common::start();
    let res = send(&server,
        b"GET /docs/too-many-registrations-for-this-ip/ HTTP/1.1\r\nHost: x\r\nAccept-Language: en\xff\xfe\x01, \x7f\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(res.status, 400);
}

#[test]
fn a_non_ascii_accept_language_gets_the_default_language() {
    let server = common::start();
    let res = send(&server,
        b"GET /docs/too-many-registrations-for-this-ip/ HTTP/1.1\r\nHost: x\r\nAccept-Language: \xc3\xa9\xff;q=0.9\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(res.status, 302);
    assert_eq!(res.header("location"), Some(format!("/fr{PAGE}").as_str()));
}

#[test]
fn a_non_ascii_item_is_dropped_alone_and_the_rest_of_accept_language_counts() {
    let server = common::start();
    let res = send(&server,
        b"GET /docs/too-many-registrations-for-this-ip/ HTTP/1.1\r\nHost: x\r\nAccept-Language: de, \xc3\xa9;q=0.9, \xff\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(res.status, 302);
    assert_eq!(res.header("location"), Some(format!("/de{PAGE}").as_str()));
}

#[test]
fn control_characters_in_the_path_are_refused() {
    let server = common::start();
    for target in ["/fr/docs/%00/", "/fr/%0d%0aSet-Cookie:%20x=1", "/%1b[31m"] {
        let res = get(&server, target, "");
        assert_eq!(res.status, 400, "{target}");
        assert!(res.header("set-cookie").is_none());
    }
    // A raw control byte in the request line: the HTTP parser refuses it.
    let res = send(
        &server,
        b"GET /fr/\x01/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(res.status, 400);
}

#[test]
fn invalid_utf8_in_the_path_is_refused() {
    let server = common::start();
    assert_eq!(get(&server, "/fr/docs/%ff%fe/", "").status, 400);
    assert_eq!(get(&server, "/%c0%af", "").status, 400);
}

#[test]
fn traversal_never_leaves_the_site() {
    let server = common::start();
    // Each answer is the one expected, not "any 4xx": a `..` (encoded or not) or an
    // encoded `\` is refused as a bad path (400); a path that merely names a source file is
    // not in the site (404).
    let answers: Vec<(&str, u16)> = [
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/fr/docs/%2e%2e/%2e%2e/Cargo.toml",
        "/fr/docs/..%2f..%2f..%2fCargo.toml",
        "/..%5c..%5cCargo.toml",
        "/static/../Cargo.toml",
        "/src/main.rs",
        "/Cargo.toml",
        "/locales/fr/site.ftl",
    ]
    .into_iter()
    .map(|target| (target, get(&server, target, "").status))
    .collect();
    assert_eq!(
        answers,
        [
            ("/%2e%2e/%2e%2e/%2e%2e/etc/passwd", 400),
            ("/fr/docs/%2e%2e/%2e%2e/Cargo.toml", 400),
            ("/fr/docs/..%2f..%2f..%2fCargo.toml", 400),
            ("/..%5c..%5cCargo.toml", 400),
            ("/static/../Cargo.toml", 400),
            ("/src/main.rs", 404),
            ("/Cargo.toml", 404),
            ("/locales/fr/site.ftl", 404),
        ]
    );
}

#[test]
fn an_overlong_query_is_refused() {
    let server = common::start();
    let target = format!("{PAGE}?lang={}", "a".repeat(8 * 1024));
    assert_eq!(get(&server, &target, "").status, 414);
    let api = format!(
        "/api/v1/problems/registrations-per-ip?x={}",
        "a".repeat(8 * 1024)
    );
    assert_eq!(get(&server, &api, "").status, 414);
}

#[test]
fn malformed_cookies_are_ignored() {
    let server = common::start();
    for cookie in [
        &b"Cookie: lang\r\n"[..],
        b"Cookie: =en; ;;; lang=\r\n",
        b"Cookie: lang=%ff%fe\r\n",
        b"Cookie: lang=\"en\r\n",
        b"Cookie: lang=en\xff\r\n",
    ] {
        let mut request = format!("GET {PAGE} HTTP/1.1\r\nHost: x\r\n").into_bytes();
        request.extend_from_slice(cookie);
        request.extend_from_slice(b"Accept-Language: en\r\nConnection: close\r\n\r\n");
        let res = send(&server, &request);
        assert_eq!(res.status, 302, "{:?}", String::from_utf8_lossy(cookie));
        assert_eq!(res.header("location"), Some(format!("/en{PAGE}").as_str()));
    }
}

#[test]
fn a_huge_cookie_is_ignored() {
    let server = common::start();
    let cookie = format!(
        "Cookie: {}lang=en\r\n",
        "junk=xxxxxxxxxxxxxxxxxxxxxxxx; ".repeat(2000)
    );
    let res = get(&server, PAGE, &cookie);
    // Too large to read: ignored as a whole, so its `lang=en` does not count either.
    assert_eq!(res.status, 302);
    assert_eq!(res.header("location"), Some(format!("/fr{PAGE}").as_str()));
}

#[test]
fn unknown_and_unsafe_methods_are_not_allowed() {
    let server = common::start();
    for method in [
        "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "BREW", "PROPFIND",
    ] {
        let res = send(&server, format!("{method} {PAGE} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes());
        assert_eq!(res.status, 405, "{method}");
        assert_eq!(res.header("allow"), Some("GET, HEAD"), "{method}");
    }
}

#[test]
fn garbage_instead_of_http_is_refused() {
    let server = common::start();
    let res = send(
        &server,
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n",
    );
    assert_eq!(res.status, 400);
}

#[test]
fn a_malformed_if_none_match_is_ignored() {
    let server = common::start();
    let res = get(
        &server,
        &format!("/fr{PAGE}"),
        "If-None-Match: \"unterminated, W/, ,,\r\n",
    );
    assert_eq!(res.status, 200);
}
