//! `Site`: the whole site loaded and rendered in memory, every page in every locale, with
//! every internal link checked. `build` writes it to disk and `serve` answers from it, so
//! the two cannot drift apart. Rendering runs in parallel across cores (rayon).

mod bodies;
mod output;
mod publication;
mod validate;

use bodies::{input_hashes, renderer_for};
use output::static_assets;
use validate::{RawHtml, check_content, refuse_raw_html};

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::catalog::{Args, Catalog, CatalogError, ParseCache, Scope, Status};
use crate::config::ConfigError;
use crate::content::{self, Page};
use crate::locale::Locale;
use crate::progress::{Progress, Silent};
use crate::render::{Binding, RenderError, Renderer, localize_link};
use crate::source::{SiteSource, SourceError};

/// Why a site cannot be built. Each message names the file (and position), the page and the
/// locale concerned, and how to fix it.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    /// The site could not be read.
    #[error(transparent)]
    Source(#[from] SourceError),
    /// Configuration, facts or front matter.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// Catalogs.
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    /// Templates and skeletons.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// A catalog message carries raw HTML.
    #[error("{file}:{line}:1: {}", crate::rules::raw_html_message(id, html))]
    RawHtml {
        /// The catalog file.
        file: String,
        /// The message's line.
        line: usize,
        /// The message id.
        id: String,
        /// The first HTML tag found.
        html: String,
    },
    /// A link that does not resolve.
    #[error("page `{page}` in locale `{locale}` links to `{link}`, which {why}")]
    BrokenLink {
        /// The page slug (or template).
        page: String,
        /// The locale.
        locale: Locale,
        /// The link as written in the page.
        link: String,
        /// What does not exist.
        why: String,
    },
    /// Inconsistent content (unknown limit, colliding alias…).
    #[error("{file}: {message}")]
    Content {
        /// The file concerned.
        file: String,
        /// What is wrong and how to fix it.
        message: String,
    },
}

/// One output file.
#[derive(Clone, Debug)]
pub struct Asset {
    /// The bytes.
    pub body: Arc<[u8]>,
    /// Its media type, with charset for text.
    pub content_type: String,
    /// The language of its content, for `Content-Language`.
    pub locale: Option<Locale>,
    /// What the file is to the site, so that `serve` and the host rules of `export` route
    /// by it instead of guessing from output paths.
    pub role: Role,
}

/// What an output file is to the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Role {
    /// A page in one locale (`fr/docs/<slug>/index.html`).
    Page {
        /// The page's slug.
        slug: String,
    },
    /// A locale's home page (`fr/index.html`).
    Home,
    /// A locale's not-found page (`fr/404.html`).
    NotFound,
    /// A language-neutral chooser (`index.html`, `docs/<slug>/index.html`): the static
    /// build's stand-in for negotiation.
    Chooser,
    /// A redirect page for an old path (an alias); a server answers 301 instead.
    Alias,
    /// `sitemap.xml`.
    Sitemap,
    /// A file copied from `static/`.
    Static,
}

/// What the site knows about one page, beyond its rendered files.
#[derive(Clone, Debug)]
pub struct PageInfo {
    /// The slug.
    pub slug: String,
    /// Old slugs redirecting to it.
    pub aliases: Vec<String>,
    /// The limit it documents.
    pub limit: Option<String>,
    /// Locales whose page uses messages from a fallback locale, with those message ids.
    pub untranslated: BTreeMap<Locale, Vec<String>>,
    /// Locales whose page uses translations made from an older reference text.
    pub outdated: BTreeMap<Locale, Vec<String>>,
    /// Locales the page is published in (reference first). Elsewhere its URL shows the
    /// first published locale of the chain, with a notice.
    pub published: Vec<Locale>,
}

