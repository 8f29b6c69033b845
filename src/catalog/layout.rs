//! Where catalog files sit under `locales/`, and which ids they may define: the one rule
//! for each, used by loading, `check` and the rebuild's input hashes.

use super::*;

/// Where catalogs live, relative to the site root.
pub const LOCALES_DIR: &str = "locales";

/// The lock file beside each locale's catalogs, written by `errdocs check --accept <locale>`.
pub const LOCK_FILE: &str = "translated-from.toml";

/// What a path under `locales/` is: `(locale tag, page slug)` for a catalog file
/// (`locales/fr/site.ftl` → `("fr", None)`, `locales/fr/docs/x.ftl` → `("fr", Some("x"))`),
/// or why it is not one, as a fix to make. Lock files are not catalogs (see [`lock_path`]).
/// Loading, `check` and the rebuild's input hashes all classify paths here.
pub fn catalog_path(path: &str) -> Result<(&str, Option<&str>), String> {
    let rest = path
        .strip_prefix(LOCALES_DIR)
        .and_then(|r| r.strip_prefix('/'))
        .ok_or_else(|| format!("catalog files go under `{LOCALES_DIR}/`"))?;
    let Some((tag, inner)) = rest.split_once('/') else {
        return Err(format!(
            "catalog files go in `{LOCALES_DIR}/<locale>/`, not directly in `{LOCALES_DIR}/`"
        ));
    };
    let Some(stem) = inner.strip_suffix(".ftl") else {
        return Err("only `.ftl` files belong under `locales/`; move or delete this file".into());
    };
    match stem.split_once('/') {
        None => Ok((tag, None)),
        Some(("docs", slug)) if crate::config::is_slug(slug) => Ok((tag, Some(slug))),
        Some(_) => Err(
            "a catalog is either shared (`locales/<locale>/<name>.ftl`) or one page's (`locales/<locale>/docs/<slug>.ftl`)".into(),
        ),
    }
}

/// The locale of a catalog file of `config`'s site (`tag` from [`catalog_path`]): a
/// language tag, in its canonical spelling, listed in `errdocs.toml`.
pub fn catalog_locale(tag: &str, config: &Config) -> Result<Locale, String> {
    let locale = Locale::parse(tag).map_err(|e| e.to_string())?;
    if locale.to_string() != tag {
        return Err(format!(
            "rename the folder `{tag}` to `{locale}`, the canonical form of the tag"
        ));
    }
    if !config.locales.contains(&locale) {
        return Err(format!(
            "locale `{locale}` is not in `locales` of `errdocs.toml`; add it there or remove the folder"
        ));
    }
    Ok(locale)
}

/// The locale tag of a lock file (`locales/<tag>/translated-from.toml`), `None` for any
/// other path.
pub fn lock_path(path: &str) -> Option<&str> {
    path.strip_prefix(LOCALES_DIR)?
        .strip_prefix('/')?
        .strip_suffix(LOCK_FILE)?
        .strip_suffix('/')
        .filter(|tag| !tag.contains('/'))
}

/// Data files beside a locale's catalogs that only `errdocs check` reads: the glossary and
/// the typography rules.
pub const STYLE_FILES: [&str; 2] = ["glossary.toml", "typography.toml"];

/// `(locale tag, file name)` of a style file (`locales/<tag>/glossary.toml`, one of
/// [`STYLE_FILES`]), `None` for any other path. Loading skips them; `check` reads them.
pub fn style_path(path: &str) -> Option<(&str, &str)> {
    let rest = path.strip_prefix(LOCALES_DIR)?.strip_prefix('/')?;
    let (tag, name) = rest.split_once('/')?;
    STYLE_FILES.contains(&name).then_some((tag, name))
}

/// An id defined again where one lookup sees both definitions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duplicate<'a, F> {
    /// The id.
    pub id: &'a str,
    /// The later definition: its file and line.
    pub at: (F, usize),
    /// The first definition.
    pub first: (F, usize),
}

/// The one rule for duplicate ids: among the entries one bundle sees (a locale's shared
/// files, then one page's file), each id is defined once. `entries` are (file, id, line) in
/// that order; every later definition of an id is returned with the first. Loading stops
/// at the first; `check` reports them all.
pub fn duplicate_ids<'a, F: Copy>(
    entries: impl IntoIterator<Item = (F, &'a str, usize)>,
) -> Vec<Duplicate<'a, F>> {
    let mut seen: HashMap<&str, (F, usize)> = HashMap::new();
    let mut out = Vec::new();
    for (file, id, line) in entries {
        match seen.get(id) {
            Some(&first) => out.push(Duplicate {
                id,
                at: (file, line),
                first,
            }),
            None => {
                seen.insert(id, (file, line));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glossary_and_typography_files_are_style_files_not_catalogs() {
        assert_eq!(
            style_path("locales/de/glossary.toml"),
            Some(("de", "glossary.toml"))
        );
        assert_eq!(
            style_path("locales/pt-BR/typography.toml"),
            Some(("pt-BR", "typography.toml"))
        );
        assert_eq!(style_path("locales/de/docs/glossary.toml"), None);
        assert_eq!(style_path("locales/de/site.ftl"), None);
    }

    #[test]
    fn a_repeated_id_is_reported_at_each_later_definition_with_the_first() {
        let entries = [
            ("a.ftl", "x", 1),
            ("a.ftl", "y", 2),
            ("b.ftl", "x", 7),
            ("b.ftl", "x", 9),
        ];
        let found = duplicate_ids(entries);
        assert_eq!(
            found,
            [
                Duplicate {
                    id: "x",
                    at: ("b.ftl", 7),
                    first: ("a.ftl", 1)
                },
                Duplicate {
                    id: "x",
                    at: ("b.ftl", 9),
                    first: ("a.ftl", 1)
                },
            ]
        );
        assert!(duplicate_ids([("a.ftl", "x", 1), ("a.ftl", "y", 2)]).is_empty());
    }
}
