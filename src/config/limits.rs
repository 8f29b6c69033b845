//! The facts of every limit (`content/limits.toml`): counts, periods (`Period`, in the
//! unit the author wrote), refill, burst, staging values, per-endpoint rates, and the slug
//! rule their pages follow; validated with errors at `file:line:col`.

use super::*;

/// Where the facts live, relative to the site root.
pub const LIMITS_FILE: &str = "content/limits.toml";

/// How a window or refill period is written in `limits.toml`: `"3h"`, `"7d"`, `"1s"`, `"18m"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    /// Weeks, days, hours, minutes and seconds as the author wrote them, so `7d` stays
    /// "7 days" and is not turned into "1 week".
    pub weeks: u64,
    /// Days.
    pub days: u64,
    /// Hours.
    pub hours: u64,
    /// Minutes.
    pub minutes: u64,
    /// Seconds.
    pub seconds: u64,
}

impl Period {
    /// Parses a friendly duration such as `3h`, `7d`, `1h30m` or `3 hours` (jiff's format).
    pub fn parse(text: &str) -> Result<Self, String> {
        let span: jiff::Span = text.parse().map_err(|e| {
            format!("`{text}` is not a duration ({e}); write it like `3h`, `7d` or `90s`")
        })?;
        if span.get_years() != 0 || span.get_months() != 0 || span.is_negative() {
            return Err(format!(
                "`{text}` must be a positive duration in weeks, days, hours, minutes or seconds"
            ));
        }
        if span.get_milliseconds() != 0
            || span.get_microseconds() != 0
            || span.get_nanoseconds() != 0
        {
            return Err(format!(
                "`{text}` has a fraction of a second; limits count whole seconds"
            ));
        }
        let period = Period {
            weeks: span.get_weeks() as u64,
            days: span.get_days() as u64,
            hours: span.get_hours() as u64,
            minutes: span.get_minutes() as u64,
            seconds: span.get_seconds() as u64,
        };
        if period.as_secs() == 0 {
            return Err(format!(
                "`{text}` is zero; a limit's period must be positive"
            ));
        }
        Ok(period)
    }

    /// The length in seconds (days are 24 hours).
    pub fn as_secs(&self) -> u64 {
        (((self.weeks * 7 + self.days) * 24 + self.hours) * 60 + self.minutes) * 60 + self.seconds
    }

    /// `(unit, amount)` when the period is a whole number of one unit (`("hour", 3)`),
    /// else `("second", total)`. Catalogs select on the unit for grammar ("la dernière heure").
    pub fn unit_amount(&self) -> (&'static str, u64) {
        let parts = [
            ("week", self.weeks),
            ("day", self.days),
            ("hour", self.hours),
            ("minute", self.minutes),
            ("second", self.seconds),
        ];
        let mut nonzero = parts.iter().filter(|(_, n)| *n != 0);
        match (nonzero.next(), nonzero.next()) {
            (Some(&(unit, n)), None) => (unit, n),
            _ => ("second", self.as_secs()),
        }
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Period::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// Values that apply in the staging environment instead of production.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Staging {
    /// The staging count.
    pub count: u64,
    /// The staging window; production's when absent.
    pub window: Option<Period>,
    /// The staging burst, for limits that document one.
    pub burst: Option<u64>,
    /// Per-endpoint staging rates that differ from production's (`new-order = { count = 20,
    /// burst = 40 }`); an endpoint not listed has its production rate.
    #[serde(default)]
    pub endpoints: BTreeMap<String, Endpoint>,
}

/// One endpoint's rate within a per-endpoint limit (requests per window of the limit).
#[derive(Clone, Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Endpoint {
    /// Requests allowed per window.
    pub count: u64,
    /// Burst allowance.
    pub burst: Option<u64>,
}

