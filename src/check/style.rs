//! Each locale's words and signs, as data beside its catalogs: `locales/<lang>/glossary.toml`
//! (Let's Encrypt's term for each concept, the variants to refuse, and where the term comes
//! from) and `locales/<lang>/typography.toml` (named rules: spaces before punctuation and
//! inside quotes, apostrophes, quotes, ellipsis, spacing between scripts). Both are checked
//! on the literal text of every message as [`TextRun`]s, so comments, placeables
//! (`{ $url }`), Markdown code spans, link targets and URLs never match.

use std::collections::BTreeSet;
use std::ops::Range;

use regex::Regex;
use serde::Deserialize;

use crate::catalog::inspect::TextRun;
use crate::config::line_col;

/// The glossary beside a locale's catalogs.
pub const GLOSSARY_FILE: &str = "glossary.toml";
/// The typography rules beside a locale's catalogs.
pub const TYPOGRAPHY_FILE: &str = "typography.toml";

/// A data file that does not load: what is wrong, at a 1-based line and column.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// What to fix.
    pub message: String,
}

impl DataError {
    fn at(text: &str, byte: usize, message: impl Into<String>) -> DataError {
        let (line, col) = line_col(text, byte);
        DataError {
            line,
            col,
            message: message.into(),
        }
    }

    fn toml(text: &str, e: &toml::de::Error) -> DataError {
        DataError::at(
            text,
            e.span().map_or(0, |s| s.start),
            e.message().to_owned(),
        )
    }
}

/// Something in a run of message text that breaks a glossary term or a typography rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// The bytes of [`TextRun::text`] concerned (never inside a placeable).
    pub range: Range<usize>,
    /// The rule's name: the typography rule, or `glossary`.
    pub rule: String,
    /// What is wrong and what to write instead.
    pub message: String,
}

