//! What translation QA needs to know about a catalog file, read from the Fluent AST:
//! every entry's variables (printed or only selected on), references, select expressions
//! and literal text, every syntax error with its position, and a hash of each message's
//! normalized source (what a translation was made from). Plain data out, so `check` never
//! touches fluent types.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, Resource, VariantKey,
};
use sha2::{Digest, Sha256};

use crate::config::line_col;

/// A Fluent syntax error.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxIssue {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// The parser's complaint.
    pub message: String,
    /// The offending line.
    pub line_text: String,
}

/// A select expression (`{ $n -> [one] … *[other] … }`).
#[derive(Clone, Debug, PartialEq)]
pub struct SelectShape {
    /// The variable selected on, when the selector is a variable (or `NUMBER($var)`).
    pub variable: Option<String>,
    /// Whether the selector is a `NUMBER()` call.
    pub number_call: bool,
    /// The variant keys, default included.
    pub keys: Vec<String>,
}

/// One message or term (`-name`).
#[derive(Clone, Debug, PartialEq)]
pub struct EntryShape {
    /// The id (`-name` for terms).
    pub id: String,
    /// 1-based line of the id.
    pub line: usize,
    /// Whether it has a value (not only attributes).
    pub has_value: bool,
    /// Attribute names.
    pub attributes: BTreeSet<String>,
    /// Every variable it references.
    pub variables: BTreeSet<String>,
    /// Variables that appear as placeables (their value is printed), not only as selectors.
    pub printed: BTreeSet<String>,
    /// Referenced messages (`id`, `id.attr` reduced to `id`) and terms (`-id`).
    pub references: BTreeSet<String>,
    /// Its select expressions.
    pub selects: Vec<SelectShape>,
    /// Literal text of value, attributes and variants (for HTML, marks and links).
    pub text: String,
    /// The same literal text as runs that keep where each piece is in the file, one run per
    /// pattern (the value, each attribute, each variant), for checks that point at a column
    /// (glossary, typography).
    pub runs: Vec<TextRun>,
    /// Hash of the normalized source (comments excluded), 16 hex digits.
    pub hash: String,
}

/// The text of one pattern as a reader sees it, with a placeable's place kept as
/// [`TextRun::PLACEABLE`] (its value is only known when formatting), and for each piece of
/// literal text the byte offset in the file it comes from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextRun {
    /// The literal text, placeables replaced by [`TextRun::PLACEABLE`].
    pub text: String,
    /// (byte in `text`, byte in the file) at the start of each literal piece.
    pieces: Vec<(usize, usize)>,
}

impl TextRun {
    /// Stands for a placeable (`{ $url }`, `{ -brand }`, a select) in [`TextRun::text`]:
    /// U+FFFC OBJECT REPLACEMENT CHARACTER, which no catalog writes.
    pub const PLACEABLE: char = '\u{FFFC}';

    /// The byte offset in the file of byte `at` of [`TextRun::text`] (which must be in a
    /// literal piece, not a placeable).
    pub fn source_offset(&self, at: usize) -> usize {
        let i = self.pieces.partition_point(|&(start, _)| start <= at);
        match i.checked_sub(1).map(|i| self.pieces[i]) {
            Some((start, source)) => source + (at - start),
            None => 0,
        }
    }
}

/// A catalog file as QA sees it.
#[derive(Clone, Debug, Default)]
pub struct FileShape {
    /// Entries that parsed.
    pub entries: Vec<EntryShape>,
    /// Every syntax error.
    pub syntax: Vec<SyntaxIssue>,
}

/// Where a parser error belongs. The parser notices a missing `}` or expression only at the
/// next line (or the end of the file); the author has to look at the line that lacks it, so
/// such an error at the start of a line points just after the last text before it.
pub(crate) fn syntax_issue(text: &str, e: &fluent_syntax::parser::ParserError) -> SyntaxIssue {
    use fluent_syntax::parser::ErrorKind;
    let mut at = e.pos.start.min(text.len());
    let lacking = matches!(
        e.kind,
        ErrorKind::ExpectedToken(_)
            | ErrorKind::ExpectedInlineExpression
            | ErrorKind::ExpectedSimpleExpressionAsSelector
            | ErrorKind::MissingDefaultVariant
            | ErrorKind::MissingValue
    );
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    if lacking && text[line_start..at].trim().is_empty() {
        let before = text[..at].trim_end();
        if !before.is_empty() {
            at = before.len();
        }
    }
    let (line, col) = line_col(text, at);
    SyntaxIssue {
        line,
        col,
        message: e.kind.to_string(),
        line_text: text.lines().nth(line - 1).unwrap_or("").to_owned(),
    }
}

