//! Translation state without a database: `locales/<locale>/translated-from.toml` records
//! the hash of the reference text each translation was made from; a message is current,
//! outdated or missing by comparing hashes.

use super::*;

/// Per scope key (`shared`, `docs/<slug>`), per id: the reference hash a translation was
/// made from.
pub(crate) type Lock = BTreeMap<String, BTreeMap<String, String>>;

/// Where a translated message stands against the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Translated from the current reference text (or it is the reference).
    Current,
    /// Translated, but the reference changed since (or nobody recorded what it was made from).
    Outdated,
    /// Not in this locale's catalog: the reference text is shown.
    Untranslated,
}

pub(crate) fn parse_lock(text: &str, file: &str) -> Result<Lock, CatalogError> {
    toml::from_str(text).map_err(|e| {
        let (line, col) = e.span().map(|s| line_col(text, s.start)).unwrap_or((1, 1));
        CatalogError::Config(ConfigError {
            file: file.to_owned(),
            line,
            col,
            message: format!(
                "{}; regenerate it with `errdocs check --accept <locale>`",
                e.message().trim_end()
            ),
        })
    })
}

impl Catalog {
    /// Where message `id` of `locale` stands against the reference: current, outdated (the
    /// French text changed since the translation was accepted) or untranslated.
    pub fn status(&self, locale: &Locale, scope: Scope<'_>, id: &str) -> Status {
        if !self.has_own(locale, scope, id) {
            return Status::Untranslated;
        }
        if *locale == self.config.default_locale {
            return Status::Current;
        }
        let (base, _) = split_attr(id);
        // A page message may live in the page file or in a shared file.
        let key = [scope_key(scope), scope_key(Scope::Shared)]
            .into_iter()
            .find(|k| {
                self.reference_hashes
                    .contains_key(&(k.clone(), base.to_owned()))
            });
        let Some(key) = key else {
            return Status::Current;
        };
        let reference = &self.reference_hashes[&(key.clone(), base.to_owned())];
        let accepted = self
            .locks
            .get(locale)
            .and_then(|l| l.get(&key))
            .and_then(|m| m.get(base));
        if accepted == Some(reference) {
            Status::Current
        } else {
            Status::Outdated
        }
    }

    /// The lock file text that accepts every current translation of `locale`: each of its
    /// messages that the reference also has is recorded as made from today's reference text.
    pub fn accepted_lock(&self, locale: &Locale) -> String {
        let mut lock: Lock = BTreeMap::new();
        for file in self.files.iter().filter(|f| f.locale == *locale) {
            let key = scope_key(file.page.as_deref().map_or(Scope::Shared, Scope::Page));
            for id in file.lines.keys() {
                let found = [key.clone(), scope_key(Scope::Shared)]
                    .into_iter()
                    .find_map(|k| {
                        self.reference_hashes
                            .get(&(k.clone(), id.clone()))
                            .map(|h| (k, h))
                    });
                if let Some((k, hash)) = found {
                    lock.entry(k).or_default().insert(id.clone(), hash.clone());
                }
            }
        }
        let body = toml::to_string(&lock).unwrap_or_default();
        format!(
            "# Written by `errdocs check --accept {locale}`: for each translated message, a hash of the\n\
             # reference text it was made from. When the reference changes, the translation shows as\n\
             # outdated until a translator updates it and runs the command again.\n\n{body}"
        )
    }
}
