//! `Site`: the whole site loaded and rendered in memory, every page in every locale, with
//! every internal link checked. `build` writes it to disk and `serve` answers from it, so
//! the two cannot drift apart. Rendering runs in parallel across cores (rayon).

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

fn html(locale: Option<&Locale>, text: String) -> Asset {
    Asset {
        body: text.into_bytes().into(),
        content_type: "text/html; charset=utf-8".into(),
        locale: locale.cloned(),
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

impl Builder<'_> {
    fn body<'b>(&self, bodies: &'b [Arc<Body>], page: usize, locale: usize) -> &'b Body {
        &bodies[page * self.locales.len() + locale]
    }

    fn jobs(&self) -> Vec<(usize, usize)> {
        (0..self.pages.len())
            .flat_map(|p| (0..self.locales.len()).map(move |l| (p, l)))
            .collect()
    }

    /// The hreflang / switcher entries of a page, for the given locales.
    fn alternates(
        &self,
        path_of: &dyn Fn(&Locale) -> String,
        only: &[&Locale],
        current: Option<&Locale>,
    ) -> Vec<Alternate> {
        only.iter()
            .map(|l| Alternate {
                lang: l.to_string(),
                name: self.names[*l].clone(),
                dir: l.direction().as_str(),
                path: path_of(l),
                href: format!("{}{}", self.base, path_of(l)),
                current: Some(*l) == current,
            })
            .collect()
    }

    /// The hash of every input of each job's page in its locale (see [`RenderCache`]): what
    /// its body and its layout are a function of.
    fn job_keys(&self, keys: &[u64]) -> Vec<u64> {
        self.jobs()
            .iter()
            .map(|&(p, l)| {
                let locale = self.locales[l].to_string();
                keys[p] ^ xxhash_rust::xxh3::xxh3_64(locale.as_bytes())
            })
            .collect()
    }

    /// 1. Every page in every locale: skeleton → Markdown → HTML, in parallel. A body
    ///    whose inputs hash as in `cache` is taken from there.
    fn bodies(
        &self,
        keys: &[u64],
        cache: &mut RenderCache,
        progress: &dyn Progress,
    ) -> Result<Vec<Arc<Body>>, SiteError> {
        let jobs = self.jobs();
        progress.begin("render", jobs.len());
        let bodies = jobs
            .par_iter()
            .zip(keys)
            .map(|(&(p, l), &key)| {
                progress.advance();
                let (page, locale) = (&self.pages[p], &self.locales[l]);
                match cache.bodies.get(&(page.slug.clone(), locale.clone())) {
                    Some((k, body)) if *k == key => Ok((key, body.clone(), false)),
                    _ => render_body(&self.catalog, &self.renderer, page, locale)
                        .map(|body| (key, Arc::new(body), true)),
                }
            })
            .collect::<Result<Vec<_>, SiteError>>()?;
        cache.rendered = bodies.iter().filter(|(_, _, fresh)| *fresh).count();
        cache.bodies = jobs
            .iter()
            .zip(&bodies)
            .map(|(&(p, l), (key, body, _))| {
                let id = (self.pages[p].slug.clone(), self.locales[l].clone());
                (id, (*key, body.clone()))
            })
            .collect();
        Ok(bodies.into_iter().map(|(_, body, _)| body).collect())
    }

    /// 2. Every internal link and fragment must resolve in the same locale.
    fn check_links(&self, bodies: &[Arc<Body>]) -> Result<(), SiteError> {
        let jobs = self.jobs();
        let paths: Vec<String> = jobs
            .iter()
            .map(|&(p, l)| page_path(&self.locales[l], &self.pages[p].slug))
            .collect();
        let mut ids: HashMap<(&str, &Locale), &Vec<String>> = HashMap::new();
        for (&(p, l), path) in jobs.iter().zip(&paths) {
            ids.insert((path, &self.locales[l]), &self.body(bodies, p, l).ids);
        }
        let homes: BTreeSet<String> = self.locales.iter().map(|l| format!("/{l}/")).collect();
        let checked: Vec<Result<(), SiteError>> = jobs
            .par_iter()
            .zip(&paths)
            .map(|(&(p, l), own)| {
                let locale = &self.locales[l];
                for link in &self.body(bodies, p, l).links {
                    check_link(&self.pages[p].slug, locale, own, link, &ids, &homes)?;
                }
                Ok(())
            })
            .collect();
        checked.into_iter().collect::<Result<(), SiteError>>()?;
        let ids: HashMap<(String, &Locale), &Vec<String>> = ids
            .into_iter()
            .map(|((path, l), v)| ((path.to_owned(), l), v))
            .collect();
        for (id, limit) in &self.catalog.limits().by_id {
            let Some(anchor) = &limit.anchor else {
                continue;
            };
            for locale in &self.locales {
                if !ids
                    .get(&(page_path(locale, &limit.page), locale))
                    .is_some_and(|v| v.contains(anchor))
                {
                    return Err(SiteError::BrokenLink {
                        page: limit.page.clone(),
                        locale: locale.clone(),
                        link: format!("#{anchor}"),
                        why: format!(
                            "is the anchor of limit `{id}`'s error URL, but the page has no heading with that id"
                        ),
                    });
                }
            }
        }
        Ok(())
    }

    /// 3. The publication rule: a page is published in a locale when every message it
    ///    shows is translated and at least `publish-threshold` percent of them are current.
    ///    A page's row is a function of its inputs: one whose inputs hash as in `cache`
    ///    is taken from there.
    fn publication(
        &self,
        bodies: &[Arc<Body>],
        keys: &[u64],
        cache: &mut RenderCache,
    ) -> Vec<Vec<Publication>> {
        let rows: Vec<Vec<Publication>> = (0..self.pages.len())
            .into_par_iter()
            .map(|p| match cache.publication.get(&self.pages[p].slug) {
                Some((k, row)) if *k == keys[p] => row.clone(),
                _ => self.publication_row(bodies, p),
            })
            .collect();
        cache.publication = self
            .pages
            .iter()
            .zip(keys)
            .zip(&rows)
            .map(|((page, &key), row)| (page.slug.clone(), (key, row.clone())))
            .collect();
        rows
    }

    fn publication_row(&self, bodies: &[Arc<Body>], p: usize) -> Vec<Publication> {
        let threshold = u64::from(self.catalog.config().publish_threshold);
        {
            let page = &self.pages[p];
            let scope = Scope::Page(&page.slug);
            let mut row = Vec::new();
            for (l, locale) in self.locales.iter().enumerate() {
                let used = &self.body(bodies, p, l).used;
                let mut outdated = Vec::new();
                let mut untranslated = false;
                for id in used {
                    match self.catalog.status(locale, scope, id) {
                        Status::Current => {}
                        Status::Outdated => outdated.push(id.clone()),
                        Status::Untranslated => untranslated = true,
                    }
                }
                let current = (used.len() - outdated.len()) as u64;
                let published = *locale == self.reference
                    || (!untranslated && current * 100 >= threshold * used.len() as u64);
                row.push(if published {
                    Publication::Published { outdated }
                } else {
                    Publication::Fallback(0)
                });
            }
            // An unpublished locale shows the first published locale of its chain.
            for l in 0..self.locales.len() {
                if let Publication::Fallback(_) = row[l] {
                    let target = self
                        .catalog
                        .config()
                        .chain(&self.locales[l])
                        .iter()
                        .skip(1)
                        .find_map(|c| {
                            let i = self.locales.iter().position(|x| x == c)?;
                            matches!(row[i], Publication::Published { .. }).then_some(i)
                        });
                    row[l] = Publication::Fallback(target.unwrap_or(0));
                }
            }
            row
        }
    }

    fn published<'s>(&'s self, row: &[Publication]) -> Vec<&'s Locale> {
        self.locales
            .iter()
            .zip(row)
            .filter(|(_, p)| matches!(p, Publication::Published { .. }))
            .map(|(l, _)| l)
            .collect()
    }

    /// 4. Page layouts, in parallel; one whose page inputs hash as in `cache` is taken
    ///    from there (a layout is a function of its page's inputs, as its body is).
    fn page_layouts(
        &self,
        bodies: &[Arc<Body>],
        publication: &[Vec<Publication>],
        keys: &[u64],
        cache: &mut RenderCache,
        progress: &dyn Progress,
    ) -> Result<Vec<Output>, SiteError> {
        let jobs = self.jobs();
        progress.begin("layout", jobs.len());
        let outputs = jobs
            .par_iter()
            .zip(keys)
            .map(|(&(p, l), &key)| {
                progress.advance();
                let id = (self.pages[p].slug.clone(), self.locales[l].clone());
                if let Some((k, output)) = cache.layouts.get(&id)
                    && *k == key
                {
                    return Ok(output.clone());
                }
                self.page_layout(bodies, publication, p, l)
            })
            .collect::<Result<Vec<Output>, SiteError>>()?;
        cache.layouts = jobs
            .iter()
            .zip(keys)
            .zip(&outputs)
            .map(|((&(p, l), &key), output)| {
                let id = (self.pages[p].slug.clone(), self.locales[l].clone());
                (id, (key, output.clone()))
            })
            .collect();
        Ok(outputs)
    }

    fn page_layout(
        &self,
        bodies: &[Arc<Body>],
        publication: &[Vec<Publication>],
        p: usize,
        l: usize,
    ) -> Result<Output, SiteError> {
        let page = &self.pages[p];
        let requested = &self.locales[l];
        let (shown, outdated) = match &publication[p][l] {
            Publication::Published { outdated } => (l, !outdated.is_empty()),
            Publication::Fallback(f) => (*f, false),
        };
        let locale = &self.locales[shown];
        let b = self.body(bodies, p, shown);
        let published = self.published(&publication[p]);
        let path = page_path(requested, &page.slug);
        let data = LayoutData {
            dir: locale.direction().as_str(),
            title: b.title.clone(),
            description: b.description.clone(),
            content: b.html.clone(),
            canonical: format!("{}{}", self.base, page_path(locale, &page.slug)),
            alternates: self.alternates(&|x| page_path(x, &page.slug), &published, Some(requested)),
            x_default: format!("{}/docs/{}/", self.base, page.slug),
            untranslated: !b.fallbacks.is_empty(),
            outdated,
            not_published: shown != l,
            requested_lang: requested.to_string(),
            requested_dir: requested.direction().as_str(),
            reference_path: page_path(&self.reference, &page.slug),
            lastmod: page
                .front
                .lastmod
                .map(|d| d.to_string())
                .unwrap_or_default(),
            slug: page.slug.clone(),
            path,
            ..Default::default()
        };
        let binding = Binding {
            locale,
            page: Some(&page.slug),
            limit: page.front.limit.as_deref(),
        };
        let out = self.renderer.layout("page.html", &binding, &data)?;
        Ok((
            format!("{requested}/docs/{}/index.html", page.slug),
            html(Some(locale), out.text),
        ))
    }

    /// 5. Each locale's home and not-found page.
    fn locale_pages(&self, bodies: &[Arc<Body>]) -> Result<Vec<Output>, SiteError> {
        let mut out = Vec::new();
        let all: Vec<&Locale> = self.locales.iter().collect();
        for (l, locale) in self.locales.iter().enumerate() {
            let binding = Binding {
                locale,
                page: None,
                limit: None,
            };
            let list = self
                .pages
                .iter()
                .enumerate()
                .map(|(p, page)| ListEntry {
                    slug: page.slug.clone(),
                    title: self.body(bodies, p, l).title.clone(),
                    description: self.body(bodies, p, l).description.clone(),
                    path: page_path(locale, &page.slug),
                })
                .collect();
            let home = format!("/{locale}/");
            let data = LayoutData {
                dir: locale.direction().as_str(),
                canonical: format!("{}{home}", self.base),
                alternates: self.alternates(&|x| format!("/{x}/"), &all, Some(locale)),
                x_default: format!("{}/", self.base),
                reference_path: format!("/{}/", self.reference),
                pages: list,
                path: home,
                ..Default::default()
            };
            let page = self.renderer.layout("index.html", &binding, &data)?;
            out.push((
                format!("{locale}/index.html"),
                html(Some(locale), page.text),
            ));
            let data = LayoutData {
                dir: locale.direction().as_str(),
                canonical: format!("{}/{locale}/404.html", self.base),
                alternates: self.alternates(&|x| format!("/{x}/404.html"), &all, Some(locale)),
                x_default: format!("{}/", self.base),
                path: format!("/{locale}/404.html"),
                ..Default::default()
            };
            let page = self.renderer.layout("404.html", &binding, &data)?;
            out.push((format!("{locale}/404.html"), html(Some(locale), page.text)));
        }
        Ok(out)
    }

    /// 6. Language-neutral choosers: `/` and `/docs/{slug}/`, listing published versions.
    fn choosers(
        &self,
        publication: &[Vec<Publication>],
        keys: &[u64],
        cache: &mut RenderCache,
    ) -> Result<Vec<Output>, SiteError> {
        let all: Vec<&Locale> = self.locales.iter().collect();
        // The home chooser lists every locale; each page's, the locales it is published in,
        // a function of its inputs: taken from `cache` when those did not change.
        let home = self.chooser(
            String::new(),
            self.alternates(&|l| format!("/{l}/"), &all, None),
        )?;
        let pages: Vec<Output> = self
            .pages
            .par_iter()
            .enumerate()
            .map(|(p, page)| {
                if let Some((k, output)) = cache.choosers.get(&page.slug)
                    && *k == keys[p]
                {
                    return Ok(output.clone());
                }
                let alternates = self.alternates(
                    &|l| page_path(l, &page.slug),
                    &self.published(&publication[p]),
                    None,
                );
                self.chooser(format!("docs/{}/", page.slug), alternates)
            })
            .collect::<Result<_, SiteError>>()?;
        cache.choosers = self
            .pages
            .iter()
            .zip(keys)
            .zip(&pages)
            .map(|((page, &key), output)| (page.slug.clone(), (key, output.clone())))
            .collect();
        Ok(std::iter::once(home).chain(pages).collect())
    }

    fn chooser(&self, path: String, alternates: Vec<Alternate>) -> Result<Output, SiteError> {
        let binding = Binding {
            locale: &self.reference,
            page: None,
            limit: None,
        };
        let data = LayoutData {
            dir: self.reference.direction().as_str(),
            canonical: format!("{}/{path}", self.base),
            alternates,
            x_default: format!("{}/{path}", self.base),
            path: format!("/{path}"),
            ..Default::default()
        };
        let page = self.renderer.layout("chooser.html", &binding, &data)?;
        Ok((format!("{path}index.html"), html(None, page.text)))
    }

    /// 7. Aliases: static redirect pages; the server answers 301 instead.
    fn aliases(&self) -> Result<(BTreeMap<String, String>, Vec<Output>), SiteError> {
        let mut redirects = BTreeMap::new();
        for p in self.pages {
            for alias in &p.front.aliases {
                redirects.insert(format!("docs/{alias}/"), format!("docs/{}/", p.slug));
                for locale in &self.locales {
                    redirects.insert(
                        format!("{locale}/docs/{alias}/"),
                        format!("{locale}/docs/{}/", p.slug),
                    );
                }
            }
        }
        let mut out = Vec::new();
        for (from, to) in &redirects {
            // `fr/docs/old/` speaks French, `he/docs/old/` Hebrew; the neutral one the reference.
            let locale = self
                .locales
                .iter()
                .find(|l| from.starts_with(&format!("{l}/")))
                .unwrap_or(&self.reference);
            let binding = Binding {
                locale,
                page: None,
                limit: None,
            };
            let data = LayoutData {
                dir: locale.direction().as_str(),
                target: format!("/{to}"),
                canonical: format!("{}/{to}", self.base),
                ..Default::default()
            };
            let page = self.renderer.layout("alias.html", &binding, &data)?;
            out.push((format!("{from}index.html"), html(Some(locale), page.text)));
        }
        Ok((redirects, out))
    }

    /// 8. Sitemap with hreflang alternates, published versions only.
    fn sitemap(&self, publication: &[Vec<Publication>]) -> Result<Output, SiteError> {
        let all: Vec<&Locale> = self.locales.iter().collect();
        let mut urls = Vec::new();
        for locale in &self.locales {
            urls.push(SitemapUrl {
                loc: format!("{}/{locale}/", self.base),
                lastmod: String::new(),
                alternates: self.alternates(&|l| format!("/{l}/"), &all, Some(locale)),
            });
        }
        for (p, page) in self.pages.iter().enumerate() {
            let published = self.published(&publication[p]);
            for locale in &published {
                urls.push(SitemapUrl {
                    loc: format!("{}{}", self.base, page_path(locale, &page.slug)),
                    lastmod: page
                        .front
                        .lastmod
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    alternates: self.alternates(
                        &|l| page_path(l, &page.slug),
                        &published,
                        Some(locale),
                    ),
                });
            }
        }
        let binding = Binding {
            locale: &self.reference,
            page: None,
            limit: None,
        };
        let sitemap = self
            .renderer
            .layout("sitemap.xml", &binding, &SitemapData { urls })?;
        Ok((
            "sitemap.xml".into(),
            Asset {
                body: sitemap.text.into_bytes().into(),
                content_type: "application/xml; charset=utf-8".into(),
                locale: None,
            },
        ))
    }

    fn infos(&self, bodies: &[Arc<Body>], publication: &[Vec<Publication>]) -> Vec<PageInfo> {
        self.pages
            .iter()
            .enumerate()
            .map(|(p, page)| {
                let mut untranslated = BTreeMap::new();
                let mut outdated = BTreeMap::new();
                for (l, locale) in self.locales.iter().enumerate() {
                    let b = self.body(bodies, p, l);
                    if !b.fallbacks.is_empty() {
                        untranslated.insert(locale.clone(), b.fallbacks.clone());
                    }
                    if let Publication::Published { outdated: o } = &publication[p][l]
                        && !o.is_empty()
                    {
                        outdated.insert(locale.clone(), o.clone());
                    }
                }
                PageInfo {
                    slug: page.slug.clone(),
                    aliases: page.front.aliases.clone(),
                    limit: page.front.limit.clone(),
                    untranslated,
                    outdated,
                    published: self
                        .published(&publication[p])
                        .into_iter()
                        .cloned()
                        .collect(),
                }
            })
            .collect()
    }
}

