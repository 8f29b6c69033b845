//! Site configuration (`errdocs.toml`) and the facts of every limit (`content/limits.toml`):
//! parsed with serde (`deny_unknown_fields`), then validated into ready-to-use types.
//! Every error names `file:line:col`, what is wrong and how to fix it.

mod limits;

pub use limits::{
    BOULDER_PLACEHOLDERS, Endpoint, LIMITS_FILE, Limit, Limits, Period, Staging, is_slug,
};

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::locale::Locale;
use crate::source::{CONFIG_FILE, SiteSource};

/// A configuration or facts file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}:{col}: {message}")]
pub struct ConfigError {
    /// The file, as shown to the user.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// What is wrong and how to fix it.
    pub message: String,
}

/// The validated `errdocs.toml`.
#[derive(Clone, Debug)]
pub struct Config {
    /// Absolute site URL without a trailing slash, e.g. `https://docs.example.org`.
    pub base_url: String,
    /// The reference locale (`fr`): always complete, the last fallback of every chain.
    pub default_locale: Locale,
    /// Every locale the site is published in, reference first.
    pub locales: Vec<Locale>,
    /// Extra fallbacks per locale, tried before the reference (`pt = ["pt-BR"]`).
    pub fallbacks: BTreeMap<Locale, Vec<Locale>>,
    /// Share (percent) of a page's messages that must be current, not merely translated,
    /// for the page to be published in a locale (every message must be translated).
    pub publish_threshold: u8,
    /// `[build] keep`: paths (relative to `--out`) a user added to the output, which
    /// `errdocs build` carries over into each new output instead of refusing to replace it.
    pub keep: Vec<String>,
    /// `[negotiation]`: how `Accept-Language` reaches the published locales.
    pub negotiation: crate::negotiate::Policy,
    /// `[links]`: absolute URLs every catalog message may use as a variable of the same
    /// name (`$override-form`), so that an address is written once, not in every locale.
    pub links: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    base_url: String,
    default_locale: String,
    locales: Vec<String>,
    // Spanned so that a bad entry is reported at its own line, not at the table header.
    #[serde(default)]
    fallbacks: BTreeMap<toml::Spanned<String>, Vec<toml::Spanned<String>>>,
    #[serde(default = "default_threshold")]
    publish_threshold: u8,
    #[serde(default)]
    build: RawBuild,
    #[serde(default)]
    negotiation: RawNegotiation,
    #[serde(default)]
    links: BTreeMap<String, String>,
}

/// `[negotiation]`: an unknown value is a serde error, reported at its line and column.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawNegotiation {
    #[serde(default)]
    traditional_chinese: crate::negotiate::TraditionalChinese,
}

/// `[build]`: how `errdocs build` treats its output folder.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawBuild {
    #[serde(default)]
    keep: Vec<toml::Spanned<String>>,
}

fn default_threshold() -> u8 {
    80
}

impl Config {
    /// Reads and validates `errdocs.toml` from a site.
    pub fn load(source: &SiteSource) -> Result<Self, ConfigError> {
        let file = source.display(CONFIG_FILE);
        let text = source.get(CONFIG_FILE).ok_or_else(|| ConfigError {
            file: file.clone(),
            line: 1,
            col: 1,
            message: "the site has no configuration file; create it with `base-url`, `default-locale` and `locales`".into(),
        })?;
        Self::parse(text, &file)
    }

