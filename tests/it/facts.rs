//! Faithful to Let's Encrypt: every anchor a letsencrypt.org link can carry lands on the
//! overview in every locale, every limit page quotes the exact English string Boulder sends
//! beside the message in the reader's language, retry instants read the same unambiguous
//! way everywhere, and the override form is linked wherever an override can be requested.

use errdocs::catalog::{Arg, Args};
use errdocs::site::Site;
use errdocs::source::SiteSource;

fn page(site: &Site, path: &str) -> String {
    String::from_utf8(site.files[path].body.to_vec()).unwrap()
}

/// A page's HTML without the `<bdi dir="ltr">` that keeps each URL left-to-right, so that a
/// quoted string reads as a reader copying it gets it.
fn copied(site: &Site, path: &str) -> String {
    page(site, path)
        .replace("<bdi dir=\"ltr\">", "")
        .replace("</bdi>", "")
}

/// Text as it appears in an HTML text node: `&`, `<` and `>` escaped (quotes stay).
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

const OVERVIEW_ANCHORS: &[&str] = &[
    "how-our-rate-limits-work",
    "account-registration-limits",
    "certificate-issuance-limits",
    "limit-exemptions-for-renewals",
    "ari-renewals",
    "non-ari-renewals",
    "retry-after-header",
    "requesting-an-override",
    // The per-limit anchors Boulder's strings link to.
    "new-registrations-per-ip-address",
    "new-registrations-per-ipv6-range",
    "new-orders-per-account",
    "new-certificates-per-registered-domain",
    "new-certificates-per-exact-set-of-identifiers",
    "authorization-failures-per-identifier-per-account",
    "consecutive-authorization-failures-per-identifier-per-account",
    "overall-requests-limit",
    "retrying-after-hitting-rate-limits",
];

const OVERRIDE_FORM: &str = "https://isrg.formstack.com/forms/rate_limit_adjustment_request";

#[test]
fn every_lets_encrypt_anchor_lands_on_a_heading_of_the_overview_in_every_locale() {
    let site = Site::load(&SiteSource::bundled()).unwrap();
    for locale in site.catalog.locales() {
        let html = page(&site, &format!("{locale}/docs/rate-limits/index.html"));
        for anchor in OVERVIEW_ANCHORS {
            let id = format!(" id=\"{anchor}\"");
            let at = html
                .find(&id)
                .unwrap_or_else(|| panic!("{locale}: no `#{anchor}` on the overview"));
            // The id sits on a heading, not on some other element.
            let tag = &html[html[..at].rfind('<').unwrap()..at];
            assert!(
                ["<h2", "<h3"].contains(&tag),
                "{locale}: `#{anchor}` is on `{tag}`"
            );
        }
    }
}

#[test]
fn every_limit_page_quotes_the_string_boulder_sends_in_every_locale() {
    let site = Site::load(&SiteSource::bundled()).unwrap();
    let catalog = &site.catalog;
    let at: jiff::Timestamp = "2026-11-27T21:00:00Z".parse().unwrap();
    let mut quoted = 0;
    for limit in catalog.limits().by_id.values() {
        let Some(boulder) = limit
            .boulder_text(false, Some(&at), Some("example.com"))
            .unwrap()
        else {
            continue;
        };
        quoted += 1;
        for locale in catalog.locales() {
            let html = copied(&site, &format!("{locale}/docs/{}/index.html", limit.page));
            assert!(
                html.contains(&escaped(&boulder)),
                "{locale}/{} does not quote `{boulder}`",
                limit.page
            );
        }
    }
    // Every limit Boulder enforces; the load balancer's overall limit sends no string.
    assert_eq!(quoted, 7);
    let registrations = catalog.limit("registrations-per-ip").unwrap();
    let boulder = registrations
        .boulder_text(false, Some(&at), None)
        .unwrap()
        .unwrap();
    assert_eq!(
        boulder,
        "too many new registrations (10) from this IP address in the last 3h0m0s, retry after 2026-11-27 21:00:00 UTC: see https://letsencrypt.org/docs/rate-limits/#new-registrations-per-ip-address"
    );
    let legacy = registrations
        .boulder_text(true, None, None)
        .unwrap()
        .unwrap();
    for locale in catalog.locales() {
        let html = copied(
            &site,
            &format!("{locale}/docs/too-many-registrations-for-this-ip/index.html"),
        );
        assert!(html.contains(&escaped(&legacy)), "{locale}: no `{legacy}`");
    }
}

