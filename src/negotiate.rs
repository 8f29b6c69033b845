//! Language negotiation: an `Accept-Language` header (RFC 9110 §12.5.4) → the best
//! published locale, by RFC 4647 lookup with fluent-langneg. Pure functions.
//!
//! The header is parsed into the items of actix-web's typed `AcceptLanguage` header (q-values, `*`,
//! malformed items dropped), because fluent-langneg's own parser ignores q-values.

use actix_web::http::header::{self, HeaderValue, LanguageTag, Preference, Quality, QualityItem};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};

use crate::locale::Locale;

/// Headers longer than this are not parsed (a hostile client gets the default language).
pub const MAX_HEADER: usize = 4096;

/// The requested languages of a header, best first: q-sorted (stable), `q=0` and `*`
/// dropped, malformed items ignored.
pub fn requested(header: &str) -> Vec<Locale> {
    if header.len() > MAX_HEADER {
        return Vec::new();
    }
    let Ok(value) = HeaderValue::from_str(header) else {
        return Vec::new();
    };
    ranked(header::from_comma_delimited(std::iter::once(&value)).unwrap_or_default())
}

/// The languages of already parsed `Accept-Language` items (actix-web's typed
/// `AcceptLanguage` header holds them), best first: q-sorted (stable), `q=0` and `*`
/// dropped, tags that are not usable locales ignored.
pub fn ranked(mut items: Vec<QualityItem<Preference<LanguageTag>>>) -> Vec<Locale> {
    items.retain(|qi| qi.quality > Quality::ZERO);
    // Stable: equal q-values keep the header's order.
    items.sort_by_key(|qi| std::cmp::Reverse(qi.quality));
    items
        .into_iter()
        .filter_map(|qi| match qi.item {
            Preference::Specific(tag) => Locale::parse(tag.as_str()).ok(),
            Preference::Any => None,
        })
        .collect()
}

/// The best of `available` for the requested locales (RFC 4647 lookup, with region and
/// script fallback: `fr-CA` → `fr`, `en-GB` → `en`), or `default` when none matches.
pub fn best_of(requested: &[Locale], available: &[Locale], default: &Locale) -> Locale {
    negotiate_languages(
        requested,
        available,
        Some(default),
        NegotiationStrategy::Lookup,
    )
    .first()
    .map(|l| (*l).clone())
    .unwrap_or_else(|| default.clone())
}

/// The best of `available` for an `Accept-Language` header value.
pub fn best_locale(header: &str, available: &[Locale], default: &Locale) -> Locale {
    best_of(&requested(header), available, default)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales(tags: &[&str]) -> Vec<Locale> {
        tags.iter().map(|t| t.parse().unwrap()).collect()
    }

    fn best(header: &str) -> String {
        let available = locales(&["fr", "en"]);
        best_locale(header, &available, &available[0]).to_string()
    }

    #[test]
    fn canadian_french_gets_french() {
        assert_eq!(best("fr-CA,fr;q=0.9,en;q=0.5"), "fr");
    }

    #[test]
    fn q_values_order_the_preferences() {
        assert_eq!(best("fr;q=0.2, en-US;q=0.9"), "en");
    }

    #[test]
    fn q_zero_excludes_a_language() {
        assert_eq!(best("fr;q=0, en;q=0.1"), "en");
    }

    #[test]
    fn wildcard_and_unknown_languages_fall_back_to_the_default() {
        assert_eq!(best("*"), "fr");
        assert_eq!(best("de, ja;q=0.5"), "fr");
        assert_eq!(best(""), "fr");
    }

    #[test]
    fn malformed_items_are_ignored() {
        assert_eq!(best("??bad, en-GB;q=0.5, ;;;"), "en");
    }

    #[test]
    fn hostile_headers_get_the_default() {
        assert_eq!(best(&"en,".repeat(10_000)), "fr");
        assert_eq!(best("en\u{7}"), "fr");
    }

    #[test]
    fn script_and_region_fall_back() {
        let available = locales(&["fr", "zh-CN"]);
        let got = best_locale("zh-Hans-CN", &available, &available[0]);
        assert_eq!(got.to_string(), "zh-CN");
    }
}
