//! CLDR formatting through ICU4X: numbers (grouping and decimal separator per locale),
//! durations ("3 heures", "3 hours") and UTC dates (numeric, 24-hour). fluent-rs's own `NUMBER` ignores the
//! locale and it has no `DATETIME` (fluent-rs#269, #181), so every bundle gets these
//! formatters through its memoizer, built once per bundle locale.

use std::borrow::Cow;

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentType;
use icu::calendar::{Date, Gregorian};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::datetime::fieldsets::YMDT;
use icu::decimal::DecimalFormatter;
use icu::decimal::input::Decimal;
use icu::time::{DateTime, Time};
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

/// The locale's date-and-time formatter: Gregorian, the short (all-numeric) CLDR pattern,
/// 24-hour clock. Numeric fields only, so a limiter in another language can fill the same
/// pattern without month names or day periods (see `errdocs export`).
pub(crate) struct Dates(FixedCalendarDateTimeFormatter<Gregorian, YMDT>);

impl Dates {
    fn new(lang: &LanguageIdentifier) -> Result<Self, String> {
        let mut prefs: icu::datetime::DateTimeFormatterPreferences = (&icu_locale(lang)).into();
        prefs.hour_cycle =
            Some(icu::locale::preferences::extensions::unicode::keywords::HourCycle::H23);
        FixedCalendarDateTimeFormatter::try_new(prefs, YMDT::short())
            .map(Dates)
            .map_err(|e| e.to_string())
    }
}

impl Memoizable for Dates {
    type Args = ();
    type Error = String;
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, String> {
        Dates::new(&lang)
    }
}

/// The CLDR (UTS 35) pattern dates are formatted with in `lang`, e.g. `dd/MM/y HH:mm:ss`.
pub(crate) fn datetime_pattern(lang: &LanguageIdentifier) -> Result<String, String> {
    let dates = Dates::new(lang)?;
    let sample = DateTimeValue("2001-02-03T04:05:06Z".parse().expect("valid instant"));
    let dt = sample.icu().ok_or("unrepresentable sample date")?;
    Ok(writeable::Writeable::write_to_string(&dates.0.format(&dt).pattern()).into_owned())
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

/// An instant as a Fluent value: formats itself as a medium date and time, in UTC.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DateTimeValue(pub(crate) jiff::Timestamp);

impl DateTimeValue {
    fn format<F: FnOnce(&DateTime<Gregorian>) -> Option<String>>(
        &self,
        with_formatter: F,
    ) -> Cow<'static, str> {
        self.icu()
            .and_then(|dt| with_formatter(&dt))
            .unwrap_or_else(|| self.0.to_string())
            .into()
    }

    fn icu(&self) -> Option<DateTime<Gregorian>> {
        let dt = self.0.to_zoned_datetime(jiff::tz::TimeZone::UTC).datetime();
        let date =
            Date::try_new_gregorian(dt.year() as i32, dt.month() as u8, dt.day() as u8).ok()?;
        let time = Time::try_new(dt.hour() as u8, dt.minute() as u8, dt.second() as u8, 0).ok()?;
        Some(DateTime { date, time })
    }
}

impl FluentType for DateTimeValue {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }
    fn as_string(&self, intls: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        self.format(|dt| {
            intls
                .with_try_get::<Dates, _, _>((), |f| f.0.format(dt).to_string())
                .ok()
        })
    }
    fn as_string_threadsafe(
        &self,
        intls: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        self.format(|dt| {
            intls
                .with_try_get::<Dates, _, _>((), |f| f.0.format(dt).to_string())
                .ok()
        })
    }
}
