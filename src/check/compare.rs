//! A translation against the reference, entry by entry, on the Fluent ASTs: missing and
//! obsolete messages and attributes, variables, references, plural categories, staleness.

use std::collections::{BTreeMap, BTreeSet};

use super::format::is_numeric_name;
use super::{Checker, Code, FileInfo, Finding, Severity, Shapes};
use crate::catalog::inspect::{EntryShape, integer_plural_categories};
use crate::catalog::{Catalog, Status, scope_key};
use crate::locale::Locale;

impl Checker<'_> {
    /// A translation against the reference: missing and obsolete messages and attributes,
    /// variables, references, plural categories, staleness.
    pub(super) fn compare(
        &mut self,
        locale: &Locale,
        reference: &Locale,
        shapes: &Shapes<'_>,
        catalog: Option<&Catalog>,
        publishes: bool,
    ) {
        let plural = integer_plural_categories(locale);
        let mut pairs = Vec::new();
        for (id, (f, e)) in shapes.entries(locale) {
            let key = scope_key(f.scope());
            match shapes.find(reference, &key, id) {
                None => {
                    let msg = format!(
                        "`{id}` is not in the reference `{reference}`; delete it, or add it to the reference first"
                    );
                    self.at(Severity::Error, f, e, Code::Obsolete, msg);
                }
                Some((_, r)) => pairs.push((*f, *e, r)),
            }
        }
        for (f, e, r) in pairs {
            self.compare_entry(locale, f, e, r, shapes, &plural);
            if let Some(cat) = catalog
                && !e.id.starts_with('-')
                && cat.status(locale, f.scope(), &e.id) == Status::Outdated
            {
                let msg = format!(
                    "`{}` was translated from an older reference text (or never accepted); update it, then run `errdocs check --accept {locale}`",
                    e.id
                );
                self.at(Severity::Warning, f, e, Code::Outdated, msg);
            }
        }
        for (id, (rf, _)) in shapes.entries(reference) {
            let key = scope_key(rf.scope());
            if shapes.find(locale, &key, id).is_some() {
                continue;
            }
            let belongs = match &rf.page {
                Some(p) => format!("locales/{locale}/docs/{p}.ftl"),
                None => format!("a shared file of locales/{locale}/"),
            };
            // Shared messages (chrome, the limiter's errors) are needed by every published page.
            let (severity, why) = if rf.page.is_none() && publishes {
                (
                    Severity::Error,
                    "every published page of this locale needs it",
                )
            } else {
                (
                    Severity::Warning,
                    "untranslated: the reference text is shown, and the page stays unpublished",
                )
            };
            let msg = format!("`{id}` is missing ({why}); add it to `{belongs}`");
            let dir = self.source.display(&format!("locales/{locale}"));
            self.push(
                Finding::new(severity, Code::Missing, msg)
                    .at(&dir, 1, 1)
                    .in_locale(&locale.to_string())
                    .on(id),
            );
        }
    }

    fn compare_entry(
        &mut self,
        locale: &Locale,
        f: &FileInfo,
        e: &EntryShape,
        r: &EntryShape,
        shapes: &Shapes<'_>,
        plural: &BTreeMap<&str, Vec<u64>>,
    ) {
        let id = &e.id;
        if e.has_value != r.has_value {
            let msg = if r.has_value {
                "has no value but the reference has one"
            } else {
                "has a value but the reference has only attributes"
            };
            self.at(Severity::Error, f, e, Code::Value, format!("`{id}` {msg}"));
        }
        for a in r.attributes.difference(&e.attributes) {
            self.at(
                Severity::Error,
                f,
                e,
                Code::AttributeMissing,
                format!("`{id}` lacks the attribute `.{a}` of the reference"),
            );
        }
        for a in e.attributes.difference(&r.attributes) {
            self.at(
                Severity::Error,
                f,
                e,
                Code::AttributeObsolete,
                format!("`{id}` has the attribute `.{a}`, which the reference does not; delete it"),
            );
        }
        self.compare_variables(f, e, r);
        let scope = scope_key(f.scope());
        for target in &e.references {
            if shapes.find(locale, &scope, target).is_none() {
                let kind = if target.starts_with('-') {
                    "term"
                } else {
                    "message"
                };
                let msg = format!(
                    "`{id}` references the {kind} `{target}`, which locale `{locale}` does not define; define it (terms never fall back)"
                );
                self.at(Severity::Error, f, e, Code::Reference, msg);
            }
        }
        self.check_plurals(locale, f, e, plural);
    }

    /// Variables: one the reference does not have is supplied by no caller; one the
    /// translation drops may lose what the reader needs.
    fn compare_variables(&mut self, f: &FileInfo, e: &EntryShape, r: &EntryShape) {
        let id = &e.id;
        for v in e.variables.difference(&r.variables) {
            // `$window` where the reference wrote `$window-amount`: the same fact, supplied.
            if r.variables.iter().any(|rv| stem(rv) == stem(v)) {
                continue;
            }
            let msg = format!(
                "`{id}` uses `${v}`, which the reference does not have: no caller supplies it (reference variables: {})",
                list(&r.variables)
            );
            self.at(Severity::Error, f, e, Code::VariableUnknown, msg);
        }
        for v in r.variables.difference(&e.variables) {
            if carried_by_family(v, &e.printed) {
                continue;
            }
            let critical = r.printed.contains(v) && is_critical(v);
            let (severity, code, what) = if critical {
                (
                    Severity::Error,
                    Code::VariableDropped,
                    "the reader loses a URL, an identifier or a number the sentence depends on",
                )
            } else {
                (
                    Severity::Warning,
                    Code::VariableUnused,
                    "check that nothing is lost",
                )
            };
            self.at(
                severity,
                f,
                e,
                code,
                format!("`{id}` drops `${v}` of the reference: {what}"),
            );
        }
    }

    /// Plural selectors against the categories `locale` needs for whole numbers (CLDR).
    fn check_plurals(
        &mut self,
        locale: &Locale,
        f: &FileInfo,
        e: &EntryShape,
        plural: &BTreeMap<&str, Vec<u64>>,
    ) {
        let id = &e.id;
        for select in &e.selects {
            let numeric = select.number_call
                || select
                    .keys
                    .iter()
                    .any(|k| matches!(k.as_str(), "zero" | "one" | "two" | "few" | "many"))
                || select.variable.as_deref().is_some_and(is_numeric_name);
            if !numeric {
                continue;
            }
            let keys: BTreeSet<&str> = select.keys.iter().map(String::as_str).collect();
            // A category is needed unless it has a variant, or every whole number in it has
            // an exact-number variant (`[1]` covers English `one`, not French `one` = 0 and 1).
            let missing: Vec<&str> = plural
                .iter()
                .filter(|(c, numbers)| {
                    !keys.contains(*c)
                        && !numbers
                            .iter()
                            .all(|n| keys.contains(n.to_string().as_str()))
                })
                .map(|(c, _)| *c)
                .collect();
            if !missing.is_empty() {
                let var = select.variable.as_deref().unwrap_or("?");
                let msg = format!(
                    "`{id}` selects on `${var}` without the plural {} {} that `{locale}` needs (CLDR); add {}",
                    if missing.len() == 1 {
                        "category"
                    } else {
                        "categories"
                    },
                    missing.join(", "),
                    missing
                        .iter()
                        .map(|m| format!("`[{m}]`"))
                        .collect::<Vec<_>>()
                        .join(" and ")
                );
                self.at(Severity::Error, f, e, Code::Plural, msg);
            }
            for k in keys.iter().filter(|k| {
                matches!(**k, "zero" | "one" | "two" | "few" | "many") && !plural.contains_key(**k)
            }) {
                let msg = format!(
                    "`{id}` has a `[{k}]` variant that `{locale}` never selects for whole numbers"
                );
                self.at(Severity::Warning, f, e, Code::PluralUnused, msg);
            }
        }
    }
}

