//! Where catalog files sit under `locales/`: the one rule for their paths, used by loading,
//! `check` and the rebuild's input hashes.

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
