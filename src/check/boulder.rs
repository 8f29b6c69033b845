//! `errdocs check --limiter-config FILE`: a Boulder rate-limit file (defaults, or overrides)
//! compared with `content/limits.toml`, so the numbers the CA enforces and the numbers the
//! pages print cannot drift apart unseen.
//!
//! Each limit Boulder names ([`BOULDER_NAMES`]) is compared on what it enforces: its burst,
//! and its rate `period / count` (Boulder's emission interval). Two ways of writing the same
//! rate, `count: 1, period: 24h` and `count: 1152, period: 27648h`, enforce the same thing
//! and are not reported; a different rate is reported with both counts and periods.
//! Overrides (`Name:bucket-key` keys, and the overrides file's list of `- Name: {…, ids}`)
//! are reported as warnings and not compared: the pages document the defaults.
//!
//! Parsed with `saphyr-parser`'s events, for the line and column of every key and value.

use std::collections::BTreeMap;

use saphyr_parser::{Event, Marker, Parser};

use super::{Code, Finding, Severity};
use crate::config::{Limit, Limits};
use crate::export::boulder::{
    BOULDER_NAMES, BOULDER_ONLY_NAMES, burst, go_duration, limit_id, parse_go_duration,
};

/// Deeper nesting than any Boulder file has is refused rather than followed.
const MAX_DEPTH: usize = 16;

/// A YAML node with where it starts (1-based line and column).
#[derive(Debug)]
enum Node {
    Scalar(String, (usize, usize)),
    Map(Vec<(Node, Node)>, (usize, usize)),
    Seq(Vec<Node>, (usize, usize)),
    Alias((usize, usize)),
}

impl Node {
    fn at(&self) -> (usize, usize) {
        match self {
            Node::Scalar(_, p) | Node::Map(_, p) | Node::Seq(_, p) | Node::Alias(p) => *p,
        }
    }
}

fn place(m: &Marker) -> (usize, usize) {
    (m.line().max(1), m.col() + 1)
}

type Parse<'a> = Parser<'a, saphyr_parser::StrInput<'a>>;

/// A YAML error and where it is.
type Failed = (String, (usize, usize));

fn next<'a>(parser: &mut Parse<'a>) -> Result<(Event<'a>, (usize, usize)), Failed> {
    match parser.next_event() {
        Some(Ok((event, span))) => Ok((event, place(&span.start))),
        Some(Err(e)) => Err((e.info().to_owned(), place(e.marker()))),
        None => Err(("unexpected end of the file".to_owned(), (1, 1))),
    }
}

fn node<'a>(
    parser: &mut Parse<'a>,
    first: (Event<'a>, (usize, usize)),
    depth: usize,
) -> Result<Node, Failed> {
    let (event, at) = first;
    if depth > MAX_DEPTH {
        return Err((format!("nested more than {MAX_DEPTH} levels deep"), at));
    }
    match event {
        Event::Scalar(text, ..) => Ok(Node::Scalar(text.into_owned(), at)),
        Event::Alias(_) => Ok(Node::Alias(at)),
        Event::SequenceStart(..) => {
            let mut items = Vec::new();
            loop {
                let e = next(parser)?;
                if matches!(e.0, Event::SequenceEnd) {
                    return Ok(Node::Seq(items, at));
                }
                items.push(node(parser, e, depth + 1)?);
            }
        }
        Event::MappingStart(..) => {
            let mut entries = Vec::new();
            loop {
                let e = next(parser)?;
                if matches!(e.0, Event::MappingEnd) {
                    return Ok(Node::Map(entries, at));
                }
                let key = node(parser, e, depth + 1)?;
                let value = next(parser)?;
                let value = node(parser, value, depth + 1)?;
                entries.push((key, value));
            }
        }
        _ => Err(("unexpected YAML structure".to_owned(), at)),
    }
}

/// The file's one document (`None` when it is empty).
fn document(text: &str) -> Result<Option<Node>, Failed> {
    let mut parser = Parser::new_from_str(text);
    let mut root = None;
    loop {
        let (event, at) = next(&mut parser)?;
        match event {
            Event::StreamStart | Event::DocumentEnd => {}
            Event::StreamEnd => return Ok(root),
            Event::DocumentStart(_) => {
                let first = next(&mut parser)?;
                if matches!(first.0, Event::DocumentEnd) {
                    continue;
                }
                if root.is_some() {
                    return Err((
                        "more than one YAML document; Boulder reads one".to_owned(),
                        at,
                    ));
                }
                root = Some(node(&mut parser, first, 0)?);
            }
            _ => return Err(("unexpected YAML structure".to_owned(), at)),
        }
    }
}

