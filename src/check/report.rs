//! What `errdocs check` reports: findings (with a [`Code`] and a place), the per-locale
//! summary, and the [`Report`] printed as text for people or stable JSON for dashboards.

use serde::Serialize;

use crate::locale::Locale;

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails `errdocs check` (and CI).
    Error,
    /// Reported, does not fail.
    Warning,
}

/// Declares [`Code`] with the stable name of each variant, in one list.
macro_rules! codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal,)*) => {
        /// What a finding is about, by a stable name for dashboards and CI filters
        /// (`variable-dropped`). Declared in the order of their names, so findings sort as
        /// they always have.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
        pub enum Code {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Code {
            /// The stable name (`raw-html`), as text and JSON print it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }
        }
    };
}

codes! {
    /// A reference message's attribute is missing in a translation.
    AttributeMissing = "attribute-missing",
    /// A translation has an attribute the reference does not.
    AttributeObsolete = "attribute-obsolete",
    /// The site does not build (after its catalogs loaded).
    Build = "build",
    /// The catalogs do not load (beyond syntax errors, reported one by one).
    Catalog = "catalog",
    /// `errdocs.toml` or `content/limits.toml` is invalid.
    Config = "config",
    /// An id is defined twice where both are visible.
    Duplicate = "duplicate",
    /// A message fails to format with sample arguments.
    Format = "format",
    /// A page's front matter is invalid.
    FrontMatter = "front-matter",
    /// A word the locale's glossary forbids (Let's Encrypt writes another), or a glossary
    /// file that does not load.
    Glossary = "glossary",
    /// A bidi isolation mark in a catalog.
    IsolationMark = "isolation-mark",
    /// A file under `locales/` that is not where a catalog belongs.
    Layout = "layout",
    /// A limiter's configuration (Boulder's rate-limit YAML) disagrees with the docs.
    LimiterConfig = "limiter-config",
    /// A link in a catalog that does not resolve.
    Link = "link",
    /// A reference message missing from a translation.
    Missing = "missing",
    /// A translation of a message the reference no longer has.
    Obsolete = "obsolete",
    /// A translation made from an older reference text.
    Outdated = "outdated",
    /// A plural category the locale needs has no variant.
    Plural = "plural",
    /// A plural variant the locale never selects.
    PluralUnused = "plural-unused",
    /// Raw HTML in a catalog message.
    RawHtml = "raw-html",
    /// A reference to a message or term the locale does not define.
    Reference = "reference",
    /// A Fluent syntax error.
    Syntax = "syntax",
    /// Text that breaks one of the locale's typography rules (named in the message), or a
    /// typography file that does not load.
    Typography = "typography",
    /// A value where the reference has none, or none where it has one.
    Value = "value",
    /// A translation drops a variable the reader needs (URL, identifier, number).
    VariableDropped = "variable-dropped",
    /// A translation uses a variable no caller supplies.
    VariableUnknown = "variable-unknown",
    /// A translation does not print a variable of the reference (grammar helpers).
    VariableUnused = "variable-unused",
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem, with where it is and what to do.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// The locale concerned (`fr` for reference problems; empty for site-wide ones).
    pub locale: String,
    /// The file, as shown to the user.
    pub file: String,
    /// 1-based line (1 when unknown).
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// What the finding is about (`syntax`, `missing`, `variable-unknown`, …).
    pub code: Code,
    /// The message id, when one is concerned.
    pub id: String,
    /// What is wrong and how to fix it.
    pub message: String,
    /// The glossary (`glossary`) or typography rule the text breaks, when one does.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub rule: String,
    /// How many characters from `col` the finding covers (0: a place, not a span).
    #[serde(skip_serializing_if = "is_zero")]
    pub width: usize,
    /// The text of `line`, shown under the finding with a caret (text output only).
    #[serde(skip)]
    pub source_line: String,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Finding {
    /// A site-wide finding with no place yet: add one with [`Finding::at`].
    pub fn new(severity: Severity, code: Code, message: impl Into<String>) -> Finding {
        Finding {
            severity,
            locale: String::new(),
            file: String::new(),
            line: 1,
            col: 1,
            code,
            id: String::new(),
            message: message.into(),
            rule: String::new(),
            width: 0,
            source_line: String::new(),
        }
    }

    /// The finding covers `width` characters from its column.
    pub fn spanning(mut self, width: usize) -> Finding {
        self.width = width;
        self
    }

    /// The finding breaks the rule named `rule`.
    pub fn with_rule(mut self, rule: &str) -> Finding {
        self.rule = rule.to_owned();
        self
    }

    /// The finding at `file:line:col`.
    pub fn at(mut self, file: &str, line: usize, col: usize) -> Finding {
        self.file = file.to_owned();
        (self.line, self.col) = (line, col);
        self
    }

    /// The finding concerns `locale`.
    pub fn in_locale(mut self, locale: &str) -> Finding {
        self.locale = locale.to_owned();
        self
    }

    /// The finding concerns the message `id`.
    pub fn on(mut self, id: &str) -> Finding {
        self.id = id.to_owned();
        self
    }
}

/// One locale's numbers.
#[derive(Clone, Debug, Serialize)]
pub struct LocaleSummary {
    /// The locale.
    pub locale: String,
    /// Messages in the reference (the total to translate).
    pub messages: usize,
    /// Of those, how many this locale has.
    pub translated: usize,
    /// `translated / messages`, in percent, one decimal.
    pub translated_percent: f64,
    /// Translated messages made from an older reference text.
    pub outdated: usize,
    /// Pages published in this locale.
    pub pages_published: usize,
    /// Pages of the site.
    pub pages: usize,
    /// Error findings for this locale.
    pub errors: usize,
    /// Warning findings for this locale.
    pub warnings: usize,
}

impl LocaleSummary {
    /// A locale's numbers from its message counts (reference messages, translated,
    /// outdated) and page counts (published, all); finding counts are filled in last.
    pub(super) fn new(
        locale: &Locale,
        (messages, translated, outdated): (usize, usize, usize),
        (pages_published, pages): (usize, usize),
    ) -> LocaleSummary {
        LocaleSummary {
            locale: locale.to_string(),
            messages,
            translated,
            translated_percent: if messages == 0 {
                100.0
            } else {
                (translated as f64 * 1000.0 / messages as f64).round() / 10.0
            },
            outdated,
            pages_published,
            pages,
            errors: 0,
            warnings: 0,
        }
    }
}

/// The finding's source line with a caret under its span (the whole first word of the line
/// when the finding has a place but no span), rendered by annotate-snippets; `None` when the
/// finding has no source line.
fn snippet(f: &Finding, renderer: &annotate_snippets::Renderer) -> Option<String> {
    use annotate_snippets::{AnnotationKind, Group, Level, Snippet};
    let line = f.source_line.as_str();
    if line.trim().is_empty() {
        return None;
    }
    let byte = |col: usize| line.char_indices().nth(col).map_or(line.len(), |(i, _)| i);
    let start = byte(f.col.saturating_sub(1));
    let end = if f.width > 0 {
        byte(f.col.saturating_sub(1) + f.width)
    } else {
        // A place without a span (a message's id): underline up to the next space.
        line[start..]
            .find(char::is_whitespace)
            .map_or(line.len(), |i| start + i)
    };
    let end = if end > start {
        end
    } else {
        line[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8())
    };
    let level = match f.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let group = Group::with_level(level).element(
        Snippet::source(line)
            .line_start(f.line)
            .annotation(AnnotationKind::Primary.span(start..end)),
    );
    Some(renderer.render(&[group]).to_string())
}

/// The result of a check. JSON: `{"format": 1, "reference": "fr", "ok": bool, "locales": [..],
/// "findings": [..]}`; fields are only ever added.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Version of the JSON layout.
    pub format: u32,
    /// The reference locale.
    pub reference: String,
    /// True when there is no error.
    pub ok: bool,
    /// Per-locale summary, reference first.
    pub locales: Vec<LocaleSummary>,
    /// Every finding, errors first, then by file and line.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        !self.ok
    }

    /// Adds site-wide findings (those of `--limiter-config`), keeping the order and `ok`.
    pub fn extend(&mut self, findings: impl IntoIterator<Item = Finding>) {
        self.findings.extend(findings);
        self.findings.sort();
        self.findings.dedup();
        self.ok = !self.findings.iter().any(|f| f.severity == Severity::Error);
    }

    /// Findings as `file:line:col: severity[code]: message`, each with its source line and
    /// a caret under the span when there is one, then the per-locale table; no colour.
    pub fn to_text(&self) -> String {
        self.render(false)
    }

    /// [`Report::to_text`] coloured for a terminal (ANSI): the caller decides, from
    /// `IsTerminal` and `NO_COLOR`.
    pub fn to_text_styled(&self) -> String {
        self.render(true)
    }

    fn render(&self, color: bool) -> String {
        use std::fmt::Write;
        let renderer = if color {
            annotate_snippets::Renderer::styled()
        } else {
            annotate_snippets::Renderer::plain()
        };
        let mut out = String::new();
        for f in &self.findings {
            let (severity, style) = match f.severity {
                Severity::Error => ("error", anstyle::AnsiColor::Red),
                Severity::Warning => ("warning", anstyle::AnsiColor::Yellow),
            };
            let style = if color {
                anstyle::Style::new().bold().fg_color(Some(style.into()))
            } else {
                anstyle::Style::new()
            };
            let place = if f.file.is_empty() {
                String::new()
            } else {
                format!("{}:{}:{}: ", f.file, f.line, f.col)
            };
            let _ = writeln!(
                out,
                "{place}{style}{severity}[{}]{style:#}: {}",
                f.code, f.message
            );
            if let Some(snippet) = snippet(f, &renderer) {
                let _ = writeln!(out, "{snippet}");
            }
        }
        if !self.findings.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "{:<8} {:>8} {:>11} {:>9} {:>7} {:>7} {:>9}",
            "locale",
            "messages",
            "translated",
            Code::Outdated,
            "errors",
            "warnings",
            "published"
        );
        for l in &self.locales {
            let _ = writeln!(
                out,
                "{:<8} {:>8} {:>10.1}% {:>9} {:>7} {:>7} {:>9}",
                l.locale,
                l.messages,
                l.translated_percent,
                l.outdated,
                l.errors,
                l.warnings,
                format!("{}/{}", l.pages_published, l.pages)
            );
        }
        out
    }

    /// The report as pretty JSON (format 1).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        let mut f = Finding::new(Severity::Error, Code::Glossary, "`t`: “Testumgebung”")
            .at("locales/de/x.ftl", 3, 5)
            .spanning(12)
            .with_rule("glossary");
        f.source_line = "t = Testumgebung hier".into();
        Report {
            format: 1,
            reference: "fr".into(),
            ok: false,
            locales: Vec::new(),
            findings: vec![f],
        }
    }

    #[test]
    fn a_finding_shows_its_line_with_a_caret_under_the_span() {
        let text = report().to_text();
        assert!(
            text.starts_with("locales/de/x.ftl:3:5: error[glossary]: `t`: “Testumgebung”\n"),
            "{text}"
        );
        assert!(
            text.contains("3 | t = Testumgebung hier\n  |     ^^^^^^^^^^^^\n"),
            "{text}"
        );
    }

    #[test]
    fn plain_text_has_no_colour_and_styled_text_has_some() {
        assert!(!report().to_text().contains('\u{1b}'));
        assert!(report().to_text_styled().contains('\u{1b}'));
    }

    #[test]
    fn json_leaves_out_the_source_line_and_empty_new_fields() {
        let json = report().to_json();
        assert!(json.contains("\"rule\": \"glossary\""), "{json}");
        assert!(json.contains("\"width\": 12"), "{json}");
        assert!(!json.contains("Testumgebung hier"), "{json}");
        let plain = Finding::new(Severity::Error, Code::Syntax, "x");
        let json = serde_json::to_string(&plain).unwrap();
        assert!(!json.contains("rule") && !json.contains("width"), "{json}");
    }
}
