//! `GET /api/v1/problems/{limit}`: the problem document a limiter sends, and the promise it
//! carries: the URL inside it opens the help page in the reader's language, at its anchor.

use crate::common;

use common::{client, follower, url};
use errdocs::serve;
use ureq::ResponseExt;

const API: &str = "/api/v1/problems/registrations-per-ip";

fn header(res: &ureq::http::Response<ureq::Body>, name: &str) -> String {
    res.headers()
        .get(name)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

fn problem(
    accept_language: &str,
    query: &str,
) -> (ureq::http::Response<ureq::Body>, serde_json::Value) {
    problem_of(API, accept_language, query)
}

fn problem_of(
    api: &str,
    accept_language: &str,
    query: &str,
) -> (ureq::http::Response<ureq::Body>, serde_json::Value) {
    let server = common::start();
    let mut res = client()
        .get(url(&server, &format!("{api}{query}")))
        .header("Accept-Language", accept_language)
        .call()
        .unwrap();
    let json = serde_json::from_str(&res.body_mut().read_to_string().unwrap()).unwrap();
    (res, json)
}

#[test]
fn canadian_french_gets_the_french_problem_document() {
    let (res, json) = problem("fr-CA,fr;q=0.9,en;q=0.5", "");
    assert_eq!(res.status(), 200);
    assert_eq!(header(&res, "content-type"), "application/problem+json");
    assert_eq!(header(&res, "content-language"), "fr");
    assert_eq!(header(&res, "vary"), "Accept-Language, Cookie, User-Agent");
    assert_eq!(
        header(&res, "link"),
        "<http://127.0.0.1:8080/docs/too-many-registrations-for-this-ip/>;rel=\"help\""
    );
    insta::assert_json_snapshot!(json);
}

#[test]
fn american_english_gets_the_english_problem_document() {
    let (res, json) = problem(
        "en-US",
        "?retry-after=2026-11-28T10:00:00Z&identifier=203.0.113.7",
    );
    assert_eq!(header(&res, "content-language"), "en");
    assert_eq!(header(&res, "retry-after"), "Sat, 28 Nov 2026 10:00:00 GMT");
    insta::assert_json_snapshot!(json);
}

/// Every field written out, not compared with what the library builds: the document must
/// say these exact things whatever the code that builds it does.
#[test]
fn the_load_balancers_limit_is_a_503_problem_with_its_burst_and_no_refill() {
    let (res, json) = problem_of(
        "/api/v1/problems/overall-requests",
        "en",
        "?retry-after=2026-11-28T10:00:00Z&identifier=203.0.113.7",
    );
    // The API serves the document a limiter would send (200: the lookup succeeded); the
    // 503 is inside it.
    assert_eq!(res.status(), 200);
    assert_eq!(header(&res, "content-type"), "application/problem+json");
    assert_eq!(header(&res, "content-language"), "en");
    assert_eq!(header(&res, "retry-after"), "Sat, 28 Nov 2026 10:00:00 GMT");
    assert_eq!(
        header(&res, "link"),
        "<http://127.0.0.1:8080/docs/overall-requests-limit/>;rel=\"help\""
    );
    assert_eq!(
        json,
        serde_json::json!({
            "type": "urn:ietf:params:acme:error:rateLimited",
            "status": 503,
            "title": "Overall requests limit",
            "detail": "too many requests (250) from this IP address in the last 1 second, retry after 2026-11-28 10:00:00 UTC: see http://127.0.0.1:8080/docs/overall-requests-limit/",
            "limit": "overall-requests",
            "doc": "http://127.0.0.1:8080/docs/overall-requests-limit/",
            "args": {
                "count": 250,
                "window": 1,
                "burst": 125,
                "retry-after": "2026-11-28T10:00:00Z",
                "identifier": "203.0.113.7",
            },
        })
    );
}

#[test]
fn query_lang_chooses_the_language_of_the_document() {
    let (res, json) = problem("fr", "?lang=en");
    assert_eq!(header(&res, "content-language"), "en");
    assert!(
        json["detail"]
            .as_str()
            .unwrap()
            .starts_with("too many registrations")
    );
}

#[test]
fn an_unknown_limit_is_a_404_problem() {
    let server = common::start();
    let mut res = client()
        .get(url(&server, "/api/v1/problems/no-such-limit"))
        .call()
        .unwrap();
    assert_eq!(res.status(), 404);
    assert_eq!(header(&res, "content-type"), "application/problem+json");
    let json: serde_json::Value =
        serde_json::from_str(&res.body_mut().read_to_string().unwrap()).unwrap();
    assert_eq!(json["status"], 404);
    assert!(
        json["detail"]
            .as_str()
            .unwrap()
            .contains("registrations-per-ip")
    );
}

#[test]
fn bad_arguments_are_a_400_problem() {
    let server = common::start();
    for query in ["?url=https://evil.example/", "?bad%20name=1", "?a=1&a%3D=2"] {
        let res = client()
            .get(url(&server, &format!("{API}{query}")))
            .call()
            .unwrap();
        assert_eq!(res.status(), 400, "{query}");
    }
    let many: String = (0..40).map(|i| format!("a{i}=1&")).collect();
    let res = client()
        .get(url(&server, &format!("{API}?{many}")))
        .call()
        .unwrap();
    assert_eq!(res.status(), 400);
}

#[test]
fn other_methods_are_not_allowed_on_the_api() {
    let server = common::start();
    let res = client().post(url(&server, API)).send_empty().unwrap();
    assert_eq!(res.status(), 405);
}

/// The whole promise: a reader's client gets the problem document, follows the URL in
/// `detail` with the same `Accept-Language`, and lands on the page in its language (or
/// French), on the page that has the anchor of the URL.
#[test]
fn the_url_in_the_error_opens_the_help_page_in_the_readers_language() {
    // The site's base URL is this server's, so the URL in the error leads here; the limit
    // points at an anchor, as limits on shared pages do.
    let listener = common::free_port();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let source = common::bundled_with(&[
        (
            "errdocs.toml",
            "base-url = \"http://127.0.0.1:8080\"",
            &format!("base-url = \"{base}\""),
        ),
        (
            "content/limits.toml",
            "page = \"too-many-registrations-for-this-ip\"",
            "page = \"too-many-registrations-for-this-ip\"\nanchor = \"common-causes\"",
        ),
    ]);
    let server = serve::spawn(listener, source, common::options()).unwrap();

    for (accept_language, lang, sentence) in [
        ("fr-CA,fr;q=0.9,en;q=0.5", "fr", "trop d’enregistrements"),
        ("en-US,en;q=0.9", "en", "too many registrations"),
        ("sw-KE,sw;q=0.9", "fr", "trop d’enregistrements"),
    ] {
        let mut res = client()
            .get(url(&server, API))
            .header("Accept-Language", accept_language)
            .call()
            .unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&res.body_mut().read_to_string().unwrap()).unwrap();
        let detail = json["detail"].as_str().unwrap();
        assert!(detail.starts_with(sentence), "{accept_language}: {detail}");
        let doc_url = detail.rsplit(' ').next().unwrap();
        let expected_doc = format!("{base}/docs/too-many-registrations-for-this-ip/#common-causes");
        assert_eq!(doc_url, expected_doc);
        assert_eq!(json["doc"], expected_doc);

        let mut page = follower()
            .get(doc_url)
            .header("Accept-Language", accept_language)
            .call()
            .unwrap();
        assert_eq!(page.status(), 200, "{accept_language}");
        assert_eq!(
            page.get_uri().path(),
            format!("/{lang}/docs/too-many-registrations-for-this-ip/"),
            "{accept_language}"
        );
        assert_eq!(header(&page, "content-language"), lang);
        let html = page.body_mut().read_to_string().unwrap();
        assert!(
            html.contains("id=\"common-causes\""),
            "{accept_language}: no anchor"
        );
        // The page quotes the very message of the error.
        assert!(
            html.contains(sentence),
            "{accept_language}: the page does not quote the error"
        );
    }
}