/// A hash per page of every source file its bodies are rendered from: its content file, its
/// own catalog in every locale (fallbacks reach across locales), and every file that is not
/// another page's (configuration, facts, templates, shared catalogs, lock files, and static
/// files, whose versions `asset()` prints).
fn input_hashes(source: &SiteSource, pages: &[Page]) -> Vec<u64> {
    use xxhash_rust::xxh3::Xxh3;
    let own = |path: &str| -> Option<String> {
        if path.starts_with("content/docs/") {
            return Some(path.rsplit('/').next()?.split('.').next()?.to_owned());
        }
        match crate::catalog::catalog_path(path) {
            Ok((_, Some(slug))) => Some(slug.to_owned()),
            _ => None,
        }
    };
    let mut shared = Xxh3::new();
    let mut per_page: HashMap<String, Xxh3> = HashMap::new();
    for (path, text) in source.files() {
        let hasher = match own(path) {
            Some(slug) => per_page.entry(slug).or_default(),
            None => &mut shared,
        };
        hash_file(hasher, path, text);
    }
    let shared = shared.digest();
    pages
        .iter()
        .map(|page| {
            let own = per_page.get(&page.slug).map_or(0, Xxh3::digest);
            shared ^ own.rotate_left(1)
        })
        .collect()
}

