//! The ACME-style front end (`errdocs::limiter::front`, the server of
//! `examples/acme_front.rs`) started in-process on free ports: two instances on one real
//! `redis-server` share a budget, a denial is the localized problem document with its
//! headers, and bad client input is a 400, never a panic.

use errdocs::catalog::{Arg, Args, Catalog};
use errdocs::limiter::MemoryStore;
use errdocs::limiter::front::{self, FrontStore, Options, Running};
use errdocs::limiter::redis::{FailMode, RedisStore};
use errdocs::problem::Problem;
use errdocs::source::SiteSource;

use crate::common::{client, free_port};
use crate::redis_server::{RedisServer, dead_url};

fn catalog() -> Catalog {
    Catalog::load(&SiteSource::bundled()).unwrap()
}

fn start(store: FrontStore, trust_forwarded: bool) -> Running {
    front::spawn(
        free_port(),
        catalog(),
        store,
        Options {
            trust_forwarded,
            workers: Some(1),
        },
    )
    .expect("the front end starts")
}

fn redis(server: &RedisServer, fail_mode: FailMode) -> FrontStore {
    FrontStore::Redis(RedisStore::open(&server.url(), fail_mode).unwrap())
}

struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

fn post(front: &Running, path: &str, headers: &[(&str, &str)], body: &str) -> Answer {
    let mut req = client().post(format!("http://{}{path}", front.addr()));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let mut res = req.send(body).unwrap();
    Answer {
        status: res.status().as_u16(),
        headers: res
            .headers()
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: res.body_mut().read_to_string().unwrap(),
    }
}

const IP: &str = "203.0.113.7";

