//! Routes, negotiation and headers (DESIGN.md §3):
//! - `/` and `/docs/{slug}/` → 302 to `/{lang}/…`, negotiated;
//! - `/{lang}/…` → the file, with `Content-Language`, `ETag`, `Cache-Control`, 304 and
//!   HEAD, gzip and brotli; aliases → 301; variants (slash, `index.html`, case) → 301;
//!   anything else → 404 with the localized 404 page;
//! - `/api/v1/problems/{limit}` → the problem document a limiter sends;
//! - `/healthz`, and in `--watch` mode the live-reload poll and its script.
//!
//! Negotiation order: `/{lang}/` prefix > `?lang=` > `lang` cookie > `Accept-Language` >
//! the default locale. Hostile input (huge or binary headers, traversal, long queries, odd
//! methods) gets a 4xx or the default language, never a 5xx.

use std::time::{Duration, Instant};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, Header, IfNoneMatch};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, web};
use percent_encoding::percent_decode_str;
use serde_json::json;

use super::assets::{File, Kind, Lookup, Route, Served, cache, header_value};
use super::{Live, State, overlay};
use crate::catalog::CatalogError;
use crate::locale::Locale;
use crate::negotiate;
use crate::problem::{MEDIA_TYPE, Problem};

/// Longest path we look up; real URLs of a site are far shorter.
const MAX_PATH: usize = 1024;
/// Longest query string.
const MAX_QUERY: usize = 2048;
/// Headers and cookies longer than this are ignored, not parsed (RFC 9110 sets no limit;
/// no honest browser sends kilobytes of language preferences).
const MAX_NEGOTIATION_HEADER: usize = negotiate::MAX_HEADER;
/// At most this many message arguments in a problem query (counted before duplicates
/// collapse).
const MAX_ARGS: usize = crate::catalog::input::MAX_ARGS;
/// How long a live-reload poll waits before answering "no change".
const POLL: Duration = Duration::from_secs(25);

const VARY_NEGOTIATED: &str = negotiate::NEGOTIATED_VARY;
const VARY_BOTH: &str = "Accept-Encoding, Accept-Language, Cookie";
/// The problem API's answer also depends on the client ([`Problem::for_client`]).
const VARY_PROBLEM: &str = "Accept-Language, Cookie, User-Agent";
const LIVE_JS: &str = include_str!("live.js");

/// The locale a response was chosen in, for the request log.
#[derive(Clone, Debug)]
struct Chosen(Locale);

/// Registers every route; the site itself is the default service.
pub(super) fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/healthz")
            .route(web::get().to(healthz))
            .route(web::head().to(healthz)),
    )
    .service(
        web::resource("/api/v1/problems/{limit}")
            .route(web::get().to(problem))
            .route(web::head().to(problem)),
    )
    .service(web::resource("/_errdocs/live").route(web::get().to(live)))
    .service(web::resource("/_errdocs/live.js").route(web::get().to(live_js)))
    .default_service(web::to(site));
}

/// One structured log line per request: method, path, status, chosen locale, latency.
pub(super) async fn log_request(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if !tracing::enabled!(target: "errdocs::access", tracing::Level::INFO) {
        return next.call(req).await;
    }
    let started = Instant::now();
    let method = req.method().clone();
    // Debug-formatted below, so control characters cannot forge log lines.
    let path: String = req.path().chars().take(200).collect();
    let res = next.call(req).await?;
    let locale = res
        .response()
        .extensions()
        .get::<Chosen>()
        .map(|c| c.0.to_string());
    tracing::info!(
        target: "errdocs::access",
        method = %method,
        path = ?path,
        status = res.status().as_u16(),
        locale = locale.as_deref().unwrap_or("-"),
        micros = started.elapsed().as_micros() as u64,
    );
    Ok(res)
}