/// The facts of one limit. Numbers here reach every sentence as Fluent variables.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Limit {
    /// How many requests the window allows.
    pub count: u64,
    /// The window the count applies to.
    pub window: Period,
    /// How often one request's capacity comes back (token bucket), when documented.
    pub refill: Option<Period>,
    /// Burst allowance, for limits that document one.
    pub burst: Option<u64>,
    /// Whether subscribers can request an override.
    pub overridable: bool,
    /// Slug of the help page (`content/docs/<page>.md`).
    pub page: String,
    /// Heading id the doc URL points at, when the page covers several limits.
    pub anchor: Option<String>,
    /// Values in the staging environment.
    pub staging: Option<Staging>,
    /// Order in lists and tables of limits (lower first, then by id).
    #[serde(default)]
    pub weight: i64,
    /// The HTTP status a limiter answers with: 429, or 503 where a load balancer enforces the
    /// limit (overall requests).
    #[serde(default = "default_status")]
    pub status: u16,
    /// Per-endpoint rates, for limits that differ by ACME endpoint (overall requests):
    /// `[overall-requests.endpoints] new-nonce = { count = 20, burst = 10 }`.
    #[serde(default)]
    pub endpoints: BTreeMap<String, Endpoint>,
    /// The exact English string Boulder sends today for this limit, with `{burst}`,
    /// `{period}`, `{retry-after}` and `{identifier}` placeholders (see [`Limit::boulder_text`]).
    pub boulder_message: Option<String>,
    /// An older Boulder string that linked this limit's page, quoted on it so that a search
    /// for the old error still finds the page.
    pub boulder_legacy_message: Option<String>,
}

/// The placeholders a `boulder-message` may hold.
pub const BOULDER_PLACEHOLDERS: &[&str] = &["burst", "period", "retry-after", "identifier"];