/// Reads a `.ftl` text.
pub fn inspect(text: &str) -> FileShape {
    let (resource, errors) = match fluent_syntax::parser::parse(text) {
        Ok(r) => (r, Vec::new()),
        Err((r, e)) => (r, e),
    };
    let syntax = errors.iter().map(|e| syntax_issue(text, e)).collect();
    let mut lines = super::entry_lines_lenient(text);
    let mut entries = Vec::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut shape = EntryShape {
            // The n-th entry with an id is on the n-th line that defines it.
            line: lines.get_mut(&id).and_then(|l| l.pop_front()).unwrap_or(1),
            id,
            has_value: value.is_some(),
            attributes: attributes.iter().map(|a| a.id.name.to_owned()).collect(),
            variables: BTreeSet::new(),
            printed: BTreeSet::new(),
            references: BTreeSet::new(),
            selects: Vec::new(),
            text: String::new(),
            runs: Vec::new(),
            hash: hash_entry(entry),
        };
        if let Some(p) = value {
            walk_pattern(p, &mut shape);
        }
        for a in attributes {
            shape.text.push('\n');
            walk_pattern(&a.value, &mut shape);
        }
        let mut patterns: Vec<&Pattern<&str>> = value.into_iter().collect();
        patterns.extend(attributes.iter().map(|a| &a.value));
        for p in patterns {
            collect_runs(text, p, &mut shape.runs);
        }
        entries.push(shape);
    }
    FileShape { entries, syntax }
}

/// Hash of one entry's normalized source: serialized without its comment, so reformatting
/// or re-commenting does not make translations outdated, but any change of text does.
fn hash_entry(entry: &Entry<&str>) -> String {
    let mut entry = entry.clone();
    match &mut entry {
        Entry::Message(m) => m.comment = None,
        Entry::Term(t) => t.comment = None,
        _ => {}
    }
    let normalized = fluent_syntax::serializer::serialize(&Resource { body: vec![entry] });
    let digest = Sha256::digest(normalized.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// One [`TextRun`] for `pattern` and one for each variant of its select expressions, in
/// source order. Text elements are slices of `source` (the parser borrows them), so their
/// offsets in the file are exact.
fn collect_runs(source: &str, pattern: &Pattern<&str>, runs: &mut Vec<TextRun>) {
    let base = source.as_ptr() as usize;
    let mut run = TextRun::default();
    let mut nested = Vec::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                let offset = (value.as_ptr() as usize)
                    .checked_sub(base)
                    .filter(|o| o + value.len() <= source.len());
                if let Some(offset) = offset {
                    run.pieces.push((run.text.len(), offset));
                    run.text.push_str(value);
                }
            }
            PatternElement::Placeable { expression } => {
                run.text.push(TextRun::PLACEABLE);
                collect_nested(expression, &mut nested);
            }
        }
    }
    runs.push(run);
    for p in nested {
        collect_runs(source, p, runs);
    }
}

/// The variant patterns of a placeable's select expressions (also inside nested placeables).
fn collect_nested<'p, 's>(
    expression: &'p Expression<&'s str>,
    out: &mut Vec<&'p Pattern<&'s str>>,
) {
    match expression {
        Expression::Select { variants, .. } => out.extend(variants.iter().map(|v| &v.value)),
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            collect_nested(expression, out)
        }
        Expression::Inline(_) => {}
    }
}

fn walk_pattern(pattern: &Pattern<&str>, shape: &mut EntryShape) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => shape.text.push_str(value),
            PatternElement::Placeable { expression } => {
                shape.text.push(' ');
                walk_expression(expression, shape);
            }
        }
    }
}

fn walk_expression(expression: &Expression<&str>, shape: &mut EntryShape) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, shape, true),
        Expression::Select { selector, variants } => {
            walk_inline(selector, shape, false);
            let (variable, number_call) = match selector {
                InlineExpression::VariableReference { id } => (Some(id.name.to_owned()), false),
                InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
                    let var = arguments.positional.iter().find_map(|a| match a {
                        InlineExpression::VariableReference { id } => Some(id.name.to_owned()),
                        _ => None,
                    });
                    (var, true)
                }
                _ => (None, false),
            };
            let keys = variants
                .iter()
                .map(|v| match &v.key {
                    VariantKey::Identifier { name } => (*name).to_owned(),
                    VariantKey::NumberLiteral { value } => (*value).to_owned(),
                })
                .collect();
            shape.selects.push(SelectShape {
                variable,
                number_call,
                keys,
            });
            for v in variants {
                shape.text.push(' ');
                walk_pattern(&v.value, shape);
            }
        }
    }
}