/// The parts of a run no rule reads: placeables, Markdown code spans, link targets
/// (`](…)`, `<…>`) and URLs.
pub fn masked(text: &str) -> Vec<Range<usize>> {
    use std::sync::LazyLock;
    static SKIP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"\]\([^)]*\)",                           // a Markdown link target
            r"|<[a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*>",    // an autolink
            r"|[a-zA-Z][a-zA-Z0-9+.-]*://[^\s)>\]]*", // a URL in running text
            "|\u{FFFC}",                              // a placeable
        ))
        .expect("valid pattern")
    });
    let mut out: Vec<Range<usize>> = SKIP.find_iter(text).map(|m| m.range()).collect();
    // Code spans: a run of backticks up to the next run of the same length.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'`' {
            i += 1;
            continue;
        }
        let open = i;
        while i < bytes.len() && bytes[i] == b'`' {
            i += 1;
        }
        let ticks = &text[open..i];
        let mut j = i;
        let close = loop {
            let Some(k) = text[j..].find(ticks).map(|k| j + k) else {
                break None;
            };
            let end = k + ticks.len();
            if bytes.get(end) != Some(&b'`') && (k == 0 || bytes[k - 1] != b'`') {
                break Some(end);
            }
            j = end;
            while j < bytes.len() && bytes[j] == b'`' {
                j += 1;
            }
        };
        if let Some(end) = close {
            out.push(open..end);
            i = end;
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

fn overlaps(mask: &[Range<usize>], range: &Range<usize>) -> bool {
    mask.iter()
        .any(|m| m.start < range.end.max(range.start + 1) && range.start < m.end)
}

/// Han, Hiragana or Katakana: scripts written without spaces between words, where a
/// glossary variant matches as a substring.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0x20000..=0x3FFFF)
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// The pattern of a glossary variant: whole words, any case, any run of spaces for a space
/// (`’` and `'` alike); `*` lets a word go on (`Testumgebung*` also finds `Testumgebungen`,
/// `учётн* запис*` every case of both words); a variant in Han or Kana is found inside
/// longer text.
fn variant_pattern(variant: &str) -> Result<Regex, String> {
    let body = variant.trim();
    let letters = body.trim_matches('*');
    let (Some(first), Some(last)) = (letters.chars().next(), letters.chars().last()) else {
        return Err("a variant needs at least one letter".into());
    };
    let mut re = String::from("(?i)");
    if !body.starts_with('*') && is_word(first) {
        re.push_str(r"\b");
    }
    let mut space = false;
    for c in body.chars() {
        if c.is_whitespace() {
            if !space {
                re.push_str(r"\s+");
            }
            space = true;
            continue;
        }
        space = false;
        match c {
            '*' => re.push_str(r"\w*"),
            '\'' | '’' => re.push_str("['’]"),
            c => re.push_str(&regex::escape(c.encode_utf8(&mut [0; 4]))),
        }
    }
    if !body.ends_with('*') && is_word(last) {
        re.push_str(r"\b");
    }
    Regex::new(&re).map_err(|e| e.to_string())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGlossary {
    #[serde(default)]
    term: Vec<toml::Spanned<RawTerm>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    term: String,
    preferred: toml::Spanned<String>,
    #[serde(default)]
    forbidden: Vec<toml::Spanned<String>>,
    #[serde(default)]
    note: String,
    source: String,
}

/// One concept and Let's Encrypt's word for it in this locale.
#[derive(Debug)]
pub struct Term {
    /// The concept, in English (`staging environment`).
    pub term: String,
    /// The locale's word for it.
    pub preferred: String,
    /// The variants refused, as written in the file.
    pub forbidden: Vec<String>,
    /// Why, and any deliberate exception.
    pub note: String,
    /// Where Let's Encrypt uses the preferred word (`letsencrypt/website content/de/…`).
    pub source: String,
    patterns: Vec<Regex>,
    preferred_pattern: Regex,
}

/// A locale's glossary.
#[derive(Debug, Default)]
pub struct Glossary {
    /// The terms, in file order.
    pub terms: Vec<Term>,
}

impl Glossary {
    /// Reads a `glossary.toml`: `[[term]]` tables with `term`, `preferred`, `forbidden`,
    /// `note` and `source`. A variant that would also match the preferred word is refused
    /// (the rule could never be satisfied).
    pub fn parse(text: &str) -> Result<Glossary, DataError> {
        let raw: RawGlossary = toml::from_str(text).map_err(|e| DataError::toml(text, &e))?;
        let mut terms = Vec::new();
        let mut seen = BTreeSet::new();
        for t in raw.term {
            let span = t.span();
            let t = t.into_inner();
            if !seen.insert(t.term.clone()) {
                return Err(DataError::at(
                    text,
                    span.start,
                    format!("the term `{}` is defined twice", t.term),
                ));
            }
            if t.source.trim().is_empty() {
                return Err(DataError::at(
                    text,
                    span.start,
                    format!(
                        "`{}` needs a `source`: where Let's Encrypt uses the word",
                        t.term
                    ),
                ));
            }
            let preferred_pattern = variant_pattern(t.preferred.get_ref())
                .map_err(|e| DataError::at(text, t.preferred.span().start, e))?;
            let mut patterns = Vec::new();
            let mut forbidden = Vec::new();
            for v in &t.forbidden {
                let pattern = variant_pattern(v.get_ref())
                    .map_err(|e| DataError::at(text, v.span().start, e))?;
                if pattern.is_match(t.preferred.get_ref()) {
                    return Err(DataError::at(
                        text,
                        v.span().start,
                        format!(
                            "`{}` also matches the preferred `{}`: no text could pass",
                            v.get_ref(),
                            t.preferred.get_ref()
                        ),
                    ));
                }
                patterns.push(pattern);
                forbidden.push(v.get_ref().clone());
            }
            terms.push(Term {
                term: t.term,
                preferred: t.preferred.into_inner(),
                forbidden,
                note: t.note,
                source: t.source,
                patterns,
                preferred_pattern,
            });
        }
        Ok(Glossary { terms })
    }

    /// Every forbidden variant in `run`, outside its masked parts and outside the
    /// preferred word itself.
    pub fn scan(&self, run: &TextRun) -> Vec<Hit> {
        let text = &run.text;
        let mask = masked(text);
        let mut hits = Vec::new();
        for t in &self.terms {
            let preferred: Vec<Range<usize>> = t
                .preferred_pattern
                .find_iter(text)
                .map(|m| m.range())
                .collect();
            for p in &t.patterns {
                for m in p.find_iter(text) {
                    let range = m.range();
                    if overlaps(&mask, &range) || overlaps(&preferred, &range) {
                        continue;
                    }
                    hits.push(Hit {
                        message: format!(
                            "“{}”: Let's Encrypt writes “{}” for {} (source: {})",
                            m.as_str(),
                            t.preferred,
                            t.term,
                            t.source
                        ),
                        range,
                        rule: "glossary".into(),
                    });
                }
            }
        }
        hits.sort_by_key(|h| h.range.start);
        hits.dedup_by_key(|h| h.range.clone());
        hits
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTypography {
    #[serde(default)]
    rule: Vec<toml::Spanned<RawRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    name: String,
    kind: String,
    #[serde(default)]
    note: String,
    chars: Option<String>,
    space: Option<String>,
    find: Option<String>,
    #[serde(rename = "use")]
    instead: Option<String>,
    scripts: Option<Vec<String>>,
    #[serde(default)]
    digits: bool,
}

/// What a typography rule demands.
#[derive(Debug, Clone, PartialEq)]
pub enum RuleKind {
    /// `space-before`: each of `chars` follows `space` (not another space, not nothing).
    SpaceBefore {
        /// The signs concerned (`;:!?»`).
        chars: Vec<char>,
        /// The one space allowed before them.
        space: char,
    },
    /// `space-after`: each of `chars` is followed by `space` (`«`).
    SpaceAfter {
        /// The signs concerned.
        chars: Vec<char>,
        /// The one space allowed after them.
        space: char,
    },
    /// `replace`: `find` never appears; write `use` instead (`'` → `’`, `...` → `…`).
    Replace {
        /// The text refused.
        find: String,
        /// What to write.
        instead: String,
    },
    /// `space-between`: a letter of `scripts` (Han, Hiragana, Katakana) never touches a
    /// Latin letter (nor a digit, with `digits = true`) without a space.
    SpaceBetween {
        /// Unicode script names.
        scripts: Vec<String>,
        /// Whether digits count as Latin text.
        digits: bool,
    },
}

/// One named typography rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Its name, printed with every violation (`nnbsp-before-punctuation`).
    pub name: String,
    /// What it demands.
    pub kind: RuleKind,
    /// Why (for translators).
    pub note: String,
}

/// A locale's typography rules.
#[derive(Debug, Default)]
pub struct Typography {
    /// The rules, in file order.
    pub rules: Vec<Rule>,
}

/// `U+202F NARROW NO-BREAK SPACE`-style name of a character, for messages.
fn char_name(c: char) -> String {
    let name = match c {
        ' ' => "SPACE",
        '\u{A0}' => "NO-BREAK SPACE",
        '\u{202F}' => "NARROW NO-BREAK SPACE",
        '\u{2009}' => "THIN SPACE",
        '\t' => "TAB",
        _ => return format!("U+{:04X} `{c}`", c as u32),
    };
    format!("U+{:04X} {name}", c as u32)
}

impl Typography {
    /// Reads a `typography.toml`: `[[rule]]` tables with a unique `name`, a `kind`
    /// (`space-before`, `space-after`, `replace`, `space-between`) and its fields.
    pub fn parse(text: &str) -> Result<Typography, DataError> {
        let raw: RawTypography = toml::from_str(text).map_err(|e| DataError::toml(text, &e))?;
        let mut rules = Vec::new();
        let mut seen = BTreeSet::new();
        for r in raw.rule {
            let at = r.span().start;
            let r = r.into_inner();
            let err = |m: String| DataError::at(text, at, format!("rule `{}`: {m}", r.name));
            if r.name.is_empty() || !seen.insert(r.name.clone()) {
                return Err(err("every rule needs a name of its own".into()));
            }
            let one_char = |field: &str, v: &Option<String>| -> Result<char, DataError> {
                let v = v.as_deref().unwrap_or("");
                let mut chars = v.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Ok(c),
                    _ => Err(err(format!("`{field}` must be exactly one character"))),
                }
            };
            let chars = |v: &Option<String>| -> Result<Vec<char>, DataError> {
                let chars: Vec<char> = v.as_deref().unwrap_or("").chars().collect();
                if chars.is_empty() {
                    return Err(err("`chars` lists the signs concerned".into()));
                }
                Ok(chars)
            };
            let kind = match r.kind.as_str() {
                "space-before" => RuleKind::SpaceBefore {
                    chars: chars(&r.chars)?,
                    space: one_char("space", &r.space)?,
                },
                "space-after" => RuleKind::SpaceAfter {
                    chars: chars(&r.chars)?,
                    space: one_char("space", &r.space)?,
                },
                "replace" => match (&r.find, &r.instead) {
                    (Some(find), Some(instead)) if !find.is_empty() => RuleKind::Replace {
                        find: find.clone(),
                        instead: instead.clone(),
                    },
                    _ => return Err(err("`replace` needs `find` and `use`".into())),
                },
                "space-between" => {
                    let scripts = r.scripts.clone().unwrap_or_default();
                    if scripts.is_empty() {
                        return Err(err("`space-between` needs `scripts`".into()));
                    }
                    for s in &scripts {
                        if !matches!(s.as_str(), "Han" | "Hiragana" | "Katakana") {
                            return Err(err(format!(
                                "unknown script `{s}`: one of Han, Hiragana, Katakana"
                            )));
                        }
                    }
                    RuleKind::SpaceBetween {
                        scripts,
                        digits: r.digits,
                    }
                }
                other => {
                    return Err(err(format!(
                        "unknown kind `{other}`: one of space-before, space-after, replace, space-between"
                    )));
                }
            };
            rules.push(Rule {
                name: r.name,
                kind,
                note: r.note,
            });
        }
        Ok(Typography { rules })
    }

    /// Every violation in `run`, outside its masked parts.
    pub fn scan(&self, run: &TextRun) -> Vec<Hit> {
        let text = run.text.as_str();
        let mask = masked(text);
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut hits = Vec::new();
        for rule in &self.rules {
            let mut hit = |range: Range<usize>, message: String| {
                if !overlaps(&mask, &range) {
                    hits.push(Hit {
                        range,
                        rule: rule.name.clone(),
                        message: format!("rule `{}`: {message}", rule.name),
                    });
                }
            };
            match &rule.kind {
                RuleKind::SpaceBefore {
                    chars: signs,
                    space,
                } => {
                    for (i, &(at, c)) in chars.iter().enumerate() {
                        if !signs.contains(&c) || i == 0 {
                            continue;
                        }
                        let (before_at, before) = chars[i - 1];
                        let next = chars.get(i + 1).map(|&(_, c)| c);
                        if before == *space
                            || before == TextRun::PLACEABLE
                            || signs.contains(&before)
                            || before == '\n'
                        {
                            continue;
                        }
                        if before.is_whitespace() {
                            hit(
                                before_at..at + c.len_utf8(),
                                format!(
                                    "`{c}` needs {} before it, not {}",
                                    char_name(*space),
                                    char_name(before)
                                ),
                            );
                        } else if prose_before(before, c, next) {
                            hit(
                                at..at + c.len_utf8(),
                                format!("`{c}` needs {} before it", char_name(*space)),
                            );
                        }
                    }
                }
                RuleKind::SpaceAfter {
                    chars: signs,
                    space,
                } => {
                    for (i, &(at, c)) in chars.iter().enumerate() {
                        let Some(&(after_at, after)) = chars.get(i + 1) else {
                            continue;
                        };
                        if !signs.contains(&c)
                            || after == *space
                            || after == TextRun::PLACEABLE
                            || after == '\n'
                        {
                            continue;
                        }
                        let message = if after.is_whitespace() {
                            format!(
                                "`{c}` needs {} after it, not {}",
                                char_name(*space),
                                char_name(after)
                            )
                        } else {
                            format!("`{c}` needs {} after it", char_name(*space))
                        };
                        hit(at..after_at + after.len_utf8(), message);
                    }
                }
                RuleKind::Replace { find, instead } => {
                    for (at, found) in text.match_indices(find.as_str()) {
                        hit(
                            at..at + found.len(),
                            format!("write `{instead}`, not `{find}`"),
                        );
                    }
                }
                RuleKind::SpaceBetween { scripts, digits } => {
                    let in_scripts = |c: char| {
                        scripts.iter().any(|s| match s.as_str() {
                            "Han" => {
                                is_cjk(c) && !matches!(c as u32, 0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F)
                            }
                            "Hiragana" => matches!(c as u32, 0x3040..=0x309F),
                            _ => matches!(c as u32, 0x30A0..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F),
                        })
                    };
                    let latin =
                        |c: char| c.is_ascii_alphabetic() || (*digits && c.is_ascii_digit());
                    for pair in chars.windows(2) {
                        let ((a_at, a), (b_at, b)) = (pair[0], pair[1]);
                        if (in_scripts(a) && latin(b)) || (latin(a) && in_scripts(b)) {
                            hit(
                                a_at..b_at + b.len_utf8(),
                                format!("put a space between `{a}` and `{b}`"),
                            );
                        }
                    }
                }
            }
        }
        hits.sort_by_key(|h| (h.range.start, h.rule.clone()));
        hits
    }
}

/// Whether a sign right after `before` is punctuation of running text (so it needs its
/// space), not a time (`12:00`), a Markdown image (`![`) or a sign in a word (`a?b`).
fn prose_before(before: char, sign: char, next: Option<char>) -> bool {
    if sign == ':' && before.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()) {
        return false;
    }
    if sign == '!' && next == Some('[') {
        return false;
    }
    if before.is_alphanumeric() {
        // A word, then the sign, then the end or a space: the sign ends a phrase.
        return next
            .is_none_or(|n| n.is_whitespace() || n == TextRun::PLACEABLE || "*_)»”".contains(n));
    }
    // After closing punctuation or emphasis (`)`, `*`, `’`, `”`, `` ` ``).
    ")]*_’”`\"".contains(before)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::inspect::inspect;

    fn run(text: &str) -> TextRun {
        let src = format!("m = {text}\n");
        let f = inspect(&src);
        f.entries[0].runs[0].clone()
    }

    fn glossary(toml: &str) -> Glossary {
        Glossary::parse(toml).unwrap()
    }

    const DE: &str = r#"
[[term]]
term = "staging environment"
preferred = "Staging-Umgebung"
forbidden = ["Testumgebung*"]
source = "letsencrypt/website content/de/docs/staging-environment.md"
"#;

    #[test]
    fn a_forbidden_variant_is_found_with_its_inflections_and_any_case() {
        let g = glossary(DE);
        let r = run("Die testumgebungen und die Testumgebung.");
        let hits = g.scan(&r);
        assert_eq!(hits.len(), 2, "{hits:?}");
        assert_eq!(&r.text[hits[0].range.clone()], "testumgebungen");
        assert!(hits[0].message.contains("Staging-Umgebung"));
        assert!(
            hits[0]
                .message
                .contains("content/de/docs/staging-environment.md")
        );
    }

    #[test]
    fn a_variant_matches_whole_words_only() {
        let g = glossary(DE);
        assert!(
            g.scan(&run("Die Produktionstestumgebungsfrage."))
                .is_empty()
        );
    }

    #[test]
    fn placeables_code_spans_and_links_are_not_read() {
        let g = glossary(DE);
        let r = run(
            "Siehe `Testumgebung` und [hier](/docs/Testumgebung/) und { $Testumgebung } https://x.org/Testumgebung",
        );
        assert!(g.scan(&r).is_empty(), "{:?}", g.scan(&r));
    }

    #[test]
    fn a_variant_in_han_is_found_inside_text() {
        let g = glossary(
            "[[term]]\nterm = \"overview\"\npreferred = \"概述\"\nforbidden = [\"概览\"]\nsource = \"s\"\n",
        );
        assert_eq!(g.scan(&run("速率限制概览页面")).len(), 1);
    }

    #[test]
    fn spaces_and_apostrophes_match_any_kind() {
        let g = glossary(
            "[[term]]\nterm = \"rate limits\"\npreferred = \"limites d’utilisation\"\nforbidden = [\"limite* de débit\"]\nsource = \"s\"\n",
        );
        assert_eq!(g.scan(&run("les limites\u{a0}de débit")).len(), 1);
        assert!(g.scan(&run("les limites d'utilisation")).is_empty());
    }

    #[test]
    fn a_glossary_that_forbids_its_own_preferred_word_is_refused_at_its_line() {
        let e = Glossary::parse(
            "[[term]]\nterm = \"x\"\npreferred = \"Rate Limits\"\nforbidden = [\"rate limit*\"]\nsource = \"s\"\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 4, "{e:?}");
        assert!(e.message.contains("also matches"));
    }

    #[test]
    fn bad_toml_in_a_glossary_is_reported_at_its_line_and_column() {
        let e = Glossary::parse("[[term]]\nterm = \"x\"\npreferred = \n").unwrap_err();
        assert_eq!((e.line, e.col), (3, 13), "{e:?}");
        let e = Glossary::parse("[[term]]\nterm = \"x\"\nprefered = \"y\"\n").unwrap_err();
        assert_eq!(e.line, 3, "{e:?}");
    }

    const FR: &str = r#"
[[rule]]
name = "nnbsp-before-punctuation"
kind = "space-before"
chars = ";:!?»"
space = "\u202F"

[[rule]]
name = "nnbsp-after-guillemet"
kind = "space-after"
chars = "«"
space = "\u202F"

[[rule]]
name = "apostrophe"
kind = "replace"
find = "'"
use = "’"

[[rule]]
name = "ellipsis"
kind = "replace"
find = "..."
use = "…"
"#;

    fn rules(text: &str, toml: &str) -> Vec<String> {
        Typography::parse(toml)
            .unwrap()
            .scan(&run(text))
            .into_iter()
            .map(|h| h.rule)
            .collect()
    }

    #[test]
    fn a_french_colon_without_its_narrow_no_break_space_breaks_the_rule() {
        assert_eq!(rules("voir\u{a0}: ici", FR), ["nnbsp-before-punctuation"]);
        assert_eq!(rules("voir : ici", FR), ["nnbsp-before-punctuation"]);
        assert_eq!(rules("voir: ici", FR), ["nnbsp-before-punctuation"]);
        assert!(rules("voir\u{202f}: ici\u{202f}; là\u{202f}?", FR).is_empty());
    }

    #[test]
    fn times_urls_placeables_and_code_are_not_punctuation() {
        assert!(
            rules(
                "à 12:00 https://x.org/?a=1 `a:b` { $url }: [lien](/docs/x/#y)",
                FR
            )
            .is_empty()
        );
    }

    #[test]
    fn guillemets_need_narrow_no_break_spaces_inside() {
        assert_eq!(
            rules("« mot »", FR),
            ["nnbsp-after-guillemet", "nnbsp-before-punctuation"]
        );
        assert!(rules("«\u{202f}mot\u{202f}» et «\u{202f}{ $x }\u{202f}»", FR).is_empty());
    }

    #[test]
    fn a_straight_apostrophe_breaks_the_apostrophe_rule() {
        assert_eq!(rules("l'adresse", FR), ["apostrophe"]);
        assert!(rules("l’adresse `l'code`", FR).is_empty());
    }

    #[test]
    fn three_dots_break_the_ellipsis_rule() {
        assert_eq!(rules("et puis...", FR), ["ellipsis"]);
        assert!(rules("et puis…", FR).is_empty());
    }

    #[test]
    fn han_touching_latin_text_breaks_the_spacing_rule() {
        let zh = "[[rule]]\nname = \"han-latin-spacing\"\nkind = \"space-between\"\nscripts = [\"Han\"]\ndigits = true\n";
        assert_eq!(rules("单个IP地址", zh).len(), 2);
        assert!(rules("单个 IP 地址，每 3 小时，{ $count }个", zh).is_empty());
        let ja = "[[rule]]\nname = \"ja-latin-spacing\"\nkind = \"space-between\"\nscripts = [\"Han\", \"Hiragana\", \"Katakana\"]\n";
        assert_eq!(rules("ACMEクライアント", ja).len(), 1);
        assert!(rules("1週間に50個", ja).is_empty());
    }

    #[test]
    fn a_rule_of_unknown_kind_is_refused_at_its_line() {
        let e = Typography::parse("\n[[rule]]\nname = \"x\"\nkind = \"kerning\"\n").unwrap_err();
        assert_eq!(e.line, 2, "{e:?}");
        assert!(e.message.contains("unknown kind"));
    }
}