/// What a `--watch` rebuild keeps from the one before: the parsed catalog files whose text
/// did not change, and every page body (a page in one
/// locale, rendered from its skeleton and catalogs to HTML, the costly step), under a hash
/// of every input it was rendered from. An edit to one page's catalog or content file
/// changes the hash of that page's bodies only; an edit to a shared catalog, a template,
/// `limits.toml` or `errdocs.toml` changes them all. Layouts, links and publication are
/// always redone, from the bodies.
#[derive(Default)]
pub struct RenderCache {
    catalog: ParseCache,
    bodies: HashMap<(String, Locale), (u64, Arc<Body>)>,
    layouts: HashMap<(String, Locale), (u64, Output)>,
    publication: HashMap<String, (u64, Vec<Publication>)>,
    choosers: HashMap<String, (u64, Output)>,
    /// The renderer, under a hash of what its templates are made of (everything under
    /// `templates/`, `static/` and `content/`: layouts, asset versions, skeletons, limits).
    renderer: Option<(u64, Arc<Renderer>)>,
    raw_html: HashMap<String, (Arc<fluent_bundle::FluentResource>, RawHtml)>,
    /// Bodies rendered (not reused) by the last load, for logs and tests.
    rendered: usize,
}

impl RenderCache {
    /// How many page bodies the last load rendered rather than reused.
    pub fn rendered(&self) -> usize {
        self.rendered
    }
}

impl std::fmt::Debug for RenderCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RenderCache")
            .field("bodies", &self.bodies.len())
            .field("rendered", &self.rendered)
            .finish()
    }
}

/// A site rendered in memory.
#[derive(Debug)]
pub struct Site {
    /// The catalogs (and through them the config and limits).
    pub catalog: Arc<Catalog>,
    /// Every page, in list order.
    pub pages: Vec<PageInfo>,
    /// Output path (`fr/docs/x/index.html`) → file.
    pub files: BTreeMap<String, Asset>,
    /// Old path (`docs/old/`) → new path (`docs/new/`), root-relative without leading `/`.
    pub redirects: BTreeMap<String, String>,
}

#[derive(Clone, Serialize)]
struct Alternate {
    lang: String,
    name: String,
    dir: &'static str,
    path: String,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct ListEntry {
    slug: String,
    title: String,
    description: String,
    path: String,
}

#[derive(Serialize, Default)]
struct LayoutData {
    dir: &'static str,
    title: String,
    description: String,
    content: String,
    path: String,
    canonical: String,
    alternates: Vec<Alternate>,
    x_default: String,
    untranslated: bool,
    outdated: bool,
    not_published: bool,
    requested_lang: String,
    requested_dir: &'static str,
    reference_path: String,
    pages: Vec<ListEntry>,
    lastmod: String,
    slug: String,
    target: String,
}

#[derive(Serialize)]
struct SitemapUrl {
    loc: String,
    lastmod: String,
    alternates: Vec<Alternate>,
}

#[derive(Serialize)]
struct SitemapData {
    urls: Vec<SitemapUrl>,
}

/// A page rendered in one locale, before layout.
struct Body {
    html: String,
    ids: Vec<String>,
    links: Vec<String>,
    /// Messages shown from a fallback locale.
    fallbacks: Vec<String>,
    /// Every message the page shows, in its own locale.
    used: Vec<String>,
    title: String,
    description: String,
}

/// Where one page stands in one locale.
#[derive(Clone, Debug)]
enum Publication {
    /// Published; the listed messages are outdated translations.
    Published { outdated: Vec<String> },
    /// Not published: the URL shows this locale's page (index into the locales) instead.
    Fallback(usize),
}

const REQUIRED_TEMPLATES: [&str; 6] = [
    "page.html",
    "index.html",
    "chooser.html",
    "404.html",
    "alias.html",
    "sitemap.xml",
];

/// An output path and its file.
type Output = (String, Asset);

fn html(locale: Option<&Locale>, role: Role, text: String) -> Asset {
    Asset {
        body: text.into_bytes().into(),
        content_type: "text/html; charset=utf-8".into(),
        locale: locale.cloned(),
        role,
    }
}

fn page_path(l: &Locale, slug: &str) -> String {
    format!("/{l}/docs/{slug}/")
}

/// Everything a render step needs, loaded once.
struct Builder<'a> {
    catalog: Arc<Catalog>,
    renderer: Arc<Renderer>,
    pages: &'a [Page],
    locales: Vec<Locale>,
    reference: Locale,
    base: String,
    names: HashMap<Locale, String>,
}

impl Site {
    /// Loads and renders a whole site. Nothing is written anywhere.
    pub fn load(source: &SiteSource) -> Result<Site, SiteError> {
        Self::load_reusing(source, &mut RenderCache::default())
    }

