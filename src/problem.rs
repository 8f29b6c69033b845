//! Problem documents for limiters: what an ACME server sends with HTTP 429 (RFC 9457 problem
//! details, RFC 8555 `urn:ietf:params:acme:error:rateLimited`), localized from the same
//! catalog message the help page quotes. No web framework here: the server, the CLI and any
//! limiter build the same [`Problem`].

use serde::Serialize;

use crate::catalog::{Arg, Args, Catalog, CatalogError};
use crate::config::Limit;
use crate::locale::Locale;

/// The ACME error type for rate limits (RFC 8555 §6.7).
pub const RATE_LIMITED: &str = "urn:ietf:params:acme:error:rateLimited";

/// The media type of problem documents (RFC 9457).
pub const MEDIA_TYPE: &str = "application/problem+json";

/// `User-Agent` prefixes of ACME clients that print a problem document's non-ASCII
/// characters as escapes: certbot (`CertbotACMEClient/2.11.0 (certbot; …)`) and the default of
/// its `acme` library (`acme-python`), whose `Error.__str__` writes `für` as `f\xfcr` and a
/// whole Japanese sentence as `\u3042…`. The one list of them (README, "ACME clients").
pub const ESCAPING_CLIENTS: &[&str] = &["CertbotACMEClient/", "acme-python"];

/// Whether a client sending this `User-Agent` shows non-ASCII text as escapes
/// ([`ESCAPING_CLIENTS`]).
pub fn escapes_non_ascii(user_agent: &str) -> bool {
    let user_agent = user_agent.trim_start();
    ESCAPING_CLIENTS.iter().any(|p| user_agent.starts_with(p))
}

/// A localized problem document, plus the header values that go with it.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Problem {
    /// Always [`RATE_LIMITED`].
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The limit's HTTP status: 429, or 503 where a load balancer enforces it.
    pub status: u16,
    /// The limit's localized name; the same for every occurrence in one language.
    pub title: String,
    /// The limiter's message, with the language-neutral doc URL.
    pub detail: String,
    /// The limit id.
    pub limit: String,
    /// The language-neutral help URL (negotiation opens it in the reader's language).
    pub doc: String,
    /// The arguments of this occurrence: the facts (periods in seconds) and any extras.
    pub args: serde_json::Map<String, serde_json::Value>,
    /// `Content-Language` of `title` and `detail`.
    #[serde(skip)]
    pub content_language: String,
    /// `Retry-After` (HTTP date) when the occurrence has a `retry-after` instant.
    #[serde(skip)]
    pub retry_after: Option<String>,
}

/// The numbers a limiter enforces for a limit, as problem documents and the export carry
/// them: `count`, `window` in seconds, and `refill` (seconds) and `burst` where the limit
/// has them. Staging values and the catalogs' grammar helpers are not API.
pub fn enforced_args(facts: &Limit) -> serde_json::Map<String, serde_json::Value> {
    let mut args = serde_json::Map::new();
    args.insert("count".into(), facts.count.into());
    args.insert("window".into(), facts.window.as_secs().into());
    if let Some(refill) = &facts.refill {
        args.insert("refill".into(), refill.as_secs().into());
    }
    if let Some(burst) = facts.burst {
        args.insert("burst".into(), burst.into());
    }
    args
}

impl Problem {
    /// Builds the problem document for `limit` in `locale` (fallbacks as in the catalog),
    /// with per-occurrence `extra` arguments such as `retry-after` or `identifier`.
    pub fn new(
        catalog: &Catalog,
        locale: &Locale,
        limit: &str,
        extra: &Args,
    ) -> Result<Problem, CatalogError> {
        let detail = catalog.limit_message(locale, limit, extra)?;
        let title = catalog.limit_title(locale, limit)?;
        // The occurrence's own numbers: the limit that was hit (periods in seconds), then
        // whatever the limiter adds (retry-after, identifier…). Staging values and the
        // grammar helpers of the catalogs do not belong in an API response.
        let facts = catalog.limit(limit)?;
        let mut args = enforced_args(facts);
        for (k, v) in extra.iter() {
            args.insert(k.to_owned(), v.to_json());
        }
        let retry_after = match extra.get("retry-after") {
            Some(Arg::Time(t)) => Some(
                jiff::fmt::rfc2822::DateTimePrinter::new()
                    .timestamp_to_rfc9110_string(t)
                    .unwrap_or_default(),
            ),
            _ => None,
        };
        Ok(Problem {
            kind: RATE_LIMITED,
            status: facts.status,
            title: title.text,
            detail: detail.text,
            limit: limit.to_owned(),
            doc: catalog.doc_url(limit)?,
            args,
            content_language: detail.locale.to_string(),
            retry_after,
        })
    }

