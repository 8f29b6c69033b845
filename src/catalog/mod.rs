//! The catalogs: every `locales/<lang>/**/*.ftl` file, parsed once into Fluent bundles, and
//! the one way to turn a message id + arguments into text. This is the only module that
//! uses fluent-bundle.
//!
//! Layout: files directly under `locales/<lang>/` are *shared* (site chrome, the limiter's
//! errors); `locales/<lang>/docs/<slug>.ftl` belongs to one page. A page's bundle holds the
//! shared files plus its own, so page ids stay short (`title`, `causes-heading`) and never
//! collide across pages. A missing message falls back along the locale's chain to the
//! reference (`fr`), one message at a time, and the caller is told it did.
//!
//! Bidi isolation marks (U+2068/U+2069) are turned off: they break URLs, copy-paste and
//! string equality in plain-text errors, and inside Markdown link targets. Right-to-left
//! pages keep URLs and code readable with `dir="ltr"` in the templates instead.

mod cldr;
pub mod input;
pub mod inspect;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};

use rayon::prelude::*;

use crate::config::{Config, ConfigError, Limit, Limits, Period, line_col};
use crate::locale::Locale;
use crate::source::SiteSource;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// Where catalogs live, relative to the site root.
pub const LOCALES_DIR: &str = "locales";

/// Which messages a lookup may see: the shared files, or the shared files plus one page's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope<'a> {
    /// Shared files only (site chrome, limiter errors).
    Shared,
    /// Shared files plus `docs/<slug>.ftl`.
    Page(&'a str),
}

/// A value handed to a message as a Fluent variable.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A number: formatted with CLDR, and selects plural variants.
    Number(f64),
    /// Text, inserted as is.
    Text(String),
    /// A period: formatted as a CLDR duration ("3 heures").
    Duration(Period),
    /// An instant: formatted as a date and time in UTC.
    Time(jiff::Timestamp),
}

impl Arg {
    /// The value as JSON for problem documents: numbers, periods in seconds, instants
    /// in RFC 3339.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Arg::Number(n) if n.fract() == 0.0 && n.abs() < 9e15 => (*n as i64).into(),
            Arg::Number(n) => (*n).into(),
            Arg::Text(s) => s.clone().into(),
            Arg::Duration(p) => p.as_secs().into(),
            Arg::Time(t) => t.to_string().into(),
        }
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<Period> for Arg {
    fn from(p: Period) -> Self {
        Arg::Duration(p)
    }
}

/// Named arguments of a message, sorted by name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Args(BTreeMap<String, Arg>);

impl Args {
    /// No arguments.
    pub fn new() -> Self {
        Args::default()
    }
    /// Sets one argument, replacing any previous value.
    pub fn set(&mut self, name: impl Into<String>, value: impl Into<Arg>) {
        self.0.insert(name.into(), value.into());
    }
    /// One argument by name.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.0.get(name)
    }
    /// Adds every argument of `other`, which wins on conflicts.
    pub fn extend(&mut self, other: &Args) {
        self.0
            .extend(other.0.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    /// The arguments, sorted by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Arg)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
    fn names(&self) -> String {
        if self.0.is_empty() {
            return "none".into();
        }
        self.0
            .keys()
            .map(|k| format!("${k}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
    /// Whether there are no arguments.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The arguments as Fluent values; with `only`, just those names (the variables a
    /// message can read), which spares converting facts the message never uses.
    fn to_fluent(&self, only: Option<&[&str]>) -> FluentArgs<'_> {
        fn convert(v: &Arg) -> FluentValue<'_> {
            match v {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(s) => FluentValue::from(s.as_str()),
                Arg::Duration(p) => FluentValue::Custom(Box::new(cldr::DurationValue(p.clone()))),
                Arg::Time(t) => FluentValue::Custom(Box::new(cldr::DateTimeValue(*t))),
            }
        }
        match only {
            None => self
                .0
                .iter()
                .map(|(k, v)| (k.as_str(), convert(v)))
                .collect(),
            Some(names) => names
                .iter()
                .filter_map(|&k| self.0.get_key_value(k))
                .map(|(k, v)| (k.as_str(), convert(v)))
                .collect(),
        }
    }
}

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

/// Why catalogs cannot be loaded or a message cannot be formatted.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// Bad configuration.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A Fluent syntax error.
    #[error(
        "{file}:{line}:{col}: {message}\n    {line_text}\n  fix the Fluent syntax at this position; see https://projectfluent.org/fluent/guide/"
    )]
    Syntax {
        /// The catalog file.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        col: usize,
        /// The parser's complaint.
        message: String,
        /// The offending line.
        line_text: String,
    },
    /// The same id twice in one locale's scope.
    #[error(
        "{file}:{line}:1: `{id}` is defined twice for locale `{locale}` (first in {first}); rename or delete one"
    )]
    Duplicate {
        /// The later file.
        file: String,
        /// Its line.
        line: usize,
        /// The id.
        id: String,
        /// The locale.
        locale: Locale,
        /// Where the first definition is.
        first: String,
    },
    /// A catalog file or folder the layout does not allow.
    #[error("{file}: {message}")]
    Layout {
        /// The file or folder.
        file: String,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// A message no locale of the chain has, not even the reference.
    #[error(
        "message `{id}` (needed by {user}) is missing from the reference locale `{locale}`; add it to `{belongs}`"
    )]
    Missing {
        /// The message id.
        id: String,
        /// Who asked for it: a page, a template, the limiter.
        user: String,
        /// The reference locale.
        locale: Locale,
        /// The catalog file where it belongs.
        belongs: String,
    },
    /// Formatting failed: unknown variable, missing message reference, …
    #[error(transparent)]
    Format(Box<FormatError>),
    /// An unknown limit id.
    #[error("unknown limit `{id}`; known limits: {known}")]
    UnknownLimit {
        /// The id asked for.
        id: String,
        /// The ids in `content/limits.toml`.
        known: String,
    },
    /// An argument from outside breaks the rules of [`input`].
    #[error(transparent)]
    Argument(Box<input::ArgError>),
}

