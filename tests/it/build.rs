//! `errdocs build` and the `Site` model: the bundled site renders in both languages, facts
//! reach the prose with correct plurals, output is valid and stable, and every broken
//! fixture fails with a message that names the file, the position and the fix, leaving the
//! previous output untouched.

use crate::common;

use common::{errdocs, site_dir, snapshot_tree};
use errdocs::site::Site;
use errdocs::source::SiteSource;

fn page(site: &Site, path: &str) -> String {
    String::from_utf8(site.files[path].body.to_vec()).unwrap()
}

fn main_of(html: &str) -> &str {
    let start = html.find("<main").unwrap();
    let end = html.find("</main>").unwrap();
    &html[start..end]
}

/// Text between the first `open` and the next `close`, for the snapshot of each page.
fn between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    html.split_once(open)
        .and_then(|(_, rest)| rest.split_once(close))
        .map_or("", |(inside, _)| inside)
}

/// Not only which files exist: each file's media type and `Content-Language`, and for HTML
/// its `<html lang dir>` and `<h1>`, so a page rendered in the wrong language, direction or
/// from the wrong catalog changes the snapshot.
#[test]
fn bundled_site_renders_every_page_in_every_locale() {
    let site = Site::load(&SiteSource::bundled()).unwrap();
    let lines: Vec<String> = site
        .files
        .iter()
        .map(|(path, asset)| {
            let locale = asset
                .locale
                .as_ref()
                .map_or("-".to_owned(), ToString::to_string);
            let mut line = format!("{path}  {}  {locale}", asset.content_type);
            if path.ends_with(".html") {
                let html = String::from_utf8(asset.body.to_vec()).unwrap();
                line.push_str(&format!(
                    "  <html{}>  {}",
                    between(&html, "<html", ">"),
                    between(&html, "<h1>", "</h1>")
                ));
            }
            line
        })
        .collect();
    insta::assert_snapshot!("bundled_site_files", lines.join("\n"));
}

#[test]
fn french_page_keeps_every_section_of_the_seed() {
    let site = Site::load(&SiteSource::bundled()).unwrap();
    let html = page(
        &site,
        "fr/docs/too-many-registrations-for-this-ip/index.html",
    );
    insta::assert_snapshot!("fr_page_main", main_of(&html));
    for expected in [
        "<h1>Limite de nouveaux enregistrements par adresse IP</h1>",
        "<h2 id=\"description\">Description</h2>",
        "<h2 id=\"common-causes\">Causes fréquentes</h2>",
        "<h3 id=\"repeat-deployments\">Déploiements répétitifs</h3>",
        "<h3 id=\"too-many-accounts\">Trop de comptes</h3>",
        "<h2 id=\"requesting-help\">Demander de l’aide</h2>",
        "<h2 id=\"requesting-an-override\">Demander une dérogation</h2>",
        "jusqu’à 10 comptes par adresse IP toutes les 3&nbsp;heures",
        "au cours des 3 dernières heures",
        "href=\"/fr/docs/staging-environment/#rate-limits\"",
        "href=\"/fr/docs/integration-guide/#one-account-or-many\"",
        "href=\"https://community.letsencrypt.org/c/help/13\"",
        "Les dérogations ne sont <strong>pas</strong> disponibles",
    ] {
        assert!(html.contains(expected), "missing {expected:?}");
    }
}

#[test]
fn english_page_quotes_the_error_string_clients_already_know() {
    let site = Site::load(&SiteSource::bundled()).unwrap();
    let html = page(
        &site,
        "en/docs/too-many-registrations-for-this-ip/index.html",
    );
    insta::assert_snapshot!("en_page_main", main_of(&html));
    assert!(html.contains(
        "too many registrations for this IP: see <bdi dir=\"ltr\">http://127.0.0.1:8080/docs/too-many-registrations-for-this-ip/</bdi>"
    ));
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
}

