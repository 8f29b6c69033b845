//! Every message formatted with sample arguments: each numeric variable across the numbers
//! where plural rules change category, each unit, each selector's keys, so that a message
//! that fails for some reader fails here first.

use std::collections::BTreeMap;

use super::{Checker, Code, Severity, Shapes};
use crate::catalog::inspect::EntryShape;
use crate::catalog::{Arg, Args, Catalog};
use crate::config::Period;
use crate::content::Page;
use crate::locale::Locale;

/// The numbers every numeric variable is tried with: where plural rules change category.
pub const BOUNDARY_NUMBERS: [u64; 10] = [0, 1, 2, 3, 5, 11, 21, 22, 101, 1_000_000];

const UNITS: [&str; 5] = ["second", "minute", "hour", "day", "week"];

impl Checker<'_> {
    /// Formats every message of `locale` with sample arguments across boundary numbers.
    pub(super) fn format_all(
        &mut self,
        catalog: &Catalog,
        locale: &Locale,
        shapes: &Shapes<'_>,
        pages: &[Page],
    ) {
        let limit_of: BTreeMap<&str, &str> = pages
            .iter()
            .filter_map(|p| Some((p.slug.as_str(), p.front.limit.as_deref()?)))
            .collect();
        let mut failures = Vec::new();
        for (id, (f, e)) in shapes.entries(locale) {
            if id.starts_with('-') || !e.has_value {
                continue;
            }
            let limit = match &f.page {
                Some(p) => limit_of.get(p.as_str()).copied(),
                None => catalog
                    .limits()
                    .by_id
                    .keys()
                    .find(|l| id.starts_with(&format!("{l}-")))
                    .map(String::as_str),
            };
            let mut base = limit
                .and_then(|l| catalog.limit_args(l).ok())
                .unwrap_or_default();
            for v in &e.variables {
                if base.get(v).is_none() {
                    base.set(v.clone(), sample(v));
                }
            }
            for args in variations(&base, e) {
                if let Err(err) = catalog.format(locale, f.scope(), id, &args, "errdocs check") {
                    failures.push((*f, *e, err.to_string()));
                    break;
                }
            }
        }
        for (f, e, err) in failures {
            self.at(
                Severity::Error,
                f,
                e,
                Code::Format,
                format!("`{}` fails with sample arguments: {err}", e.id),
            );
        }
    }
}

/// Variables that hold numbers, whose selectors are plural selectors.
pub(super) fn is_numeric_name(var: &str) -> bool {
    var == "count" || var == "burst" || var.ends_with("-count") || var.ends_with("-amount")
}

/// A plausible value for a variable the facts do not supply.
fn sample(var: &str) -> Arg {
    if var.contains("url") {
        Arg::Text("https://example.org/docs/example/".into())
    } else if crate::catalog::input::is_instant_name(var) {
        Arg::Time("2026-01-01T12:00:00Z".parse().expect("valid instant"))
    } else if is_numeric_name(var) {
        Arg::Number(3.0)
    } else if var.ends_with("-unit") {
        Arg::Text("hour".into())
    } else {
        Arg::Text("example.org".into())
    }
}

/// The base arguments, then each numeric variable across the boundary numbers, each
/// `-unit` across every unit, and each other selector across its variant keys.
fn variations(base: &Args, e: &EntryShape) -> Vec<Args> {
    let mut out = vec![base.clone()];
    for v in &e.variables {
        match base.get(v) {
            Some(Arg::Number(_)) => {
                for n in BOUNDARY_NUMBERS {
                    let mut a = base.clone();
                    a.set(v.clone(), n);
                    out.push(a);
                }
            }
            Some(Arg::Duration(_)) => {
                for text in ["1s", "1h", "3h", "1d", "7d", "90m"] {
                    let mut a = base.clone();
                    a.set(v.clone(), Period::parse(text).expect("valid period"));
                    out.push(a);
                }
            }
            Some(Arg::Text(_)) if v.ends_with("-unit") => {
                for unit in UNITS {
                    let mut a = base.clone();
                    a.set(v.clone(), unit);
                    out.push(a);
                }
            }
            _ => {}
        }
    }
    for s in &e.selects {
        if let Some(v) = &s.variable
            && matches!(base.get(v), Some(Arg::Text(_)))
            && !v.ends_with("-unit")
        {
            for k in &s.keys {
                let mut a = base.clone();
                a.set(v.clone(), k.as_str());
                out.push(a);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::inspect::inspect;

    #[test]
    fn numbers_vary_across_the_plural_boundaries() {
        let mut base = Args::new();
        base.set("count", 10u64);
        let e = inspect("m = { $count }\n").entries.remove(0);
        assert_eq!(variations(&base, &e).len(), 1 + BOUNDARY_NUMBERS.len());
    }
}