/// A message that exists but cannot be formatted with the arguments given.
#[derive(Debug, thiserror::Error)]
#[error(
    "{file}:{line}:1: message `{id}` in locale `{locale}` cannot be formatted: {problems} (arguments supplied: {supplied})"
)]
pub struct FormatError {
    /// The file defining the message.
    pub file: String,
    /// Its line.
    pub line: usize,
    /// The message id.
    pub id: String,
    /// The locale.
    pub locale: Locale,
    /// What Fluent reported.
    pub problems: String,
    /// The arguments the caller gave.
    pub supplied: String,
}

/// One parsed `.ftl` file.
#[derive(Clone, Debug)]
pub struct CatalogFile {
    /// Its locale.
    pub locale: Locale,
    /// Site-relative path, e.g. `locales/fr/site.ftl`.
    pub path: String,
    /// How to name it in messages.
    pub display: String,
    /// The page slug for `docs/<slug>.ftl`, `None` for shared files.
    pub page: Option<String>,
    /// The parsed resource.
    pub resource: Arc<FluentResource>,
    /// Line of each message and term id (`-term`).
    pub lines: BTreeMap<String, usize>,
}

/// Every catalog of a site, ready to format messages in any locale.
///
/// Everything a lookup needs is prepared at load, so formatting one message allocates
/// little more than its text: bundles are indexed by the locale's position in
/// `config.locales`, fallback chains are precomputed for every published locale, and each
/// limit's facts (its Fluent arguments, message ids and doc URL) are built once.
pub struct Catalog {
    config: Config,
    limits: Limits,
    files: Vec<Arc<CatalogFile>>,
    /// Shared bundle of each published locale, in `config.locales` order.
    shared: Vec<Arc<Bundle>>,
    /// Page slug → that page's bundle in each published locale (`None`: no page file).
    pages: HashMap<String, Vec<Option<Arc<Bundle>>>>,
    /// Fallback chain of each published locale, as indexes into `config.locales`.
    chains: Vec<Vec<usize>>,
    /// Limit id → its facts.
    facts: BTreeMap<String, LimitFacts>,
    /// Hash of every reference message, by (scope key, id).
    reference_hashes: HashMap<(String, String), String>,
    /// What each locale's translations were made from, by locale, then (scope key, id).
    locks: HashMap<Locale, Lock>,
}

/// Per scope key (`shared`, `docs/<slug>`), per id: the reference hash a translation was
/// made from.
type Lock = BTreeMap<String, BTreeMap<String, String>>;

/// The lock file beside each locale's catalogs, written by `errdocs check --accept <locale>`.
pub const LOCK_FILE: &str = "translated-from.toml";

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

/// The scope key of a page (or of the shared files) in lock files.
pub fn scope_key(scope: Scope<'_>) -> String {
    match scope {
        Scope::Shared => "shared".to_owned(),
        Scope::Page(slug) => format!("docs/{slug}"),
    }
}

fn parse_lock(text: &str, file: &str) -> Result<Lock, CatalogError> {
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

/// One limit's facts, prepared at load.
#[derive(Clone)]
struct LimitFacts {
    /// `$count`, `$window`, …, `$url`: see [`Catalog::limit_args`].
    args: Args,
    /// `<limit>-exceeded`.
    exceeded_id: String,
    /// `<limit>-title`.
    title_id: String,
    /// How errors name the caller: ``limit `<limit>` ``.
    user: String,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locales", &self.config.locales)
            .field("files", &self.files.len())
            .finish()
    }
}

impl Catalog {
    /// Loads `errdocs.toml`, `content/limits.toml` and every catalog of a site. Any syntax
    /// error, duplicate id or stray file is an error: a half-loaded catalog never ships.
    pub fn load(source: &SiteSource) -> Result<Self, CatalogError> {
        let config = Config::load(source)?;
        let limits = Limits::load(source)?;
        Self::from_parts(source, config, limits)
    }

    /// Loads catalogs for an already validated configuration.
    pub fn from_parts(
        source: &SiteSource,
        config: Config,
        limits: Limits,
    ) -> Result<Self, CatalogError> {
        Self::from_parts_reusing(source, config, limits, &mut ParseCache::default())
    }