#[test]
fn every_page_links_itself_and_every_other_locale_with_hreflang() {
    let site = Site::load(&SiteSource::bundled()).unwrap();
    for (path, asset) in &site.files {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(asset.body.to_vec()).unwrap();
        if html.contains("http-equiv=\"refresh\"") {
            continue;
        }
        const LOCALES: [&str; 10] = [
            "fr", "en", "de", "es", "it", "pt-BR", "ja", "zh-CN", "ru", "he",
        ];
        // The page's path without its locale (choosers have none): every alternate points
        // at the same page.
        let rest = match path.split_once('/') {
            Some((first, rest)) if LOCALES.contains(&first) => rest,
            _ => path.as_str(),
        };
        let rest = rest.strip_suffix("index.html").unwrap_or(rest);
        for lang in LOCALES {
            assert!(
                html.contains(&format!(
                    "hreflang=\"{lang}\" href=\"http://127.0.0.1:8080/{lang}/{rest}\""
                )),
                "{path}: {lang}"
            );
        }
        assert!(html.contains("hreflang=\"x-default\""), "{path}");
    }
}

#[test]
fn a_count_of_one_and_a_one_hour_window_read_grammatically_in_both_languages() {
    let limits = SiteSource::bundled()
        .get("content/limits.toml")
        .unwrap()
        .replace("count = 10\nwindow = \"3h\"", "count = 1\nwindow = \"1h\"")
        .replace("count = 50\nwindow = \"3h\"", "count = 1\nwindow = \"1h\"");
    assert_eq!(
        limits.matches("count = 1\nwindow = \"1h\"").count(),
        2,
        "the facts file changed shape"
    );
    let source = SiteSource::bundled().with_file("content/limits.toml", &limits);
    let site = Site::load(&source).unwrap();
    let fr = page(
        &site,
        "fr/docs/too-many-registrations-for-this-ip/index.html",
    );
    assert!(
        fr.contains("jusqu’à 1 compte par adresse IP toutes les heures."),
        "{fr}"
    );
    assert!(fr.contains("qu’au moins 1 compte a déjà été enregistré à partir de cette adresse IP au cours de la dernière heure."));
    let en = page(
        &site,
        "en/docs/too-many-registrations-for-this-ip/index.html",
    );
    assert!(
        en.contains("up to 1 account per IP address every hour."),
        "{en}"
    );
    assert!(en.contains(
        "at least 1 account has already been registered from this IP address in the last hour."
    ));
    let staging = page(&site, "fr/docs/staging-environment/index.html");
    assert!(
        staging.contains("1 compte par période de 1&nbsp;heure"),
        "{staging}"
    );
}

#[test]
fn changing_the_count_once_changes_every_page_and_message() {
    let limits = SiteSource::bundled()
        .get("content/limits.toml")
        .unwrap()
        .replace("count = 10", "count = 25");
    let site =
        Site::load(&SiteSource::bundled().with_file("content/limits.toml", &limits)).unwrap();
    assert!(
        page(
            &site,
            "fr/docs/too-many-registrations-for-this-ip/index.html"
        )
        .contains("jusqu’à 25 comptes")
    );
    assert!(
        page(
            &site,
            "en/docs/too-many-registrations-for-this-ip/index.html"
        )
        .contains("up to 25 accounts")
    );
    assert!(
        page(&site, "en/docs/staging-environment/index.html").contains("(production: 25 per 3")
    );
}

#[test]
fn no_isolation_mark_reaches_any_output() {
    let site = Site::load(&SiteSource::bundled()).unwrap();
    for (path, asset) in &site.files {
        let text = String::from_utf8_lossy(&asset.body);
        assert!(
            !text.contains(['\u{2068}', '\u{2069}']),
            "isolation mark in {path}"
        );
    }
}