#[test]
fn two_front_ends_on_one_redis_refuse_the_eleventh_and_twelfth_registration_from_one_ip() {
    let Some(server) = RedisServer::start() else {
        return;
    };
    let a = start(redis(&server, FailMode::Closed), true);
    let b = start(redis(&server, FailMode::Closed), true);
    let headers = [("X-Forwarded-For", IP), ("Accept-Language", "de")];
    let answers: Vec<Answer> = [&a, &b]
        .iter()
        .flat_map(|front| (0..6).map(|_| post(front, "/acme/new-acct", &headers, "{}")))
        .collect();
    for (i, answer) in answers.iter().take(10).enumerate() {
        assert_eq!(answer.status, 201, "request {}: {}", i + 1, answer.body);
        assert_eq!(answer.json()["ip"], IP);
    }
    let catalog = catalog();
    for answer in &answers[10..] {
        assert_eq!(answer.status, 429, "{}", answer.body);
        assert_eq!(
            answer.header("content-type"),
            Some("application/problem+json")
        );
        assert_eq!(answer.header("content-language"), Some("de"));
        assert_eq!(
            answer.header("link"),
            Some(r#"<http://127.0.0.1:8080/docs/too-many-registrations-for-this-ip/>;rel="help""#)
        );
        // 10 per 3 h: one registration comes back every 18 minutes, less the time the
        // test took since the first one.
        let retry: u64 = answer.header("retry-after").unwrap().parse().unwrap();
        assert!((18 * 60 - 60..=18 * 60).contains(&retry), "{retry}");
        let json = answer.json();
        assert_eq!(json["status"], 429);
        assert_eq!(json["limit"], "registrations-per-ip");
        // The German message of the limit, with the retry instant the document carries.
        let instant = json["args"]["retry-after"].as_str().unwrap();
        let mut extra = Args::new();
        extra.set("retry-after", Arg::Time(instant.parse().unwrap()));
        let expected = Problem::new(
            &catalog,
            &"de".parse().unwrap(),
            "registrations-per-ip",
            &extra,
        )
        .unwrap();
        assert_eq!(json["detail"], expected.detail);
        assert_eq!(json["title"], expected.title);
    }
    let mut json = answers[11].json();
    json["args"]["retry-after"] = "[retry instant]".into();
    insta::assert_json_snapshot!("acme_front_denied_de", json);
}

#[test]
fn an_ipv6_client_is_limited_by_its_address_and_by_its_48() {
    // A front end in memory: the range's budget (500 per 3 h) is spent by each address.
    let front = start(FrontStore::Memory(MemoryStore::new()), true);
    let a = post(
        &front,
        "/acme/new-acct",
        &[("X-Forwarded-For", "2001:db8:1:2::1")],
        "",
    );
    assert_eq!(a.status, 201, "{}", a.body);
    assert_eq!(a.json()["ip"], "2001:db8:1:2::1");
    // An IPv4-mapped address counts as the IPv4 address.
    let mapped = post(
        &front,
        "/acme/new-acct",
        &[("X-Forwarded-For", "::ffff:192.0.2.5, 10.0.0.1")],
        "",
    );
    assert_eq!(mapped.json()["ip"], "192.0.2.5");
    // Ten more from other addresses of the same /48 still pass (each its own per-IP
    // bucket); the per-IP bucket of the first refuses its eleventh.
    for i in 0..10 {
        let addr = format!("2001:db8:1:{}::1", i + 10);
        assert_eq!(
            post(&front, "/acme/new-acct", &[("X-Forwarded-For", &addr)], "").status,
            201
        );
    }
    for _ in 0..9 {
        post(
            &front,
            "/acme/new-acct",
            &[("X-Forwarded-For", "2001:db8:1:2::1")],
            "",
        );
    }
    let denied = post(
        &front,
        "/acme/new-acct",
        &[
            ("X-Forwarded-For", "2001:db8:1:2::1"),
            ("Accept-Language", "ja"),
        ],
        "",
    );
    assert_eq!(denied.status, 429);
    assert_eq!(denied.json()["limit"], "registrations-per-ip");
    assert_eq!(denied.header("content-language"), Some("ja"));
}

#[test]
fn orders_are_limited_per_account_and_a_body_without_account_is_malformed() {
    let front = start(FrontStore::Memory(MemoryStore::new()), false);
    let ok = post(&front, "/acme/new-order", &[], r#"{"account":"acct-1"}"#);
    assert_eq!(ok.status, 201, "{}", ok.body);
    assert_eq!(ok.json()["account"], "acct-1");
    for body in ["{}", r#"{"account":""}"#, r#"{"account":7}"#, "not json"] {
        let bad = post(&front, "/acme/new-order", &[], body);
        assert_eq!(bad.status, 400, "{body}: {}", bad.body);
        assert_eq!(bad.json()["type"], "urn:ietf:params:acme:error:malformed");
    }
    // 300 per 3 h: the 301st order of one account is refused, in French by default.
    for _ in 0..299 {
        post(&front, "/acme/new-order", &[], r#"{"account":"acct-1"}"#);
    }
    let denied = post(&front, "/acme/new-order", &[], r#"{"account":"acct-1"}"#);
    assert_eq!(denied.status, 429);
    assert_eq!(denied.json()["limit"], "orders-per-account");
    assert_eq!(denied.header("content-language"), Some("fr"));
    assert_eq!(denied.header("retry-after"), Some("36"));
    // Another account has its own budget.
    let other = post(&front, "/acme/new-order", &[], r#"{"account":"acct-2"}"#);
    assert_eq!(other.status, 201);
}

#[test]
fn a_malformed_x_forwarded_for_is_a_400_when_trusted_and_ignored_otherwise() {
    let trusting = start(FrontStore::Memory(MemoryStore::new()), true);
    for bad in ["not-an-ip", "", "203.0.113.7:443", "[::1]"] {
        let answer = post(&trusting, "/acme/new-acct", &[("X-Forwarded-For", bad)], "");
        assert_eq!(answer.status, 400, "{bad:?}: {}", answer.body);
        assert_eq!(
            answer.json()["type"],
            "urn:ietf:params:acme:error:malformed"
        );
    }
    let plain = start(FrontStore::Memory(MemoryStore::new()), false);
    let answer = post(
        &plain,
        "/acme/new-acct",
        &[("X-Forwarded-For", "not-an-ip")],
        "",
    );
    assert_eq!(answer.status, 201);
    assert_eq!(answer.json()["ip"], "127.0.0.1");
}

#[test]
fn with_redis_down_fail_open_registers_and_fail_closed_answers_503() {
    let url = dead_url();
    let open = start(
        FrontStore::Redis(RedisStore::open(&url, FailMode::Open).unwrap()),
        false,
    );
    for _ in 0..12 {
        assert_eq!(post(&open, "/acme/new-acct", &[], "").status, 201);
    }
    let closed = start(
        FrontStore::Redis(RedisStore::open(&url, FailMode::Closed).unwrap()),
        false,
    );
    let answer = post(&closed, "/acme/new-acct", &[], "");
    assert_eq!(answer.status, 503, "{}", answer.body);
    assert_eq!(
        answer.json()["type"],
        "urn:ietf:params:acme:error:serverInternal"
    );
}

#[test]
fn certbot_gets_a_denial_it_can_print_with_the_same_help_link() {
    let front = start(FrontStore::Memory(MemoryStore::new()), false);
    let certbot = "CertbotACMEClient/2.11.0 (certbot; Debian) Authenticator/nginx";
    let ask = |agent: &str| {
        let headers = [("user-agent", agent), ("accept-language", "de")];
        post(&front, "/acme/new-order", &headers, r#"{"account":"a"}"#)
    };
    for _ in 0..300 {
        assert_eq!(ask("lego-cli/4.9.1").status, 201);
    }
    let lego = ask("lego-cli/4.9.1");
    let escaping = ask(certbot);
    assert_eq!((lego.status, escaping.status), (429, 429));
    // lego prints UTF-8: the reader's German. certbot escapes it: the first ASCII locale.
    assert_eq!(lego.header("content-language"), Some("de"));
    assert_eq!(escaping.header("content-language"), Some("en"));
    let detail = escaping.json()["detail"].as_str().unwrap().to_owned();
    assert!(detail.is_ascii(), "{detail}");
    assert_eq!(lego.header("link"), escaping.header("link"));
    assert_eq!(lego.json()["instance"], escaping.json()["instance"]);
    assert_eq!(escaping.header("vary"), Some("Accept-Language, User-Agent"));
}