#[test]
fn retry_instants_read_year_first_and_the_same_in_every_locale() {
    let site = Site::load(&SiteSource::bundled()).unwrap();
    let catalog = &site.catalog;
    let mut args = Args::new();
    // Day 2 of month 1: any order of day and month other than year-month-day shows here.
    args.set(
        "retry-after",
        Arg::Time("2026-01-02T03:04:05Z".parse().unwrap()),
    );
    args.set("identifier", "example.com");
    for locale in catalog.locales() {
        for id in ["orders-per-account", "authorization-failures"] {
            let text = catalog.limit_message(locale, id, &args).unwrap().text;
            assert!(
                text.contains("2026-01-02 03:04:05 UTC"),
                "{locale} {id}: {text}"
            );
        }
        assert_eq!(
            catalog.date_pattern(locale).as_deref(),
            Some("yyyy-MM-dd HH:mm:ss"),
            "{locale}"
        );
    }
}

#[test]
fn the_override_form_is_linked_where_an_override_can_be_requested_in_every_locale() {
    let site = Site::load(&SiteSource::bundled()).unwrap();
    let href = format!("href=\"{OVERRIDE_FORM}\"");
    for locale in site.catalog.locales() {
        for slug in [
            "rate-limits",
            "new-orders-per-account",
            "new-certificates-per-registered-domain",
        ] {
            let html = page(&site, &format!("{locale}/docs/{slug}/index.html"));
            assert!(
                html.contains(&href),
                "{locale}/{slug} does not link the form"
            );
        }
        let html = page(
            &site,
            &format!("{locale}/docs/too-many-registrations-for-this-ip/index.html"),
        );
        assert!(
            !html.contains(&href),
            "{locale}: a limit without overrides links the form"
        );
    }
}

#[test]
fn the_endpoint_table_prints_staging_values_and_boulder_paths() {
    let site = Site::load(&SiteSource::bundled()).unwrap();
    let html = page(&site, "en/docs/overall-requests-limit/index.html");
    let row = |path: &str| {
        let start = html.find(&format!("<tr><td><code>{path}</code>")).unwrap();
        let end = start + html[start..].find("</tr>").unwrap();
        html[start..end].to_owned()
    };
    // Production then staging, rate and burst: new-order differs, new-nonce does not.
    let cells = |row: String| -> Vec<String> {
        row.split("<td")
            .skip(2)
            .map(|c| c[c.find('>').unwrap() + 1..c.find("</td>").unwrap()].to_owned())
            .collect()
    };
    assert_eq!(
        cells(row("/acme/new-order")),
        ["300 requests", "200 requests", "20 requests", "40 requests"]
    );
    assert_eq!(
        cells(row("/acme/new-nonce")),
        ["20 requests", "10 requests", "20 requests", "10 requests"]
    );
    assert_eq!(
        cells(row("/acme/*")),
        ["250 requests", "125 requests", "20 requests", "20 requests"]
    );
    assert!(html.contains("<code>/acme/new-acct</code>"));
    assert!(html.contains("<code>/acme/new-account</code>"));
}

#[test]
fn the_time_until_the_pause_follows_from_the_facts() {
    let site = Site::load(&SiteSource::bundled()).unwrap();
    let html = page(
        &site,
        "en/docs/consecutive-authorization-failures-per-identifier-per-account/index.html",
    );
    for (failures, time) in [
        ("1", "never paused"),
        ("2", "1,152 days"),
        ("15", "82 days"),
        ("120", "10 days"),
    ] {
        assert!(
            html.contains(&format!("<tr><td>{failures}</td><td>{time}</td></tr>")),
            "no row {failures} → {time}"
        );
    }
}