    /// Parses and validates the text of `errdocs.toml`; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Self, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| toml_error(text, file, &e))?;
        let at = |key: &str, message: String| {
            let (line, col) = key_position(text, key);
            ConfigError {
                file: file.to_owned(),
                line,
                col,
                message,
            }
        };
        let locale = |key: &str, tag: &str| Locale::parse(tag).map_err(|e| at(key, format!("{e}")));
        let base_url = raw.base_url.trim_end_matches('/').to_owned();
        if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
            return Err(at(
                "base-url",
                format!(
                    "`base-url` must be an absolute http(s) URL, not `{}`; hreflang and error messages need absolute links",
                    raw.base_url
                ),
            ));
        }
        let default_locale = locale("default-locale", &raw.default_locale)?;
        let mut locales = Vec::new();
        for tag in &raw.locales {
            let l = locale("locales", tag)?;
            if locales.contains(&l) {
                return Err(at(
                    "locales",
                    format!("locale `{l}` is listed twice in `locales`"),
                ));
            }
            locales.push(l);
        }
        let Some(pos) = locales.iter().position(|l| *l == default_locale) else {
            return Err(at(
                "default-locale",
                format!(
                    "`default-locale` is `{default_locale}` but `locales` does not list it; add it to `locales`"
                ),
            ));
        };
        // The reference comes first: it is loaded, checked and listed first everywhere.
        let reference = locales.remove(pos);
        locales.insert(0, reference);
        let fallbacks = parse_fallbacks(&raw, &locales, text, file)?;
        if raw.publish_threshold > 100 {
            return Err(at(
                "publish-threshold",
                format!(
                    "`publish-threshold` is a percentage (0 to 100), not {}",
                    raw.publish_threshold
                ),
            ));
        }
        let keep = parse_keep(&raw, text, file)?;
        for (name, url) in &raw.links {
            if !limits::is_slug(name) {
                return Err(at(
                    name,
                    format!(
                        "link `{name}` must be lowercase ASCII words joined by `-`: it is a Fluent variable"
                    ),
                ));
            }
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err(at(
                    name,
                    format!("link `{name}` must be an absolute http(s) URL, not `{url}`"),
                ));
            }
        }
        Ok(Config {
            base_url,
            default_locale,
            locales,
            fallbacks,
            publish_threshold: raw.publish_threshold,
            keep,
            negotiation: crate::negotiate::Policy {
                traditional_chinese: raw.negotiation.traditional_chinese,
            },
            links: raw.links,
        })
    }

    /// The locales to try, in order, for a message wanted in `locale`: itself if published,
    /// its configured fallbacks, its published parents (`fr-CA` → `fr`), then the reference.
    pub fn chain(&self, locale: &Locale) -> Vec<Locale> {
        let mut out: Vec<Locale> = Vec::new();
        let mut push = |l: &Locale| {
            if self.locales.contains(l) && !out.contains(l) {
                out.push(l.clone());
            }
        };
        push(locale);
        for l in self.fallbacks.get(locale).into_iter().flatten() {
            push(l);
        }
        for parent in locale.parents() {
            push(&parent);
            for l in self.fallbacks.get(&parent).into_iter().flatten() {
                push(l);
            }
        }
        push(&self.default_locale);
        out
    }
}

/// `[fallbacks]`: each locale's chain, every tag a published locale, errors at the tag.
fn parse_fallbacks(
    raw: &RawConfig,
    locales: &[Locale],
    text: &str,
    file: &str,
) -> Result<BTreeMap<Locale, Vec<Locale>>, ConfigError> {
    let spanned = |span: std::ops::Range<usize>, tag: &str| {
        Locale::parse(tag).map_err(|e| spanned_error(text, file, span, format!("{e}")))
    };
    let mut fallbacks = BTreeMap::new();
    for (from, to) in &raw.fallbacks {
        let from_locale = spanned(from.span(), from.get_ref())?;
        let mut chain = Vec::new();
        for tag in to {
            let l = spanned(tag.span(), tag.get_ref())?;
            if !locales.contains(&l) {
                return Err(spanned_error(
                    text,
                    file,
                    tag.span(),
                    format!(
                        "fallback `{l}` of `{from_locale}` is not one of `locales`; a fallback must be a published locale"
                    ),
                ));
            }
            chain.push(l);
        }
        fallbacks.insert(from_locale, chain);
    }
    Ok(fallbacks)
}

/// `[build] keep`: relative paths inside the output, without a trailing slash.
fn parse_keep(raw: &RawConfig, text: &str, file: &str) -> Result<Vec<String>, ConfigError> {
    let mut keep = Vec::new();
    for entry in &raw.build.keep {
        let path = entry.get_ref();
        if let Err(why) = check_keep(path) {
            return Err(spanned_error(
                text,
                file,
                entry.span(),
                format!("`keep` entry `{path}` {why}"),
            ));
        }
        keep.push(path.trim_end_matches('/').to_owned());
    }
    Ok(keep)
}

