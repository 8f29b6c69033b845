//! Arguments that come from outside: `errdocs message --arg`, the problem API's query, a
//! limiter calling the library. One validation for all of them, so that a name or value the
//! HTTP API refuses is refused by the CLI and the library too, and one rule for what type a
//! value has: **what the message does with it**, never what the value looks like. An
//! identifier `0123` stays the text `0123`; a value is a number only where the limit's
//! message selects on it or it replaces a numeric fact (`overall-requests` passes the
//! `count` of the endpoint that was hit); an instant is an RFC 3339 timestamp within HTTP's
//! range. The help URL is never replaced.

use super::{Arg, Args, Catalog, CatalogError, Scope};

/// At most this many arguments per message.
pub const MAX_ARGS: usize = 16;
/// At most this many bytes in a name.
pub const MAX_NAME: usize = 64;
/// At most this many bytes in a value.
pub const MAX_VALUE: usize = 256;

/// The earliest instant accepted (Unix epoch): a retry instant before it is a bug upstream.
const EARLIEST: jiff::Timestamp = jiff::Timestamp::UNIX_EPOCH;
/// The latest instant accepted: HTTP dates (RFC 9110) have four-digit years, and the last
/// instant every time zone can still show in year 9999 is jiff's maximum.
const LATEST: jiff::Timestamp = jiff::Timestamp::MAX;

/// What a message does with an argument, hence the type its value must have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// Selected on (plural categories, `NUMBER()`): must be a finite number.
    Number,
    /// An instant (`retry-after`, names ending in `-at`): RFC 3339, 1970 to 9999.
    Instant,
    /// A period replacing one of the limit's (`3h`, `7d`).
    Period,
    /// Anything else: printed as given.
    Text,
}

/// Arguments no caller may set: the help URL is the page this limit documents.
pub const RESERVED: [&str; 1] = ["url"];

/// Whether a variable holds an instant, by its name: `retry-after` and names ending in `-at`
/// (`paused-at`). The one place this convention is spelled.
pub fn is_instant_name(name: &str) -> bool {
    name == "retry-after" || name.ends_with("-retry-after") || name.ends_with("-at")
}

/// Why an argument is refused: names the argument and says what is expected.
#[derive(Debug, thiserror::Error)]
#[error("argument `{name}`: {message}")]
pub struct ArgError {
    /// The argument's name (escaped for display).
    pub name: String,
    /// What is wrong and what is expected.
    pub message: String,
}

fn refuse(name: &str, message: impl Into<String>) -> CatalogError {
    CatalogError::Argument(Box::new(ArgError {
        name: name.escape_debug().to_string(),
        message: message.into(),
    }))
}

impl Catalog {
    /// What the message of `limit` does with the argument `name`.
    pub fn arg_kind(&self, limit: &str, name: &str) -> Result<ArgKind, CatalogError> {
        if is_instant_name(name) {
            return Ok(ArgKind::Instant);
        }
        let facts = self.facts(limit)?;
        match facts.args.get(name) {
            Some(Arg::Number(_)) => return Ok(ArgKind::Number),
            Some(Arg::Duration(_)) => return Ok(ArgKind::Period),
            Some(Arg::Time(_)) => return Ok(ArgKind::Instant),
            Some(Arg::Text(_)) | None => {}
        }
        let id = &facts.exceeded_id;
        let selected = self
            .variables_of(self.reference(), Scope::Shared, id)
            .is_some_and(|shape| {
                shape
                    .selects
                    .iter()
                    .any(|s| s.variable.as_deref() == Some(name))
            });
        Ok(if selected {
            ArgKind::Number
        } else {
            ArgKind::Text
        })
    }