/// The findings about one Boulder file, collected.
struct Report<'a> {
    file: &'a str,
    out: Vec<Finding>,
}

impl Report<'_> {
    fn err(&mut self, message: String, (line, col): (usize, usize)) {
        let finding = Finding::new(Severity::Error, Code::LimiterConfig, message);
        self.out.push(finding.at(self.file, line, col));
    }

    fn warn(&mut self, message: String, (line, col): (usize, usize)) {
        let finding = Finding::new(Severity::Warning, Code::LimiterConfig, message);
        self.out.push(finding.at(self.file, line, col));
    }

    /// An override (`Name:bucket-key`): reported, not compared.
    fn override_of(&mut self, key: &str, at: (usize, usize)) {
        self.warn(
            format!("override `{key}`: not compared (the pages document the defaults)"),
            at,
        );
    }
}

/// Compares the Boulder rate-limit file `text` (shown as `file`) with `limits`: an error
/// for every enforced number that differs from the docs, naming both; warnings for
/// overrides, unknown names and documented limits the file leaves out.
pub fn limiter_config(limits: &Limits, file: &str, text: &str) -> Vec<Finding> {
    let mut r = Report {
        file,
        out: Vec::new(),
    };
    let Some(entries) = defaults_of(&mut r, text) else {
        return r.out;
    };
    let mut seen: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (key, value) in entries {
        let Some(name) = scalar(&key) else {
            r.err("a limit name is a plain text key".to_owned(), key.at());
            continue;
        };
        if let Some(first) = seen.get(name) {
            r.err(
                format!(
                    "`{name}` is defined twice (first at line {}); Boulder refuses duplicate keys, keep one",
                    first.0
                ),
                key.at(),
            );
            continue;
        }
        seen.insert(name.to_owned(), key.at());
        if name.contains(':') {
            r.override_of(name, key.at());
            continue;
        }
        let Some(id) = limit_id(name) else {
            let message = if BOULDER_ONLY_NAMES.contains(&name) {
                format!("`{name}` has no page in content/limits.toml: not compared")
            } else {
                format!(
                    "`{name}` is not a Boulder limit name; Boulder's names: {}",
                    BOULDER_NAMES
                        .iter()
                        .map(|(_, n)| *n)
                        .chain(BOULDER_ONLY_NAMES.iter().copied())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            r.warn(message, key.at());
            continue;
        };
        let Some(docs) = limits.by_id.get(id) else {
            r.warn(
                format!(
                    "`{name}` is `{id}`, which content/limits.toml does not document: not compared"
                ),
                key.at(),
            );
            continue;
        };
        let Node::Map(fields, _) = &value else {
            r.err(
                format!("`{name}` needs a map `{{ burst, count, period }}`"),
                value.at(),
            );
            continue;
        };
        compare_fields(&mut r, (name, id), docs, &key, fields);
    }
    for (id, name) in BOULDER_NAMES {
        if limits.by_id.contains_key(*id) && !seen.contains_key(*name) {
            r.warn(
                format!("`{name}` (`{id}`) is documented but not in this file: Boulder does not enforce it"),
                (1, 1),
            );
        }
    }
    r.out
}

/// The entries of a defaults file (`Name: { burst, count, period }`), or `None` after
/// reporting why there are none to compare (empty, not YAML, an overrides list, another
/// shape).
fn defaults_of(r: &mut Report<'_>, text: &str) -> Option<Vec<(Node, Node)>> {
    let root = match document(text) {
        Ok(Some(root)) => root,
        Ok(None) => {
            r.err(
                "the file is empty; write Boulder's defaults (`errdocs export --format boulder`)"
                    .to_owned(),
                (1, 1),
            );
            return None;
        }
        Err((why, at)) => {
            r.err(format!("not valid YAML: {why}"), at);
            return None;
        }
    };
    let entries = match root {
        Node::Map(entries, _) => entries,
        // Boulder's overrides file: a list of one-key maps `- Name: {burst, count, period, ids}`.
        Node::Seq(items, _) => {
            for item in items {
                let at = item.at();
                match item {
                    Node::Map(entries, _) => {
                        for (key, _) in entries {
                            let name = scalar(&key).unwrap_or_default();
                            r.override_of(name, key.at());
                        }
                    }
                    _ => r.err(
                        "an overrides list item is a map `Name: { burst, count, period, ids }`"
                            .to_owned(),
                        at,
                    ),
                }
            }
            return None;
        }
        other => {
            r.err(
                "Boulder's defaults are a map of limit names to `{ burst, count, period }`"
                    .to_owned(),
                other.at(),
            );
            return None;
        }
    };
    Some(entries)
}

/// A number above 0 with its position.
type Number = Option<(u64, (usize, usize))>;
/// A period in nanoseconds, as written, with its position.
type Duration<'a> = Option<(i128, &'a str, (usize, usize))>;

/// Reads one limit's `{ burst, count, period }`, reporting unknown fields and values that
/// are missing or not what Boulder accepts.
fn read_fields<'n>(
    r: &mut Report<'_>,
    name: &str,
    key: &Node,
    fields: &'n [(Node, Node)],
) -> (Number, Number, Duration<'n>) {
    let field = |want: &str| {
        fields
            .iter()
            .find(|(k, _)| scalar(k) == Some(want))
            .map(|(_, v)| (scalar(v).unwrap_or_default(), v.at()))
    };
    for (k, _) in fields {
        if !matches!(scalar(k), Some("burst" | "count" | "period")) {
            r.err(
                format!(
                    "`{name}` has an unknown field `{}`; Boulder's fields are burst, count and period",
                    scalar(k).unwrap_or_default()
                ),
                k.at(),
            );
        }
    }
    let mut number = |which: &str| -> Option<(u64, (usize, usize))> {
        match field(which) {
            None => {
                r.err(
                    format!("`{name}` has no `{which}`; Boulder needs it above 0"),
                    key.at(),
                );
                None
            }
            Some((text, at)) => match text.parse::<u64>() {
                Ok(n) if n > 0 => Some((n, at)),
                _ => {
                    r.err(
                        format!("`{name}`: {which} `{text}` is not a whole number above 0"),
                        at,
                    );
                    None
                }
            },
        }
    };
    let count = number("count");
    let burst_field = number("burst");
    let period = match field("period") {
        None => {
            r.err(
                format!("`{name}` has no `period`; write it like `3h`"),
                key.at(),
            );
            None
        }
        Some((text, at)) => match parse_go_duration(text) {
            Ok(ns) if ns > 0 => Some((ns, text, at)),
            Ok(_) => {
                r.err(format!("`{name}`: period `{text}` must be above 0"), at);
                None
            }
            Err(why) => {
                r.err(format!("`{name}`: {why}"), at);
                None
            }
        },
    };
    (count, burst_field, period)
}

