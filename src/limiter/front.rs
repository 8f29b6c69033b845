//! An ACME-style front end on the reference limiter (feature `acme-front`): the server of
//! `examples/acme_front.rs`, here in the library so that the integration tests start it
//! in-process. With `serve`, this is the only module that uses actix-web.
//!
//! `POST /acme/new-acct` spends `registrations-per-ip` from the client's address (and, for
//! an IPv6 client, `registrations-per-ipv6-range` from its /48) and answers 201; `POST
//! /acme/new-order` spends `orders-per-account` from the `account` field of its JSON body.
//! A denied request gets the limit's problem document ([`super::Decision::problem`]) in the
//! language negotiated from `Accept-Language` with the site's policy, with the limit's
//! status (429, 503 for `overall-requests`), `Retry-After` in seconds, `Link` and
//! `Content-Language`. The client's address is the connection's, or with
//! `trust_forwarded` the first one of `X-Forwarded-For` (a proxy in front sets it).
//!
//! The store is memory or Redis ([`FrontStore`]); Redis calls block, so they run on
//! actix's blocking pool (`web::block`), never on a worker of the event loop. A Redis
//! failure under [`FailMode::Closed`](super::redis::FailMode) is a 503.

use std::net::{IpAddr, Ipv6Addr, SocketAddr, TcpListener};

use actix_web::dev::ServerHandle;
use actix_web::http::{StatusCode, header};
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use anyhow::Context;
use jiff::Timestamp;
use serde_json::json;

use super::redis::{RedisStore, RedisStoreError};
use super::{Denial, Limiter, LimiterError, MemoryStore, Store};
use crate::catalog::{Args, Catalog};
use crate::locale::Locale;
use crate::negotiate;
use crate::problem::MEDIA_TYPE;

/// The store behind a front end: memory (one process) or Redis (shared by several).
// One per server, made once and never moved after: its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum FrontStore {
    /// [`MemoryStore`]: this process only.
    Memory(MemoryStore),
    /// [`RedisStore`]: every front end on the same Redis shares each budget.
    Redis(RedisStore),
}

impl Store for FrontStore {
    type Error = RedisStoreError;

    fn update(
        &self,
        key: &str,
        now: i64,
        update: &mut dyn FnMut(Option<i64>) -> Option<i64>,
    ) -> Result<(), RedisStoreError> {
        match self {
            FrontStore::Memory(store) => match store.update(key, now, update) {
                Ok(()) => Ok(()),
                Err(never) => match never {},
            },
            FrontStore::Redis(store) => store.update(key, now, update),
        }
    }
}

/// How the front end runs.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Take the client's address from the first entry of `X-Forwarded-For` when the
    /// request has one (behind a proxy; tests use it to play many clients).
    pub trust_forwarded: bool,
    /// Worker threads; `None` for one per core.
    pub workers: Option<usize>,
}

struct Front {
    catalog: Catalog,
    limiter: Limiter<FrontStore>,
    trust_forwarded: bool,
    blocking: bool,
}

/// A front end running on a thread of its own; dropping it stops the server.
pub struct Running {
    addr: SocketAddr,
    handle: ServerHandle,
    thread: Option<std::thread::JoinHandle<std::io::Result<()>>>,
}

impl Running {
    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        // The command is sent now; the thread ends once the server has stopped.
        drop(self.handle.stop(false));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn server(
    listener: TcpListener,
    catalog: Catalog,
    store: FrontStore,
    options: &Options,
) -> anyhow::Result<actix_web::dev::Server> {
    let limiter = Limiter::new(&catalog, store);
    let front = web::Data::new(Front {
        blocking: matches!(limiter.store(), FrontStore::Redis(_)),
        catalog,
        limiter,
        trust_forwarded: options.trust_forwarded,
    });
    let mut server = HttpServer::new(move || {
        App::new()
            .app_data(front.clone())
            .app_data(web::PayloadConfig::new(64 * 1024))
            .route("/acme/new-acct", web::post().to(new_acct))
            .route("/acme/new-order", web::post().to(new_order))
    })
    .disable_signals()
    .tcp_nodelay(true);
    if let Some(n) = options.workers {
        server = server.workers(n);
    }
    Ok(server
        .listen(listener)
        .context("cannot serve on the listener")?
        .run())
}

/// Serves on `listener` from a new thread with its own runtime (bind port 0 for a free
/// port); returns once the server accepts connections.
pub fn spawn(
    listener: TcpListener,
    catalog: Catalog,
    store: FrontStore,
    options: Options,
) -> anyhow::Result<Running> {
    let addr = listener
        .local_addr()
        .context("cannot read the bound address")?;
    let (tx, rx) = std::sync::mpsc::channel();
    let thread = std::thread::Builder::new()
        .name("errdocs-acme-front".into())
        .spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                match server(listener, catalog, store, &options) {
                    Ok(server) => {
                        let _ = tx.send(Ok(server.handle()));
                        server.await
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                        Ok(())
                    }
                }
            })
        })
        .context("cannot start the server thread")?;
    let handle = rx
        .recv()
        .context("the server thread ended before starting")??;
    Ok(Running {
        addr,
        handle,
        thread: Some(thread),
    })
}