async fn healthz(state: web::Data<State>) -> HttpResponse {
    let live = state.live.load();
    let body = json!({
        "status": "ok",
        "pages": live.served.pages,
        "locales": live.served.locales(),
        "rebuild-error": live.error.is_some(),
    });
    HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, cache::NEVER))
        .content_type("application/json")
        .body(body.to_string())
}

/// The site: pages, choosers, aliases, static files, 404.
async fn site(req: HttpRequest, state: web::Data<State>) -> HttpResponse {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return HttpResponse::MethodNotAllowed()
            .insert_header((header::ALLOW, "GET, HEAD"))
            .finish();
    }
    if req.path().len() > MAX_PATH || req.query_string().len() > MAX_QUERY {
        return HttpResponse::UriTooLong().finish();
    }
    // A request keeps the site it started with, even if a rebuild swaps in another.
    let live = state.live.load_full();
    let served = &live.served;
    let Ok(path) = percent_decode_str(req.path()).decode_utf8() else {
        return HttpResponse::BadRequest().finish();
    };
    if !is_clean(&path) {
        return HttpResponse::BadRequest().finish();
    }
    match served.lookup(&path) {
        Lookup::Found(Route::File(i)) => {
            file(&req, &live, &served.files[*i], StatusCode::OK, false)
        }
        Lookup::Found(Route::Neutral(rest)) => negotiated_redirect(&req, served, rest),
        Lookup::Found(Route::Moved(to)) => moved(to),
        Lookup::Canonical(to) => match served.routes.get(&to) {
            // One hop, not two: `/docs/x` goes straight to `/fr/docs/x/`.
            Some(Route::Neutral(rest)) => negotiated_redirect(&req, served, rest),
            Some(Route::Moved(target)) => moved(target),
            // As a static host does for a directory: the query string comes along.
            _ if !req.query_string().is_empty() => moved(&format!("{to}?{}", req.query_string())),
            _ => moved(&to),
        },
        Lookup::Missing => not_found(&req, &live, &path),
    }
}

/// No dot segments (`..` and `.`, also percent-encoded: the path is decoded already), no
/// backslashes, no control characters: no good URL has them.
fn is_clean(path: &str) -> bool {
    path.starts_with('/')
        && !path.split('/').any(|s| s == ".." || s == ".")
        && !path.contains('\\')
        && !path.chars().any(char::is_control)
}

/// 302 from a language-neutral URL to the negotiated locale's page.
fn negotiated_redirect(req: &HttpRequest, served: &Served, rest: &str) -> HttpResponse {
    let locale = negotiate(req, served, None);
    let location = format!("/{locale}/{rest}");
    let mut res = HttpResponse::Found()
        .insert_header((header::LOCATION, location))
        .insert_header((header::VARY, VARY_NEGOTIATED))
        .insert_header((header::CACHE_CONTROL, cache::NEGOTIATED))
        .finish();
    res.extensions_mut().insert(Chosen(locale));
    res
}

/// 301 to where a URL lives now.
fn moved(to: &str) -> HttpResponse {
    HttpResponse::MovedPermanently()
        .insert_header((header::LOCATION, to))
        .insert_header((header::CACHE_CONTROL, cache::MOVED))
        .finish()
}

/// 404 with the 404 page of the URL's locale, or of the negotiated one when the URL names
/// none we publish (an unpublished tag like `/fr-CA/` still counts as a wish).
fn not_found(req: &HttpRequest, live: &Live, path: &str) -> HttpResponse {
    let served = &live.served;
    let segment = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let (locale, negotiated) = match served.published(segment) {
        Some(l) => (l.clone(), false),
        None => (negotiate(req, served, Locale::parse(segment).ok()), true),
    };
    let Some(page) = served.not_found(&locale) else {
        return HttpResponse::NotFound().finish();
    };
    let mut res = file(req, live, page, StatusCode::NOT_FOUND, negotiated);
    res.extensions_mut().insert(Chosen(locale));
    res
}