/// Why a `[build] keep` entry is refused, if it is: it must be a relative path inside the
/// output (`CNAME`, `.git`, `.well-known/x`), without `..`, `.` or empty parts.
fn check_keep(path: &str) -> Result<(), &'static str> {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return Err("is empty; name a file or folder of the output, e.g. `CNAME`");
    }
    if trimmed.starts_with(['/', '\\']) || trimmed.contains(':') {
        return Err("is not a relative path; name it relative to `--out`, e.g. `CNAME`");
    }
    if trimmed
        .split(['/', '\\'])
        .any(|part| part.is_empty() || part == "." || part == "..")
    {
        return Err("must stay inside the output: no `..`, `.` or empty parts");
    }
    Ok(())
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let mut byte = byte.min(text.len());
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    let before = &text[..byte];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

/// An error at a byte span of the file, for values whose position serde kept.
fn spanned_error(
    text: &str,
    file: &str,
    span: std::ops::Range<usize>,
    message: String,
) -> ConfigError {
    let (line, col) = line_col(text, span.start);
    ConfigError {
        file: file.to_owned(),
        line,
        col,
        message,
    }
}

fn toml_error(text: &str, file: &str, e: &toml::de::Error) -> ConfigError {
    let (line, col) = e.span().map(|s| line_col(text, s.start)).unwrap_or((1, 1));
    ConfigError {
        file: file.to_owned(),
        line,
        col,
        message: e.message().trim_end().to_owned(),
    }
}

/// Position of `key = …` at the start of a line, for validation errors.
fn key_position(text: &str, key: &str) -> (usize, usize) {
    find_line(text, |l| {
        l.trim_start()
            .strip_prefix(key)
            .is_some_and(|r| r.trim_start().starts_with('='))
    })
}

/// Position of the `[id]` table header.
fn table_position(text: &str, id: &str) -> (usize, usize) {
    let header = format!("[{id}]");
    find_line(text, |l| l.trim() == header)
}