#[test]
fn two_builds_of_the_same_input_are_byte_identical() {
    let site = site_dir(None);
    let out = tempfile::tempdir().unwrap();
    let (a, b) = (out.path().join("a"), out.path().join("b"));
    for dir in [&a, &b] {
        let run = errdocs(site.path(), &["build", "--out", dir.to_str().unwrap()]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
    assert_eq!(snapshot_tree(&a), snapshot_tree(&b));
}

#[test]
fn aliases_get_redirect_pages() {
    let site = Site::load(&SiteSource::from_dir(&common::fixture("basic")).unwrap()).unwrap();
    assert_eq!(site.redirects["docs/old-accounts/"], "docs/accounts/");
    assert_eq!(site.redirects["en/docs/old-accounts/"], "en/docs/accounts/");
    assert!(page(&site, "en/docs/old-accounts/index.html").contains("url=/en/docs/accounts/"));
}

/// Builds the valid fixture into `out`, then the broken case over the same `out`: the build
/// must fail with `expected` in its message and leave the first output untouched.
fn assert_fails_cleanly(case: &str, expected: &[&str]) {
    let good = site_dir(None);
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().join("public");
    let out_arg = out_dir.to_str().unwrap();
    let run = errdocs(good.path(), &["build", "--out", out_arg]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let before = snapshot_tree(&out_dir);

    let broken = site_dir(Some(case));
    let run = errdocs(broken.path(), &["build", "--out", out_arg]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success(), "{case}: the build should fail");
    for e in expected {
        assert!(stderr.contains(e), "{case}: expected {e:?} in:\n{stderr}");
    }
    assert_eq!(
        before,
        snapshot_tree(&out_dir),
        "{case}: the previous output changed"
    );
}

#[test]
fn fluent_syntax_error_names_file_line_and_column() {
    assert_fails_cleanly("syntax-error", &["locales/fr/errors.ftl:2:", "Expected"]);
}

#[test]
fn message_missing_from_the_reference_names_id_page_and_file() {
    assert_fails_cleanly(
        "missing-message",
        &[
            "message `reuse-warning`",
            "page `accounts`",
            "add it to `locales/fr/docs/accounts.ftl`",
        ],
    );
}

#[test]
fn a_variable_the_caller_does_not_supply_is_an_error() {
    assert_fails_cleanly(
        "unknown-variable",
        &[
            "locales/fr/docs/orders.ftl:4:1: message `limit-body`",
            "`$windw`, which the caller does not supply",
        ],
    );
}

#[test]
fn an_anchor_missing_in_one_locale_names_page_locale_and_link() {
    assert_fails_cleanly(
        "broken-anchor",
        &[
            "page `orders` in locale `en` links to `/en/docs/accounts/#reusing-accounts`",
            "no heading with id `reusing-accounts`",
        ],
    );
}

#[test]
fn a_link_to_a_missing_page_is_an_error() {
    assert_fails_cleanly(
        "missing-page-link",
        &[
            "page `accounts` in locale `fr` links to `/fr/docs/order/#limit`",
            "not a page of this site",
        ],
    );
}

#[test]
fn raw_html_in_a_catalog_is_refused() {
    assert_fails_cleanly(
        "raw-html",
        &[
            "locales/en/docs/accounts.ftl:4:1: message `reuse-body` contains raw HTML `<script>alert",
        ],
    );
}

#[test]
fn unknown_front_matter_key_names_file_and_line() {
    assert_fails_cleanly(
        "unknown-front-matter",
        &["content/docs/orders.md:4:1: unknown field `colour`"],
    );
}

#[test]
fn malformed_limits_name_file_and_line() {
    assert_fails_cleanly(
        "malformed-limits",
        &["content/limits.toml:2:9:", "invalid type"],
    );
}

#[test]
fn build_refuses_to_replace_a_folder_it_did_not_write() {
    let site = site_dir(None);
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("precious.txt"), "keep me").unwrap();
    let run = errdocs(
        site.path(),
        &["build", "--out", out.path().to_str().unwrap()],
    );
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("refusing to replace"));
    assert_eq!(
        std::fs::read_to_string(out.path().join("precious.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn every_limit_has_a_page_and_a_message_in_every_locale() {
    let source = SiteSource::bundled();
    let site = Site::load(&source).unwrap();
    let catalog = &site.catalog;
    assert_eq!(catalog.locales().len(), 10);
    let mut args = errdocs::catalog::Args::new();
    args.set(
        "retry-after",
        errdocs::catalog::Arg::Time("2026-11-27T21:00:00Z".parse().unwrap()),
    );
    args.set("identifier", "example.com");
    for (id, limit) in &catalog.limits().by_id {
        for locale in catalog.locales() {
            let page = format!("{locale}/docs/{}/index.html", limit.page);
            let html = String::from_utf8(site.files[&page].body.to_vec()).unwrap();
            assert!(
                html.contains(&format!("<html lang=\"{locale}\"")),
                "{page} is not published in {locale}"
            );
            let message = catalog.limit_message(locale, id, &args).unwrap();
            assert_eq!(message.locale, *locale, "{id} falls back in {locale}");
            assert!(
                message.text.contains(&catalog.doc_url(id).unwrap()),
                "{id} in {locale} lost its URL"
            );
        }
    }
}

#[test]
fn russian_and_hebrew_pages_match_their_snapshots() {
    let site = Site::load(&SiteSource::bundled()).unwrap();
    let ru = page(&site, "ru/docs/new-orders-per-account/index.html");
    insta::assert_snapshot!("ru_orders_main", main_of(&ru));
    let he = page(
        &site,
        "he/docs/too-many-registrations-for-this-ip/index.html",
    );
    assert!(he.contains("<html lang=\"he\" dir=\"rtl\">"));
    insta::assert_snapshot!("he_registrations_main", main_of(&he));
}

#[test]
fn choosers_choose_in_head_before_the_stylesheet_and_keep_a_heading_and_links() {
    let site = Site::load(&SiteSource::bundled()).unwrap();
    for path in [
        "index.html",
        "docs/too-many-registrations-for-this-ip/index.html",
    ] {
        let html = page(&site, path);
        let lines: Vec<&str> = html.lines().collect();
        let at = |needle: &str| {
            lines
                .iter()
                .position(|l| l.contains(needle))
                .unwrap_or_else(|| panic!("{path}: no {needle}"))
        };
        // The script reads the alternates, so it must come after the last of them; it sends
        // the reader on before the stylesheet, so it must come before it and not be deferred
        // (a deferred script waits for the whole document and the stylesheet).
        let script = at("chooser.js");
        assert!(
            !lines[script].contains("defer"),
            "{path}: {}",
            lines[script]
        );
        let last_alternate = lines
            .iter()
            .rposition(|l| l.contains("data-path=\""))
            .unwrap_or_else(|| panic!("{path}: no alternate with data-path"));
        assert!(
            last_alternate < script,
            "{path}: script before the alternates"
        );
        assert!(
            script < at("rel=\"stylesheet\""),
            "{path}: script after the stylesheet"
        );
        // Each alternate names the local path the script goes to, beside the absolute href.
        assert!(
            html.contains("hreflang=\"he\" href=\"http://127.0.0.1:8080/he/")
                && html.contains(&format!(
                    "data-path=\"/he/{}\"",
                    path.trim_end_matches("index.html")
                )),
            "{path}"
        );
        assert!(
            main_of(&html).contains("<h1>Choisissez votre langue</h1>"),
            "{path}"
        );
        // Without JavaScript every language stays one link away, named in its own words.
        for (lang, name) in [("fr", "Français"), ("he", "עברית"), ("pt-BR", "Português")] {
            assert!(
                html.contains(&format!("hreflang=\"{lang}\">{name}")),
                "{path}: {lang}"
            );
        }
    }
}

#[test]
fn a_theme_without_a_favicon_builds_and_links_no_icon() {
    let with = Site::load(&SiteSource::bundled()).unwrap();
    assert!(page(&with, "fr/index.html").contains("<link rel=\"icon\" href=\"/favicon.svg?v="));
    assert!(page(&with, "index.html").contains("<link rel=\"icon\" href=\"/favicon.svg?v="));
    let bundled = SiteSource::bundled();
    let source = SiteSource::from_files(
        bundled
            .files()
            .filter(|(path, _)| *path != "static/favicon.svg"),
    );
    let site = Site::load(&source).unwrap();
    for path in ["fr/index.html", "index.html", "he/404.html"] {
        assert!(!page(&site, path).contains("rel=\"icon\""), "{path}");
    }
}