    /// [`Site::load`], reusing the page bodies of `cache` whose inputs did not change, and
    /// leaving this load's bodies in it for the next. Every check runs as in a full load.
    pub fn load_reusing(source: &SiteSource, cache: &mut RenderCache) -> Result<Site, SiteError> {
        Self::load_with(source, cache, &Silent)
    }

    /// [`Site::load_reusing`], telling `progress` how far rendering has come.
    ///
    /// Long on purpose: the load's stages in their order, each one call and a timed lap,
    /// read top to bottom; the work is in the `Builder` methods it calls.
    pub fn load_with(
        source: &SiteSource,
        cache: &mut RenderCache,
        progress: &dyn Progress,
    ) -> Result<Site, SiteError> {
        let mut clock = Stages::start();
        let catalog = Arc::new(Catalog::load_reusing(source, &mut cache.catalog)?);
        clock.lap("catalogs");
        refuse_raw_html(&catalog, cache)?;
        let pages = content::load_pages(source)?;
        check_content(source, &catalog, &pages)?;
        clock.lap("pages");
        let renderer = renderer_for(source, &catalog, &pages, cache)?;
        clock.lap("templates");
        for required in REQUIRED_TEMPLATES {
            if !renderer.has(required) {
                return Err(SiteError::Content {
                    file: source.display(&format!("templates/{required}")),
                    message: "this template is required; copy it from the bundled site (`errdocs` repository, `templates/`)".into(),
                });
            }
        }
        let locales = catalog.locales().to_vec();
        let names = locales
            .iter()
            .map(|l| {
                let name = catalog.format(
                    l,
                    Scope::Shared,
                    "language-name",
                    &Args::new(),
                    "the language switcher",
                )?;
                Ok((l.clone(), name.text))
            })
            .collect::<Result<_, CatalogError>>()?;
        let b = Builder {
            reference: catalog.reference().clone(),
            base: catalog.config().base_url.clone(),
            catalog,
            renderer,
            pages: &pages,
            locales,
            names,
        };

        let page_keys = input_hashes(source, &pages);
        let keys = b.job_keys(&page_keys);
        let bodies = b.bodies(&keys, cache, progress)?;
        clock.lap("bodies");
        b.check_links(&bodies)?;
        clock.lap("links");
        let publication = b.publication(&bodies, &page_keys, cache);
        clock.lap("publication");
        let mut files = b.page_layouts(&bodies, &publication, &keys, cache, progress)?;
        clock.lap("layouts");
        files.extend(b.locale_pages(&bodies)?);
        files.extend(b.choosers(&publication, &page_keys, cache)?);
        let (redirects, alias_files) = b.aliases()?;
        files.extend(alias_files);
        files.push(b.sitemap(&publication)?);
        files.extend(static_assets(source));

        let mut by_path = BTreeMap::new();
        for (path, asset) in files {
            if by_path.insert(path.clone(), asset).is_some() {
                return Err(SiteError::Content {
                    file: path,
                    message:
                        "two outputs want this path; an alias or a static file collides with a page"
                            .into(),
                });
            }
        }
        let infos = b.infos(&bodies, &publication);
        clock.lap("other files");
        Ok(Site {
            catalog: b.catalog,
            pages: infos,
            files: by_path,
            redirects,
        })
    }
}

/// Timings of a load's stages, logged at debug level (`ERRDOCS_LOG=errdocs=debug`): where
/// a slow start or rebuild spends its time.
struct Stages(std::time::Instant);

impl Stages {
    fn start() -> Stages {
        Stages(std::time::Instant::now())
    }