    /// Reads `name=value` pairs from outside into typed arguments for `limit`'s message,
    /// after [`Catalog::check_args`]' rules. Every refusal names the argument.
    pub fn parse_args<'a>(
        &self,
        limit: &str,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Args, CatalogError> {
        let mut args = Args::new();
        for (name, value) in pairs {
            if value.len() > MAX_VALUE {
                return Err(refuse(
                    name,
                    format!("the value is longer than {MAX_VALUE} bytes"),
                ));
            }
            let arg = match self.arg_kind(limit, name)? {
                ArgKind::Text => Arg::Text(value.to_owned()),
                ArgKind::Number => match value.trim().parse::<f64>() {
                    Ok(n) if n.is_finite() => Arg::Number(n),
                    _ => {
                        return Err(refuse(
                            name,
                            format!("`{}` is not a number", value.escape_debug()),
                        ));
                    }
                },
                ArgKind::Period => match super::Period::parse(value.trim()) {
                    Ok(p) => Arg::Duration(p),
                    Err(e) => return Err(refuse(name, e.to_string())),
                },
                ArgKind::Instant => match value.trim().parse::<jiff::Timestamp>() {
                    Ok(t) => Arg::Time(t),
                    Err(_) => {
                        return Err(refuse(
                            name,
                            format!(
                                "`{}` is not an RFC 3339 instant such as `2026-01-01T12:00:00Z`",
                                value.escape_debug()
                            ),
                        ));
                    }
                },
            };
            args.set(name, arg);
        }
        self.check_args(limit, &args)?;
        Ok(args)
    }

    /// The rules every argument of an occurrence follows, however it was made: at most
    /// [`MAX_ARGS`]; a kebab-case name of at most [`MAX_NAME`] bytes, not [`RESERVED`]; a
    /// fact replaced by a value of the fact's own type; text without control characters
    /// (no CR/LF into a header or a log line), at most [`MAX_VALUE`] bytes; an instant
    /// between 1970 and 9999.
    pub fn check_args(&self, limit: &str, args: &Args) -> Result<(), CatalogError> {
        if args.is_empty() {
            return Ok(());
        }
        let facts = &self.facts(limit)?.args;
        if args.iter().count() > MAX_ARGS {
            return Err(refuse(
                "…",
                format!("at most {MAX_ARGS} arguments are accepted"),
            ));
        }
        for (name, arg) in args.iter() {
            let kebab = !name.is_empty()
                && name.len() <= MAX_NAME
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !name.starts_with('-')
                && !name.ends_with('-');
            if !kebab {
                return Err(refuse(
                    name,
                    format!(
                        "a name is kebab-case (`a-z`, `0-9`, `-`) and at most {MAX_NAME} bytes"
                    ),
                ));
            }
            if RESERVED.contains(&name) {
                return Err(refuse(
                    name,
                    "this is the limit's help URL (from `content/limits.toml` and `base-url`) and cannot be replaced",
                ));
            }
            let same_type = match (facts.get(name), arg) {
                (None, _) => true,
                (Some(fact), arg) => std::mem::discriminant(fact) == std::mem::discriminant(arg),
            };
            if !same_type {
                return Err(refuse(
                    name,
                    "this replaces a fact of the limit and must have the fact's type (a number, a period such as `3h`, or text)",
                ));
            }
            match arg {
                Arg::Text(text) if text.len() > MAX_VALUE => {
                    return Err(refuse(
                        name,
                        format!("the value is longer than {MAX_VALUE} bytes"),
                    ));
                }
                Arg::Text(text) if text.chars().any(char::is_control) => {
                    return Err(refuse(name, "the value contains control characters"));
                }
                Arg::Time(t) if !in_range(t) => {
                    return Err(refuse(
                        name,
                        format!("`{t}` is outside the accepted range, {EARLIEST} to {LATEST}"),
                    ));
                }
                Arg::Number(n) if !n.is_finite() => {
                    return Err(refuse(name, "the number is not finite"));
                }
                _ => {}
            }
        }
        Ok(())
    }
}

fn in_range(t: &jiff::Timestamp) -> bool {
    EARLIEST <= *t && *t <= LATEST
}

#[cfg(test)]
mod tests {
    use crate::catalog::{Arg, Catalog, CatalogError};
    use crate::source::SiteSource;

    const LIMIT: &str = "registrations-per-ip";

    fn catalog() -> Catalog {
        Catalog::load(&SiteSource::bundled()).unwrap()
    }

    fn refusal(pairs: &[(&str, &str)]) -> String {
        match catalog().parse_args(LIMIT, pairs.iter().copied()) {
            Err(e @ CatalogError::Argument(_)) => e.to_string(),
            other => panic!("{pairs:?} gave {other:?}"),
        }
    }

