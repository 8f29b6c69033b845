//! Language negotiation: an `Accept-Language` header (RFC 9110 §12.5.4) → the best
//! published locale. Pure functions on `&str`, no HTTP framework type: the server, the CLI
//! and a limiter that embeds the library all negotiate through the same code.
//!
//! Rules (README and `docs/SERVE.md` show them as a table):
//! - items are read one by one: an item that is not `language-range [weight]` is dropped
//!   alone, the rest of the header still counts;
//! - language tags are RFC 5646 tags read by ICU4X (`icu::locale`): extensions and private
//!   use (`en-US-x-twain`, `en-US-u-ca-gregory`) are accepted and do not take part in the
//!   match; deprecated aliases are replaced by CLDR's alias data (`iw` → `he`, `in` → `id`);
//! - `q=0` excludes: an excluded language is never chosen through another tag (`de;q=0,
//!   de-AT`), and when a tag is both wanted and excluded, the exclusion wins;
//! - the other items are tried by decreasing q, header order on ties, each by RFC 4647
//!   lookup with region and script fallback (fluent-langneg): `fr-CA` → `fr`;
//! - Traditional Chinese readers are matched to Simplified Chinese per the site's
//!   [`TraditionalChinese`] setting;
//! - `*` adds nothing: nothing matched means the default locale, or the first published
//!   locale the reader did not exclude.
//!
//! The list splitting and the weight are read here, not with a crate: actix-web's typed
//! header refuses the whole header for one non-ASCII byte (issue 14), and the
//! `accept-language` crate reads weights leniently as floats (in the source read, an
//! unreadable weight became 0, an exclusion) and returns the kept tags without the
//! excluded ones, which the `q=0` rule needs. The code here follows the RFC 9110 grammar
//! strictly (`weight = OWS ";" OWS "q=" qvalue`, at most three decimals) and leaves the
//! language tags themselves to ICU4X.

use std::collections::HashSet;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use icu::locale::{LocaleCanonicalizer, LocaleExpander, subtags::Script};

use crate::locale::Locale;

/// Headers longer than this are not parsed (a hostile client gets the default language).
pub const MAX_HEADER: usize = 4096;

/// The cookie errdocs' language switcher sets; `serve` and the static-host rules of
/// `export` read it before `Accept-Language`.
pub const LANG_COOKIE: &str = "lang";

/// `Vary` of an answer chosen by negotiation, from `serve` or a static host's rules.
pub const NEGOTIATED_VARY: &str = "Accept-Language, Cookie";

/// `Cache-Control` of an answer chosen by negotiation: it differs per reader, so no shared
/// cache may keep it, and a browser asks again.
pub const NEGOTIATED_CACHE_CONTROL: &str = "private, no-cache";

/// How a reader of Traditional Chinese (`zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant`) is matched
/// with a site's Simplified Chinese locale (`zh-CN`, `zh-Hans`). `[negotiation]
/// traditional-chinese` in `errdocs.toml`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TraditionalChinese {
    /// Simplified Chinese only when no other language of the header is published: many
    /// Traditional readers read a language they listed later (often English) more easily,
    /// and some refuse Simplified, but it still beats the site's default.
    #[default]
    AfterOthers,
    /// Simplified Chinese at the tag's own place in the header, like any regional variant.
    Simplified,
    /// Never Simplified Chinese for a Traditional Chinese tag.
    Never,
}

/// The site's negotiation settings (`[negotiation]` in `errdocs.toml`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    /// How Traditional Chinese tags reach a Simplified Chinese locale.
    pub traditional_chinese: TraditionalChinese,
}

/// Weights are thousandths: `q=0.5` is 500.
type Weight = u16;

/// One item of an `Accept-Language` header.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Range {
    /// `*`.
    Any,
    /// A language tag, canonical (aliases replaced, extensions dropped).
    Tag(Locale),
}

/// What a reader asked for: the wished languages, best first, and the excluded ones.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preferences {
    /// Languages chosen outright (`?lang=`, a cookie): tried first, never excluded.
    explicit: Vec<Locale>,
    /// The header's languages with `q > 0`, by decreasing q (header order on ties).
    wanted: Vec<Locale>,
    /// The header's languages with `q=0`.
    excluded: Vec<Locale>,
}

