//! `errdocs check`: each broken translation is reported with its file, line and a clear
//! message; the repository's own catalogs pass; a lagging translation is flagged and its
//! built page says so.

use crate::common;

use common::{errdocs, site_dir};
use errdocs::check::{Severity, check};
use errdocs::site::Site;
use errdocs::source::SiteSource;

/// Runs `errdocs check` on the basic fixture with `case` laid over it.
fn run(case: &str) -> (bool, String) {
    let site = site_dir(Some(case));
    let out = errdocs(site.path(), &["check"]);
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[test]
fn the_repository_catalogs_pass() {
    let report = check(&SiteSource::bundled(), None);
    let errors: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{}", report.to_text());
    assert!(
        report
            .locales
            .iter()
            .all(|l| l.translated_percent == 100.0 && l.outdated == 0),
        "{}",
        report.to_text()
    );
}

#[test]
fn the_valid_fixture_passes_with_no_finding() {
    let site = site_dir(None);
    let out = errdocs(site.path(), &["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.starts_with("locale "), "{stdout}");
}

#[test]
fn a_translation_that_drops_the_url_is_an_error() {
    let (ok, text) = run("translation-drops-url");
    assert!(!ok);
    assert!(
        text.contains("locales/en/errors.ftl:2:1: error[variable-dropped]: `orders-per-account-exceeded` drops `$url`"),
        "{text}"
    );
}

#[test]
fn a_variable_the_reference_does_not_have_is_an_error() {
    let (ok, text) = run("translation-unknown-variable");
    assert!(!ok);
    assert!(
        text.contains("locales/en/docs/orders.ftl:4:1: error[variable-unknown]: `limit-body` uses `$cnt`, which the reference does not have"),
        "{text}"
    );
}

#[test]
fn a_russian_plural_without_few_and_many_is_an_error() {
    let (ok, text) = run("russian-missing-few");
    assert!(!ok);
    assert!(
        text.contains("locales/ru/docs/orders.ftl:4:1: error[plural]: `limit-body` selects on `$count` without the plural categories few, many that `ru` needs (CLDR); add `[few]` and `[many]`"),
        "{text}"
    );
}

#[test]
fn a_link_to_a_missing_anchor_is_an_error_at_its_message() {
    let (ok, text) = run("broken-anchor");
    assert!(!ok);
    assert!(
        text.contains("locales/en/docs/orders.ftl:5:1: error[link]: `see-also` links to `/docs/accounts/#reusing-accounts`, which has no heading with id `reusing-accounts`"),
        "{text}"
    );
}

#[test]
fn a_translation_of_a_changed_french_message_is_outdated_and_the_page_says_so() {
    let (ok, text) = run("lagging-translation");
    assert!(ok, "outdated is a warning, not an error: {text}");
    assert!(
        text.contains("locales/en/docs/orders.ftl:4:1: warning[outdated]: `limit-body` was translated from an older reference text"),
        "{text}"
    );
    let site = site_dir(Some("lagging-translation"));
    let built = Site::load(&SiteSource::from_dir(site.path()).unwrap()).unwrap();
    let page = String::from_utf8(built.files["en/docs/orders/index.html"].body.to_vec()).unwrap();
    assert!(
        page.contains("The French original of this page has changed since it was translated."),
        "{page}"
    );
    assert!(page.contains("href=\"/fr/docs/orders/\""));
    let french = String::from_utf8(built.files["fr/docs/orders/index.html"].body.to_vec()).unwrap();
    assert!(!french.contains("class=\"notice\""));
}

#[test]
fn accepting_a_locale_makes_its_translations_current() {
    let site = site_dir(Some("lagging-translation"));
    let out = errdocs(site.path(), &["check", "--accept", "en"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(!stdout.contains("outdated]"), "{stdout}");
}

#[test]
fn a_page_with_too_many_outdated_messages_is_not_published_and_shows_the_fallback() {
    // Without its lock file every English translation is of unknown provenance (outdated),
    // so the English pages fall back to French with a notice in English.
    let site = site_dir(None);
    std::fs::remove_file(site.path().join("locales/en/translated-from.toml")).unwrap();
    let built = Site::load(&SiteSource::from_dir(site.path()).unwrap()).unwrap();
    let info = built.pages.iter().find(|p| p.slug == "orders").unwrap();
    assert_eq!(
        info.published
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>(),
        ["fr"]
    );
    let page = String::from_utf8(built.files["en/docs/orders/index.html"].body.to_vec()).unwrap();
    assert!(page.contains("<html lang=\"fr\""), "{page}");
    assert!(
        page.contains("lang=\"en\" dir=\"ltr\">This page is not available in English yet"),
        "{page}"
    );
    assert!(
        !page.contains("hreflang=\"en\""),
        "unpublished versions are not alternates"
    );
}

#[test]
fn json_report_is_stable_for_dashboards() {
    let site = site_dir(Some("translation-drops-url"));
    let out = errdocs(site.path(), &["check", "--format", "json"]);
    assert!(!out.status.success());
    let mut json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for f in json["findings"].as_array_mut().unwrap() {
        let file = f["file"].as_str().unwrap();
        f["file"] = file[file.find("locales/").unwrap_or(0)..].into();
    }
    insta::assert_json_snapshot!("check_report_drops_url", json);
}

#[test]
fn an_id_defined_twice_where_one_page_sees_both_is_reported_like_loading_refuses_it() {
    let site = site_dir(None);
    let page = site.path().join("locales/en/docs/orders.ftl");
    let text = std::fs::read_to_string(&page).unwrap();
    // A page message that repeats a shared id, and one repeated within the page's file.
    std::fs::write(
        &page,
        format!("{text}site-name = Orders\ndescription = Again\n"),
    )
    .unwrap();
    let lines = text.lines().count();
    let out = errdocs(site.path(), &["check"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success());
    assert!(
        text.contains(&format!(
            "locales/en/docs/orders.ftl:{}:1: error[duplicate]: `site-name` is defined twice (first at ",
            lines + 1
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "locales/en/docs/orders.ftl:{}:1: error[duplicate]: `description` is defined twice (first at ",
            lines + 2
        )),
        "{text}"
    );
    // Loading refuses the same file, at the first of the two.
    let err = Site::load(&SiteSource::from_dir(site.path()).unwrap()).unwrap_err();
    assert!(err.to_string().contains("is defined twice"), "{err}");
}

#[test]
fn a_catalog_that_reintroduces_a_forbidden_variant_fails_with_the_preferred_term() {
    let (ok, text) = run("glossary-forbidden-variant");
    assert!(!ok, "{text}");
    assert!(
        text.contains("locales/fr/docs/orders.ftl:2:23: error[glossary]: `description`: “limites de débit”: Let's Encrypt writes “limites d’utilisation” for rate limits (source: letsencrypt/website content/fr/docs/rate-limits.md)"),
        "{text}"
    );
    // The offending line, with a caret under the variant.
    assert!(
        text.contains("2 | description = Une des limites de débit.\n  |                       ^^^^^^^^^^^^^^^^"),
        "{text}"
    );
}

#[test]
fn a_french_message_that_loses_its_narrow_no_break_space_fails_naming_the_rule() {
    let (ok, text) = run("typography-lost-nnbsp");
    assert!(!ok, "{text}");
    let errors: Vec<&str> = text.lines().filter(|l| l.contains(": error[")).collect();
    assert_eq!(
        errors,
        [
            "locales/fr/errors.ftl:2:148: error[typography]: `orders-per-account-exceeded`: rule `nnbsp-before-punctuation`: `:` needs U+202F NARROW NO-BREAK SPACE before it, not U+0020 SPACE"
        ],
        "{text}"
    );
}

#[test]
fn a_glossary_that_is_not_valid_toml_is_reported_at_its_line_and_column() {
    let (ok, text) = run("glossary-bad-toml");
    assert!(!ok, "{text}");
    assert!(
        text.contains("locales/fr/glossary.toml:3:13: error[glossary]:"),
        "{text}"
    );
}

#[test]
fn the_bundled_glossary_refuses_a_german_testumgebung_with_let_s_encrypt_s_word() {
    let source = common::bundled_with(&[(
        "locales/de/docs/staging-environment.ftl",
        "title = Staging-Umgebung",
        "title = Testumgebung",
    )]);
    let report = check(&source, None);
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == errdocs::check::Code::Glossary)
        .collect();
    assert_eq!(found.len(), 1, "{}", report.to_text());
    assert!(
        found[0].message.contains("“Staging-Umgebung”"),
        "{}",
        found[0].message
    );
    assert_eq!((found[0].rule.as_str(), found[0].width), ("glossary", 12));
}

#[test]
fn the_bundled_french_typography_refuses_a_colon_after_an_ordinary_no_break_space() {
    let source = common::bundled_with(&[(
        "locales/fr/errors.ftl",
        "adresse IP\u{202f}: voir",
        "adresse IP\u{a0}: voir",
    )]);
    let report = check(&source, None);
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == errdocs::check::Code::Typography)
        .collect();
    assert_eq!(found.len(), 1, "{}", report.to_text());
    assert_eq!(found[0].rule, "nnbsp-before-punctuation");
    assert!(
        found[0].message.contains("not U+00A0 NO-BREAK SPACE"),
        "{}",
        found[0].message
    );
}

#[test]
fn json_findings_of_the_style_rules_carry_their_rule_and_width() {
    let site = site_dir(Some("typography-lost-nnbsp"));
    let out = errdocs(site.path(), &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &json["findings"][0];
    assert_eq!(f["code"], "typography");
    assert_eq!(f["rule"], "nnbsp-before-punctuation");
    assert_eq!(f["width"], 2);
    assert!(f.get("source_line").is_none(), "{f}");
}