    #[test]
    fn identifiers_stay_text_whatever_they_look_like() {
        let c = catalog();
        for value in ["0123", "1e3", "007", "2026-01-01T00:00:00Z", "example.org"] {
            let args = c.parse_args(LIMIT, [("identifier", value)]).unwrap();
            assert_eq!(args.get("identifier"), Some(&Arg::Text(value.into())));
        }
    }

    #[test]
    fn retry_after_is_an_rfc3339_instant_between_1970_and_9999() {
        let c = catalog();
        let args = c
            .parse_args(LIMIT, [("retry-after", "2026-01-01T12:00:00Z")])
            .unwrap();
        assert!(matches!(args.get("retry-after"), Some(Arg::Time(_))));
        let last = c
            .parse_args(LIMIT, [("retry-after", "9999-12-30T22:00:00Z")])
            .unwrap();
        let problem = crate::problem::Problem::new(&c, c.reference(), LIMIT, &last).unwrap();
        assert_eq!(
            problem.retry_after.as_deref(),
            Some("Thu, 30 Dec 9999 22:00:00 GMT")
        );
        assert_eq!(
            refusal(&[("retry-after", "<script>")]),
            "argument `retry-after`: `<script>` is not an RFC 3339 instant such as `2026-01-01T12:00:00Z`"
        );
        assert_eq!(
            refusal(&[("retry-after", "1969-12-31T23:59:59Z")]),
            "argument `retry-after`: `1969-12-31T23:59:59Z` is outside the accepted range, 1970-01-01T00:00:00Z to 9999-12-30T22:00:00.999999999Z"
        );
        assert!(refusal(&[("retry-after", "2026-01-01T12:00:00Z\r\nX: y")]).contains("\\r\\n"));
    }

    #[test]
    fn the_help_url_cannot_be_replaced_and_facts_keep_their_type() {
        assert_eq!(
            refusal(&[("url", "https://evil.example/")]),
            "argument `url`: this is the limit's help URL (from `content/limits.toml` and `base-url`) and cannot be replaced"
        );
        assert_eq!(
            refusal(&[("count", "many")]),
            "argument `count`: `many` is not a number"
        );
        assert!(refusal(&[("window", "soon")]).starts_with("argument `window`: "));
        let c = catalog();
        let args = c
            .parse_args(LIMIT, [("count", "20"), ("window", "2h")])
            .unwrap();
        assert_eq!(args.get("count"), Some(&Arg::Number(20.0)));
        assert!(matches!(args.get("window"), Some(Arg::Duration(p)) if p.as_secs() == 7200));
        let mut typed = crate::catalog::Args::new();
        typed.set("count", "twenty");
        let err = c.check_args(LIMIT, &typed).unwrap_err().to_string();
        assert!(err.contains("must have the fact's type"), "{err}");
    }

    #[test]
    fn names_are_kebab_case_and_values_plain_text() {
        for name in ["", "Identifier", "a_b", "-a", "a-", "é", &"a".repeat(65)] {
            assert!(
                refusal(&[(name, "x")]).contains("a name is kebab-case"),
                "{name}"
            );
        }
        assert_eq!(
            refusal(&[("identifier", "a\nb")]),
            "argument `identifier`: the value contains control characters"
        );
        assert!(refusal(&[("identifier", &"x".repeat(257))]).contains("longer than 256 bytes"));
        let many: Vec<(String, &str)> = (0..17).map(|i| (format!("a{i}"), "x")).collect();
        let err = catalog()
            .parse_args(LIMIT, many.iter().map(|(k, v)| (k.as_str(), *v)))
            .unwrap_err();
        assert!(err.to_string().contains("at most 16 arguments"), "{err}");
    }

