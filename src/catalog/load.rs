//! Loading: every catalog file parsed (in parallel with the `site` feature), checked for
//! layout and duplicates, and bundled per locale and page; what a `--watch` rebuild may
//! reuse of an earlier load ([`ParseCache`]).

use super::*;

/// Position of a published locale in `config.locales` (at most a few dozen: a scan beats
/// hashing a language identifier).
pub(crate) fn index_of(config: &Config, locale: &Locale) -> Option<usize> {
    config.locales.iter().position(|l| l == locale)
}

/// Catalog files parsed by an earlier load, by site-relative path, with the hash of the
/// text they were parsed from. Kept across `--watch` rebuilds (inside
/// `site::RenderCache`): on a site of thousands of files, parsing them all again
/// would be most of an edit's wait.
#[derive(Default)]
pub struct ParseCache {
    files: HashMap<String, Parsed>,
    bundles: HashMap<(usize, Option<String>), (BundleKey, Arc<Bundle>)>,
}

/// What a bundle is made of: a locale (by index), a page (or the shared files), and the
/// addresses of its resources, which stay valid as long as the cached bundle holds them.
pub(crate) struct BundleKey {
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

pub(crate) struct Parsed {
    hash: u64,
    file: Arc<CatalogFile>,
    /// For a reference-locale file: each entry's id and normalized-text hash.
    reference_hashes: OnceLock<Vec<(String, String)>>,
}

pub(crate) fn parse_file(
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
    let (tag, page) = catalog_path(path).map_err(layout)?;
    let locale = catalog_locale(tag, config).map_err(layout)?;
    let page = page.map(str::to_owned);
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
        shape: OnceLock::new(),
    })
}

/// The lines of every entry, by id, in file order: a repeated id has each of its lines
/// (QA reports duplicates itself, each at its own line).
pub(crate) fn entry_lines_lenient(
    text: &str,
) -> HashMap<String, std::collections::VecDeque<usize>> {
    let mut out: HashMap<String, std::collections::VecDeque<usize>> = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(id) = entry_id(line) {
            out.entry(id.to_owned()).or_default().push_back(i + 1);
        }
    }
    out
}

/// The id a line defines, if it starts an entry (`id =` or `-term =` at column 1).
pub(crate) fn entry_id(line: &str) -> Option<&str> {
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
pub(crate) fn entry_lines(text: &str) -> Result<BTreeMap<String, usize>, (String, usize, usize)> {
    let entries: Vec<((), &str, usize)> = text
        .lines()
        .enumerate()
        .filter_map(|(i, line)| Some(((), entry_id(line)?, i + 1)))
        .collect();
    if let Some(d) = duplicate_ids(entries.iter().copied()).first() {
        return Err((d.id.to_owned(), d.at.1, d.first.1));
    }
    Ok(entries
        .into_iter()
        .map(|(_, id, line)| (id.to_owned(), line))
        .collect())
}

pub(crate) fn new_bundle(locale: &Locale, files: &[&CatalogFile]) -> Result<Bundle, CatalogError> {
    let mut bundle = FluentBundle::new_concurrent(vec![locale.langid().clone()]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(cldr::format_value));
    // Registers NUMBER(); its output goes through the CLDR formatter above.
    bundle.add_builtins().map_err(|e| CatalogError::Layout {
        file: LOCALES_DIR.into(),
        message: format!("{e:?}"),
    })?;
    let entries = files.iter().flat_map(|f| {
        f.lines
            .iter()
            .map(move |(id, &line)| (*f, id.as_str(), line))
    });
    if let Some(d) = duplicate_ids(entries).first() {
        return Err(CatalogError::Duplicate {
            file: d.at.0.display.clone(),
            line: d.at.1,
            id: d.id.to_owned(),
            locale: locale.clone(),
            first: format!("{}:{}", d.first.0.display, d.first.1),
        });
    }
    for file in files {
        if let Err(errors) = bundle.add_resource(file.resource.clone()) {
            return Err(CatalogError::Layout {
                file: file.display.clone(),
                message: describe(&errors),
            });
        }
    }
    Ok(bundle)
}

/// `items.map(f)`, on every core when the `site` feature brings rayon (a site of thousands
/// of catalog files), in order on the calling thread otherwise: a limiter loading a few
/// catalogs compiles no thread pool.
pub(crate) fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    #[cfg(feature = "site")]
    {
        use rayon::prelude::*;
        items.par_iter().map(f).collect()
    }
    #[cfg(not(feature = "site"))]
    {
        items.iter().map(f).collect()
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

    pub(crate) fn from_parts_reusing(
        source: &SiteSource,
        config: Config,
        limits: Limits,
        cache: &mut ParseCache,
    ) -> Result<Self, CatalogError> {
        let (catalog_files, locks) = read_locales(source)?;
        let files = parse_all(source, &config, &catalog_files, cache)?;
        let (shared, pages) = bundle_all(&config, &files, cache)?;
        let reference_hashes = reference_hashes(&config, &files, cache);
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
                    exceeded_id: exceeded_id(id),
                    title_id: format!("{id}-title"),
                    user: format!("limit `{id}`"),
                };
                Ok((id.clone(), facts))
            })
            .collect::<Result<_, CatalogError>>()?;
        catalog.facts = facts;
        Ok(catalog)
    }
}