/// Serves on `listener` until the process ends.
pub fn run(
    listener: TcpListener,
    catalog: Catalog,
    store: FrontStore,
    options: Options,
) -> anyhow::Result<()> {
    actix_web::rt::System::new().block_on(async move {
        server(listener, catalog, store, &options)?
            .await
            .context("the server stopped with an error")
    })
}

/// Who reads a denial: the locale negotiated from `Accept-Language` and the `User-Agent`.
struct Reader {
    locale: Locale,
    agent: String,
}

impl Reader {
    fn of(req: &HttpRequest, catalog: &Catalog) -> Reader {
        let agent = req
            .headers()
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        Reader {
            locale: locale(req, catalog),
            agent: agent.to_owned(),
        }
    }
}

/// What a request's spends came to.
enum Outcome {
    Allowed,
    Denied(Box<Denial>),
    /// The store failed under fail-closed (the store logged it).
    StoreDown,
    /// A limit or message missing from the site: a broken site, not the client's fault.
    Broken(String),
}

/// Spends 1 from each `(limit, bucket key)` in order; the first denial decides. As in
/// Boulder's batches, a bucket spent before a later one denies stays spent.
/// The denial is worded for `reader`: its negotiated locale, or an ASCII one for a client
/// that escapes non-ASCII text ([`crate::problem::escapes_non_ascii`]).
fn spend(front: &Front, buckets: &[(&str, String)], reader: &Reader) -> Outcome {
    let now = Timestamp::now();
    for (limit, key) in buckets {
        match front.limiter.spend(limit, key, 1, now) {
            Ok(d) if d.allowed => {}
            Ok(d) => {
                let (catalog, args) = (&front.catalog, &Args::new());
                return match d.problem_for_client(catalog, &reader.locale, args, &reader.agent) {
                    Ok(Some(denial)) => Outcome::Denied(Box::new(denial)),
                    Ok(None) => Outcome::Allowed,
                    Err(e) => Outcome::Broken(e.to_string()),
                };
            }
            Err(LimiterError::Store(_)) => return Outcome::StoreDown,
            Err(e) => return Outcome::Broken(e.to_string()),
        }
    }
    Outcome::Allowed
}

/// [`spend`], on the blocking pool when the store does network I/O.
async fn decide(
    front: web::Data<Front>,
    buckets: Vec<(&'static str, String)>,
    reader: Reader,
) -> Outcome {
    if !front.blocking {
        return spend(&front, &buckets, &reader);
    }
    let front = front.into_inner();
    web::block(move || spend(&front, &buckets, &reader))
        .await
        .unwrap_or_else(|e| Outcome::Broken(format!("the blocking pool failed: {e}")))
}

fn respond(outcome: Outcome, created: serde_json::Value) -> HttpResponse {
    match outcome {
        Outcome::Allowed => HttpResponse::Created()
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .json(created),
        Outcome::Denied(denial) => {
            let status = StatusCode::from_u16(denial.problem.status)
                .unwrap_or(StatusCode::TOO_MANY_REQUESTS);
            HttpResponse::build(status)
                .insert_header((header::CONTENT_TYPE, MEDIA_TYPE))
                .insert_header((header::RETRY_AFTER, denial.retry_after.as_str()))
                .insert_header((header::LINK, denial.link.as_str()))
                .insert_header((header::CONTENT_LANGUAGE, denial.content_language.as_str()))
                // The wording depends on both (`Problem::for_client`).
                .insert_header((header::VARY, "Accept-Language, User-Agent"))
                .insert_header((header::CACHE_CONTROL, "no-store"))
                .body(denial.problem.to_json())
        }
        Outcome::StoreDown => acme_error(
            StatusCode::SERVICE_UNAVAILABLE,
            "serverInternal",
            "the rate-limit store is unavailable".into(),
        ),
        Outcome::Broken(why) => {
            tracing::error!("acme front: {why}");
            acme_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "serverInternal",
                "the rate limit could not be decided; the server log says why".into(),
            )
        }
    }
}