/// A prepared file: the encoding the client prefers, conditional GET, the error overlay
/// in `--watch` mode after a failed rebuild.
fn file(
    req: &HttpRequest,
    live: &Live,
    file: &File,
    status: StatusCode,
    negotiated: bool,
) -> HttpResponse {
    let mut res = HttpResponse::build(status);
    res.insert_header((header::CONTENT_TYPE, file.content_type.clone()))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"));
    if let Some(lang) = &file.content_language {
        res.insert_header((header::CONTENT_LANGUAGE, lang.clone()));
    }
    if let (Some(error), Kind::Html) = (&live.error, file.kind) {
        // Dev mode after a failed rebuild: never cached, never compressed, always fresh.
        let locale = file
            .locale
            .as_ref()
            .unwrap_or(live.served.catalog.reference());
        let html = overlay::render(&live.served.catalog, locale, error);
        let body = super::assets::inject_before_body_end(&file.identity.body, html.as_bytes());
        if negotiated {
            res.insert_header((header::VARY, VARY_NEGOTIATED));
        }
        return res
            .insert_header((header::CACHE_CONTROL, cache::NEVER))
            .body(body);
    }
    let (variant, encoding) = file.choose(req);
    let vary = match (file.varies_by_encoding(), negotiated) {
        (true, true) => Some(VARY_BOTH),
        (true, false) => Some("Accept-Encoding"),
        (false, true) => Some(VARY_NEGOTIATED),
        (false, false) => None,
    };
    if let Some(vary) = vary {
        res.insert_header((header::VARY, vary));
    }
    res.insert_header((header::CACHE_CONTROL, cache_control(req, file, negotiated)))
        .insert_header((header::ETAG, variant.etag_header.clone()));
    if let Some(encoding) = encoding {
        res.insert_header((header::CONTENT_ENCODING, encoding));
    }
    let mut res = if status == StatusCode::OK && matches_etag(req, variant) {
        res.status(StatusCode::NOT_MODIFIED).finish()
    } else {
        res.body(variant.body.clone())
    };
    if let Some(locale) = &file.locale {
        res.extensions_mut().insert(Chosen(locale.clone()));
    }
    res
}

fn cache_control(req: &HttpRequest, file: &File, negotiated: bool) -> &'static str {
    if negotiated {
        cache::NEGOTIATED
    } else if watching(req) {
        cache::WATCH
    } else {
        match file.kind {
            Kind::Static if has_version(req.query_string()) => cache::VERSIONED,
            Kind::Other => cache::SITEMAP,
            _ => cache::PAGE,
        }
    }
}

/// Whether the server runs in `--watch` mode, where nothing may be cached.
fn watching(req: &HttpRequest) -> bool {
    req.app_data::<web::Data<State>>().is_some_and(|s| s.watch)
}

/// `?v=…` as the templates' `asset()` writes it.
fn has_version(query: &str) -> bool {
    query
        .split('&')
        .any(|pair| pair.starts_with("v=") && pair.len() > 2)
}

/// `If-None-Match` (actix-web's typed header) against the variant about to be sent;
/// weak comparison, as RFC 9110 §13.1.2 requires.
fn matches_etag(req: &HttpRequest, variant: &super::assets::Variant) -> bool {
    if !req.headers().contains_key(header::IF_NONE_MATCH) {
        return false;
    }
    match IfNoneMatch::parse(req) {
        Ok(IfNoneMatch::Any) => true,
        Ok(IfNoneMatch::Items(tags)) => tags.iter().any(|t| t.weak_eq(&variant.etag)),
        Err(_) => false,
    }
}