impl Preferences {
    /// The preferences of every `Accept-Language` field of a request, read as one list
    /// (RFC 9110 §5.3); fields over [`MAX_HEADER`] bytes together count as absent. Bytes
    /// that are not UTF-8 become U+FFFD: the item holding them is dropped alone.
    pub fn from_fields<'a>(fields: impl IntoIterator<Item = &'a [u8]>) -> Self {
        let fields: Vec<&[u8]> = fields.into_iter().collect();
        if fields.iter().map(|f| f.len()).sum::<usize>() > MAX_HEADER {
            return Self::default();
        }
        let joined = fields
            .iter()
            .map(|f| String::from_utf8_lossy(f))
            .collect::<Vec<_>>()
            .join(",");
        Self::from_header(&joined)
    }

    /// The preferences of an `Accept-Language` header value; a header over [`MAX_HEADER`]
    /// bytes counts as absent.
    pub fn from_header(header: &str) -> Self {
        if header.len() > MAX_HEADER {
            return Self::default();
        }
        let mut items: Vec<(Locale, Weight)> = Vec::new();
        let mut excluded = Vec::new();
        for (range, q) in header.split(',').filter_map(item) {
            let Range::Tag(tag) = range else { continue };
            if q == 0 {
                excluded.push(tag);
            } else {
                items.push((tag, q));
            }
        }
        // Stable: equal weights keep the header's order.
        items.sort_by_key(|(_, q)| std::cmp::Reverse(*q));
        // Sets, not list scans: a hostile 4 KiB header holds about a thousand items.
        let mut seen: HashSet<&Locale> = excluded.iter().collect();
        let mut wanted: Vec<Locale> = Vec::with_capacity(items.len());
        for (tag, _) in &items {
            if seen.insert(tag) {
                wanted.push(tag.clone());
            }
        }
        Preferences {
            explicit: Vec::new(),
            wanted,
            excluded,
        }
    }

    /// Adds a language chosen outright (`?lang=`, the `lang` cookie, a URL prefix): tried
    /// before the header's, in the order added, and never excluded by the header.
    pub fn choose(&mut self, locale: Locale) {
        self.explicit.push(locale);
    }

    /// The header's wished languages, best first (`q=0` and `*` left out).
    pub fn wanted(&self) -> &[Locale] {
        &self.wanted
    }

    /// The languages the header excludes with `q=0`.
    pub fn excluded(&self) -> &[Locale] {
        &self.excluded
    }

    /// Whether the reader excluded `locale` (a published locale): an excluded range that
    /// is the locale or a less specific form of it (`de` excludes `de` and `de-AT`). The
    /// script is compared with the locale's likely one (`zh-Hans` excludes `zh-CN`), the
    /// region only as written: `it-IT;q=0` excludes Italy's Italian, not the site's `it`.
    fn excludes(&self, locale: &Locale) -> bool {
        if self.excluded.is_empty() {
            return false;
        }
        let written = locale.langid();
        let script = maximized(locale).script;
        self.excluded.iter().any(|range| {
            let r = range.langid();
            r.language == written.language
                && r.script.is_none_or(|s| Some(s) == script)
                && r.region.is_none_or(|g| Some(g) == written.region)
        })
    }
}

/// One list element: `language-range [ OWS ";" OWS "q=" qvalue ]`, or `None` when it is
/// empty or malformed (the element alone is dropped).
fn item(element: &str) -> Option<(Range, Weight)> {
    let element = element.trim_matches(is_ows);
    let (range, weight) = match element.split_once(';') {
        Some((range, weight)) => (range.trim_end_matches(is_ows), Some(weight)),
        None => (element, None),
    };
    let q = match weight {
        None => 1000,
        Some(w) => {
            let w = w.trim_start_matches(is_ows);
            let value = w.strip_prefix("q=").or_else(|| w.strip_prefix("Q="))?;
            qvalue(value)?
        }
    };
    if range == "*" {
        return Some((Range::Any, q));
    }
    language_range(range).map(|tag| (Range::Tag(tag), q))
}