    fn lap(&mut self, stage: &'static str) {
        let now = std::time::Instant::now();
        tracing::debug!(
            stage,
            us = now.duration_since(self.0).as_micros() as u64,
            "load stage"
        );
        self.0 = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE_CATALOG: &str = "locales/fr/docs/rate-limits.ftl";

    fn edited(path: &str) -> SiteSource {
        let source = SiteSource::bundled();
        let text = source.get(path).unwrap().replacen(" = ", " = Zq ", 1);
        source.with_file(path, &text)
    }

    #[test]
    fn a_reload_without_changes_renders_no_page_body() {
        let source = SiteSource::bundled();
        let mut cache = RenderCache::default();
        let first = Site::load_reusing(&source, &mut cache).unwrap();
        let all = first.pages.len() * first.catalog.locales().len();
        assert_eq!(cache.rendered(), all);
        let again = Site::load_reusing(&source, &mut cache).unwrap();
        assert_eq!(cache.rendered(), 0);
        assert_eq!(
            first.files.keys().collect::<Vec<_>>(),
            again.files.keys().collect::<Vec<_>>()
        );
        assert!(
            first
                .files
                .iter()
                .zip(&again.files)
                .all(|((_, a), (_, b))| a.body == b.body)
        );
    }

    #[test]
    fn an_edit_to_one_page_catalog_renders_that_page_in_every_locale_only() {
        let mut cache = RenderCache::default();
        let locales = Site::load_reusing(&SiteSource::bundled(), &mut cache)
            .unwrap()
            .catalog
            .locales()
            .len();
        let site = Site::load_reusing(&edited(PAGE_CATALOG), &mut cache).unwrap();
        assert_eq!(cache.rendered(), locales);
        let page = &site.files["fr/docs/rate-limits/index.html"];
        assert!(String::from_utf8_lossy(&page.body).contains("Zq"));
        // The result is the one a full load gives.
        let full = Site::load(&edited(PAGE_CATALOG)).unwrap();
        assert!(full.files.iter().all(|(k, v)| site.files[k].body == v.body));
    }

    #[test]
    fn an_edit_to_a_shared_catalog_renders_every_page_again() {
        let mut cache = RenderCache::default();
        let site = Site::load_reusing(&SiteSource::bundled(), &mut cache).unwrap();
        let all = site.pages.len() * site.catalog.locales().len();
        Site::load_reusing(&edited("locales/fr/site.ftl"), &mut cache).unwrap();
        assert_eq!(cache.rendered(), all);
    }

    #[test]
    fn unchanged_catalog_files_are_not_parsed_again() {
        let mut cache = RenderCache::default();
        let before = Site::load_reusing(&SiteSource::bundled(), &mut cache).unwrap();
        let after = Site::load_reusing(&edited(PAGE_CATALOG), &mut cache).unwrap();
        for (a, b) in before.catalog.files().iter().zip(after.catalog.files()) {
            assert_eq!(a.path, b.path);
            assert_eq!(
                Arc::ptr_eq(&a.resource, &b.resource),
                a.path != PAGE_CATALOG,
                "{}",
                a.path
            );
        }
    }

    #[test]
    fn a_catalog_edit_keeps_the_parsed_templates_and_a_template_edit_does_not() {
        let renderer = |cache: &RenderCache| cache.renderer.as_ref().unwrap().1.clone();
        let mut cache = RenderCache::default();
        Site::load_reusing(&SiteSource::bundled(), &mut cache).unwrap();
        let first = renderer(&cache);
        let site = Site::load_reusing(&edited(PAGE_CATALOG), &mut cache).unwrap();
        assert!(Arc::ptr_eq(&first, &renderer(&cache)));
        // The kept renderer reads the new catalog.
        let page = &site.files["fr/docs/rate-limits/index.html"];
        assert!(String::from_utf8_lossy(&page.body).contains("Zq"));
        let source = SiteSource::bundled();
        let template = format!(
            "{}{{# edited #}}",
            source.get("templates/page.html").unwrap()
        );
        let source = source.with_file("templates/page.html", &template);
        Site::load_reusing(&source, &mut cache).unwrap();
        assert!(!Arc::ptr_eq(&first, &renderer(&cache)));
    }

    #[test]
    fn a_failed_load_leaves_the_cache_usable() {
        let mut cache = RenderCache::default();
        Site::load_reusing(&SiteSource::bundled(), &mut cache).unwrap();
        let broken = SiteSource::bundled().with_file(PAGE_CATALOG, "title = {");
        assert!(Site::load_reusing(&broken, &mut cache).is_err());
        let site = Site::load_reusing(&SiteSource::bundled(), &mut cache).unwrap();
        let full = Site::load(&SiteSource::bundled()).unwrap();
        assert_eq!(site.files.len(), full.files.len());
        assert!(full.files.iter().all(|(k, v)| site.files[k].body == v.body));
    }
}