    #[test]
    fn the_library_path_follows_the_same_rules() {
        let c = catalog();
        let mut args = crate::catalog::Args::new();
        args.set("url", "https://evil.example/");
        let err = c
            .limit_message(c.reference(), LIMIT, &args)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("argument `url`"), "{err}");
    }

    #[test]
    fn instants_are_named_retry_after_or_end_in_at_or_retry_after() {
        for name in ["retry-after", "paused-at", "new-order-retry-after"] {
            assert!(super::is_instant_name(name), "{name}");
        }
        for name in [
            "identifier",
            "at",
            "retry",
            "after",
            "retry-after-x",
            "attempts",
        ] {
            assert!(!super::is_instant_name(name), "{name}");
        }
    }

    /// A site whose limit message selects on `$failures`, a variable that is no fact.
    fn selecting_catalog() -> Catalog {
        Catalog::load(&SiteSource::from_files([
            (
                "errdocs.toml",
                "base-url = \"https://example.org\"\ndefault-locale = \"fr\"\nlocales = [\"fr\"]\n",
            ),
            (
                "content/limits.toml",
                "[paused]\ncount = 5\nwindow = \"1h\"\noverridable = false\npage = \"paused\"\n",
            ),
            (
                "locales/fr/errors.ftl",
                "paused-title = Pause\npaused-exceeded = { $failures ->\n    [one] un échec\n   *[other] { $failures } échecs\n} pour { $identifier } : { $url }\n",
            ),
        ]))
        .unwrap()
    }

    #[test]
    fn a_variable_the_message_selects_on_is_a_number_and_the_others_stay_text() {
        use super::ArgKind;
        let c = selecting_catalog();
        assert_eq!(c.arg_kind("paused", "failures").unwrap(), ArgKind::Number);
        assert_eq!(c.arg_kind("paused", "identifier").unwrap(), ArgKind::Text);
        assert_eq!(c.arg_kind("paused", "count").unwrap(), ArgKind::Number);
        assert_eq!(c.arg_kind("paused", "window").unwrap(), ArgKind::Period);
        assert_eq!(c.arg_kind("paused", "paused-at").unwrap(), ArgKind::Instant);
        let args = c
            .parse_args("paused", [("failures", "1"), ("identifier", "1")])
            .unwrap();
        assert_eq!(args.get("failures"), Some(&Arg::Number(1.0)));
        assert_eq!(args.get("identifier"), Some(&Arg::Text("1".into())));
    }

    #[test]
    fn infinity_is_not_a_number_an_argument_may_take() {
        assert_eq!(
            refusal(&[("count", "inf")]),
            "argument `count`: `inf` is not a number"
        );
        assert_eq!(
            refusal(&[("count", "NaN")]),
            "argument `count`: `NaN` is not a number"
        );
    }

    #[test]
    fn values_and_names_may_reach_their_limits_exactly() {
        let c = catalog();
        let value = "x".repeat(super::MAX_VALUE);
        let name = "a".repeat(super::MAX_NAME);
        let args = c
            .parse_args(
                LIMIT,
                [("identifier", value.as_str()), (name.as_str(), "y")],
            )
            .unwrap();
        assert_eq!(args.get("identifier"), Some(&Arg::Text(value.clone())));
        let sixteen: Vec<(String, &str)> = (0..16).map(|i| (format!("a{i}"), "x")).collect();
        c.parse_args(LIMIT, sixteen.iter().map(|(k, v)| (k.as_str(), *v)))
            .unwrap();
        // A number one byte too long is refused before it is read, however it trims.
        let padded = format!("{}1", " ".repeat(super::MAX_VALUE));
        assert_eq!(
            refusal(&[("count", &padded)]),
            "argument `count`: the value is longer than 256 bytes"
        );
    }

    /// Arguments a limiter builds itself skip `parse_args`: `check_args` alone must refuse
    /// what the API would.
    #[test]
    fn the_library_path_refuses_long_text_and_numbers_that_are_not_finite() {
        let c = catalog();
        let check = |name: &str, arg: Arg| {
            let mut args = crate::catalog::Args::new();
            args.set(name, arg);
            c.check_args(LIMIT, &args).map_err(|e| e.to_string())
        };
        assert_eq!(
            check("identifier", Arg::Text("x".repeat(257))),
            Err("argument `identifier`: the value is longer than 256 bytes".into())
        );
        assert_eq!(check("identifier", Arg::Text("x".repeat(256))), Ok(()));
        assert_eq!(
            check("count", Arg::Number(f64::INFINITY)),
            Err("argument `count`: the number is not finite".into())
        );
        assert_eq!(
            check("count", Arg::Number(f64::NAN)),
            Err("argument `count`: the number is not finite".into())
        );
        assert_eq!(check("count", Arg::Number(12.0)), Ok(()));
    }
}