/// One limit's `{ burst, count, period }` against the docs: unknown or missing fields, and
/// every enforced number that differs, naming both values.
fn compare_fields(
    r: &mut Report<'_>,
    (name, id): (&str, &str),
    docs: &Limit,
    key: &Node,
    fields: &[(Node, Node)],
) {
    let (count, burst_field, period) = read_fields(r, name, key, fields);
    let docs_burst = burst(docs);
    if let Some((b, at)) = burst_field
        && b != docs_burst
    {
        let how = if docs.burst.is_some() {
            ""
        } else {
            " (its count: limits.toml gives no burst)"
        };
        r.err(
            format!("`{name}` enforces burst {b}; the docs (`{id}`) say {docs_burst}{how}"),
            at,
        );
    }
    if let (Some((c, count_at)), Some((ns, text, period_at))) = (count, period) {
        let docs_ns = i128::from(docs.window.as_secs()) * 1_000_000_000;
        // Same rate: period / count equal, compared without division.
        if ns * i128::from(docs.count) != docs_ns * i128::from(c) {
            let at = if c != docs.count { count_at } else { period_at };
            r.err(
                format!(
                    "`{name}` enforces count {c} per period {text}; the docs (`{id}`) say {} per {}",
                    docs.count,
                    go_duration(docs.window.as_secs()),
                ),
                at,
            );
        }
    }
}

