//! `Locale`: a validated BCP 47 language tag (unic-langid), its writing direction and its
//! fallback chain. Every other module speaks `Locale`, never raw strings.

use std::fmt;
use std::str::FromStr;

use unic_langid::{CharacterDirection, LanguageIdentifier};

/// A language tag the site is written in, e.g. `fr`, `en`, `pt-BR`.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale(LanguageIdentifier);

/// Text direction of a locale, for `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Hebrew, Arabic…).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Why a string is not a usable locale tag.
#[derive(Debug, thiserror::Error)]
#[error(
    "`{tag}` is not a valid BCP 47 language tag (expected something like `fr`, `en` or `pt-BR`)"
)]
pub struct InvalidLocale {
    /// The rejected input.
    pub tag: String,
}

impl Locale {
    /// Parses a tag; case and `_` separators are normalised (`FR_ca` → `fr-CA`).
    pub fn parse(tag: &str) -> Result<Self, InvalidLocale> {
        let invalid = || InvalidLocale {
            tag: tag.to_owned(),
        };
        if tag.is_empty() || tag.len() > 35 {
            return Err(invalid());
        }
        tag.parse::<LanguageIdentifier>()
            .map(Locale)
            .map_err(|_| invalid())
    }

    /// The underlying unic-langid identifier.
    pub fn langid(&self) -> &LanguageIdentifier {
        &self.0
    }

    /// The writing direction, from the language's script.
    pub fn direction(&self) -> Direction {
        match self.0.character_direction() {
            CharacterDirection::RTL => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// Less specific tags of this one, most specific first, without itself:
    /// `zh-Hans-CN` → `zh-Hans`, `zh`; `fr-CA` → `fr`.
    pub fn parents(&self) -> Vec<Locale> {
        let mut out = Vec::new();
        let mut id = self.0.clone();
        if id.variants().next().is_some() {
            id.clear_variants();
            out.push(Locale(id.clone()));
        }
        if id.region.is_some() {
            id.region = None;
            out.push(Locale(id.clone()));
        }
        if id.script.is_some() {
            id.script = None;
            out.push(Locale(id.clone()));
        }
        out
    }
}

impl FromStr for Locale {
    type Err = InvalidLocale;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::parse(s)
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Locale({})", self.0)
    }
}

impl AsRef<LanguageIdentifier> for Locale {
    fn as_ref(&self) -> &LanguageIdentifier {
        &self.0
    }
}

impl serde::Serialize for Locale {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Locale::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_underscores() {
        assert_eq!(Locale::parse("FR_ca").unwrap().to_string(), "fr-CA");
    }

    #[test]
    fn rejects_wildcards_and_garbage() {
        assert!(Locale::parse("*").is_err());
        assert!(Locale::parse("").is_err());
        assert!(Locale::parse("??").is_err());
    }

    #[test]
    fn hebrew_is_right_to_left_and_french_is_not() {
        assert_eq!(Locale::parse("he").unwrap().direction(), Direction::Rtl);
        assert_eq!(Locale::parse("fr").unwrap().direction(), Direction::Ltr);
    }

    #[test]
    fn directions_are_the_values_of_the_html_dir_attribute() {
        assert_eq!(Direction::Rtl.as_str(), "rtl");
        assert_eq!(Direction::Ltr.as_str(), "ltr");
    }

    #[test]
    fn parents_drop_region_then_script() {
        let parents: Vec<String> = Locale::parse("zh-Hans-CN")
            .unwrap()
            .parents()
            .iter()
            .map(|l| l.to_string())
            .collect();
        assert_eq!(parents, ["zh-Hans", "zh"]);
    }

    #[test]
    fn the_longest_accepted_tag_has_thirty_five_characters() {
        let longest = "zh-Hant-TW-abcdefgh-bcdefghi-cdefgh";
        assert_eq!(longest.len(), 35);
        assert!(Locale::parse(longest).is_ok());
        let longer = "zh-Hant-TW-abcdefgh-bcdefghi-cdefghi";
        assert_eq!(longer.len(), 36);
        // unic-langid itself accepts it: only errdocs' length bound refuses it.
        assert!(longer.parse::<LanguageIdentifier>().is_ok());
        assert_eq!(Locale::parse(longer).unwrap_err().tag, longer);
        assert!(Locale::parse("").is_err());
    }

    #[test]
    fn debug_output_names_the_tag() {
        assert_eq!(
            format!("{:?}", Locale::parse("fr_ca").unwrap()),
            "Locale(fr-CA)"
        );
    }
}
