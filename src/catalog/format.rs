//! Formatting: a message id + arguments → text in a locale, falling back one message at a
//! time along the locale's chain; and the literal texts and variables of messages, for
//! checks.

use super::*;

/// A formatted message and where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Formatted {
    /// The text: plain text, or inline Markdown for page prose. Never contains isolation marks.
    pub text: String,
    /// The locale whose catalog supplied the message.
    pub locale: Locale,
    /// True when the message came from a fallback locale (not yet translated).
    pub fallback: bool,
}

/// The literal text of one message, for checks.
#[derive(Debug)]
pub struct MessageText<'a> {
    /// The file defining it.
    pub file: &'a CatalogFile,
    /// The id (`-name` for terms).
    pub id: String,
    /// Its line.
    pub line: usize,
    /// Text elements of the value, attributes and select variants, placeables left out.
    pub text: String,
}

pub(crate) fn pattern_text(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut String) {
    use fluent_syntax::ast::{Expression, PatternElement};
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for v in variants {
                    out.push(' ');
                    pattern_text(&v.value, out);
                }
            }
            PatternElement::Placeable { .. } => out.push(' '),
        }
    }
}

/// A guess at a pattern's formatted length: its literal text plus room for each placeable.
pub(crate) fn capacity_hint(pattern: &fluent_syntax::ast::Pattern<&str>) -> usize {
    use fluent_syntax::ast::PatternElement;
    pattern
        .elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => value.len(),
            PatternElement::Placeable { .. } => 64,
        })
        .sum()
}

/// Collects the caller's variables a pattern can read: its own `$variables`, those of the
/// messages it references, and those passed to functions and terms. Term bodies are not
/// entered: Fluent resolves them with their call arguments only. Returns false when it
/// gives up (a message reference chain deeper than a few levels, e.g. a cycle): the caller
/// then passes every argument, as before.
///
/// Its length is three small nested walkers (inline expressions, calls, expressions) that
/// recurse into each other over one AST; they share the accumulator and stay together.
pub(crate) fn variables<'a>(
    bundle: &'a Bundle,
    pattern: &'a fluent_syntax::ast::Pattern<&'a str>,
    out: &mut Vec<&'a str>,
    depth: u8,
) -> bool {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline<'a>(
        bundle: &'a Bundle,
        e: &'a InlineExpression<&'a str>,
        out: &mut Vec<&'a str>,
        depth: u8,
    ) -> bool {
        match e {
            InlineExpression::VariableReference { id } => {
                if !out.contains(&id.name) {
                    out.push(id.name);
                }
                true
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                call(bundle, arguments, out, depth)
            }
            InlineExpression::TermReference { arguments, .. } => arguments
                .as_ref()
                .is_none_or(|a| call(bundle, a, out, depth)),
            InlineExpression::MessageReference { id, attribute } => {
                let Some(message) = bundle.get_message(id.name) else {
                    return true; // Fluent reports the missing reference itself.
                };
                let pattern = match attribute {
                    Some(a) => message.get_attribute(a.name).map(|a| a.value()),
                    None => message.value(),
                };
                pattern.is_none_or(|p| variables(bundle, p, out, depth + 1))
            }
            InlineExpression::Placeable { expression } => {
                expression_vars(bundle, expression, out, depth)
            }
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => true,
        }
    }
    fn call<'a>(
        bundle: &'a Bundle,
        arguments: &'a fluent_syntax::ast::CallArguments<&'a str>,
        out: &mut Vec<&'a str>,
        depth: u8,
    ) -> bool {
        arguments
            .positional
            .iter()
            .all(|e| inline(bundle, e, out, depth))
            && arguments
                .named
                .iter()
                .all(|n| inline(bundle, &n.value, out, depth))
    }
    fn expression_vars<'a>(
        bundle: &'a Bundle,
        e: &'a Expression<&'a str>,
        out: &mut Vec<&'a str>,
        depth: u8,
    ) -> bool {
        match e {
            Expression::Inline(i) => inline(bundle, i, out, depth),
            Expression::Select { selector, variants } => {
                inline(bundle, selector, out, depth)
                    && variants
                        .iter()
                        .all(|v| variables(bundle, &v.value, out, depth))
            }
        }
    }
    if depth > 8 {
        return false;
    }
    pattern.elements.iter().all(|element| match element {
        PatternElement::TextElement { .. } => true,
        PatternElement::Placeable { expression } => expression_vars(bundle, expression, out, depth),
    })
}

pub(crate) fn split_attr(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((base, attr)) => (base, Some(attr)),
        None => (id, None),
    }
}