fn scalar(node: &Node) -> Option<&str> {
    match node {
        Node::Scalar(s, _) => Some(s),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SiteSource;

    fn limits() -> Limits {
        Limits::load(&SiteSource::bundled()).unwrap()
    }

    fn errors(text: &str) -> Vec<String> {
        limiter_config(&limits(), "rl.yml", text)
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| format!("{}:{}:{}: {}", f.file, f.line, f.col, f.message))
            .collect()
    }

    #[test]
    fn a_different_count_is_an_error_at_its_line_naming_both_values() {
        let yaml = "NewRegistrationsPerIPAddress:\n  burst: 10\n  count: 20\n  period: 3h\n";
        assert_eq!(
            errors(yaml),
            [
                "rl.yml:3:10: `NewRegistrationsPerIPAddress` enforces count 20 per period 3h; the docs (`registrations-per-ip`) say 10 per 3h"
            ]
        );
    }

    #[test]
    fn a_different_burst_is_an_error_and_says_where_the_docs_burst_comes_from() {
        let yaml = "NewRegistrationsPerIPAddress:\n  burst: 20\n  count: 10\n  period: 3h\n";
        assert_eq!(
            errors(yaml),
            [
                "rl.yml:2:10: `NewRegistrationsPerIPAddress` enforces burst 20; the docs (`registrations-per-ip`) say 10 (its count: limits.toml gives no burst)"
            ]
        );
    }

    #[test]
    fn the_same_rate_written_another_way_is_not_a_difference() {
        let yaml = "FailedAuthorizationsForPausingPerDomainPerAccount:\n  count: 1\n  burst: 1152\n  period: 24h\n";
        assert_eq!(errors(yaml), Vec::<String>::new());
    }

    #[test]
    fn overrides_and_unknown_names_are_warnings_not_errors() {
        let yaml = "NewRegistrationsPerIPAddress:10.0.0.2:\n  burst: 1\n  count: 1\n  period: 1s\nNoSuchLimit:\n  burst: 1\n  count: 1\n  period: 1s\n";
        let findings = limiter_config(&limits(), "rl.yml", yaml);
        assert!(
            findings.iter().all(|f| f.severity == Severity::Warning),
            "{findings:?}"
        );
        assert!(findings.iter().any(|f| {
            f.line == 1
                && f.message
                    .starts_with("override `NewRegistrationsPerIPAddress:10.0.0.2`")
        }));
        assert!(
            findings
                .iter()
                .any(|f| f.line == 5 && f.message.contains("not a Boulder limit name"))
        );
    }

    #[test]
    fn broken_yaml_and_missing_fields_are_errors_with_a_place() {
        assert!(
            errors("A: [\n")[0].starts_with("rl.yml:"),
            "{:?}",
            errors("A: [\n")
        );
        assert_eq!(
            errors("CertificatesPerDomain:\n  count: 50\n  period: 7d\n"),
            [
                "rl.yml:1:1: `CertificatesPerDomain` has no `burst`; Boulder needs it above 0",
                "rl.yml:3:11: `CertificatesPerDomain`: `7d` is not a Go duration (unknown unit); write it like `3h`, `168h` or `5m`",
            ]
        );
    }

    #[test]
    fn boulders_overrides_file_is_reported_entry_by_entry_and_not_compared() {
        let yaml = "- NewRegistrationsPerIPAddress:\n    burst: 40\n    count: 40\n    period: 1s\n    ids:\n      - id: 64.112.117.1\n- CertificatesPerDomain:\n    burst: 1\n    count: 1\n    period: 2160h\n    ids:\n      - id: example.com\n";
        let findings = limiter_config(&limits(), "rl.yml", yaml);
        let lines: Vec<(usize, Severity)> = findings.iter().map(|f| (f.line, f.severity)).collect();
        assert_eq!(
            lines,
            [(1, Severity::Warning), (7, Severity::Warning)],
            "{findings:?}"
        );
    }

    #[test]
    fn deep_nesting_is_refused_without_recursing_forever() {
        let yaml = "[".repeat(10_000);
        assert_eq!(errors(&yaml).len(), 1);
    }
}