    /// [`Catalog::load`], reusing the files of `cache` whose text did not change (a
    /// `--watch` rebuild re-parses only the files edited), and leaving this load's in it.
    pub fn load_reusing(source: &SiteSource, cache: &mut ParseCache) -> Result<Self, CatalogError> {
        let config = Config::load(source)?;
        let limits = Limits::load(source)?;
        Self::from_parts_reusing(source, config, limits, cache)
    }

    fn from_parts_reusing(
        source: &SiteSource,
        config: Config,
        limits: Limits,
        cache: &mut ParseCache,
    ) -> Result<Self, CatalogError> {
        let mut catalog_files = Vec::new();
        let mut locks = HashMap::new();
        for (path, text) in source.under("locales/") {
            if let Some(tag) = path
                .strip_prefix("locales/")
                .and_then(|p| p.strip_suffix(&format!("/{LOCK_FILE}")))
            {
                let locale = Locale::parse(tag).map_err(|e| CatalogError::Layout {
                    file: source.display(path),
                    message: e.to_string(),
                })?;
                locks.insert(locale, parse_lock(text, &source.display(path))?);
                continue;
            }
            catalog_files.push((path, text));
        }
        // Parsed in parallel; errors reported in path order, as a sequential load would.
        let parsed: Vec<Result<(Arc<CatalogFile>, u64), CatalogError>> = catalog_files
            .par_iter()
            .map(|&(path, text)| {
                let hash = xxhash_rust::xxh3::xxh3_64(text.as_bytes());
                match cache.files.get(path).filter(|c| c.hash == hash) {
                    // Same path, same text: the same file, but for the one check that
                    // depends on the configuration.
                    Some(c) if config.locales.contains(&c.file.locale) => {
                        Ok((c.file.clone(), hash))
                    }
                    _ => Ok((Arc::new(parse_file(source, &config, path, text)?), hash)),
                }
            })
            .collect();
        let mut files = Vec::with_capacity(parsed.len());
        let mut next = HashMap::with_capacity(parsed.len());
        for result in parsed {
            let (file, hash) = result?;
            let previous = cache.files.remove(&file.path);
            let hashes = match previous {
                Some(p) if p.hash == hash => p.reference_hashes,
                _ => OnceLock::new(),
            };
            next.insert(
                file.path.clone(),
                Parsed {
                    hash,
                    file: file.clone(),
                    reference_hashes: hashes,
                },
            );
            files.push(file);
        }
        cache.files = next;
        for locale in &config.locales {
            if !files.iter().any(|f| f.locale == *locale) {
                return Err(CatalogError::Layout {
                    file: source.display(&format!("{LOCALES_DIR}/{locale}")),
                    message: format!(
                        "locale `{locale}` is listed in `errdocs.toml` but has no catalog; create `{LOCALES_DIR}/{locale}/` with at least one `.ftl` file"
                    ),
                });
            }
        }
        let count = config.locales.len();
        // One bundle per locale (its shared files) and per page and locale (the shared files
        // plus the page's). A bundle made of the very resources of an earlier load (the same
        // `Arc`s, reused above for unchanged text) is that load's bundle: taken from the
        // cache, not rebuilt. The rest are built in parallel.
        let mut jobs: Vec<(usize, Option<&CatalogFile>, Vec<&CatalogFile>)> = Vec::new();
        for (index, locale) in config.locales.iter().enumerate() {
            let shared_files: Vec<&CatalogFile> = files
                .iter()
                .filter(|f| f.locale == *locale && f.page.is_none())
                .map(|f| &**f)
                .collect();
            jobs.push((index, None, shared_files.clone()));
            for page in files
                .iter()
                .filter(|f| f.locale == *locale && f.page.is_some())
            {
                let mut with_page = shared_files.clone();
                with_page.push(page);
                jobs.push((index, Some(page), with_page));
            }
        }
        let bundles: Vec<Result<(BundleKey, Arc<Bundle>), CatalogError>> = jobs
            .par_iter()
            .map(|(index, page, parts)| {
                let key = BundleKey {
                    locale: *index,
                    page: page.and_then(|p| p.page.clone()),
                    resources: parts
                        .iter()
                        .map(|f| Arc::as_ptr(&f.resource) as usize)
                        .collect(),
                };
                if let Some((k, bundle)) = cache.bundles.get(&(key.locale, key.page.clone()))
                    && k.resources == key.resources
                {
                    return Ok((key, bundle.clone()));
                }
                let bundle = new_bundle(&config.locales[*index], parts)?;
                Ok((key, Arc::new(bundle)))
            })
            .collect();
        let mut shared: Vec<Option<Arc<Bundle>>> = vec![None; count];
        let mut pages: HashMap<String, Vec<Option<Arc<Bundle>>>> = HashMap::new();
        let mut kept = HashMap::with_capacity(bundles.len());
        for result in bundles {
            let (key, bundle) = result?;
            match &key.page {
                None => shared[key.locale] = Some(bundle.clone()),
                Some(slug) => {
                    pages
                        .entry(slug.clone())
                        .or_insert_with(|| vec![None; count])[key.locale] = Some(bundle.clone());
                }
            }
            kept.insert((key.locale, key.page.clone()), (key, bundle));
        }
        cache.bundles = kept;
        // Every listed locale has files (checked above), hence a shared bundle.
        let shared: Vec<Arc<Bundle>> = shared.into_iter().flatten().collect();
        let mut reference_hashes = HashMap::new();
        for file in files.iter().filter(|f| f.locale == config.default_locale) {
            let key = scope_key(file.page.as_deref().map_or(Scope::Shared, Scope::Page));
            let entries = cache.files[&file.path].reference_hashes.get_or_init(|| {
                inspect::inspect(source.get(&file.path).unwrap_or_default())
                    .entries
                    .into_iter()
                    .map(|e| (e.id, e.hash))
                    .collect()
            });
            for (id, hash) in entries {
                reference_hashes.insert((key.clone(), id.clone()), hash.clone());
            }
        }
        let chains = config
            .locales
            .iter()
            .map(|l| {
                config
                    .chain(l)
                    .iter()
                    .filter_map(|c| index_of(&config, c))
                    .collect()
            })
            .collect();
        let mut catalog = Catalog {
            config,
            limits,
            files,
            shared,
            pages,
            reference_hashes,
            locks,
            chains,
            facts: BTreeMap::new(),
        };
        let facts = catalog
            .limits
            .by_id
            .keys()
            .map(|id| {
                let facts = LimitFacts {
                    args: catalog.compute_limit_args(id)?,
                    exceeded_id: format!("{id}-exceeded"),
                    title_id: format!("{id}-title"),
                    user: format!("limit `{id}`"),
                };
                Ok((id.clone(), facts))
            })
            .collect::<Result<_, CatalogError>>()?;
        catalog.facts = facts;
        Ok(catalog)
    }

