//! `errdocs export`: a limiter written in another language fills the exported message and
//! gets exactly the string the library formats.

use crate::common;

use std::collections::BTreeMap;

use errdocs::catalog::{Arg, Args, Catalog};
use errdocs::source::SiteSource;

/// What a non-Rust limiter does with an exported message: substitute `{name}` placeholders,
/// formatting instants with the numeric UTS 35 pattern the export gives (no grammar, no
/// month names: only digits and literals).
fn fill(message: &str, pattern: &str, instant: jiff::Timestamp, identifier: &str) -> String {
    let t = instant.to_zoned_datetime(jiff::tz::TimeZone::UTC);
    let mut date = String::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            for q in chars.by_ref() {
                if q == '\'' {
                    break;
                }
                date.push(q);
            }
            continue;
        }
        if !c.is_ascii_alphabetic() {
            date.push(c);
            continue;
        }
        let mut width = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            width += 1;
        }
        let value = match c {
            'y' if width == 2 => i64::from(t.year()) % 100,
            'y' => i64::from(t.year()),
            'M' => i64::from(t.month()),
            'd' => i64::from(t.day()),
            'H' => i64::from(t.hour()),
            'm' => i64::from(t.minute()),
            's' => i64::from(t.second()),
            other => panic!("pattern letter {other:?} is not numeric"),
        };
        date.push_str(&format!(
            "{value:0width$}",
            width = if c == 'y' && width != 2 { 1 } else { width }
        ));
    }
    message
        .replace("{retry-after}", &date)
        .replace("{identifier}", identifier)
}

#[test]
fn filling_the_export_gives_the_same_string_as_the_library() {
    let source = SiteSource::from_dir(&common::fixture("basic")).unwrap();
    let catalog = Catalog::load(&source).unwrap();
    let files = errdocs::export::export(&catalog).unwrap();
    let instant: jiff::Timestamp = "2026-03-04T05:06:07Z".parse().unwrap();
    for locale in catalog.locales() {
        let json: serde_json::Value =
            serde_json::from_str(&files[&format!("{locale}.json")]).unwrap();
        let pattern = json["placeholders"]["retry-after"]["pattern"]
            .as_str()
            .unwrap();
        let exported = json["limits"]["orders-per-account"]["message"]
            .as_str()
            .unwrap();
        let filled = fill(exported, pattern, instant, "account-42");

        let mut args = Args::new();
        args.set("retry-after", Arg::Time(instant));
        args.set("identifier", "account-42");
        let library = catalog
            .limit_message(locale, "orders-per-account", &args)
            .unwrap()
            .text;
        assert_eq!(filled, library, "{locale}");
    }
}

#[test]
fn the_export_lists_locales_placeholders_and_doc_urls() {
    let source = SiteSource::from_dir(&common::fixture("basic")).unwrap();
    let files = errdocs::export::export(&Catalog::load(&source).unwrap()).unwrap();
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(names, ["en.json", "fr.json", "index.json"]);
    let json: BTreeMap<String, serde_json::Value> =
        serde_json::from_str(&files["fr.json"]).unwrap();
    insta::assert_json_snapshot!("export_fr", json);
    let index: serde_json::Value = serde_json::from_str(&files["index.json"]).unwrap();
    assert_eq!(index["locales"]["en"], serde_json::json!(["en", "fr"]));
    // errdocs.toml's order, and the clients that escape non-ASCII (README, "ACME clients").
    assert_eq!(index["locale-order"], serde_json::json!(["fr", "en"]));
    assert_eq!(
        index["escaping-clients"],
        serde_json::json!(errdocs::problem::ESCAPING_CLIENTS)
    );
}

#[test]
fn the_bundled_site_exports_every_limit_in_every_locale() {
    let cwd = tempfile::tempdir().unwrap();
    let out = cwd.path().join("export");
    let run = common::errdocs(cwd.path(), &["export", "--out", out.to_str().unwrap()]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let en: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("en.json")).unwrap()).unwrap();
    assert_eq!(
        en["limits"]["registrations-per-ip"]["message"],
        "too many registrations for this IP: see http://127.0.0.1:8080/docs/too-many-registrations-for-this-ip/"
    );
}

#[test]
fn the_export_carries_the_numbers_of_the_problem_document() {
    let catalog = Catalog::load(&SiteSource::bundled()).unwrap();
    let files = errdocs::export::export(&catalog).unwrap();
    let fr: serde_json::Value = serde_json::from_str(&files["fr.json"]).unwrap();
    let reference = catalog.reference().clone();
    let mut with_refill = 0;
    for limit in catalog.limits().by_id.keys() {
        // The occurrence's own values, as a limiter fills the export's placeholders.
        let placeholders = fr["limits"][limit]["placeholders"].as_array().unwrap();
        let pairs = placeholders.iter().map(|p| {
            let name = p.as_str().unwrap();
            let value = if errdocs::catalog::input::is_instant_name(name) {
                "2027-01-01T12:00:00Z"
            } else {
                "example.org"
            };
            (name, value)
        });
        let extra = catalog.parse_args(limit, pairs).unwrap();
        let problem = errdocs::problem::Problem::new(&catalog, &reference, limit, &extra).unwrap();
        let mut enforced = problem.args.clone();
        for name in extra.iter().map(|(name, _)| name) {
            enforced.remove(name);
        }
        let exported = &fr["limits"][limit]["args"];
        assert_eq!(*exported, serde_json::Value::Object(enforced), "{limit}");
        with_refill += usize::from(exported.get("refill").is_some());
    }
    // The bundled site documents refill intervals: the comparison saw them.
    assert!(with_refill > 0);
}