    /// [`Problem::new`] for the client that will print it. A client that escapes non-ASCII
    /// ([`escapes_non_ascii`]) would show a reader of German, Japanese or Hebrew only
    /// backslashes, so it gets the document in the first locale whose `title` and `detail`
    /// are plain ASCII: `locale` itself when it is, else the site's locales in
    /// `errdocs.toml` order. `doc` and `Link` stay the language-neutral URL, which opens the
    /// help page in the reader's own language. When no locale is ASCII (a non-ASCII
    /// `identifier`), the reader's locale stays: escapes of their language beat escapes of
    /// another.
    pub fn for_client(
        catalog: &Catalog,
        locale: &Locale,
        limit: &str,
        extra: &Args,
        user_agent: &str,
    ) -> Result<Problem, CatalogError> {
        let problem = Problem::new(catalog, locale, limit, extra)?;
        if problem.is_ascii() || !escapes_non_ascii(user_agent) {
            return Ok(problem);
        }
        for other in catalog.locales().iter().filter(|l| *l != locale) {
            let candidate = Problem::new(catalog, other, limit, extra)?;
            if candidate.is_ascii() {
                return Ok(candidate);
            }
        }
        Ok(problem)
    }

    /// Whether the text a client prints (`title`, `detail`) is plain ASCII.
    pub fn is_ascii(&self) -> bool {
        self.title.is_ascii() && self.detail.is_ascii()
    }

    /// The `Link` header value pointing at the help page (RFC 8555 §6.6).
    pub fn link_header(&self) -> String {
        format!("<{}>;rel=\"help\"", self.doc)
    }

    /// The document as pretty JSON, keys in a stable order.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SiteSource;

    fn catalog() -> Catalog {
        Catalog::load(&SiteSource::bundled()).unwrap()
    }

    fn retry_at(instant: &str) -> Args {
        let mut extra = Args::new();
        extra.set("retry-after", Arg::Time(instant.parse().unwrap()));
        extra
    }

    #[test]
    fn a_token_bucket_limit_reports_its_count_window_and_refill_in_seconds_without_burst() {
        let p = Problem::new(
            &catalog(),
            &"en".parse().unwrap(),
            "registrations-per-ip",
            &Args::new(),
        )
        .unwrap();
        assert_eq!(p.kind, "urn:ietf:params:acme:error:rateLimited");
        assert_eq!(p.status, 429);
        assert_eq!(p.limit, "registrations-per-ip");
        assert_eq!(p.title, "New registrations per IP address limit");
        assert_eq!(
            p.doc,
            "http://127.0.0.1:8080/docs/too-many-registrations-for-this-ip/"
        );
        assert_eq!(
            p.detail,
            "too many registrations for this IP: see http://127.0.0.1:8080/docs/too-many-registrations-for-this-ip/"
        );
        // count 10, window 3h = 10,800 s, refill 18m = 1,080 s; no burst documented.
        assert_eq!(
            serde_json::Value::Object(p.args.clone()),
            serde_json::json!({ "count": 10, "window": 10_800, "refill": 1_080 })
        );
        assert_eq!(p.content_language, "en");
        assert_eq!(p.retry_after, None);
    }

    #[test]
    fn the_load_balancer_limit_is_a_503_with_its_burst_no_refill_and_a_retry_after_date() {
        let p = Problem::new(
            &catalog(),
            &"en".parse().unwrap(),
            "overall-requests",
            &retry_at("2026-11-28T10:00:00Z"),
        )
        .unwrap();
        assert_eq!(p.status, 503);
        assert_eq!(
            serde_json::Value::Object(p.args.clone()),
            serde_json::json!({
                "count": 250,
                "window": 1,
                "burst": 125,
                "retry-after": "2026-11-28T10:00:00Z",
            })
        );
        assert_eq!(
            p.retry_after.as_deref(),
            Some("Sat, 28 Nov 2026 10:00:00 GMT")
        );
    }

    #[test]
    fn an_unpublished_language_gets_the_reference_text_and_says_so() {
        let p = Problem::new(
            &catalog(),
            &"sw".parse().unwrap(),
            "registrations-per-ip",
            &Args::new(),
        )
        .unwrap();
        assert_eq!(p.content_language, "fr");
        assert_eq!(p.title, "Limite de nouveaux enregistrements par adresse IP");
    }