/// Catalog files as (path, text), and the lock files by locale, parsed.
type Locales<'s> = (Vec<(&'s str, &'s str)>, HashMap<Locale, Lock>);

/// The files under `locales/`: catalog files to parse, and the lock files, parsed.
fn read_locales(source: &SiteSource) -> Result<Locales<'_>, CatalogError> {
    let mut catalog_files = Vec::new();
    let mut locks = HashMap::new();
    for (path, text) in source.under("locales/") {
        if style_path(path).is_some() {
            continue;
        }
        if let Some(tag) = lock_path(path) {
            let locale = Locale::parse(tag).map_err(|e| CatalogError::Layout {
                file: source.display(path),
                message: e.to_string(),
            })?;
            locks.insert(locale, parse_lock(text, &source.display(path))?);
            continue;
        }
        catalog_files.push((path, text));
    }
    Ok((catalog_files, locks))
}

/// Every catalog file parsed (a file whose text did not change since `cache` was filled is
/// taken from it), and every listed locale shown to have one.
fn parse_all(
    source: &SiteSource,
    config: &Config,
    catalog_files: &[(&str, &str)],
    cache: &mut ParseCache,
) -> Result<Vec<Arc<CatalogFile>>, CatalogError> {
    // Parsed in parallel; errors reported in path order, as a sequential load would.
    let parsed: Vec<Result<(Arc<CatalogFile>, u64), CatalogError>> =
        par_map(catalog_files, |&(path, text)| {
            let hash = xxhash_rust::xxh3::xxh3_64(text.as_bytes());
            match cache.files.get(path).filter(|c| c.hash == hash) {
                // Same path, same text: the same file, but for the one check that
                // depends on the configuration.
                Some(c) if config.locales.contains(&c.file.locale) => Ok((c.file.clone(), hash)),
                _ => Ok((Arc::new(parse_file(source, config, path, text)?), hash)),
            }
        });
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
    Ok(files)
}

/// Shared bundles by locale index, and page bundles by slug then locale index.
type Bundles = (Vec<Arc<Bundle>>, HashMap<String, Vec<Option<Arc<Bundle>>>>);

fn bundle_all(
    config: &Config,
    files: &[Arc<CatalogFile>],
    cache: &mut ParseCache,
) -> Result<Bundles, CatalogError> {
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
    let bundles: Vec<Result<(BundleKey, Arc<Bundle>), CatalogError>> =
        par_map(&jobs, |(index, page, parts)| {
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
        });
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
    Ok((shared, pages))
}

/// The hash of every reference message's text, by (scope key, id).
fn reference_hashes(
    config: &Config,
    files: &[Arc<CatalogFile>],
    cache: &ParseCache,
) -> HashMap<(String, String), String> {
    let mut reference_hashes = HashMap::new();
    for file in files.iter().filter(|f| f.locale == config.default_locale) {
        let key = scope_key(file.page.as_deref().map_or(Scope::Shared, Scope::Page));
        // The same AST reading `variables_of` uses: a reference file is read once.
        let entries = cache.files[&file.path].reference_hashes.get_or_init(|| {
            file.shape()
                .entries
                .iter()
                .map(|e| (e.id.clone(), e.hash.clone()))
                .collect()
        });
        for (id, hash) in entries {
            reference_hashes.insert((key.clone(), id.clone()), hash.clone());
        }
    }
    reference_hashes
}