/// The reader's language: `?lang=` > `lang` cookie > `Accept-Language` > default, each
/// wish looked up with region and script fallback (RFC 4647) among the published locales.
/// `hint` goes first (an unpublished locale prefix of a 404).
fn negotiate(req: &HttpRequest, served: &Served, hint: Option<Locale>) -> Locale {
    let fields = req.headers().get_all(header::ACCEPT_LANGUAGE);
    let mut prefs = negotiate::Preferences::from_fields(fields.map(|v| v.as_bytes()));
    if let Some(hint) = hint {
        prefs.choose(hint);
    }
    if let Ok(query) = web::Query::<Vec<(String, String)>>::from_query(req.query_string()) {
        for (_, v) in query.iter().filter(|(k, _)| k == "lang") {
            if let Ok(locale) = Locale::parse(v.trim()) {
                prefs.choose(locale);
            }
        }
    }
    let cookie_len: usize = req.headers().get_all(header::COOKIE).map(|v| v.len()).sum();
    if cookie_len <= MAX_NEGOTIATION_HEADER
        && let Some(cookie) = req.cookie(negotiate::LANG_COOKIE)
        && let Ok(locale) = Locale::parse(cookie.value().trim())
    {
        prefs.choose(locale);
    }
    negotiate::best(
        &prefs,
        served.locales(),
        served.catalog.reference(),
        served.catalog.config().negotiation,
    )
}

/// `GET /api/v1/problems/{limit}?retry-after=…&identifier=…`: the problem document a
/// limiter sends with its 429, in the negotiated language. The answer itself is a 200: the
/// document is the resource asked for.
///
/// A little over 80 lines: the request's checks (limit, query, language) and the answer's
/// headers in the order HTTP applies them, each a few lines; split, they would be read out
/// of order.
async fn problem(
    req: HttpRequest,
    limit: web::Path<String>,
    state: web::Data<State>,
) -> HttpResponse {
    if req.query_string().len() > MAX_QUERY {
        return api_error(
            StatusCode::URI_TOO_LONG,
            "the query string is too long".into(),
        );
    }
    let live = state.live.load_full();
    let served = &live.served;
    let pairs = match web::Query::<Vec<(String, String)>>::from_query(req.query_string()) {
        Ok(q) => q.into_inner(),
        Err(e) => return api_error(StatusCode::BAD_REQUEST, format!("malformed query: {e}")),
    };
    let args: Vec<_> = pairs.iter().filter(|(k, _)| k != "lang").collect();
    if args.len() > MAX_ARGS {
        return api_error(
            StatusCode::BAD_REQUEST,
            format!("at most {MAX_ARGS} arguments are accepted"),
        );
    }
    // The one validation the CLI and the library use too: names, reserved facts, types by
    // what the message does, instants within HTTP's range.
    let extra = match served
        .catalog
        .parse_args(&limit, args.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    {
        Ok(extra) => extra,
        Err(e @ CatalogError::UnknownLimit { .. }) => {
            return api_error(StatusCode::NOT_FOUND, e.to_string());
        }
        Err(e) => return api_error(StatusCode::BAD_REQUEST, e.to_string()),
    };
    let locale = negotiate(&req, served, None);
    // A client that prints non-ASCII as escapes gets a locale it can print (README, "ACME
    // clients"); the document then varies by `User-Agent` too.
    let user_agent = req
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let problem = match Problem::for_client(&served.catalog, &locale, &limit, &extra, user_agent) {
        Ok(p) => p,
        Err(e @ CatalogError::UnknownLimit { .. }) => {
            return api_error(StatusCode::NOT_FOUND, e.to_string());
        }
        Err(e @ CatalogError::Argument(_)) => {
            return api_error(StatusCode::BAD_REQUEST, e.to_string());
        }
        // Said without the catalog's file path: answers never show where the server keeps
        // its files (the log has the whole error).
        Err(CatalogError::Format(e)) => {
            tracing::warn!("problem document of `{limit}`: {e}");
            return api_error(
                StatusCode::BAD_REQUEST,
                format!(
                    "message `{}` in locale `{}` cannot be formatted with the arguments given: {}",
                    e.id, e.locale, e.problems
                ),
            );
        }
        Err(e) => {
            tracing::error!("cannot build the problem document of `{limit}`: {e}");
            return api_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the problem document could not be built; the server log says why".into(),
            );
        }
    };
    let mut res = HttpResponse::Ok();
    res.insert_header((header::CONTENT_TYPE, MEDIA_TYPE))
        .insert_header((
            header::CONTENT_LANGUAGE,
            header_value(&problem.content_language),
        ))
        .insert_header((header::VARY, VARY_PROBLEM))
        .insert_header((header::CACHE_CONTROL, cache::NEGOTIATED))
        .insert_header((header::LINK, header_value(&problem.link_header())));
    if let Some(retry) = &problem.retry_after {
        res.insert_header((header::RETRY_AFTER, header_value(retry)));
    }
    let mut res = res.body(problem.to_json());
    // The locale the document is in, which an escaping client may have changed.
    let chosen = Locale::parse(&problem.content_language).unwrap_or(locale);
    res.extensions_mut().insert(Chosen(chosen));
    res
}