impl Catalog {
    /// The literal text of every message and attribute (placeables left out), with where it
    /// is defined: what the raw-HTML and typography checks read.
    pub fn message_texts(&self) -> Vec<MessageText<'_>> {
        self.files.iter().flat_map(|f| Self::texts_of(f)).collect()
    }

    /// [`Catalog::message_texts`] of one file.
    pub fn texts_of(file: &CatalogFile) -> Vec<MessageText<'_>> {
        use fluent_syntax::ast::Entry;
        let mut out = Vec::new();
        for entry in file.resource.entries() {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let line = file.lines.get(&id).copied().unwrap_or(1);
            let mut text = String::new();
            if let Some(p) = value {
                pattern_text(p, &mut text);
            }
            for a in attributes {
                text.push('\n');
                pattern_text(&a.value, &mut text);
            }
            out.push(MessageText {
                file,
                id,
                line,
                text,
            });
        }
        out
    }

    /// The variables a message of `locale` uses (from its own file), for tools that need to
    /// know which arguments a message expects.
    pub fn variables_of(
        &self,
        locale: &Locale,
        scope: Scope<'_>,
        id: &str,
    ) -> Option<inspect::EntryShape> {
        let page = match scope {
            Scope::Page(slug) => Some(slug),
            Scope::Shared => None,
        };
        self.files
            .iter()
            .filter(|f| f.locale == *locale && (f.page.is_none() || f.page.as_deref() == page))
            .filter(|f| f.lines.contains_key(id))
            .find_map(|f| f.shape().entries.iter().find(|e| e.id == id).cloned())
    }

    /// Whether `locale`'s own catalog (no fallback) has a message in this scope.
    pub fn has_own(&self, locale: &Locale, scope: Scope<'_>, id: &str) -> bool {
        let (base, _) = split_attr(id);
        self.bundle(locale, scope)
            .is_some_and(|b| b.has_message(base))
    }

    pub(crate) fn bundle(&self, locale: &Locale, scope: Scope<'_>) -> Option<&Bundle> {
        index_of(&self.config, locale).map(|i| self.bundle_at(i, scope))
    }

    /// The bundle of the `index`-th published locale: the page's, else the shared one.
    pub(crate) fn bundle_at(&self, index: usize, scope: Scope<'_>) -> &Bundle {
        let page = match scope {
            Scope::Page(slug) => self.pages.get(slug).and_then(|b| b[index].as_deref()),
            Scope::Shared => None,
        };
        page.unwrap_or(&self.shared[index])
    }

    /// Formats message `id` (or `id.attribute`) for `locale`, falling back along the
    /// locale's chain. `user` names the caller in errors ("page `x`", "template `base.html`").
    pub fn format(
        &self,
        locale: &Locale,
        scope: Scope<'_>,
        id: &str,
        args: &Args,
        user: &str,
    ) -> Result<Formatted, CatalogError> {
        let (base, attr) = split_attr(id);
        // Published locales have their chain ready; others (`fr-CA`) compute it.
        let computed: Vec<usize>;
        let chain: &[usize] = match index_of(&self.config, locale) {
            Some(i) => &self.chains[i],
            None => {
                computed = self
                    .config
                    .chain(locale)
                    .iter()
                    .filter_map(|c| index_of(&self.config, c))
                    .collect();
                &computed
            }
        };
        for (i, &index) in chain.iter().enumerate() {
            let candidate = &self.config.locales[index];
            let bundle = self.bundle_at(index, scope);
            let Some(message) = bundle.get_message(base) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut used = Vec::new();
            let only = variables(bundle, pattern, &mut used, 0).then_some(used.as_slice());
            // `[links]` of errdocs.toml reach a message that reads them (`$override-form`),
            // unless the caller gave the variable itself; cloned only then.
            let links = &self.config.links;
            let linked;
            let args = if !links.is_empty()
                && only.is_none_or(|names| {
                    names
                        .iter()
                        .any(|n| links.contains_key(*n) && args.get(n).is_none())
                }) {
                let mut all = args.clone();
                for (name, url) in links {
                    if all.get(name).is_none() {
                        all.set(name.clone(), url.as_str());
                    }
                }
                linked = all;
                &linked
            } else {
                args
            };
            let fluent_args = args.to_fluent(only);
            let mut errors = Vec::new();
            // `write_pattern` into a buffer sized from the pattern: the same text as
            // `format_pattern` (whose formatter hook only touches numbers, which `write`
            // formats too), without growing the string step by step and copying it out.
            let mut text = String::with_capacity(capacity_hint(pattern));
            let written = bundle.write_pattern(&mut text, pattern, Some(&fluent_args), &mut errors);
            debug_assert!(written.is_ok(), "writing to a String cannot fail");
            if !errors.is_empty() {
                let (file, line) = self.locate(candidate, scope, base);
                return Err(CatalogError::Format(Box::new(FormatError {
                    file,
                    line,
                    id: id.to_owned(),
                    locale: candidate.clone(),
                    problems: describe(&errors),
                    supplied: args.names(),
                })));
            }
            return Ok(Formatted {
                text,
                locale: candidate.clone(),
                fallback: i > 0,
            });
        }
        let reference = &self.config.default_locale;
        let belongs = match scope {
            Scope::Page(slug) => format!("{LOCALES_DIR}/{reference}/docs/{slug}.ftl"),
            Scope::Shared => format!("a file under {LOCALES_DIR}/{reference}/"),
        };
        Err(CatalogError::Missing {
            id: id.to_owned(),
            user: user.to_owned(),
            locale: reference.clone(),
            belongs,
        })
    }

    /// Where a message is defined: the page file first, then the shared files.
    pub fn locate(&self, locale: &Locale, scope: Scope<'_>, id: &str) -> (String, usize) {
        let page = match scope {
            Scope::Page(slug) => Some(slug),
            Scope::Shared => None,
        };
        self.files
            .iter()
            .filter(|f| f.locale == *locale && (f.page.is_none() || f.page.as_deref() == page))
            .find_map(|f| f.lines.get(id).map(|l| (f.display.clone(), *l)))
            .unwrap_or_else(|| (format!("{LOCALES_DIR}/{locale}"), 1))
    }
}
