//! CLDR formatting through ICU4X: numbers (grouping and decimal separator per locale),
//! durations ("3 heures", "3 hours"), and the one unambiguous form of UTC instants
//! (`2026-11-27 21:00:01`, Boulder's). fluent-rs's own `NUMBER` ignores the locale and it
//! has no `DATETIME` (fluent-rs#269, #181), so every bundle gets these formatters through
//! its memoizer, built once per bundle locale.

use std::borrow::Cow;

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentType;
use icu::decimal::DecimalFormatter;
use icu::decimal::input::Decimal;
use icu_experimental::duration::options::{BaseStyle, DurationFormatterOptions};
use icu_experimental::duration::{Duration, DurationFormatter, ValidatedDurationFormatterOptions};
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

use crate::config::Period;

fn icu_locale(lang: &LanguageIdentifier) -> icu::locale::Locale {
    // unic-langid and ICU4X both parse BCP 47; a tag unic-langid accepted is valid here too,
    // and `und` (root data) is the safe answer for anything exotic.
    icu::locale::Locale::try_from_str(&lang.to_string()).unwrap_or(icu::locale::Locale::UNKNOWN)
}

/// The locale's decimal formatter, memoized per bundle.
pub(crate) struct Numbers(DecimalFormatter);

impl Memoizable for Numbers {
    type Args = ();
    type Error = String;
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, String> {
        DecimalFormatter::try_new((&icu_locale(&lang)).into(), Default::default())
            .map(Numbers)
            .map_err(|e| e.to_string())
    }
}

/// The locale's long-style duration formatter ("3 heures"), memoized per bundle.
pub(crate) struct Durations(DurationFormatter);

impl Memoizable for Durations {
    type Args = ();
    type Error = String;
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, String> {
        let mut options = DurationFormatterOptions::default();
        options.base = BaseStyle::Long;
        let options =
            ValidatedDurationFormatterOptions::validate(options).map_err(|e| format!("{e:?}"))?;
        DurationFormatter::try_new((&icu_locale(&lang)).into(), options)
            .map(Durations)
            .map_err(|e| e.to_string())
    }
}

/// The pattern (UTS 35) of every `$retry-after`, in every locale: Boulder's own
/// (`2006-01-02 15:04:05`, Go's reference time), year first and 24-hour. A CLDR short
/// pattern is ambiguous (`1/1/26` in English, two-digit years in German or Italian), a
/// spelled-out month would leave a limiter in another language needing the month names;
/// this form reads the same everywhere, is what Boulder's English string says, and is
/// what `errdocs export` hands to limiters.
pub(crate) const DATETIME_PATTERN: &str = "yyyy-MM-dd HH:mm:ss";

/// An instant in UTC as [`DATETIME_PATTERN`] spells it: `2026-11-27 21:00:01`.
pub fn utc_instant(t: &jiff::Timestamp) -> String {
    // jiff formats a `Timestamp` in UTC; `%Y` pads years below 1000 to four digits.
    t.strftime("%Y-%m-%d %H:%M:%S").to_string()
}

/// The bundle formatter hook: every bare number placeable goes through CLDR.
pub(crate) fn format_value(
    value: &FluentValue<'_>,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let mut decimal = if n.value.fract() == 0.0 && n.value.abs() < 9e15 {
        Decimal::from(n.value as i64)
    } else {
        Decimal::try_from_str(&n.value.to_string()).ok()?
    };
    if let Some(min) = n.options.minimum_fraction_digits {
        decimal.pad_end(-(min.min(20) as i16));
    }
    intls
        .with_try_get::<Numbers, _, _>((), |f| f.0.format_to_string(&decimal))
        .ok()
}

fn icu_duration(p: &Period) -> Duration {
    Duration {
        weeks: p.weeks,
        days: p.days,
        hours: p.hours,
        minutes: p.minutes,
        seconds: p.seconds,
        ..Default::default()
    }
}

/// A period as a Fluent value: formats itself as a CLDR duration in the bundle's locale.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DurationValue(pub(crate) Period);

impl DurationValue {
    fn format<F: FnOnce(&Duration) -> Option<String>>(
        &self,
        with_formatter: F,
    ) -> Cow<'static, str> {
        with_formatter(&icu_duration(&self.0))
            .unwrap_or_else(|| format!("{}s", self.0.as_secs()))
            .into()
    }
}

// fluent-bundle asks through one of two memoizer types (plain or thread-safe); both lead to
// the same formatter, memoized per bundle locale.
impl FluentType for DurationValue {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }
    fn as_string(&self, intls: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        self.format(|d| {
            intls
                .with_try_get::<Durations, _, _>((), |f| f.0.format(d).to_string())
                .ok()
        })
    }
    fn as_string_threadsafe(
        &self,
        intls: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        self.format(|d| {
            intls
                .with_try_get::<Durations, _, _>((), |f| f.0.format(d).to_string())
                .ok()
        })
    }
}

/// An instant as a Fluent value: formats itself as [`utc_instant`], whatever the locale.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DateTimeValue(pub(crate) jiff::Timestamp);

impl FluentType for DateTimeValue {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }
    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        utc_instant(&self.0).into()
    }
    fn as_string_threadsafe(
        &self,
        _: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        utc_instant(&self.0).into()
    }
}