#[test]
fn retry_after_must_be_an_instant_between_1970_and_9999() {
    let server = common::start();
    for (value, expected) in [
        ("%3Cscript%3E", "`<script>` is not an RFC 3339 instant"),
        (
            "2026-01-01T12:00:00Z%0D%0AX-Evil:%201",
            "is not an RFC 3339 instant",
        ),
        ("1969-12-31T23:59:59Z", "is outside the accepted range"),
        ("10000-01-01T00:00:00Z", "is not an RFC 3339 instant"),
        ("9999-12-31T23:59:59Z", "is not an RFC 3339 instant"),
    ] {
        let mut res = client()
            .get(url(&server, &format!("{API}?retry-after={value}")))
            .call()
            .unwrap();
        assert_eq!(res.status(), 400, "{value}");
        assert_eq!(
            res.headers().get("x-content-type-options").unwrap(),
            "nosniff"
        );
        let json: serde_json::Value =
            serde_json::from_str(&res.body_mut().read_to_string().unwrap()).unwrap();
        let detail = json["detail"].as_str().unwrap();
        assert!(detail.starts_with("argument `retry-after`: "), "{detail}");
        assert!(detail.contains(expected), "{value}: {detail}");
    }
    let res = client()
        .get(url(
            &server,
            &format!("{API}?retry-after=9999-12-30T22:00:00Z"),
        ))
        .call()
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers().get("retry-after").unwrap(),
        "Thu, 30 Dec 9999 22:00:00 GMT"
    );
}

#[test]
fn identifiers_keep_their_text_and_the_help_url_cannot_be_replaced() {
    let server = common::start();
    let mut res = client()
        .get(url(&server, &format!("{API}?identifier=0123&account=007")))
        .call()
        .unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&res.body_mut().read_to_string().unwrap()).unwrap();
    assert_eq!(json["args"]["identifier"], "0123");
    assert_eq!(json["args"]["account"], "007");
    for (query, expected) in [
        (
            "url=https://evil.example/",
            "argument `url`: this is the limit's help URL",
        ),
        ("count=many", "argument `count`: `many` is not a number"),
    ] {
        let mut res = client()
            .get(url(&server, &format!("{API}?{query}")))
            .call()
            .unwrap();
        assert_eq!(res.status(), 400);
        let body = res.body_mut().read_to_string().unwrap();
        assert!(body.contains(expected), "{body}");
    }
}