/// Adds one source file to an input hash: length-prefixed, so that moving bytes between
/// files (or from a path into a text) changes the hash.
fn hash_file(hasher: &mut xxhash_rust::xxh3::Xxh3, path: &str, text: &str) {
    hasher.update(&(path.len() as u64).to_le_bytes());
    hasher.update(path.as_bytes());
    hasher.update(&(text.len() as u64).to_le_bytes());
    hasher.update(text.as_bytes());
}

/// The renderer of the last load when nothing it was made from changed (a catalog edit,
/// the translator's usual one), pointed at the new catalog; else a new one.
fn renderer_for(
    source: &SiteSource,
    catalog: &Arc<Catalog>,
    pages: &[Page],
    cache: &mut RenderCache,
) -> Result<Arc<Renderer>, SiteError> {
    use xxhash_rust::xxh3::Xxh3;
    let mut hasher = Xxh3::new();
    for prefix in ["templates/", "static/", "content/"] {
        for (path, text) in source.under(prefix) {
            hash_file(&mut hasher, path, text);
        }
    }
    let key = hasher.digest();
    if let Some((k, renderer)) = &cache.renderer
        && *k == key
    {
        renderer.rebind(catalog.clone());
        return Ok(renderer.clone());
    }
    let renderer = Arc::new(Renderer::new(source, catalog.clone(), pages)?);
    cache.renderer = Some((key, renderer.clone()));
    Ok(renderer)
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

/// Files under `static/`, copied as they are.
fn static_assets(source: &SiteSource) -> Vec<Output> {
    source
        .under("static/")
        .map(|(path, text)| {
            let rel = path.trim_start_matches("static/").to_owned();
            let mime = mime_guess::from_path(&rel).first_or_octet_stream();
            let content_type = match mime.type_() {
                mime_guess::mime::TEXT => format!("{mime}; charset=utf-8"),
                _ => mime.to_string(),
            };
            (
                rel,
                Asset {
                    body: text.as_bytes().into(),
                    content_type,
                    locale: None,
                },
            )
        })
        .collect()
}

fn render_body(
    catalog: &Catalog,
    renderer: &Renderer,
    page: &Page,
    locale: &Locale,
) -> Result<Body, SiteError> {
    let skeleton = renderer.skeleton(page, locale)?;
    let lang = locale.to_string();
    let rendered = content::render(&skeleton.text, &|u| localize_link(&lang, u));
    if let Some(raw) = rendered.raw_html.first() {
        return Err(SiteError::Content {
            file: page.display.clone(),
            message: format!(
                "raw HTML `{}` in locale `{locale}`; page skeletons hold no HTML, only Markdown and catalog calls",
                raw.trim()
            ),
        });
    }
    let args = match &page.front.limit {
        Some(limit) => catalog.limit_args(limit)?,
        None => Args::new(),
    };
    let user = format!("page `{}`", page.slug);
    let scope = Scope::Page(&page.slug);
    let title = catalog.format(locale, scope, "title", &args, &user)?;
    let description = catalog.format(locale, scope, "description", &args, &user)?;
    let mut fallbacks = skeleton.fallbacks;
    let mut used = skeleton.used;
    for (id, f) in [("title", &title), ("description", &description)] {
        if f.fallback {
            fallbacks.push(id.to_owned());
        }
        used.push(id.to_owned());
    }
    used.sort();
    used.dedup();
    Ok(Body {
        html: rendered.html,
        ids: rendered.ids,
        links: rendered.links.into_iter().map(|l| l.href).collect(),
        fallbacks,
        used,
        title: title.text,
        description: description.text,
    })
}

/// [`crate::rules::check_link`] on a rendered page: paths are the localized ones
/// (`/fr/docs/x/`), looked up among the pages of the same locale.
fn check_link(
    page: &str,
    locale: &Locale,
    own: &str,
    link: &str,
    ids: &HashMap<(&str, &Locale), &Vec<String>>,
    homes: &BTreeSet<String>,
) -> Result<(), SiteError> {
    crate::rules::check_link(
        link,
        own,
        |path| homes.contains(path),
        |path| ids.get(&(path, locale)).map(|v| v.as_slice()),
    )
    .map_err(|why| SiteError::BrokenLink {
        page: page.to_owned(),
        locale: locale.clone(),
        link: link.to_owned(),
        why: why.to_string(),
    })
}

/// Raw HTML found in a catalog file: the line, the message id and the first tag.
type RawHtml = Option<(usize, String, String)>;

/// Refuses raw HTML in any catalog message. Each file's verdict is kept in `cache` with the
/// resource it was made from (held, so its address stays its own): an unchanged file is not
/// scanned again.
fn refuse_raw_html(catalog: &Catalog, cache: &mut RenderCache) -> Result<(), SiteError> {
    let verdicts: Vec<(Arc<fluent_bundle::FluentResource>, RawHtml)> = catalog
        .files()
        .par_iter()
        .map(|file| {
            if let Some((resource, verdict)) = cache.raw_html.get(&file.path)
                && Arc::ptr_eq(resource, &file.resource)
            {
                return (resource.clone(), verdict.clone());
            }
            let verdict = Catalog::texts_of(file).into_iter().find_map(|m| {
                let html = content::raw_html(&m.text).into_iter().next()?;
                Some((m.line, m.id, html))
            });
            (file.resource.clone(), verdict)
        })
        .collect();
    cache.raw_html = catalog
        .files()
        .iter()
        .zip(&verdicts)
        .map(|(f, v)| (f.path.clone(), v.clone()))
        .collect();
    for (file, (_, verdict)) in catalog.files().iter().zip(verdicts) {
        if let Some((line, id, html)) = verdict {
            return Err(SiteError::RawHtml {
                file: file.display.clone(),
                line,
                id,
                html,
            });
        }
    }
    Ok(())
}

fn check_content(source: &SiteSource, catalog: &Catalog, pages: &[Page]) -> Result<(), SiteError> {
    let limits_file = source.display(crate::config::LIMITS_FILE);
    let slugs: BTreeSet<&str> = pages.iter().map(|p| p.slug.as_str()).collect();
    for page in pages {
        if let Some(limit) = &page.front.limit
            && catalog.limits().get(limit).is_none()
        {
            return Err(SiteError::Content {
                file: page.display.clone(),
                message: format!(
                    "front matter names limit `{limit}`, which `{limits_file}` does not define"
                ),
            });
        }
        for alias in &page.front.aliases {
            if slugs.contains(alias.as_str()) {
                return Err(SiteError::Content {
                    file: page.display.clone(),
                    message: format!(
                        "alias `{alias}` is also the slug of a page; remove the alias or rename the page"
                    ),
                });
            }
        }
    }
    for (id, limit) in &catalog.limits().by_id {
        if !slugs.contains(limit.page.as_str()) {
            return Err(SiteError::Content {
                file: limits_file.clone(),
                message: format!(
                    "limit `{id}` points to page `{}`, but `content/docs/{}.md` does not exist",
                    limit.page, limit.page
                ),
            });
        }
    }
    Ok(())
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