/// `OWS`: space or horizontal tab.
fn is_ows(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// RFC 9110 `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`, in thousandths.
fn qvalue(text: &str) -> Option<Weight> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths: Weight = format!("{frac:0<3}").parse().ok()?;
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// A language range read as an RFC 5646 tag by ICU4X, canonicalized with CLDR's alias data
/// (`iw` → `he`), without its extensions and private-use part.
fn language_range(range: &str) -> Option<Locale> {
    // RFC 4647 `language-range`: ASCII letters, digits and hyphens only.
    if range.is_empty()
        || !range
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return None;
    }
    let mut tag = icu::locale::Locale::try_from_str(range).ok()?;
    const CANONICALIZER: LocaleCanonicalizer<LocaleExpander> = LocaleCanonicalizer::new_common();
    CANONICALIZER.canonicalize(&mut tag);
    if tag.id.language.is_unknown() {
        return None;
    }
    Locale::parse(&tag.id.to_string()).ok()
}

/// The locale with its likely script and region filled in (`zh-TW` → `zh-Hant-TW`).
fn maximized(locale: &Locale) -> unic_langid::LanguageIdentifier {
    let Ok(mut id) = icu::locale::LanguageIdentifier::try_from_str(&locale.to_string()) else {
        return locale.langid().clone();
    };
    LocaleExpander::new_common().maximize(&mut id);
    id.to_string()
        .parse()
        .unwrap_or_else(|_| locale.langid().clone())
}

/// The likely script of a locale (`zh-TW` → `Hant`, `zh-CN` → `Hans`).
fn likely_script(locale: &Locale) -> Option<Script> {
    let mut id = icu::locale::LanguageIdentifier::try_from_str(&locale.to_string()).ok()?;
    LocaleExpander::new_common().maximize(&mut id);
    id.script
}

/// Whether `locale` is Chinese in `script` (`Hant` or `Hans`), as written or likely.
fn is_chinese_in(locale: &Locale, script: &str) -> bool {
    locale.langid().language.as_str() == "zh"
        && likely_script(locale).is_some_and(|s| s.as_str() == script)
}

/// RFC 4647 lookup of one wished locale among `candidates` (region and script fallback).
fn lookup(wish: &Locale, candidates: &[&Locale]) -> Option<Locale> {
    // Lookup never crosses languages (tags are canonical, `und` is refused): skipping the
    // other languages first keeps a header of many unknown tags cheap.
    let language = wish.langid().language;
    let candidates: Vec<&Locale> = candidates
        .iter()
        .copied()
        .filter(|c| c.langid().language == language)
        .collect();
    if candidates.is_empty() {
        return None;
    }
    negotiate_languages(
        std::slice::from_ref(wish),
        &candidates,
        None,
        NegotiationStrategy::Lookup,
    )
    .first()
    .map(|l| (**l).clone())
}

/// The best of `available` for a reader's preferences; `default` (the site's reference)
/// when nothing matches, or the first of `available` the reader did not exclude when the
/// default is excluded.
pub fn best(prefs: &Preferences, available: &[Locale], default: &Locale, policy: Policy) -> Locale {
    let all: Vec<&Locale> = available.iter().collect();
    let allowed: Vec<&Locale> = available.iter().filter(|l| !prefs.excludes(l)).collect();
    let mut deferred = Vec::new();
    let explicit = prefs.explicit.iter().map(|w| (w, &all));
    let header = prefs.wanted.iter().map(|w| (w, &allowed));
    for (wish, candidates) in explicit.chain(header) {
        let traditional = is_chinese_in(wish, "Hant");
        let found = if traditional && policy.traditional_chinese != TraditionalChinese::Simplified {
            let not_simplified: Vec<&Locale> = candidates
                .iter()
                .copied()
                .filter(|l| !is_chinese_in(l, "Hans"))
                .collect();
            lookup(wish, &not_simplified)
        } else {
            lookup(wish, candidates)
        };
        if let Some(found) = found {
            return found;
        }
        if traditional && policy.traditional_chinese == TraditionalChinese::AfterOthers {
            deferred.push(wish);
        }
    }
    for wish in deferred {
        if let Some(found) = lookup(wish, &allowed) {
            return found;
        }
    }
    if !prefs.excludes(default) {
        return default.clone();
    }
    allowed
        .first()
        .map_or_else(|| default.clone(), |l| (*l).clone())
}

