//! `errdocs serve` over real HTTP on loopback: routes, negotiation, headers, caching
//! (DESIGN.md §3).

use crate::common;

use std::io::Read;

use common::{client, url};

const PAGE: &str = "/docs/too-many-registrations-for-this-ip/";

fn header(res: &ureq::http::Response<ureq::Body>, name: &str) -> String {
    res.headers()
        .get(name)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

fn redirect_for(accept_language: &str) -> String {
    let server = common::start();
    let res = client()
        .get(url(&server, PAGE))
        .header("Accept-Language", accept_language)
        .call()
        .unwrap();
    assert_eq!(res.status(), 302);
    header(&res, "location")
}

#[test]
fn canadian_french_is_sent_to_the_french_page() {
    assert_eq!(
        redirect_for("fr-CA,fr;q=0.9,en;q=0.5"),
        format!("/fr{PAGE}")
    );
}

#[test]
fn american_and_british_english_are_sent_to_the_english_page() {
    assert_eq!(redirect_for("en-US,en;q=0.9"), format!("/en{PAGE}"));
    assert_eq!(redirect_for("en-GB"), format!("/en{PAGE}"));
}

#[test]
fn a_language_we_do_not_have_falls_back_to_french() {
    assert_eq!(redirect_for("sw-KE,sw;q=0.9"), format!("/fr{PAGE}"));
    assert_eq!(redirect_for("*"), format!("/fr{PAGE}"));
    assert_eq!(redirect_for(""), format!("/fr{PAGE}"));
}

#[test]
fn q_values_order_preferences_and_q_zero_excludes() {
    assert_eq!(redirect_for("fr;q=0.3, en;q=0.8"), format!("/en{PAGE}"));
    assert_eq!(redirect_for("fr;q=0, en;q=0.1"), format!("/en{PAGE}"));
    assert_eq!(redirect_for("tlh, EN-us;q=0.5"), format!("/en{PAGE}"));
    assert_eq!(redirect_for("de-AT, en;q=0.5"), format!("/de{PAGE}"));
}

#[test]
fn malformed_accept_language_items_are_ignored() {
    assert_eq!(
        redirect_for("??, en;q=nope, ;;, en-AU;q=0.7"),
        format!("/en{PAGE}")
    );
}

#[test]
fn the_negotiated_redirect_varies_and_is_private() {
    let server = common::start();
    let res = client()
        .get(url(&server, PAGE))
        .header("Accept-Language", "en")
        .call()
        .unwrap();
    assert_eq!(res.status(), 302);
    assert_eq!(header(&res, "vary"), "Accept-Language, Cookie");
    let cache = header(&res, "cache-control");
    assert!(
        cache.contains("private") && cache.contains("no-cache"),
        "{cache}"
    );
}

#[test]
fn query_lang_wins_over_cookie_and_accept_language() {
    let server = common::start();
    let res = client()
        .get(url(&server, &format!("{PAGE}?lang=en")))
        .header("Cookie", "lang=fr")
        .header("Accept-Language", "fr")
        .call()
        .unwrap();
    assert_eq!(header(&res, "location"), format!("/en{PAGE}"));
}

#[test]
fn the_lang_cookie_wins_over_accept_language() {
    let server = common::start();
    let res = client()
        .get(url(&server, PAGE))
        .header("Cookie", "theme=dark; lang=en")
        .header("Accept-Language", "fr-CA,fr")
        .call()
        .unwrap();
    assert_eq!(header(&res, "location"), format!("/en{PAGE}"));
}

#[test]
fn an_unusable_query_lang_or_cookie_falls_through_to_the_next_wish() {
    let server = common::start();
    let res = client()
        .get(url(&server, &format!("{PAGE}?lang=%%%")))
        .header("Cookie", "lang=klingon-x-y-z-w")
        .header("Accept-Language", "en")
        .call()
        .unwrap();
    assert_eq!(header(&res, "location"), format!("/en{PAGE}"));
}

#[test]
fn the_root_redirects_to_the_negotiated_home() {
    let server = common::start();
    let res = client()
        .get(url(&server, "/"))
        .header("Accept-Language", "en-NZ")
        .call()
        .unwrap();
    assert_eq!(res.status(), 302);
    assert_eq!(header(&res, "location"), "/en/");
}

#[test]
fn a_localized_page_has_its_language_etag_and_cache_lifetime() {
    let server = common::start();
    let mut res = client()
        .get(url(&server, &format!("/en{PAGE}")))
        .call()
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(header(&res, "content-language"), "en");
    assert_eq!(header(&res, "content-type"), "text/html; charset=utf-8");
    assert_eq!(header(&res, "cache-control"), "public, max-age=300");
    assert_eq!(header(&res, "vary"), "Accept-Encoding");
    assert!(header(&res, "etag").starts_with('"'));
    let body = res.body_mut().read_to_string().unwrap();
    assert!(body.contains("<html lang=\"en\" dir=\"ltr\">"));
}

#[test]
fn a_matching_etag_gets_304_without_a_body() {
    let server = common::start();
    let path = url(&server, &format!("/fr{PAGE}"));
    let first = client().get(&path).call().unwrap();
    let etag = header(&first, "etag");
    let mut again = client()
        .get(&path)
        .header("If-None-Match", &etag)
        .call()
        .unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(header(&again, "etag"), etag);
    assert!(again.body_mut().read_to_vec().unwrap().is_empty());
    let other = client()
        .get(&path)
        .header("If-None-Match", "\"nope\"")
        .call()
        .unwrap();
    assert_eq!(other.status(), 200);
}

#[test]
fn head_answers_the_headers_of_get_without_a_body() {
    let server = common::start();
    let path = url(&server, &format!("/fr{PAGE}"));
    let get = client().get(&path).call().unwrap();
    let mut head = client().head(&path).call().unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(header(&head, "etag"), header(&get, "etag"));
    assert_eq!(
        header(&head, "content-length"),
        header(&get, "content-length")
    );
    assert!(head.body_mut().read_to_vec().unwrap().is_empty());
}

#[test]
fn brotli_and_gzip_are_sent_when_accepted_and_decode_to_the_page() {
    let server = common::start();
    let path = url(&server, &format!("/fr{PAGE}"));
    let plain = client()
        .get(&path)
        .call()
        .unwrap()
        .body_mut()
        .read_to_vec()
        .unwrap();

    let mut br = client()
        .get(&path)
        .header("Accept-Encoding", "gzip, br")
        .call()
        .unwrap();
    assert_eq!(header(&br, "content-encoding"), "br");
    assert!(header(&br, "etag").ends_with("-br\""));
    let mut decoded = Vec::new();
    brotli::Decompressor::new(&br.body_mut().read_to_vec().unwrap()[..], 4096)
        .read_to_end(&mut decoded)
        .unwrap();
    assert_eq!(decoded, plain);

    let mut gz = client()
        .get(&path)
        .header("Accept-Encoding", "gzip;q=1, br;q=0.5")
        .call()
        .unwrap();
    assert_eq!(header(&gz, "content-encoding"), "gzip");
    let mut decoded = Vec::new();
    flate2::read::GzDecoder::new(&gz.body_mut().read_to_vec().unwrap()[..])
        .read_to_end(&mut decoded)
        .unwrap();
    assert_eq!(decoded, plain);

    let identity = client()
        .get(&path)
        .header("Accept-Encoding", "br;q=0, gzip;q=0")
        .call()
        .unwrap();
    assert_eq!(header(&identity, "content-encoding"), "");
}

#[test]
fn an_alias_moves_permanently_in_every_locale_and_neutral() {
    let source = common::bundled_with(&[(
        "content/docs/staging-environment.md",
        "weight = 20",
        "weight = 20\naliases = [\"staging\"]",
    )]);
    let server = common::start_source(source);
    for (old, new) in [
        ("/docs/staging/", "/docs/staging-environment/"),
        ("/fr/docs/staging/", "/fr/docs/staging-environment/"),
        ("/en/docs/staging/", "/en/docs/staging-environment/"),
        ("/en/docs/staging", "/en/docs/staging-environment/"),
    ] {
        let res = client().get(url(&server, old)).call().unwrap();
        assert_eq!(res.status(), 301, "{old}");
        assert_eq!(header(&res, "location"), new, "{old}");
    }
}

#[test]
fn an_unknown_slug_gets_the_404_page_of_its_locale() {
    let server = common::start();
    let mut res = client()
        .get(url(&server, "/en/docs/no-such-page/"))
        .header("Accept-Language", "fr")
        .call()
        .unwrap();
    assert_eq!(res.status(), 404);
    assert_eq!(header(&res, "content-language"), "en");
    let body = res.body_mut().read_to_string().unwrap();
    assert!(body.contains("Page not found"), "{body}");
}

#[test]
fn an_unknown_locale_gets_the_404_page_in_the_negotiated_language() {
    let server = common::start();
    let mut res = client()
        .get(url(&server, "/sw/docs/too-many-registrations-for-this-ip/"))
        .header("Accept-Language", "en-US")
        .call()
        .unwrap();
    assert_eq!(res.status(), 404);
    assert_eq!(header(&res, "content-language"), "en");
    assert!(header(&res, "vary").contains("Accept-Language"));
    assert!(header(&res, "cache-control").contains("private"));
    assert!(
        res.body_mut()
            .read_to_string()
            .unwrap()
            .contains("Page not found")
    );

    let mut french = client().get(url(&server, "/nowhere")).call().unwrap();
    assert_eq!(french.status(), 404);
    assert_eq!(header(&french, "content-language"), "fr");
    assert!(
        french
            .body_mut()
            .read_to_string()
            .unwrap()
            .contains("Page introuvable")
    );
}

#[test]
fn slash_index_and_case_variants_redirect_like_a_static_host() {
    let server = common::start();
    for (variant, canonical) in [
        ("/fr/docs/integration-guide", "/fr/docs/integration-guide/"),
        (
            "/fr/docs/integration-guide/index.html",
            "/fr/docs/integration-guide/",
        ),
        ("/EN/Docs/Integration-Guide/", "/en/docs/integration-guide/"),
        ("/fr", "/fr/"),
        ("/en/index.html", "/en/"),
    ] {
        let res = client().get(url(&server, variant)).call().unwrap();
        assert_eq!(res.status(), 301, "{variant}");
        assert_eq!(header(&res, "location"), canonical, "{variant}");
    }
    // The query string comes along, as with a static host.
    let res = client()
        .get(url(&server, "/fr/docs/integration-guide?x=1"))
        .call()
        .unwrap();
    assert_eq!(header(&res, "location"), "/fr/docs/integration-guide/?x=1");
    // A neutral URL without its slash is negotiated in one hop.
    let res = client()
        .get(url(&server, "/docs/integration-guide"))
        .header("Accept-Language", "en")
        .call()
        .unwrap();
    assert_eq!(res.status(), 302);
    assert_eq!(header(&res, "location"), "/en/docs/integration-guide/");
}

#[test]
fn percent_encoded_paths_are_decoded_before_lookup() {
    let server = common::start();
    let res = client()
        .get(url(&server, "/fr/docs/%69ntegration-guide/"))
        .call()
        .unwrap();
    assert_eq!(res.status(), 200);
}

#[test]
fn healthz_reports_the_site() {
    let server = common::start();
    let mut res = client().get(url(&server, "/healthz")).call().unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(header(&res, "cache-control"), "no-store");
    let json: serde_json::Value =
        serde_json::from_str(&res.body_mut().read_to_string().unwrap()).unwrap();
    assert_eq!(json["status"], "ok");
    assert_eq!(json["pages"], 11);
    assert_eq!(
        json["locales"],
        serde_json::json!([
            "fr", "en", "de", "es", "it", "pt-BR", "ja", "zh-CN", "ru", "he"
        ])
    );
}

/// The sitemap is parsed as XML (namespaces included), not searched for substrings: every
/// `<url>` lists each locale as an alternate of the same page, its own among them, and every
/// alternate is itself a `<url>` of the sitemap.
#[test]
fn every_sitemap_url_lists_each_locale_as_an_alternate_of_the_same_page() {
    const SITEMAP: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
    const XHTML: &str = "http://www.w3.org/1999/xhtml";
    const BASE: &str = "http://127.0.0.1:8080";
    const LOCALES: [&str; 10] = [
        "fr", "en", "de", "es", "it", "pt-BR", "ja", "zh-CN", "ru", "he",
    ];
    let server = common::start();
    let mut res = client().get(url(&server, "/sitemap.xml")).call().unwrap();
    assert_eq!(res.status(), 200);
    assert!(header(&res, "content-type").starts_with("application/xml"));
    let body = res.body_mut().read_to_string().unwrap();
    let doc = roxmltree::Document::parse(&body).expect("the sitemap is well-formed XML");
    let root = doc.root_element();
    assert!(root.has_tag_name((SITEMAP, "urlset")));

    let mut locs = std::collections::BTreeSet::new();
    let mut alternates_seen = std::collections::BTreeSet::new();
    for entry in root.children().filter(roxmltree::Node::is_element) {
        assert!(entry.has_tag_name((SITEMAP, "url")), "{entry:?}");
        let loc = entry
            .children()
            .find(|n| n.has_tag_name((SITEMAP, "loc")))
            .and_then(|n| n.text())
            .expect("every <url> has a <loc>");
        // `{BASE}/{lang}{rest}`: the page without its locale.
        let (lang, rest) = loc
            .strip_prefix(BASE)
            .and_then(|p| p.strip_prefix('/'))
            .and_then(|p| p.split_once('/'))
            .unwrap_or_else(|| panic!("{loc} is not {BASE}/<lang>/…"));
        assert!(LOCALES.contains(&lang), "{loc}");
        let alternates: Vec<(&str, &str)> = entry
            .children()
            .filter(|n| n.has_tag_name((XHTML, "link")))
            .map(|n| {
                assert_eq!(n.attribute("rel"), Some("alternate"), "{loc}");
                (
                    n.attribute("hreflang").unwrap(),
                    n.attribute("href").unwrap(),
                )
            })
            .collect();
        let langs: Vec<&str> = alternates.iter().map(|(l, _)| *l).collect();
        assert_eq!(
            langs, LOCALES,
            "{loc}: one alternate per locale, reference first"
        );
        for (hreflang, href) in &alternates {
            assert_eq!(*href, format!("{BASE}/{hreflang}/{rest}"), "{loc}");
            alternates_seen.insert(href.to_string());
        }
        assert!(
            alternates.contains(&(lang, loc)),
            "{loc} is not its own alternate"
        );
        assert!(locs.insert(loc.to_owned()), "{loc} is listed twice");
    }
    // The home page of each locale, and the limit's page among the others.
    for lang in LOCALES {
        assert!(locs.contains(&format!("{BASE}/{lang}/")), "{lang}");
        assert!(locs.contains(&format!("{BASE}/{lang}{PAGE}")), "{lang}");
    }
    assert_eq!(alternates_seen, locs, "every alternate is a <url> and back");
}

#[test]
fn pages_link_the_versioned_stylesheet_which_is_kept_for_a_year() {
    let server = common::start();
    let body = client()
        .get(url(&server, &format!("/fr{PAGE}")))
        .call()
        .unwrap()
        .body_mut()
        .read_to_string()
        .unwrap();
    let start = body
        .find("/style.css?v=")
        .expect("a versioned stylesheet link");
    let href: String = body[start..].chars().take_while(|c| *c != '"').collect();
    let versioned = client().get(url(&server, &href)).call().unwrap();
    assert_eq!(versioned.status(), 200);
    assert_eq!(
        header(&versioned, "cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert!(header(&versioned, "content-type").starts_with("text/css"));
    let bare = client().get(url(&server, "/style.css")).call().unwrap();
    assert_eq!(header(&bare, "cache-control"), "public, max-age=300");
}

#[test]
fn the_live_reload_endpoints_exist_only_with_watch() {
    let server = common::start();
    assert_eq!(
        client()
            .get(url(&server, "/_errdocs/live"))
            .call()
            .unwrap()
            .status(),
        404
    );
    assert_eq!(
        client()
            .get(url(&server, "/_errdocs/live.js"))
            .call()
            .unwrap()
            .status(),
        404
    );
    let body = client()
        .get(url(&server, &format!("/fr{PAGE}")))
        .call()
        .unwrap()
        .body_mut()
        .read_to_string()
        .unwrap();
    assert!(!body.contains("/_errdocs/live.js"));
}

#[test]
fn pages_link_the_svg_icon_and_favicon_ico_is_not_a_404() {
    let server = common::start();
    let body = client()
        .get(url(&server, &format!("/fr{PAGE}")))
        .call()
        .unwrap()
        .body_mut()
        .read_to_string()
        .unwrap();
    let start = body
        .find("<link rel=\"icon\" href=\"/favicon.svg?v=")
        .expect("an icon link");
    assert!(body[start..].starts_with("<link rel=\"icon\" href=\"/favicon.svg?v="));
    let ico = client().get(url(&server, "/favicon.ico")).call().unwrap();
    assert_eq!(ico.status(), 301);
    assert_eq!(header(&ico, "location"), "/favicon.svg");
    let svg = client().get(url(&server, "/favicon.svg")).call().unwrap();
    assert_eq!(svg.status(), 200);
    assert!(header(&svg, "content-type").starts_with("image/svg+xml"));
}