/// An RFC 9457 error of the API itself: `about:blank`, the status phrase as title.
fn api_error(status: StatusCode, detail: String) -> HttpResponse {
    let body = json!({
        "type": "about:blank",
        "status": status.as_u16(),
        "title": status.canonical_reason().unwrap_or(""),
        "detail": detail,
    });
    HttpResponse::build(status)
        .insert_header((header::CONTENT_TYPE, MEDIA_TYPE))
        .insert_header((header::CACHE_CONTROL, cache::NEVER))
        .body(body.to_string())
}

/// Live reload (`--watch`): answers the current site generation at once when the page has
/// an older one (`?since=`), else waits for the next rebuild, or a while.
async fn live(req: HttpRequest, state: web::Data<State>) -> HttpResponse {
    if !state.watch {
        return HttpResponse::NotFound().finish();
    }
    let since = web::Query::<Vec<(String, String)>>::from_query(req.query_string())
        .ok()
        .and_then(|q| {
            q.iter()
                .find(|(k, _)| k == "since")
                .and_then(|(_, v)| v.parse::<u64>().ok())
        });
    let mut rx = state.generation.subscribe();
    let current = *rx.borrow_and_update();
    if since == Some(current) && !state.closing.load(std::sync::atomic::Ordering::SeqCst) {
        tracing::debug!(target: "errdocs::live", generation = current, "live-reload poll waiting");
        let _ = tokio::time::timeout(POLL, rx.changed()).await;
    }
    if state.closing.load(std::sync::atomic::Ordering::SeqCst) {
        return HttpResponse::ServiceUnavailable()
            .insert_header((header::CACHE_CONTROL, cache::NEVER))
            .finish();
    }
    let generation = *rx.borrow();
    HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, cache::NEVER))
        .content_type("text/plain; charset=utf-8")
        .body(generation.to_string())
}

async fn live_js(state: web::Data<State>) -> HttpResponse {
    if !state.watch {
        return HttpResponse::NotFound().finish();
    }
    HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, cache::WATCH))
        .content_type("text/javascript; charset=utf-8")
        .body(LIVE_JS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_segments_backslashes_and_controls_are_not_clean() {
        for bad in [
            "/../etc/passwd",
            "/fr/./docs/",
            "/fr/docs/..",
            "/a\\b",
            "/a\u{1}b",
            "relative",
        ] {
            assert!(!is_clean(bad), "{bad:?}");
        }
        assert!(is_clean("/fr/docs/too-many-registrations-for-this-ip/"));
        assert!(is_clean("/fr/docs/a..b/"));
    }

    #[test]
    fn only_a_non_empty_v_parameter_is_a_version() {
        assert!(has_version("v=0123456789"));
        assert!(has_version("x=1&v=abc"));
        assert!(!has_version("v="));
        assert!(!has_version("version=1"));
        assert!(!has_version(""));
    }
}