fn walk_inline(inline: &InlineExpression<&str>, shape: &mut EntryShape, printed: bool) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
            if printed {
                shape.printed.insert(id.name.to_owned());
            }
        }
        InlineExpression::MessageReference { id, .. } => {
            shape.references.insert(id.name.to_owned());
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            shape.references.insert(format!("-{}", id.name));
            if let Some(args) = arguments {
                for a in &args.positional {
                    walk_inline(a, shape, printed);
                }
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, shape, printed);
            }
            for a in &arguments.named {
                walk_inline(&a.value, shape, printed);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

/// The plural categories that integer counts can select in `locale`, by the same CLDR rules
/// the Fluent runtime uses (intl_pluralrules), each with the integers (from a sample of
/// 0..=1000 and a few large numbers) that select it: French `one` (0, 1), `other`; Russian
/// `one`, `few`, `many`; Japanese `other`.
pub fn integer_plural_categories(
    locale: &crate::locale::Locale,
) -> BTreeMap<&'static str, Vec<u64>> {
    use fluent_langneg::{NegotiationStrategy, negotiate_languages};
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    // Pick the rules exactly as fluent-bundle does (`pt-BR` has no rules of its own and uses
    // `pt`'s; unknown languages get English), so QA demands what the runtime selects.
    let available = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let english: unic_langid::LanguageIdentifier = unic_langid::langid!("en");
    let chosen = negotiate_languages(
        &[locale.langid()],
        &available,
        Some(&english),
        NegotiationStrategy::Lookup,
    )
    .first()
    .map(|l| (*l).clone())
    .unwrap_or(english.clone());
    let Ok(rules) = PluralRules::create(chosen, PluralRuleType::CARDINAL) else {
        return BTreeMap::from([("other", vec![0])]);
    };
    let mut out: BTreeMap<&'static str, Vec<u64>> = BTreeMap::new();
    for n in (0..=1000u64).chain([10_000, 100_000, 1_000_000]) {
        if let Ok(c) = rules.select(n) {
            let name = match c {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            };
            out.entry(name).or_default().push(n);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printed_and_selected_variables_are_told_apart() {
        let f = inspect("a = { $n ->\n    [one] un\n   *[other] { $n } et { $url }\n}\n");
        let e = &f.entries[0];
        assert_eq!(
            e.variables,
            BTreeSet::from(["n".to_owned(), "url".to_owned()])
        );
        assert_eq!(
            e.printed,
            BTreeSet::from(["n".to_owned(), "url".to_owned()])
        );
        assert_eq!(e.selects[0].keys, ["one", "other"]);
        let f = inspect("a = { $n ->\n    [one] un\n   *[other] plusieurs\n}\n");
        assert!(f.entries[0].printed.is_empty());
    }

    #[test]
    fn every_syntax_error_is_reported_with_its_line() {
        let f = inspect("a = ok\nb = { $x\nc = ok\nd = {\n");
        let at: Vec<(usize, &str)> = f
            .syntax
            .iter()
            .map(|e| (e.line, e.line_text.as_str()))
            .collect();
        assert_eq!(at, [(2, "b = { $x"), (4, "d = {")], "{:?}", f.syntax);
        // Just after the text that lacks its closing brace or expression.
        assert_eq!((f.syntax[0].col, f.syntax[1].col), (9, 6));
        assert_eq!(f.entries.len(), 2);
    }

    #[test]
    fn comments_do_not_change_the_hash_but_text_does() {
        let a = inspect("# note\nx = Bonjour\n").entries[0].hash.clone();
        let b = inspect("x = Bonjour\n").entries[0].hash.clone();
        let c = inspect("x = Bonsoir\n").entries[0].hash.clone();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn russian_needs_few_and_many_and_japanese_only_other() {
        let names = |tag: &str| {
            integer_plural_categories(&tag.parse().unwrap())
                .into_keys()
                .collect::<Vec<_>>()
        };
        assert_eq!(names("ru"), ["few", "many", "one"]);
        assert_eq!(names("ja"), ["other"]);
        assert!(names("he").contains(&"two"));
        assert_eq!(
            integer_plural_categories(&"en".parse().unwrap())["one"],
            [1]
        );
    }

    #[test]
    fn text_runs_point_back_to_their_place_in_the_file() {
        let src = "# café\na = Un { $x } deux\n    trois\n    .t = attr\nb = { $n ->\n    [one] un\n   *[other] é{ $n }s\n}\n";
        let f = inspect(src);
        let runs = &f.entries[0].runs;
        assert_eq!(runs[0].text, "Un \u{FFFC} deux\ntrois");
        let at = |run: &TextRun, needle: &str| run.source_offset(run.text.find(needle).unwrap());
        assert_eq!(&src[at(&runs[0], "deux")..][..4], "deux");
        assert_eq!(&src[at(&runs[0], "trois")..][..5], "trois");
        assert_eq!(&src[at(&runs[1], "attr")..][..4], "attr");
        let runs = &f.entries[1].runs;
        assert_eq!(runs.len(), 3, "{runs:?}");
        assert_eq!(runs[2].text, "é\u{FFFC}s");
        assert_eq!(&src[at(&runs[2], "s")..][..1], "s");
    }

    #[test]
    fn references_to_messages_and_terms_are_collected() {
        let f = inspect("a = { b } and { -brand } and { c.title }\n");
        assert_eq!(
            f.entries[0].references,
            BTreeSet::from(["-brand".into(), "b".into(), "c".into()])
        );
    }
}