    const CERTBOT: &str = "CertbotACMEClient/2.11.0 (certbot; Debian GNU/Linux 12 (bookworm)) Authenticator/standalone Installer/None (certonly; flags: n) Py/3.11.2";
    const LEGO: &str = "lego-cli/4.9.1 xenolf-acme/4.9.1 (release; linux; amd64)";

    /// `certificates-per-domain`: its detail has a date and an identifier.
    fn certificates(extra: &Args, locale: &str, user_agent: &str) -> Problem {
        Problem::for_client(
            &catalog(),
            &locale.parse().unwrap(),
            "certificates-per-domain",
            extra,
            user_agent,
        )
        .unwrap()
    }

    fn occurrence(identifier: &str) -> Args {
        let mut extra = retry_at("2026-11-28T10:00:00Z");
        extra.set("identifier", identifier);
        extra
    }

    #[test]
    fn certbot_and_the_acme_librarys_default_user_agent_escape_non_ascii() {
        assert!(escapes_non_ascii(CERTBOT));
        assert!(escapes_non_ascii("acme-python"));
        assert!(escapes_non_ascii(" CertbotACMEClient/1.21.0"));
        for other in [
            LEGO,
            "",
            "Mozilla/5.0 (X11; Linux x86_64)",
            "curl/7.88.1",
            "certbot",
            "my-CertbotACMEClient/1",
        ] {
            assert!(!escapes_non_ascii(other), "{other:?}");
        }
    }

    #[test]
    fn a_german_reader_behind_certbot_gets_the_first_ascii_locale_and_the_same_help_url() {
        let extra = occurrence("example.org");
        let german = certificates(&extra, "de", LEGO);
        assert_eq!(german.content_language, "de");
        assert!(!german.detail.is_ascii(), "{}", german.detail);
        let certbot = certificates(&extra, "de", CERTBOT);
        // French, the first locale, has accents: English is the first that needs no escape.
        assert_eq!(certbot.content_language, "en");
        assert!(certbot.is_ascii(), "{certbot:?}");
        assert_eq!(certbot, certificates(&extra, "en", LEGO));
        assert_eq!(certbot.doc, german.doc);
        assert_eq!(certbot.link_header(), german.link_header());
        assert_eq!(certbot.args, german.args);
    }

    #[test]
    fn a_reader_whose_language_is_ascii_keeps_it_behind_certbot() {
        let extra = occurrence("example.org");
        assert_eq!(
            certificates(&extra, "en", CERTBOT),
            certificates(&extra, "en", LEGO)
        );
    }

    #[test]
    fn when_no_locale_is_ascii_the_reader_keeps_their_language() {
        // An identifier outside ASCII makes every locale's detail non-ASCII.
        let extra = occurrence("bücher.example");
        assert_eq!(
            certificates(&extra, "ja", CERTBOT),
            certificates(&extra, "ja", LEGO)
        );
        assert_eq!(certificates(&extra, "ja", CERTBOT).content_language, "ja");
    }

    #[test]
    fn the_link_header_points_at_the_help_page_with_rel_help() {
        let p = Problem::new(
            &catalog(),
            &"fr".parse().unwrap(),
            "registrations-per-ip",
            &Args::new(),
        )
        .unwrap();
        assert_eq!(
            p.link_header(),
            "<http://127.0.0.1:8080/docs/too-many-registrations-for-this-ip/>;rel=\"help\""
        );
    }

    #[test]
    fn the_json_names_the_type_and_leaves_out_the_header_values() {
        let p = Problem::new(
            &catalog(),
            &"en".parse().unwrap(),
            "overall-requests",
            &retry_at("2026-11-28T10:00:00Z"),
        )
        .unwrap();
        let json: serde_json::Value = serde_json::from_str(&p.to_json()).unwrap();
        assert_eq!(json["type"], RATE_LIMITED);
        assert_eq!(json["status"], 503);
        assert_eq!(json["limit"], "overall-requests");
        assert!(json.get("kind").is_none());
        assert!(json.get("content_language").is_none());
        assert!(json.get("retry_after").is_none());
        // Pretty: one field per line, for people reading it with curl.
        assert!(
            p.to_json().starts_with("{\n  \"type\": "),
            "{}",
            p.to_json()
        );
    }
}
