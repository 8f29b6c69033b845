//! The catalogs: every `locales/<lang>/**/*.ftl` file, parsed once into Fluent bundles, and
//! the one way to turn a message id + arguments into text. This is the only module that
//! uses fluent-bundle.
//!
//! Layout: files directly under `locales/<lang>/` are *shared* (site chrome, the limiter's
//! errors); `locales/<lang>/docs/<slug>.ftl` belongs to one page. A page's bundle holds the
//! shared files plus its own, so page ids stay short (`title`, `causes-heading`) and never
//! collide across pages. A missing message falls back along the locale's chain to the
//! reference (`fr`), one message at a time, and the caller is told it did.
//!
//! Bidi isolation marks (U+2068/U+2069) are turned off: they break URLs, copy-paste and
//! string equality in plain-text errors, and inside Markdown link targets. Right-to-left
//! pages keep URLs and code readable with `dir="ltr"` in the templates instead.

mod args;
mod cldr;
mod error;
mod facts;
mod format;
pub mod input;
pub mod inspect;
mod layout;
mod load;
mod lock;

pub use args::{Arg, Args};
pub use cldr::utc_instant;
pub use error::{CatalogError, FormatError};
pub use facts::exceeded_id;
pub use format::{Formatted, MessageText};
pub use layout::{
    Duplicate, LOCALES_DIR, LOCK_FILE, catalog_locale, catalog_path, duplicate_ids, lock_path,
};
pub use load::ParseCache;
pub use lock::Status;

// Helpers the submodules share (each reaches its siblings' through `use super::*`).
use error::describe;
use format::split_attr;
use load::{entry_lines_lenient, index_of};
use lock::{Lock, parse_lock};

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};

use crate::config::{Config, ConfigError, Limit, Limits, Period, line_col};
use crate::locale::Locale;
use crate::source::SiteSource;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// Which messages a lookup may see: the shared files, or the shared files plus one page's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope<'a> {
    /// Shared files only (site chrome, limiter errors).
    Shared,
    /// Shared files plus `docs/<slug>.ftl`.
    Page(&'a str),
}

/// One parsed `.ftl` file.
#[derive(Clone, Debug)]
pub struct CatalogFile {
    /// Its locale.
    pub locale: Locale,
    /// Site-relative path, e.g. `locales/fr/site.ftl`.
    pub path: String,
    /// How to name it in messages.
    pub display: String,
    /// The page slug for `docs/<slug>.ftl`, `None` for shared files.
    pub page: Option<String>,
    /// The parsed resource.
    pub resource: Arc<FluentResource>,
    /// Line of each message and term id (`-term`).
    pub lines: BTreeMap<String, usize>,
    /// The file's entries as QA reads them (variables, selectors), read from the AST on
    /// first use and kept: the problem API asks on requests what a message selects on.
    shape: OnceLock<inspect::FileShape>,
}

impl CatalogFile {
    /// The file's entries as [`inspect::inspect`] reads them, computed once.
    pub fn shape(&self) -> &inspect::FileShape {
        self.shape
            .get_or_init(|| inspect::inspect(self.resource.source()))
    }
}

/// Every catalog of a site, ready to format messages in any locale.
///
/// Everything a lookup needs is prepared at load, so formatting one message allocates
/// little more than its text: bundles are indexed by the locale's position in
/// `config.locales`, fallback chains are precomputed for every published locale, and each
/// limit's facts (its Fluent arguments, message ids and doc URL) are built once.
pub struct Catalog {
    config: Config,
    limits: Limits,
    files: Vec<Arc<CatalogFile>>,
    /// Shared bundle of each published locale, in `config.locales` order.
    shared: Vec<Arc<Bundle>>,
    /// Page slug → that page's bundle in each published locale (`None`: no page file).
    pages: HashMap<String, Vec<Option<Arc<Bundle>>>>,
    /// Fallback chain of each published locale, as indexes into `config.locales`.
    chains: Vec<Vec<usize>>,
    /// Limit id → its facts.
    facts: BTreeMap<String, LimitFacts>,
    /// Hash of every reference message, by (scope key, id).
    reference_hashes: HashMap<(String, String), String>,
    /// What each locale's translations were made from, by locale, then (scope key, id).
    locks: HashMap<Locale, Lock>,
}

/// The scope key of a page (or of the shared files) in lock files.
pub fn scope_key(scope: Scope<'_>) -> String {
    match scope {
        Scope::Shared => "shared".to_owned(),
        Scope::Page(slug) => format!("docs/{slug}"),
    }
}