/// An ACME problem that is not a rate limit (RFC 8555 §6.7): the front end's own
/// diagnostics, in English like the command line's.
fn acme_error(status: StatusCode, kind: &str, detail: String) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((header::CONTENT_TYPE, MEDIA_TYPE))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(
            json!({
                "type": format!("urn:ietf:params:acme:error:{kind}"),
                "status": status.as_u16(),
                "detail": detail,
            })
            .to_string(),
        )
}

fn malformed(detail: String) -> HttpResponse {
    acme_error(StatusCode::BAD_REQUEST, "malformed", detail)
}

/// The reader's language from `Accept-Language` (every field, one list as RFC 9110 says),
/// with the site's `[negotiation]` policy; the default locale without one.
fn locale(req: &HttpRequest, catalog: &Catalog) -> Locale {
    let fields = req.headers().get_all(header::ACCEPT_LANGUAGE);
    let prefs = negotiate::Preferences::from_fields(fields.map(|v| v.as_bytes()));
    negotiate::best(
        &prefs,
        catalog.locales(),
        catalog.reference(),
        catalog.config().negotiation,
    )
}

/// The client's address: the connection's, or the first entry of `X-Forwarded-For` when
/// trusted and present. IPv4-mapped IPv6 addresses count as the IPv4 address they carry.
/// The error is the `detail` of a 400.
fn client_ip(req: &HttpRequest, trust_forwarded: bool) -> Result<IpAddr, String> {
    if trust_forwarded && let Some(field) = req.headers().get("x-forwarded-for") {
        let text = field
            .to_str()
            .map_err(|_| "X-Forwarded-For is not ASCII".to_owned())?;
        let first = text.split(',').next().unwrap_or_default().trim();
        return first
            .parse::<IpAddr>()
            .map(|ip| ip.to_canonical())
            .map_err(|_| {
                format!(
                    "X-Forwarded-For: `{}` is not an IP address",
                    first.escape_debug()
                )
            });
    }
    req.peer_addr()
        .map(|addr| addr.ip().to_canonical())
        .ok_or_else(|| "the client's address is unknown".to_owned())
}

/// The /48 an IPv6 address belongs to, as Boulder keys `NewRegistrationsPerIPv6Range`.
fn range_48(ip: Ipv6Addr) -> String {
    let s = ip.segments();
    format!("{}/48", Ipv6Addr::new(s[0], s[1], s[2], 0, 0, 0, 0, 0))
}

/// `POST /acme/new-acct`.
async fn new_acct(req: HttpRequest, front: web::Data<Front>) -> HttpResponse {
    let ip = match client_ip(&req, front.trust_forwarded) {
        Ok(ip) => ip,
        Err(detail) => return malformed(detail),
    };
    let reader = Reader::of(&req, &front.catalog);
    let mut buckets = vec![("registrations-per-ip", ip.to_string())];
    if let IpAddr::V6(v6) = ip {
        buckets.push(("registrations-per-ipv6-range", range_48(v6)));
    }
    let outcome = decide(front, buckets, reader).await;
    respond(outcome, json!({ "status": "valid", "ip": ip.to_string() }))
}

/// `POST /acme/new-order`, body `{"account": "…"}`.
async fn new_order(req: HttpRequest, body: web::Bytes, front: web::Data<Front>) -> HttpResponse {
    let account = match serde_json::from_slice::<serde_json::Value>(&body) {
        Ok(value) => match value.get("account").and_then(|a| a.as_str()) {
            Some(account) if !account.is_empty() => account.to_owned(),
            _ => return malformed("the body has no `account` string".into()),
        },
        Err(e) => return malformed(format!("the body is not JSON: {e}")),
    };
    let reader = Reader::of(&req, &front.catalog);
    let buckets = vec![("orders-per-account", account.clone())];
    let outcome = decide(front, buckets, reader).await;
    respond(outcome, json!({ "status": "pending", "account": account }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ipv6_range_is_the_address_with_all_but_its_first_48_bits_cleared() {
        let ip: Ipv6Addr = "2001:db8:1234:5678::9".parse().unwrap();
        assert_eq!(range_48(ip), "2001:db8:1234::/48");
    }
}