fn find_line(text: &str, pred: impl Fn(&str) -> bool) -> (usize, usize) {
    text.lines()
        .position(pred)
        .map(|i| (i + 1, 1))
        .unwrap_or((1, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: &str = "base-url = \"https://example.org/\"\ndefault-locale = \"fr\"\nlocales = [\"en\", \"fr\"]\n";

    #[test]
    fn reference_locale_comes_first_and_base_url_loses_its_slash() {
        let c = Config::parse(CONFIG, "errdocs.toml").unwrap();
        assert_eq!(c.locales[0].to_string(), "fr");
        assert_eq!(c.base_url, "https://example.org");
    }

    #[test]
    fn unknown_key_is_reported_with_line_and_column() {
        let err = Config::parse(&format!("{CONFIG}colour = 1\n"), "errdocs.toml").unwrap_err();
        assert_eq!((err.line, err.col), (4, 1), "{err}");
        assert!(err.to_string().contains("unknown field `colour`"), "{err}");
    }

    #[test]
    fn a_link_must_be_an_absolute_url_under_a_variable_name() {
        let c = Config::parse(
            &format!("{CONFIG}[links]\noverride-form = \"https://example.org/form\"\n"),
            "errdocs.toml",
        )
        .unwrap();
        assert_eq!(c.links["override-form"], "https://example.org/form");
        let err = Config::parse(
            &format!("{CONFIG}[links]\noverride-form = \"example.org/form\"\n"),
            "errdocs.toml",
        )
        .unwrap_err();
        assert_eq!(err.line, 5, "{err}");
        assert!(err.message.contains("absolute http(s) URL"), "{err}");
        let err = Config::parse(
            &format!("{CONFIG}[links]\nOverride_Form = \"https://example.org/\"\n"),
            "errdocs.toml",
        )
        .unwrap_err();
        assert!(err.message.contains("Fluent variable"), "{err}");
    }

    #[test]
    fn default_locale_must_be_published() {
        let text = CONFIG.replace("\"fr\"]", "\"de\"]");
        let err = Config::parse(&text, "errdocs.toml").unwrap_err();
        assert!(
            err.to_string()
                .contains("errdocs.toml:2:1: `default-locale` is `fr`"),
            "{err}"
        );
    }

    #[test]
    fn chain_goes_through_parents_to_the_reference() {
        let c = Config::parse(CONFIG, "errdocs.toml").unwrap();
        let chain = |t: &str| {
            c.chain(&t.parse().unwrap())
                .iter()
                .map(|l| l.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(chain("en-GB"), ["en", "fr"]);
        assert_eq!(chain("fr-CA"), ["fr"]);
        assert_eq!(chain("de"), ["fr"]);
    }

    #[test]
    fn periods_keep_the_unit_the_author_wrote() {
        assert_eq!(Period::parse("3h").unwrap().unit_amount(), ("hour", 3));
        assert_eq!(Period::parse("7d").unwrap().unit_amount(), ("day", 7));
        assert_eq!(Period::parse("7d").unwrap().as_secs(), 604_800);
        assert_eq!(
            Period::parse("1h30m").unwrap().unit_amount(),
            ("second", 5400)
        );
        assert!(Period::parse("0s").is_err());
        assert!(Period::parse("soon").is_err());
    }

    #[test]
    fn zero_count_is_refused_at_its_table() {
        let text = "[a]\ncount = 1\nwindow = \"1h\"\noverridable = false\npage = \"a\"\n\n[b]\ncount = 0\nwindow = \"1h\"\noverridable = false\npage = \"b\"\n";
        let err = Limits::parse(text, "limits.toml").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("limits.toml:7:1: limit `b` has `count = 0`"),
            "{err}"
        );
    }

    #[test]
    fn malformed_limits_name_the_line() {
        let err = Limits::parse("[a]\ncount = \"ten\"\n", "limits.toml").unwrap_err();
        assert_eq!(err.line, 2, "{err}");
    }

    fn with(extra: &str) -> Result<Config, ConfigError> {
        Config::parse(&format!("{CONFIG}{extra}"), "errdocs.toml")
    }

    #[test]
    fn a_bad_fallback_is_reported_at_its_own_line_and_column() {
        let err = with("\n[fallbacks]\npt = [\"pt-BR\"]\n").unwrap_err();
        assert_eq!((err.line, err.col), (6, 7), "{err}");
        assert!(
            err.message
                .starts_with("fallback `pt-BR` of `pt` is not one of `locales`"),
            "{err}"
        );
        let err = with("\n[fallbacks]\nen = [\"fr\"]\n\"not a tag\" = [\"en\"]\n").unwrap_err();
        assert_eq!((err.line, err.col), (7, 1), "{err}");
    }

    #[test]
    fn a_valid_fallback_chain_is_kept_and_tried_before_the_reference() {
        let c = with("\n[fallbacks]\nde = [\"en\"]\n").unwrap();
        let de: Locale = "de".parse().unwrap();
        assert_eq!(c.fallbacks[&de], vec!["en".parse::<Locale>().unwrap()]);
        let chain: Vec<String> = c.chain(&de).iter().map(|l| l.to_string()).collect();
        assert_eq!(chain, ["en", "fr"]);
    }

    #[test]
    fn publish_threshold_defaults_to_eighty_and_accepts_zero_to_a_hundred() {
        assert_eq!(with("").unwrap().publish_threshold, 80);
        assert_eq!(
            with("publish-threshold = 0\n").unwrap().publish_threshold,
            0
        );
        assert_eq!(
            with("publish-threshold = 100\n").unwrap().publish_threshold,
            100
        );
        let err = with("publish-threshold = 101\n").unwrap_err();
        assert_eq!((err.line, err.col), (4, 1), "{err}");
        assert!(err.message.contains("not 101"), "{err}");
    }

    #[test]
    fn slugs_are_lowercase_ascii_words_joined_by_single_hyphens() {
        for good in [
            "a",
            "new-orders",
            "x2",
            "too-many-registrations-for-this-ip",
        ] {
            assert!(is_slug(good), "{good}");
        }
        for bad in [
            "", "-a", "a-", "a--b", "New", "a_b", "a/b", "..", "a.b", "é", "a b",
        ] {
            assert!(!is_slug(bad), "{bad:?}");
        }
    }

    #[test]
    fn periods_convert_to_exact_seconds() {
        assert_eq!(Period::parse("3h").unwrap().as_secs(), 10_800);
        assert_eq!(Period::parse("2w").unwrap().as_secs(), 1_209_600);
        assert_eq!(Period::parse("1d 1h 1m 1s").unwrap().as_secs(), 90_061);
        assert_eq!(Period::parse("90s").unwrap().unit_amount(), ("second", 90));
    }

    #[test]
    fn periods_with_years_signs_or_fractions_are_refused() {
        // Each sub-second unit on its own: milli-, micro- and nanoseconds are three checks.
        for bad in [
            "1y 3h", "1mo", "-3h", "1.5s", "250ms", "1s 5us", "1s 5ns", "",
        ] {
            assert!(Period::parse(bad).is_err(), "{bad:?}");
        }
        assert!(
            Period::parse("1y 3h")
                .unwrap_err()
                .contains("positive duration")
        );
        assert!(
            Period::parse("-3h")
                .unwrap_err()
                .contains("positive duration")
        );
        for fraction in ["1.5s", "1s 250ms", "1s 5us", "1s 5ns"] {
            assert!(
                Period::parse(fraction)
                    .unwrap_err()
                    .contains("fraction of a second"),
                "{fraction}"
            );
        }
    }

    #[test]
    fn line_col_counts_lines_and_characters_not_bytes() {
        let text = "ab\nçé=x\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        // `=` is the fifth byte of line 2 but its third character.
        assert_eq!(line_col(text, 7), (2, 3));
        // Inside a multi-byte character: the character's own column. On a thread with a
        // deadline, so that a lookup that never finds the character's start fails the test
        // instead of hanging it.
        let (send, answer) = std::sync::mpsc::channel();
        std::thread::spawn(move || send.send((line_col(text, 4), line_col(text, 6))));
        let inside = answer
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("line_col returns inside a multi-byte character");
        assert_eq!(inside, ((2, 1), (2, 2)));
        assert_eq!(line_col(text, 1000), (3, 1));
    }

    #[test]
    fn build_keep_lists_relative_paths_and_defaults_to_nothing() {
        assert!(with("").unwrap().keep.is_empty());
        let c = with("\n[build]\nkeep = [\"CNAME\", \".git/\", \".well-known/x\"]\n").unwrap();
        assert_eq!(c.keep, ["CNAME", ".git", ".well-known/x"]);
    }

    #[test]
    fn a_keep_entry_that_leaves_the_output_is_refused_at_its_line() {
        for (entry, why) in [
            ("../site", "must stay inside the output"),
            ("a/../../b", "must stay inside the output"),
            ("./CNAME", "must stay inside the output"),
            ("/etc", "is not a relative path"),
            ("C:/x", "is not a relative path"),
            ("", "is empty"),
        ] {
            let err =
                with(&format!("\n[build]\nkeep = [\"CNAME\",\n  \"{entry}\"]\n")).unwrap_err();
            assert_eq!((err.line, err.col), (7, 3), "{err}");
            assert!(
                err.message
                    .starts_with(&format!("`keep` entry `{entry}` {why}")),
                "{err}"
            );
        }
        let err = with("\n[build]\nkeeps = []\n").unwrap_err();
        assert!(err.message.contains("unknown field `keeps`"), "{err}");
    }

    #[test]
    fn traditional_chinese_defaults_to_after_others_and_refuses_unknown_values_at_their_place() {
        use crate::negotiate::TraditionalChinese;
        let policy = |extra: &str| with(extra).map(|c| c.negotiation.traditional_chinese);
        assert_eq!(policy("").unwrap(), TraditionalChinese::AfterOthers);
        let set = |v: &str| policy(&format!("\n[negotiation]\ntraditional-chinese = \"{v}\"\n"));
        assert_eq!(set("simplified").unwrap(), TraditionalChinese::Simplified);
        assert_eq!(set("never").unwrap(), TraditionalChinese::Never);
        let err = set("sometimes").unwrap_err();
        assert_eq!((err.line, err.col), (6, 23), "{err}");
        assert!(err.message.contains("unknown variant `sometimes`"), "{err}");
        assert!(err.message.contains("after-others"), "{err}");
    }
}