/// The best of `available` for an `Accept-Language` header value, with the default policy.
pub fn best_locale(header: &str, available: &[Locale], default: &Locale) -> Locale {
    best(
        &Preferences::from_header(header),
        available,
        default,
        Policy::default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales(tags: &[&str]) -> Vec<Locale> {
        tags.iter().map(|t| t.parse().unwrap()).collect()
    }

    /// The bundled site's locales, reference first.
    const SITE: &[&str] = &[
        "fr", "en", "de", "es", "it", "pt-BR", "ja", "zh-CN", "ru", "he",
    ];

    fn best_with(header: &str, site: &[&str], policy: Policy) -> String {
        let available = locales(site);
        best(
            &Preferences::from_header(header),
            &available,
            &available[0],
            policy,
        )
        .to_string()
    }

    fn on_site(header: &str) -> String {
        best_with(header, SITE, Policy::default())
    }

    #[test]
    fn a_header_of_exactly_the_limit_is_read_and_one_byte_more_is_not() {
        // Trailing whitespace is optional whitespace after the last item.
        let at_limit = format!("en{}", " ".repeat(MAX_HEADER - 2));
        assert_eq!(at_limit.len(), MAX_HEADER);
        assert_eq!(on_site(&at_limit), "en");
        assert_eq!(on_site(&format!("{at_limit} ")), "fr");
    }

    #[test]
    fn a_range_with_characters_outside_rfc_4647_is_dropped_alone() {
        // `_` is no subtag separator in a language-range (ICU4X refuses it too).
        assert_eq!(on_site("en_US"), "fr");
        assert_eq!(on_site("en_US, de;q=0.5"), "de");
    }

    fn best_fr_en(header: &str) -> String {
        best_with(header, &["fr", "en"], Policy::default())
    }

    fn tags(list: &[Locale]) -> Vec<String> {
        list.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn canadian_french_gets_french() {
        assert_eq!(best_fr_en("fr-CA,fr;q=0.9,en;q=0.5"), "fr");
    }

    #[test]
    fn q_values_order_the_preferences() {
        assert_eq!(best_fr_en("fr;q=0.2, en-US;q=0.9"), "en");
    }

    #[test]
    fn equal_weights_keep_the_header_order() {
        assert_eq!(on_site("ja;q=0.5, de;q=0.5"), "ja");
        assert_eq!(on_site("de;q=0.5, ja;q=0.5"), "de");
    }

    #[test]
    fn q_zero_excludes_a_language() {
        assert_eq!(best_fr_en("fr;q=0, en;q=0.1"), "en");
    }

    #[test]
    fn q_zero_excludes_the_language_through_its_regional_variants() {
        assert_eq!(on_site("de;q=0, de-AT"), "fr");
        assert_eq!(on_site("de-AT, de;q=0, en;q=0.1"), "en");
    }

    #[test]
    fn an_excluded_default_is_not_chosen_while_another_locale_is_allowed() {
        assert_eq!(on_site("fr;q=0, *"), "en");
        assert_eq!(on_site("fr;q=0"), "en");
        assert_eq!(on_site("fr;q=0, en;q=0, ko"), "de");
    }

    #[test]
    fn with_duplicates_the_exclusion_wins() {
        assert_eq!(on_site("ja;q=0, ja, it;q=0.9"), "it");
        assert_eq!(on_site("ja, it;q=0.9, ja;q=0"), "it");
    }

    #[test]
    fn an_excluded_region_leaves_the_language_allowed() {
        assert_eq!(on_site("de-AT;q=0, de"), "de");
        assert_eq!(on_site("it-IT;q=0, it"), "it");
        assert_eq!(on_site("zh-TW;q=0, zh"), "zh-CN");
    }

    #[test]
    fn an_excluded_script_excludes_the_locales_written_in_it() {
        assert_eq!(on_site("zh-Hans;q=0, zh, ja;q=0.5"), "ja");
        assert_eq!(on_site("zh-CN;q=0, zh-SG, ja;q=0.5"), "ja");
    }

    #[test]
    fn one_non_ascii_item_is_dropped_alone() {
        assert_eq!(on_site("de, é;q=0.9"), "de");
        assert_eq!(on_site("é, ja;q=0.5"), "ja");
    }

    #[test]
    fn malformed_items_are_dropped_alone() {
        assert_eq!(best_fr_en("??bad, en-GB;q=0.5, ;;;"), "en");
        assert_eq!(on_site("de;q=2, ja;q=0.5"), "ja");
        assert_eq!(on_site("de;q=0.5555, ja;q=0.5"), "ja");
        assert_eq!(on_site("de;level=1, ja;q=0.5"), "ja");
        assert_eq!(on_site("de;q=, ja;q=0.5"), "ja");
    }

    #[test]
    fn weights_follow_the_rfc_9110_grammar() {
        assert_eq!(qvalue("1"), Some(1000));
        assert_eq!(qvalue("1.000"), Some(1000));
        assert_eq!(qvalue("0.5"), Some(500));
        assert_eq!(qvalue("0.001"), Some(1));
        assert_eq!(qvalue("0."), Some(0));
        assert_eq!(qvalue("1.001"), None);
        assert_eq!(qvalue("0.0001"), None);
        assert_eq!(qvalue(".5"), None);
        assert_eq!(qvalue("-0"), None);
        assert_eq!(qvalue("0.5x"), None);
        assert_eq!(on_site("ja ; Q=0.5 , de;q=0.4"), "ja");
    }

    #[test]
    fn tags_with_private_use_or_extensions_match_their_language() {
        assert_eq!(on_site("en-US-x-twain"), "en");
        assert_eq!(on_site("en-US-u-ca-gregory"), "en");
    }

    #[test]
    fn deprecated_aliases_are_replaced_by_the_cldr_ones() {
        assert_eq!(on_site("iw"), "he");
        assert_eq!(on_site("iw-IL"), "he");
        let site = &["fr", "id", "yi"];
        assert_eq!(best_with("in", site, Policy::default()), "id");
        assert_eq!(best_with("ji", site, Policy::default()), "yi");
    }

    #[test]
    fn case_and_spacing_do_not_matter() {
        assert_eq!(on_site("  EN-us ;q=0.9 ,\tDE ; q=0.1"), "en");
        assert_eq!(on_site("PT-br"), "pt-BR");
    }

    #[test]
    fn traditional_chinese_prefers_a_later_language_by_default() {
        assert_eq!(on_site("zh-TW, ja, fr"), "ja");
        assert_eq!(on_site("zh-Hant, en"), "en");
        assert_eq!(on_site("zh-HK"), "zh-CN");
        assert_eq!(on_site("zh-TW, ko"), "zh-CN");
    }

    #[test]
    fn traditional_chinese_can_take_simplified_at_its_own_place_or_never() {
        let simplified = Policy {
            traditional_chinese: TraditionalChinese::Simplified,
        };
        assert_eq!(best_with("zh-TW, ja, fr", SITE, simplified), "zh-CN");
        let never = Policy {
            traditional_chinese: TraditionalChinese::Never,
        };
        assert_eq!(best_with("zh-TW, ja", SITE, never), "ja");
        assert_eq!(best_with("zh-TW", SITE, never), "fr");
    }

    #[test]
    fn simplified_chinese_readers_get_simplified_chinese() {
        assert_eq!(on_site("zh, ja"), "zh-CN");
        assert_eq!(on_site("zh-Hans-CN"), "zh-CN");
        assert_eq!(on_site("zh-SG, ja"), "zh-CN");
    }

    #[test]
    fn wildcard_and_unknown_languages_fall_back_to_the_default() {
        assert_eq!(best_fr_en("*"), "fr");
        assert_eq!(best_fr_en("de, ja;q=0.5"), "fr");
        assert_eq!(best_fr_en(""), "fr");
    }

    #[test]
    fn hostile_headers_get_the_default() {
        assert_eq!(best_fr_en(&"en,".repeat(10_000)), "fr");
        assert_eq!(best_fr_en("en\u{7}"), "fr");
    }

    #[test]
    fn explicit_choices_come_first_and_ignore_the_exclusions() {
        let mut prefs = Preferences::from_header("en, de;q=0");
        prefs.choose("de".parse().unwrap());
        let available = locales(SITE);
        let got = best(&prefs, &available, &available[0], Policy::default());
        assert_eq!(got.to_string(), "de");
    }

    #[test]
    fn preferences_list_the_wanted_and_the_excluded_languages() {
        let prefs = Preferences::from_header("fr-CA, en;q=0.5, *;q=0.1, de;q=0, iw;q=0.7");
        assert_eq!(tags(prefs.wanted()), ["fr-CA", "he", "en"]);
        assert_eq!(tags(prefs.excluded()), ["de"]);
    }

    #[test]
    fn script_and_region_fall_back() {
        let available = locales(&["fr", "zh-CN"]);
        let got = best_locale("zh-Hans-CN", &available, &available[0]);
        assert_eq!(got.to_string(), "zh-CN");
    }
}