fn list(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        return "none".into();
    }
    vars.iter()
        .map(|v| format!("`${v}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The fact a variable comes from: `window` for `$window`, `$window-amount`, `$window-unit`.
fn stem(var: &str) -> &str {
    var.strip_suffix("-amount")
        .or_else(|| var.strip_suffix("-unit"))
        .unwrap_or(var)
}

/// `$window`, `$window-amount` and `$window-unit` carry the same fact: a translation that
/// prints `$window` or `$window-amount` has not lost the period.
fn carried_by_family(var: &str, printed: &BTreeSet<String>) -> bool {
    printed
        .iter()
        .any(|p| stem(p) == stem(var) && !p.ends_with("-unit"))
}

/// Variables a sentence cannot lose: URLs, identifiers, instants, and every number or
/// period (grammar helpers and yes/no facts are not).
fn is_critical(var: &str) -> bool {
    !(var.ends_with("-unit") || var == "overridable")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_family_counts_as_carried_when_any_member_is_printed() {
        let printed = BTreeSet::from(["window".to_owned()]);
        assert!(carried_by_family("window-amount", &printed));
        assert!(!carried_by_family("count", &printed));
    }

    #[test]
    fn urls_numbers_and_identifiers_are_critical_but_grammar_helpers_are_not() {
        assert!(is_critical("url"));
        assert!(is_critical("count"));
        assert!(is_critical("identifier"));
        assert!(!is_critical("window-unit"));
        assert!(!is_critical("overridable"));
    }
}