/// One limit's facts, prepared at load.
#[derive(Clone)]
struct LimitFacts {
    /// `$count`, `$window`, …, `$url`: see [`Catalog::limit_args`].
    args: Args,
    /// `<limit>-exceeded`.
    exceeded_id: String,
    /// `<limit>-title`.
    title_id: String,
    /// How errors name the caller: ``limit `<limit>` ``.
    user: String,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locales", &self.config.locales)
            .field("files", &self.files.len())
            .finish()
    }
}

impl Catalog {
    /// The site configuration the catalogs were loaded with.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The facts of every limit.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Every published locale, reference first.
    pub fn locales(&self) -> &[Locale] {
        &self.config.locales
    }

    /// The reference locale (`fr`).
    pub fn reference(&self) -> &Locale {
        &self.config.default_locale
    }

    /// The same catalogs without the pages' messages: what a server needs once the pages
    /// are rendered (limit messages, problem documents, the 404 and overlay chrome are all
    /// shared messages). A page bundle repeats every shared message for its page; on a site
    /// of thousands of pages they are most of the catalog's memory.
    pub fn without_pages(&self) -> Catalog {
        Catalog {
            config: self.config.clone(),
            limits: self.limits.clone(),
            files: self
                .files
                .iter()
                .filter(|f| f.page.is_none())
                .cloned()
                .collect(),
            shared: self.shared.clone(),
            pages: HashMap::new(),
            chains: self.chains.clone(),
            facts: self.facts.clone(),
            reference_hashes: self
                .reference_hashes
                .iter()
                .filter(|((scope, _), _)| *scope == scope_key(Scope::Shared))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            locks: self.locks.clone(),
        }
    }

    /// Every parsed catalog file, in path order.
    pub fn files(&self) -> &[Arc<CatalogFile>] {
        &self.files
    }