    /// The site configuration the catalogs were loaded with.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The facts of every limit.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Every published locale, reference first.
    pub fn locales(&self) -> &[Locale] {
        &self.config.locales
    }

    /// The reference locale (`fr`).
    pub fn reference(&self) -> &Locale {
        &self.config.default_locale
    }

    /// The same catalogs without the pages' messages: what a server needs once the pages
    /// are rendered (limit messages, problem documents, the 404 and overlay chrome are all
    /// shared messages). A page bundle repeats every shared message for its page; on a site
    /// of thousands of pages they are most of the catalog's memory.
    pub fn without_pages(&self) -> Catalog {
        Catalog {
            config: self.config.clone(),
            limits: self.limits.clone(),
            files: self
                .files
                .iter()
                .filter(|f| f.page.is_none())
                .cloned()
                .collect(),
            shared: self.shared.clone(),
            pages: HashMap::new(),
            chains: self.chains.clone(),
            facts: self.facts.clone(),
            reference_hashes: self
                .reference_hashes
                .iter()
                .filter(|((scope, _), _)| *scope == scope_key(Scope::Shared))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            locks: self.locks.clone(),
        }
    }

    /// Every parsed catalog file, in path order.
    pub fn files(&self) -> &[Arc<CatalogFile>] {
        &self.files
    }

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
            .find_map(|f| {
                inspect::inspect(f.resource.source())
                    .entries
                    .into_iter()
                    .find(|e| e.id == id)
            })
    }

    /// The CLDR pattern (UTS 35, numeric fields, 24-hour clock) dates are formatted with in
    /// `locale`, e.g. `dd/MM/y HH:mm:ss` for French: what `$retry-after` looks like.
    pub fn date_pattern(&self, locale: &Locale) -> Option<String> {
        cldr::datetime_pattern(locale.langid()).ok()
    }

    /// Whether `locale`'s own catalog (no fallback) has a message in this scope.
    pub fn has_own(&self, locale: &Locale, scope: Scope<'_>, id: &str) -> bool {
        let (base, _) = split_attr(id);
        self.bundle(locale, scope)
            .is_some_and(|b| b.has_message(base))
    }

    fn bundle(&self, locale: &Locale, scope: Scope<'_>) -> Option<&Bundle> {
        index_of(&self.config, locale).map(|i| self.bundle_at(i, scope))
    }

    /// The bundle of the `index`-th published locale: the page's, else the shared one.
    fn bundle_at(&self, index: usize, scope: Scope<'_>) -> &Bundle {
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

    /// The facts of a limit as Fluent arguments: `$count`, `$window` (a duration),
    /// `$window-unit` and `$window-amount` (for grammar), `$overridable` (`yes`/`no`),
    /// `$staging-count`, `$staging-window`, `$refill`, `$burst`, and `$url`, the doc URL.
    pub fn limit_args(&self, id: &str) -> Result<Args, CatalogError> {
        Ok(self.facts(id)?.args.clone())
    }

    fn facts(&self, id: &str) -> Result<&LimitFacts, CatalogError> {
        match self.facts.get(id) {
            Some(facts) => Ok(facts),
            // Facts exist for every limit: this is the unknown-limit error, listing the ids.
            None => Err(self
                .limit(id)
                .expect_err("every limit has its facts prepared at load")),
        }
    }

    fn compute_limit_args(&self, id: &str) -> Result<Args, CatalogError> {
        let limit = self.limit(id)?;
        let mut args = Args::new();
        args.set("count", limit.count);
        period_args(&mut args, "window", &limit.window);
        args.set("overridable", if limit.overridable { "yes" } else { "no" });
        if let Some(refill) = &limit.refill {
            period_args(&mut args, "refill", refill);
        }
        if let Some(burst) = limit.burst {
            args.set("burst", burst);
        }
        if let Some(staging) = &limit.staging {
            args.set("staging-count", staging.count);
            period_args(
                &mut args,
                "staging-window",
                staging.window.as_ref().unwrap_or(&limit.window),
            );
        }
        args.set("url", self.doc_url(id)?);
        Ok(args)
    }

    /// One limit's facts, or an error listing the known ids.
    pub fn limit(&self, id: &str) -> Result<&Limit, CatalogError> {
        self.limits
            .get(id)
            .ok_or_else(|| CatalogError::UnknownLimit {
                id: id.to_owned(),
                known: self
                    .limits
                    .by_id
                    .keys()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }

    /// The language-neutral help URL of a limit: `{base-url}/docs/{page}/[#anchor]`.
    pub fn doc_url(&self, id: &str) -> Result<String, CatalogError> {
        let limit = self.limit(id)?;
        let mut url = format!("{}/docs/{}/", self.config.base_url, limit.page);
        if let Some(anchor) = &limit.anchor {
            url.push('#');
            url.push_str(anchor);
        }
        Ok(url)
    }

    /// The limiter's error string for a limit (message `<limit>-exceeded`), in plain text,
    /// with the facts as arguments and `extra` (retry-after time, identifier…) on top.
    /// Pages quote exactly this, so the page and the error cannot disagree.
    pub fn limit_message(
        &self,
        locale: &Locale,
        id: &str,
        extra: &Args,
    ) -> Result<Formatted, CatalogError> {
        let facts = self.facts(id)?;
        self.check_args(id, extra)?;
        let merged;
        let args = if extra.is_empty() {
            &facts.args
        } else {
            let mut all = facts.args.clone();
            all.extend(extra);
            merged = all;
            &merged
        };
        self.format(locale, Scope::Shared, &facts.exceeded_id, args, &facts.user)
    }

    /// The localized title of a limit (message `<limit>-title`).
    pub fn limit_title(&self, locale: &Locale, id: &str) -> Result<Formatted, CatalogError> {
        let facts = self.facts(id)?;
        self.format(
            locale,
            Scope::Shared,
            &facts.title_id,
            &facts.args,
            &facts.user,
        )
    }
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

fn pattern_text(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut String) {
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

fn period_args(args: &mut Args, name: &str, period: &Period) {
    let (unit, amount) = period.unit_amount();
    args.set(name, period.clone());
    args.set(format!("{name}-unit"), unit);
    args.set(format!("{name}-amount"), amount);
}

/// A guess at a pattern's formatted length: its literal text plus room for each placeable.
fn capacity_hint(pattern: &fluent_syntax::ast::Pattern<&str>) -> usize {
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

/// Position of a published locale in `config.locales` (at most a few dozen: a scan beats
/// hashing a language identifier).
fn index_of(config: &Config, locale: &Locale) -> Option<usize> {
    config.locales.iter().position(|l| l == locale)
}

/// Collects the caller's variables a pattern can read: its own `$variables`, those of the
/// messages it references, and those passed to functions and terms. Term bodies are not
/// entered: Fluent resolves them with their call arguments only. Returns false when it
/// gives up (a message reference chain deeper than a few levels, e.g. a cycle): the caller
/// then passes every argument, as before.
fn variables<'a>(
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

fn split_attr(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((base, attr)) => (base, Some(attr)),
        None => (id, None),
    }
}

fn describe(errors: &[FluentError]) -> String {
    errors
        .iter()
        .map(|e| match e {
            FluentError::ResolverError(r) => {
                let text = r.to_string();
                match text.strip_prefix("Unknown variable: ") {
                    Some(var) => format!("it uses `{var}`, which the caller does not supply"),
                    None => text,
                }
            }
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// What a path under `locales/` is: `(locale tag, page slug)` for a catalog file
/// (`locales/fr/site.ftl` → `("fr", None)`, `locales/fr/docs/x.ftl` → `("fr", Some("x"))`),
/// `None` for anything else (the lock file, stray files).
pub fn catalog_path(path: &str) -> Option<(&str, Option<&str>)> {
    let rest = path.strip_prefix("locales/")?;
    let (tag, inner) = rest.split_once('/')?;
    let stem = inner.strip_suffix(".ftl")?;
    match stem.split_once('/') {
        None => Some((tag, None)),
        Some(("docs", slug)) if !slug.contains('/') => Some((tag, Some(slug))),
        Some(_) => None,
    }
}

/// Catalog files parsed by an earlier load, by site-relative path, with the hash of the
/// text they were parsed from. Kept across `--watch` rebuilds (inside
/// [`crate::site::RenderCache`]): on a site of thousands of files, parsing them all again
/// would be most of an edit's wait.
#[derive(Default)]
pub struct ParseCache {
    files: HashMap<String, Parsed>,
    bundles: HashMap<(usize, Option<String>), (BundleKey, Arc<Bundle>)>,
}

/// What a bundle is made of: a locale (by index), a page (or the shared files), and the
/// addresses of its resources, which stay valid as long as the cached bundle holds them.
struct BundleKey {
    locale: usize,
    page: Option<String>,
    resources: Vec<usize>,
}

impl std::fmt::Debug for ParseCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ParseCache")
            .field("files", &self.files.len())
            .field("bundles", &self.bundles.len())
            .finish()
    }
}

struct Parsed {
    hash: u64,
    file: Arc<CatalogFile>,
    /// For a reference-locale file: each entry's id and normalized-text hash.
    reference_hashes: OnceLock<Vec<(String, String)>>,
}

fn parse_file(
    source: &SiteSource,
    config: &Config,
    path: &str,
    text: &str,
) -> Result<CatalogFile, CatalogError> {
    let display = source.display(path);
    let layout = |message: String| CatalogError::Layout {
        file: display.clone(),
        message,
    };
    let rest = &path[LOCALES_DIR.len() + 1..];
    let Some((tag, inner)) = rest.split_once('/') else {
        return Err(layout(format!(
            "catalog files go in `{LOCALES_DIR}/<locale>/`, not directly in `{LOCALES_DIR}/`"
        )));
    };
    let locale = Locale::parse(tag).map_err(|e| layout(e.to_string()))?;
    if locale.to_string() != tag {
        return Err(layout(format!(
            "rename the folder `{tag}` to `{locale}`, the canonical form of the tag"
        )));
    }
    if !config.locales.contains(&locale) {
        return Err(layout(format!(
            "locale `{locale}` is not in `locales` of `errdocs.toml`; add it there or remove the folder"
        )));
    }
    let Some(stem) = inner.strip_suffix(".ftl") else {
        return Err(layout(
            "only `.ftl` files belong under `locales/`; move or delete this file".into(),
        ));
    };
    let page = match stem.split_once('/') {
        None => None,
        Some(("docs", slug)) if crate::config::is_slug(slug) => Some(slug.to_owned()),
        Some(_) => {
            return Err(layout(
                "a catalog is either shared (`locales/<locale>/<name>.ftl`) or one page's (`locales/<locale>/docs/<slug>.ftl`)".into(),
            ));
        }
    };
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(r) => r,
        Err((_, errors)) => {
            let issue = inspect::syntax_issue(text, &errors[0]);
            return Err(CatalogError::Syntax {
                file: display,
                line: issue.line,
                col: issue.col,
                message: issue.message,
                line_text: issue.line_text,
            });
        }
    };
    let lines = entry_lines(text).map_err(|(id, line, first)| CatalogError::Duplicate {
        file: display.clone(),
        line,
        id,
        locale: locale.clone(),
        first: format!("{display}:{first}"),
    })?;
    Ok(CatalogFile {
        locale,
        path: path.to_owned(),
        display,
        page,
        resource: Arc::new(resource),
        lines,
    })
}

/// Line of every entry, keeping the first of repeated ids (QA reports duplicates itself).
fn entry_lines_lenient(text: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(id) = entry_id(line) {
            out.entry(id.to_owned()).or_insert(i + 1);
        }
    }
    out
}

/// The id a line defines, if it starts an entry (`id =` or `-term =` at column 1).
fn entry_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let bare = id.strip_prefix('-').unwrap_or(id);
    let mut chars = bare.chars();
    (chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then_some(id)
}

/// Line of every entry: Fluent ids (and `-term` ids) start at column 1. A repeated id is
/// returned as `(id, line, first line)`.
fn entry_lines(text: &str) -> Result<BTreeMap<String, usize>, (String, usize, usize)> {
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(id) = entry_id(line)
            && let Some(first) = out.insert(id.to_owned(), i + 1)
        {
            return Err((id.to_owned(), i + 1, first));
        }
    }
    Ok(out)
}

fn new_bundle(locale: &Locale, files: &[&CatalogFile]) -> Result<Bundle, CatalogError> {
    let mut bundle = FluentBundle::new_concurrent(vec![locale.langid().clone()]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(cldr::format_value));
    // Registers NUMBER(); its output goes through the CLDR formatter above.
    bundle.add_builtins().map_err(|e| CatalogError::Layout {
        file: LOCALES_DIR.into(),
        message: format!("{e:?}"),
    })?;
    let mut seen: HashMap<&str, &CatalogFile> = HashMap::new();
    for file in files {
        for id in file.lines.keys() {
            if let Some(first) = seen.get(id.as_str()) {
                return Err(CatalogError::Duplicate {
                    file: file.display.clone(),
                    line: file.lines[id],
                    id: id.clone(),
                    locale: locale.clone(),
                    first: format!("{}:{}", first.display, first.lines[id]),
                });
            }
            seen.insert(id, file);
        }
        if let Err(errors) = bundle.add_resource(file.resource.clone()) {
            return Err(CatalogError::Layout {
                file: file.display.clone(),
                message: describe(&errors),
            });
        }
    }
    Ok(bundle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(fr: &str, en: &str) -> SiteSource {
        SiteSource::from_files([
            (
                "errdocs.toml",
                "base-url = \"https://example.org\"\ndefault-locale = \"fr\"\nlocales = [\"fr\", \"en\"]\n",
            ),
            ("locales/fr/site.ftl", fr),
            ("locales/en/site.ftl", en),
        ])
    }

    fn fr() -> Locale {
        "fr".parse().unwrap()
    }

    #[test]
    fn french_numbers_are_grouped_with_a_narrow_no_break_space() {
        let c = Catalog::load(&site("n = { $n } comptes\n", "n = { $n } accounts\n")).unwrap();
        let mut args = Args::new();
        args.set("n", 1_000_000u64);
        assert_eq!(
            c.format(&fr(), Scope::Shared, "n", &args, "test")
                .unwrap()
                .text,
            "1\u{202f}000\u{202f}000 comptes"
        );
        let en = c
            .format(&"en".parse().unwrap(), Scope::Shared, "n", &args, "test")
            .unwrap();
        assert_eq!(en.text, "1,000,000 accounts");
    }

    #[test]
    fn durations_are_cldr_phrases_in_each_language() {
        let c = Catalog::load(&site("w = toutes les { $w }\n", "w = every { $w }\n")).unwrap();
        let mut args = Args::new();
        args.set("w", Period::parse("3h").unwrap());
        assert_eq!(
            c.format(&fr(), Scope::Shared, "w", &args, "t")
                .unwrap()
                .text,
            "toutes les 3\u{a0}heures"
        );
        args.set("w", Period::parse("1h").unwrap());
        assert_eq!(
            c.format(&"en".parse().unwrap(), Scope::Shared, "w", &args, "t")
                .unwrap()
                .text,
            "every 1 hour"
        );
    }

    #[test]
    fn no_isolation_marks_around_placeables() {
        let c = Catalog::load(&site("u = voir { $url } ici\n", "u = see { $url } here\n")).unwrap();
        let mut args = Args::new();
        args.set("url", "https://example.org/docs/x/");
        let text = c
            .format(&fr(), Scope::Shared, "u", &args, "t")
            .unwrap()
            .text;
        assert_eq!(text, "voir https://example.org/docs/x/ ici");
    }

    #[test]
    fn missing_translation_falls_back_to_french_and_says_so() {
        let c = Catalog::load(&site("a = un\nb = deux\n", "a = one\n")).unwrap();
        let en: Locale = "en".parse().unwrap();
        let b = c
            .format(&en, Scope::Shared, "b", &Args::new(), "t")
            .unwrap();
        assert_eq!((b.text.as_str(), b.fallback), ("deux", true));
        let a = c
            .format(&en, Scope::Shared, "a", &Args::new(), "t")
            .unwrap();
        assert_eq!((a.text.as_str(), a.fallback), ("one", false));
    }

    #[test]
    fn unknown_variable_is_an_error_not_a_placeholder() {
        let c = Catalog::load(&site("a = un\nb = { $nope } x\n", "a = one\n")).unwrap();
        let err = c
            .format(&fr(), Scope::Shared, "b", &Args::new(), "t")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("locales/fr/site.ftl:2:1: message `b`"),
            "{err}"
        );
        assert!(
            err.contains("it uses `$nope`, which the caller does not supply"),
            "{err}"
        );
        assert!(err.ends_with("(arguments supplied: none)"), "{err}");
        let mut args = Args::new();
        args.set("b", 1);
        args.set("a", "x");
        let err = c
            .format(&fr(), Scope::Shared, "b", &args, "t")
            .unwrap_err()
            .to_string();
        assert!(err.ends_with("(arguments supplied: $a, $b)"), "{err}");
    }

    #[test]
    fn args_are_empty_until_one_is_set_and_later_ones_win() {
        let mut args = Args::new();
        assert!(args.is_empty());
        args.set("count", 1);
        assert!(!args.is_empty());
        let mut other = Args::new();
        other.set("count", 2);
        args.extend(&other);
        assert_eq!(args.get("count"), Some(&Arg::Number(2.0)));
        assert_eq!(args.iter().count(), 1);
    }

    #[test]
    fn whole_numbers_are_json_integers_up_to_nine_quadrillion_and_others_stay_floats() {
        use serde_json::json;
        assert_eq!(Arg::Number(3.0).to_json(), json!(3));
        assert!(Arg::Number(3.0).to_json().is_i64());
        assert_eq!(Arg::Number(-3.0).to_json(), json!(-3));
        assert!(Arg::Number(2.5).to_json().is_f64());
        assert_eq!(Arg::Number(2.5).to_json(), json!(2.5));
        // Below 9e15 every whole f64 is exact as an integer; at and beyond, it stays a float.
        assert!(Arg::Number(8_999_999_999_999_999.0).to_json().is_i64());
        assert!(Arg::Number(9e15).to_json().is_f64());
        assert!(Arg::Number(-9e15).to_json().is_f64());
        assert_eq!(Arg::Text("0123".into()).to_json(), json!("0123"));
        assert_eq!(
            Arg::Duration(Period::parse("2h").unwrap()).to_json(),
            json!(7200)
        );
        assert_eq!(
            Arg::Time("2026-11-28T10:00:00Z".parse().unwrap()).to_json(),
            json!("2026-11-28T10:00:00Z")
        );
    }

    #[test]
    fn variables_reach_referenced_messages_functions_and_term_arguments() {
        let fr_text = r#"
-t = { $case ->
        [up] GRAND
       *[other] petit
    }
b = vu { $n } et { $w }
a = { b } ; { -t(case: "up") } ; { NUMBER($x, minimumFractionDigits: 1) } ; { $s ->
        [one] { $u }
       *[other] autre
    }
"#;
        let c = Catalog::load(&site(fr_text, "a = x\n")).unwrap();
        let mut args = Args::new();
        for (k, v) in [("n", 2u64), ("x", 3)] {
            args.set(k, v);
        }
        for (k, v) in [("s", "one"), ("u", "ici"), ("unused", "z")] {
            args.set(k, v);
        }
        args.set("w", Period::parse("3h").unwrap());
        let text = c
            .format(&fr(), Scope::Shared, "a", &args, "t")
            .unwrap()
            .text;
        assert_eq!(text, "vu 2 et 3\u{a0}heures ; GRAND ; 3,0 ; ici");
    }

    #[test]
    fn cyclic_references_are_an_error_not_a_hang() {
        let c = Catalog::load(&site("a = { b }\nb = { a } { $n }\n", "a = x\n")).unwrap();
        let mut args = Args::new();
        args.set("n", 1u64);
        assert!(c.format(&fr(), Scope::Shared, "a", &args, "t").is_err());
    }

    #[test]
    fn a_catalog_without_pages_still_words_every_limit_and_holds_no_page_message() {
        let c = Catalog::load(&SiteSource::bundled()).unwrap();
        let served = c.without_pages();
        assert!(served.files().iter().all(|f| f.page.is_none()));
        assert!(c.files().iter().any(|f| f.page.is_some()));
        for locale in c.locales() {
            for id in c.limits().by_id.keys() {
                assert_eq!(
                    served.limit_title(locale, id).unwrap().text,
                    c.limit_title(locale, id).unwrap().text
                );
            }
            let id = "registrations-per-ip";
            assert_eq!(
                served.limit_message(locale, id, &Args::new()).unwrap().text,
                c.limit_message(locale, id, &Args::new()).unwrap().text
            );
            assert!(!served.has_own(locale, Scope::Page("rate-limits"), "title"));
            assert!(c.has_own(c.reference(), Scope::Page("rate-limits"), "title"));
        }
    }

    #[test]
    fn limit_facts_are_the_same_on_every_call() {
        let c = Catalog::load(&SiteSource::bundled()).unwrap();
        let en: Locale = "en".parse().unwrap();
        let first = c
            .limit_message(&en, "registrations-per-ip", &Args::new())
            .unwrap();
        let again = c
            .limit_message(&en, "registrations-per-ip", &Args::new())
            .unwrap();
        assert_eq!(first, again);
        assert_eq!(
            first.text,
            format!(
                "too many registrations for this IP: see {}",
                c.doc_url("registrations-per-ip").unwrap()
            )
        );
        // The help URL is a fact: a caller's `url` cannot replace it.
        let mut extra = Args::new();
        extra.set("url", "https://example.org/override");
        let refused = c
            .limit_message(&en, "registrations-per-ip", &extra)
            .unwrap_err()
            .to_string();
        assert!(refused.starts_with("argument `url`: "), "{refused}");
        let err = c
            .limit_message(&en, "nope", &Args::new())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("unknown limit `nope`; known limits: ")
                && err.contains(" registrations-per-ip,"),
            "{err}"
        );
    }

    #[test]
    fn syntax_error_names_file_line_and_column() {
        let err = Catalog::load(&site("a = un\nb = { $x\n", "a = one\n"))
            .unwrap_err()
            .to_string();
        assert!(
            // The line that lacks its `}`, just after its last token; not the next line,
            // where the parser noticed.
            err.starts_with("<bundled>/locales/fr/site.ftl:2:9: "),
            "{err}"
        );
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let err = Catalog::load(&site("a = un\na = deux\n", "a = one\n"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("site.ftl:2:1: `a` is defined twice"), "{err}");
    }

    #[test]
    fn missing_reference_message_names_where_it_belongs() {
        let c = Catalog::load(&site("a = un\n", "a = one\n")).unwrap();
        let err = c
            .format(&fr(), Scope::Page("p"), "zz", &Args::new(), "page `p`")
            .unwrap_err()
            .to_string();
        assert!(err.contains("message `zz` (needed by page `p`) is missing from the reference locale `fr`; add it to `locales/fr/docs/p.ftl`"), "{err}");
    }
}