/// The `{name}` placeholders of a Boulder string, in order, or the first malformed one.
fn placeholders(text: &str) -> Result<Vec<&str>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err(format!("`{{` without `}}` in `{text}`"));
        };
        let name = &after[..close];
        if !BOULDER_PLACEHOLDERS.contains(&name) {
            return Err(format!(
                "unknown placeholder `{{{name}}}`; a Boulder string may hold {}",
                BOULDER_PLACEHOLDERS
                    .iter()
                    .map(|p| format!("`{{{p}}}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        out.push(name);
        rest = &after[close + 1..];
    }
    Ok(out)
}

impl Limit {
    /// Boulder's English string for this limit (`boulder-message`, or with `legacy` its
    /// `boulder-legacy-message`) with its placeholders filled the way Boulder fills them:
    /// `{burst}` the burst (the count when the limit has none), `{period}` the window as Go
    /// prints a `time.Duration` (`3h0m0s`), `{retry-after}` as `2006-01-02 15:04:05`, and
    /// `{identifier}` as given. `Ok(None)` when the limit has no such string; `Err` names a
    /// placeholder the caller gave no value for.
    pub fn boulder_text(
        &self,
        legacy: bool,
        retry_after: Option<&jiff::Timestamp>,
        identifier: Option<&str>,
    ) -> Result<Option<String>, String> {
        let template = if legacy {
            &self.boulder_legacy_message
        } else {
            &self.boulder_message
        };
        let Some(template) = template else {
            return Ok(None);
        };
        let mut text = template.clone();
        for name in placeholders(template)? {
            let value = match name {
                "burst" => crate::export::boulder::burst(self).to_string(),
                "period" => crate::export::boulder::go_duration_string(self.window.as_secs()),
                "retry-after" => crate::catalog::utc_instant(
                    retry_after.ok_or("Boulder's string needs a `retry-after` instant")?,
                ),
                _ => identifier
                    .ok_or("Boulder's string needs an `identifier`")?
                    .to_owned(),
            };
            text = text.replacen(&format!("{{{name}}}"), &value, 1);
        }
        Ok(Some(text))
    }
}

pub(crate) fn default_status() -> u16 {
    429
}

/// Every limit, by id (`registrations-per-ip`), sorted.
#[derive(Clone, Debug, Default)]
pub struct Limits {
    /// The limits by id.
    pub by_id: BTreeMap<String, Limit>,
}

impl Limits {
    /// Reads and validates `content/limits.toml` (absent = no limits).
    pub fn load(source: &SiteSource) -> Result<Self, ConfigError> {
        match source.get(LIMITS_FILE) {
            Some(text) => Self::parse(text, &source.display(LIMITS_FILE)),
            None => Ok(Limits::default()),
        }
    }

    /// Parses and validates the text of `limits.toml`; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Self, ConfigError> {
        let by_id: BTreeMap<String, Limit> =
            toml::from_str(text).map_err(|e| toml_error(text, file, &e))?;
        for (id, limit) in &by_id {
            let at = |message: String| {
                let (line, col) = table_position(text, id);
                ConfigError {
                    file: file.to_owned(),
                    line,
                    col,
                    message,
                }
            };
            if !is_slug(id) {
                return Err(at(format!(
                    "limit id `{id}` must be lowercase ASCII words joined by `-`"
                )));
            }
            if !(400..=599).contains(&limit.status) {
                return Err(at(format!(
                    "limit `{id}` has `status = {}`; a limiter answers with an HTTP error status (429 or 503)",
                    limit.status
                )));
            }
            if limit.count == 0 {
                return Err(at(format!(
                    "limit `{id}` has `count = 0`; a limit allows at least one request"
                )));
            }
            if !is_slug(&limit.page) {
                return Err(at(format!(
                    "limit `{id}` has page `{}`; a page slug is lowercase ASCII words joined by `-`",
                    limit.page
                )));
            }
            for template in [&limit.boulder_message, &limit.boulder_legacy_message]
                .into_iter()
                .flatten()
            {
                placeholders(template).map_err(|e| {
                    // At the string's own line when it is written as is (a literal string).
                    let mut err = at(format!("limit `{id}`: {e}"));
                    if let Some(i) = text.lines().position(|l| l.contains(template.as_str())) {
                        (err.line, err.col) = (i + 1, 1);
                    }
                    err
                })?;
            }
            if let Some(anchor) = &limit.anchor
                && !is_slug(anchor)
            {
                return Err(at(format!(
                    "limit `{id}` has anchor `{anchor}`; an anchor is lowercase ASCII words joined by `-`"
                )));
            }
        }
        Ok(Limits { by_id })
    }

    /// One limit by id.
    pub fn get(&self, id: &str) -> Option<&Limit> {
        self.by_id.get(id)
    }
}

/// Whether `s` is a stable, language-independent identifier: `a-z`, `0-9` and inner `-`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(extra: &str) -> Result<Limits, ConfigError> {
        Limits::parse(
            &format!(
                "[a]\ncount = 10\nwindow = \"3h\"\noverridable = false\npage = \"a\"\n{extra}"
            ),
            "limits.toml",
        )
    }

    #[test]
    fn a_boulder_message_is_filled_as_boulder_fills_it() {
        let limits = one(
            "boulder-message = 'too many ({burst}) for \"{identifier}\" in the last {period}, retry after {retry-after} UTC'\n",
        )
        .unwrap();
        let at: jiff::Timestamp = "2026-01-02T03:04:05Z".parse().unwrap();
        let text = limits.by_id["a"]
            .boulder_text(false, Some(&at), Some("example.com"))
            .unwrap();
        assert_eq!(
            text.as_deref(),
            Some(
                "too many (10) for \"example.com\" in the last 3h0m0s, retry after 2026-01-02 03:04:05 UTC"
            )
        );
        assert_eq!(limits.by_id["a"].boulder_text(true, None, None), Ok(None));
    }

    #[test]
    fn a_boulder_message_without_its_instant_is_an_error() {
        let limits = one("boulder-message = 'retry after {retry-after}'\n").unwrap();
        let err = limits.by_id["a"]
            .boulder_text(false, None, None)
            .unwrap_err();
        assert!(err.contains("retry-after"), "{err}");
    }

    #[test]
    fn an_unknown_placeholder_in_a_boulder_message_is_refused_at_its_table() {
        let err = one("boulder-message = 'too many ({count})'\n").unwrap_err();
        assert_eq!((err.line, err.col), (6, 1));
        assert!(err.message.contains("`{count}`"), "{}", err.message);
    }
}