    /// The pattern (UTS 35, numeric fields, 24-hour clock) `$retry-after` is formatted with
    /// in `locale`: `cldr::DATETIME_PATTERN`, `yyyy-MM-dd HH:mm:ss`, the same in every
    /// locale, so that no reader (or limiter) has to guess the order of day and month.
    pub fn date_pattern(&self, _locale: &Locale) -> Option<String> {
        Some(cldr::DATETIME_PATTERN.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(fr: &str, en: &str) -> SiteSource {
        SiteSource::from_files([
            (
                "errdocs.toml",
                "base-url = \"https://example.org\"\ndefault-locale = \"fr\"\nlocales = [\"fr\", \"en\"]\n",
            ),
            ("locales/fr/site.ftl", fr),
            ("locales/en/site.ftl", en),
        ])
    }

    fn fr() -> Locale {
        "fr".parse().unwrap()
    }

    #[test]
    fn french_numbers_are_grouped_with_a_narrow_no_break_space() {
        let c = Catalog::load(&site("n = { $n } comptes\n", "n = { $n } accounts\n")).unwrap();
        let mut args = Args::new();
        args.set("n", 1_000_000u64);
        assert_eq!(
            c.format(&fr(), Scope::Shared, "n", &args, "test")
                .unwrap()
                .text,
            "1\u{202f}000\u{202f}000 comptes"
        );
        let en = c
            .format(&"en".parse().unwrap(), Scope::Shared, "n", &args, "test")
            .unwrap();
        assert_eq!(en.text, "1,000,000 accounts");
    }

    #[test]
    fn a_link_of_the_configuration_reaches_every_message_that_reads_it() {
        let source = SiteSource::from_files([
            (
                "errdocs.toml",
                "base-url = \"https://example.org\"\ndefault-locale = \"fr\"\nlocales = [\"fr\", \"en\"]\n[links]\nform = \"https://example.org/form\"\n",
            ),
            ("locales/fr/site.ftl", "f = [formulaire]({ $form })\n"),
            ("locales/en/site.ftl", "f = [form]({ $form })\n"),
        ]);
        let c = Catalog::load(&source).unwrap();
        let en: Locale = "en".parse().unwrap();
        let text = |args: &Args| c.format(&en, Scope::Shared, "f", args, "t").unwrap().text;
        assert_eq!(text(&Args::new()), "[form](https://example.org/form)");
        // A caller's own value wins over the configuration's.
        let mut args = Args::new();
        args.set("form", "https://example.org/other");
        assert_eq!(text(&args), "[form](https://example.org/other)");
    }

    #[test]
    fn retry_instants_read_year_first_whatever_the_locale() {
        let c =
            Catalog::load(&site("d = après le { $d } UTC\n", "d = after { $d } UTC\n")).unwrap();
        let mut args = Args::new();
        args.set("d", Arg::Time("2026-01-02T03:04:05Z".parse().unwrap()));
        for (lang, text) in [
            ("fr", "après le 2026-01-02 03:04:05 UTC"),
            ("en", "after 2026-01-02 03:04:05 UTC"),
        ] {
            let locale: Locale = lang.parse().unwrap();
            assert_eq!(
                c.format(&locale, Scope::Shared, "d", &args, "t")
                    .unwrap()
                    .text,
                text
            );
        }
    }

    #[test]
    fn durations_are_cldr_phrases_in_each_language() {
        let c = Catalog::load(&site("w = toutes les { $w }\n", "w = every { $w }\n")).unwrap();
        let mut args = Args::new();
        args.set("w", Period::parse("3h").unwrap());
        assert_eq!(
            c.format(&fr(), Scope::Shared, "w", &args, "t")
                .unwrap()
                .text,
            "toutes les 3\u{a0}heures"
        );
        args.set("w", Period::parse("1h").unwrap());
        assert_eq!(
            c.format(&"en".parse().unwrap(), Scope::Shared, "w", &args, "t")
                .unwrap()
                .text,
            "every 1 hour"
        );
    }

    #[test]
    fn no_isolation_marks_around_placeables() {
        let c = Catalog::load(&site("u = voir { $url } ici\n", "u = see { $url } here\n")).unwrap();
        let mut args = Args::new();
        args.set("url", "https://example.org/docs/x/");
        let text = c
            .format(&fr(), Scope::Shared, "u", &args, "t")
            .unwrap()
            .text;
        assert_eq!(text, "voir https://example.org/docs/x/ ici");
    }

    #[test]
    fn missing_translation_falls_back_to_french_and_says_so() {
        let c = Catalog::load(&site("a = un\nb = deux\n", "a = one\n")).unwrap();
        let en: Locale = "en".parse().unwrap();
        let b = c
            .format(&en, Scope::Shared, "b", &Args::new(), "t")
            .unwrap();
        assert_eq!((b.text.as_str(), b.fallback), ("deux", true));
        let a = c
            .format(&en, Scope::Shared, "a", &Args::new(), "t")
            .unwrap();
        assert_eq!((a.text.as_str(), a.fallback), ("one", false));
    }

    #[test]
    fn unknown_variable_is_an_error_not_a_placeholder() {
        let c = Catalog::load(&site("a = un\nb = { $nope } x\n", "a = one\n")).unwrap();
        let err = c
            .format(&fr(), Scope::Shared, "b", &Args::new(), "t")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("locales/fr/site.ftl:2:1: message `b`"),
            "{err}"
        );
        assert!(
            err.contains("it uses `$nope`, which the caller does not supply"),
            "{err}"
        );
        assert!(err.ends_with("(arguments supplied: none)"), "{err}");
        let mut args = Args::new();
        args.set("b", 1);
        args.set("a", "x");
        let err = c
            .format(&fr(), Scope::Shared, "b", &args, "t")
            .unwrap_err()
            .to_string();
        assert!(err.ends_with("(arguments supplied: $a, $b)"), "{err}");
    }

    #[test]
    fn args_are_empty_until_one_is_set_and_later_ones_win() {
        let mut args = Args::new();
        assert!(args.is_empty());
        args.set("count", 1);
        assert!(!args.is_empty());
        let mut other = Args::new();
        other.set("count", 2);
        args.extend(&other);
        assert_eq!(args.get("count"), Some(&Arg::Number(2.0)));
        assert_eq!(args.iter().count(), 1);
    }

    #[test]
    fn whole_numbers_are_json_integers_up_to_nine_quadrillion_and_others_stay_floats() {
        use serde_json::json;
        assert_eq!(Arg::Number(3.0).to_json(), json!(3));
        assert!(Arg::Number(3.0).to_json().is_i64());
        assert_eq!(Arg::Number(-3.0).to_json(), json!(-3));
        assert!(Arg::Number(2.5).to_json().is_f64());
        assert_eq!(Arg::Number(2.5).to_json(), json!(2.5));
        // Below 9e15 every whole f64 is exact as an integer; at and beyond, it stays a float.
        assert!(Arg::Number(8_999_999_999_999_999.0).to_json().is_i64());
        assert!(Arg::Number(9e15).to_json().is_f64());
        assert!(Arg::Number(-9e15).to_json().is_f64());
        assert_eq!(Arg::Text("0123".into()).to_json(), json!("0123"));
        assert_eq!(
            Arg::Duration(Period::parse("2h").unwrap()).to_json(),
            json!(7200)
        );
        assert_eq!(
            Arg::Time("2026-11-28T10:00:00Z".parse().unwrap()).to_json(),
            json!("2026-11-28T10:00:00Z")
        );
    }

    #[test]
    fn variables_reach_referenced_messages_functions_and_term_arguments() {
        let fr_text = r#"
-t = { $case ->
        [up] GRAND
       *[other] petit
    }
b = vu { $n } et { $w }
a = { b } ; { -t(case: "up") } ; { NUMBER($x, minimumFractionDigits: 1) } ; { $s ->
        [one] { $u }
       *[other] autre
    }
"#;
        let c = Catalog::load(&site(fr_text, "a = x\n")).unwrap();
        let mut args = Args::new();
        for (k, v) in [("n", 2u64), ("x", 3)] {
            args.set(k, v);
        }
        for (k, v) in [("s", "one"), ("u", "ici"), ("unused", "z")] {
            args.set(k, v);
        }
        args.set("w", Period::parse("3h").unwrap());
        let text = c
            .format(&fr(), Scope::Shared, "a", &args, "t")
            .unwrap()
            .text;
        assert_eq!(text, "vu 2 et 3\u{a0}heures ; GRAND ; 3,0 ; ici");
    }

    #[test]
    fn cyclic_references_are_an_error_not_a_hang() {
        let c = Catalog::load(&site("a = { b }\nb = { a } { $n }\n", "a = x\n")).unwrap();
        let mut args = Args::new();
        args.set("n", 1u64);
        assert!(c.format(&fr(), Scope::Shared, "a", &args, "t").is_err());
    }

    #[test]
    fn a_catalog_without_pages_still_words_every_limit_and_holds_no_page_message() {
        let c = Catalog::load(&SiteSource::bundled()).unwrap();
        let served = c.without_pages();
        assert!(served.files().iter().all(|f| f.page.is_none()));
        assert!(c.files().iter().any(|f| f.page.is_some()));
        for locale in c.locales() {
            for id in c.limits().by_id.keys() {
                assert_eq!(
                    served.limit_title(locale, id).unwrap().text,
                    c.limit_title(locale, id).unwrap().text
                );
            }
            let id = "registrations-per-ip";
            assert_eq!(
                served.limit_message(locale, id, &Args::new()).unwrap().text,
                c.limit_message(locale, id, &Args::new()).unwrap().text
            );
            assert!(!served.has_own(locale, Scope::Page("rate-limits"), "title"));
            assert!(c.has_own(c.reference(), Scope::Page("rate-limits"), "title"));
        }
    }

    #[test]
    fn limit_facts_are_the_same_on_every_call() {
        let c = Catalog::load(&SiteSource::bundled()).unwrap();
        let en: Locale = "en".parse().unwrap();
        let first = c
            .limit_message(&en, "registrations-per-ip", &Args::new())
            .unwrap();
        let again = c
            .limit_message(&en, "registrations-per-ip", &Args::new())
            .unwrap();
        assert_eq!(first, again);
        assert_eq!(
            first.text,
            format!(
                "too many registrations for this IP: see {}",
                c.doc_url("registrations-per-ip").unwrap()
            )
        );
        // The help URL is a fact: a caller's `url` cannot replace it.
        let mut extra = Args::new();
        extra.set("url", "https://example.org/override");
        let refused = c
            .limit_message(&en, "registrations-per-ip", &extra)
            .unwrap_err()
            .to_string();
        assert!(refused.starts_with("argument `url`: "), "{refused}");
        let err = c
            .limit_message(&en, "nope", &Args::new())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("unknown limit `nope`; known limits: ")
                && err.contains(" registrations-per-ip,"),
            "{err}"
        );
    }

    #[test]
    fn syntax_error_names_file_line_and_column() {
        let err = Catalog::load(&site("a = un\nb = { $x\n", "a = one\n"))
            .unwrap_err()
            .to_string();
        assert!(
            // The line that lacks its `}`, just after its last token; not the next line,
            // where the parser noticed.
            err.starts_with("<bundled>/locales/fr/site.ftl:2:9: "),
            "{err}"
        );
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let err = Catalog::load(&site("a = un\na = deux\n", "a = one\n"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("site.ftl:2:1: `a` is defined twice"), "{err}");
    }

    #[test]
    fn missing_reference_message_names_where_it_belongs() {
        let c = Catalog::load(&site("a = un\n", "a = one\n")).unwrap();
        let err = c
            .format(&fr(), Scope::Page("p"), "zz", &Args::new(), "page `p`")
            .unwrap_err()
            .to_string();
        assert!(err.contains("message `zz` (needed by page `p`) is missing from the reference locale `fr`; add it to `locales/fr/docs/p.ftl`"), "{err}");
    }
}
