//! `Site`: the whole site loaded and rendered in memory, every page in every locale, with
//! every internal link checked. `build` writes it to disk and `serve` answers from it, so
//! the two cannot drift apart. Rendering runs in parallel across cores (rayon).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::catalog::{Args, Catalog, CatalogError, Scope};
use crate::config::ConfigError;
use crate::content::{self, Page};
use crate::locale::Locale;
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
    #[error(
        "{file}:{line}:1: message `{id}` contains raw HTML `{html}`; catalogs are data, not code: write Markdown instead (`**bold**`, `[text](/docs/…)`)"
    )]
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

#[derive(Serialize)]
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
    fallbacks: Vec<String>,
    title: String,
    description: String,
}

fn html(locale: Option<&Locale>, text: String) -> Asset {
    Asset {
        body: text.into_bytes().into(),
        content_type: "text/html; charset=utf-8".into(),
        locale: locale.cloned(),
    }
}

impl Site {
    /// Loads and renders a whole site. Nothing is written anywhere.
    pub fn load(source: &SiteSource) -> Result<Site, SiteError> {
        let catalog = Arc::new(Catalog::load(source)?);
        refuse_raw_html(&catalog)?;
        let pages = content::load_pages(source)?;
        check_content(source, &catalog, &pages)?;
        let renderer = Renderer::new(source, catalog.clone(), &pages)?;
        for required in [
            "page.html",
            "index.html",
            "chooser.html",
            "404.html",
            "alias.html",
            "sitemap.xml",
        ] {
            if !renderer.has(required) {
                return Err(SiteError::Content {
                    file: source.display(&format!("templates/{required}")),
                    message: "this template is required; copy it from the bundled site (`errdocs` repository, `templates/`)".into(),
                });
            }
        }
        let locales = catalog.locales().to_vec();
        let base = catalog.config().base_url.clone();
        let names: HashMap<Locale, String> = locales
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
        let alternates =
            |path_of: &dyn Fn(&Locale) -> String, current: Option<&Locale>| -> Vec<Alternate> {
                locales
                    .iter()
                    .map(|l| Alternate {
                        lang: l.to_string(),
                        name: names[l].clone(),
                        dir: l.direction().as_str(),
                        path: path_of(l),
                        href: format!("{base}{}", path_of(l)),
                        current: Some(l) == current,
                    })
                    .collect()
            };

        // 1. Every page in every locale: skeleton → Markdown → HTML, in parallel.
        let jobs: Vec<(usize, &Locale)> = (0..pages.len())
            .flat_map(|i| locales.iter().map(move |l| (i, l)))
            .collect();
        let bodies: Vec<Body> = jobs
            .par_iter()
            .map(|&(i, locale)| render_body(&catalog, &renderer, &pages[i], locale))
            .collect::<Result<_, SiteError>>()?;
        let body = |i: usize, l: usize| &bodies[i * locales.len() + l];

        // 2. Every internal link and fragment must resolve in the same locale.
        let ids: HashMap<(String, &Locale), &Vec<String>> = jobs
            .iter()
            .enumerate()
            .map(|(j, &(i, l))| ((format!("/{l}/docs/{}/", pages[i].slug), l), &bodies[j].ids))
            .collect();
        for (j, &(i, locale)) in jobs.iter().enumerate() {
            let own = format!("/{locale}/docs/{}/", pages[i].slug);
            for link in &bodies[j].links {
                check_link(&pages[i].slug, locale, &own, link, &ids, &locales)?;
            }
        }
        for (id, limit) in &catalog.limits().by_id {
            if let Some(anchor) = &limit.anchor {
                for locale in &locales {
                    let page_ids = ids.get(&(format!("/{locale}/docs/{}/", limit.page), locale));
                    if !page_ids.is_some_and(|v| v.contains(anchor)) {
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
        }

        // 3. Layouts, in parallel.
        let reference = catalog.reference().clone();
        let page_path = |l: &Locale, slug: &str| format!("/{l}/docs/{slug}/");
        let mut rendered: Vec<(String, Asset)> = jobs
            .par_iter()
            .enumerate()
            .map(|(j, &(i, locale))| {
                let page = &pages[i];
                let b = &bodies[j];
                let path = page_path(locale, &page.slug);
                let data = LayoutData {
                    dir: locale.direction().as_str(),
                    title: b.title.clone(),
                    description: b.description.clone(),
                    content: b.html.clone(),
                    canonical: format!("{base}{path}"),
                    alternates: alternates(&|l| page_path(l, &page.slug), Some(locale)),
                    x_default: format!("{base}/docs/{}/", page.slug),
                    untranslated: !b.fallbacks.is_empty(),
                    reference_path: page_path(&reference, &page.slug),
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
                let out = renderer.layout("page.html", &binding, &data)?;
                Ok((
                    format!("{locale}/docs/{}/index.html", page.slug),
                    html(Some(locale), out.text),
                ))
            })
            .collect::<Result<_, SiteError>>()?;

        for (li, locale) in locales.iter().enumerate() {
            let binding = Binding {
                locale,
                page: None,
                limit: None,
            };
            let list = pages
                .iter()
                .enumerate()
                .map(|(i, p)| ListEntry {
                    slug: p.slug.clone(),
                    title: body(i, li).title.clone(),
                    description: body(i, li).description.clone(),
                    path: page_path(locale, &p.slug),
                })
                .collect();
            let home = format!("/{locale}/");
            let data = LayoutData {
                dir: locale.direction().as_str(),
                canonical: format!("{base}{home}"),
                alternates: alternates(&|l| format!("/{l}/"), Some(locale)),
                x_default: format!("{base}/"),
                reference_path: format!("/{reference}/"),
                pages: list,
                path: home,
                ..Default::default()
            };
            let out = renderer.layout("index.html", &binding, &data)?;
            rendered.push((format!("{locale}/index.html"), html(Some(locale), out.text)));
            let data = LayoutData {
                dir: locale.direction().as_str(),
                canonical: format!("{base}/{locale}/404.html"),
                alternates: alternates(&|l| format!("/{l}/404.html"), Some(locale)),
                x_default: format!("{base}/"),
                path: format!("/{locale}/404.html"),
                ..Default::default()
            };
            let out = renderer.layout("404.html", &binding, &data)?;
            rendered.push((format!("{locale}/404.html"), html(Some(locale), out.text)));
        }

        // 4. Language-neutral choosers: `/` and `/docs/{slug}/`.
        let chooser_binding = Binding {
            locale: &reference,
            page: None,
            limit: None,
        };
        let neutral = std::iter::once(None).chain(pages.iter().map(|p| Some(p.slug.as_str())));
        for slug in neutral {
            let path_of = |l: &Locale| match slug {
                Some(s) => page_path(l, s),
                None => format!("/{l}/"),
            };
            let path = slug.map_or_else(String::new, |s| format!("docs/{s}/"));
            let data = LayoutData {
                dir: reference.direction().as_str(),
                canonical: format!("{base}/{path}"),
                alternates: alternates(&path_of, None),
                x_default: format!("{base}/{path}"),
                path: format!("/{path}"),
                ..Default::default()
            };
            let out = renderer.layout("chooser.html", &chooser_binding, &data)?;
            rendered.push((format!("{path}index.html"), html(None, out.text)));
        }

        // 5. Aliases: static redirect pages; the server answers 301 instead.
        let mut redirects = BTreeMap::new();
        for p in &pages {
            for alias in &p.front.aliases {
                redirects.insert(format!("docs/{alias}/"), format!("docs/{}/", p.slug));
                for locale in &locales {
                    redirects.insert(
                        format!("{locale}/docs/{alias}/"),
                        format!("{locale}/docs/{}/", p.slug),
                    );
                }
            }
        }
        for (from, to) in &redirects {
            let data = LayoutData {
                target: format!("/{to}"),
                canonical: format!("{base}/{to}"),
                ..Default::default()
            };
            let out = renderer.layout("alias.html", &chooser_binding, &data)?;
            rendered.push((format!("{from}index.html"), html(None, out.text)));
        }

        // 6. Sitemap with hreflang alternates.
        let mut urls = Vec::new();
        for locale in &locales {
            urls.push(SitemapUrl {
                loc: format!("{base}/{locale}/"),
                lastmod: String::new(),
                alternates: alternates(&|l| format!("/{l}/"), Some(locale)),
            });
        }
        for p in &pages {
            for locale in &locales {
                urls.push(SitemapUrl {
                    loc: format!("{base}{}", page_path(locale, &p.slug)),
                    lastmod: p.front.lastmod.map(|d| d.to_string()).unwrap_or_default(),
                    alternates: alternates(&|l| page_path(l, &p.slug), Some(locale)),
                });
            }
        }
        let sitemap = renderer.layout("sitemap.xml", &chooser_binding, &SitemapData { urls })?;
        rendered.push((
            "sitemap.xml".into(),
            Asset {
                body: sitemap.text.into_bytes().into(),
                content_type: "application/xml; charset=utf-8".into(),
                locale: None,
            },
        ));

        // 7. Static assets, copied as they are.
        for (path, text) in source.under("static/") {
            let rel = path.trim_start_matches("static/").to_owned();
            let mime = mime_guess::from_path(&rel).first_or_octet_stream();
            let content_type = match mime.type_() {
                mime_guess::mime::TEXT => format!("{mime}; charset=utf-8"),
                _ => mime.to_string(),
            };
            rendered.push((
                rel,
                Asset {
                    body: text.as_bytes().into(),
                    content_type,
                    locale: None,
                },
            ));
        }

        let mut files = BTreeMap::new();
        for (path, asset) in rendered {
            if files.insert(path.clone(), asset).is_some() {
                return Err(SiteError::Content {
                    file: path,
                    message:
                        "two outputs want this path; an alias or a static file collides with a page"
                            .into(),
                });
            }
        }
        let infos = pages
            .iter()
            .enumerate()
            .map(|(i, p)| PageInfo {
                slug: p.slug.clone(),
                aliases: p.front.aliases.clone(),
                limit: p.front.limit.clone(),
                untranslated: locales
                    .iter()
                    .enumerate()
                    .filter(|(li, _)| !body(i, *li).fallbacks.is_empty())
                    .map(|(li, l)| (l.clone(), body(i, li).fallbacks.clone()))
                    .collect(),
            })
            .collect();
        Ok(Site {
            catalog,
            pages: infos,
            files,
            redirects,
        })
    }
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
    for (id, f) in [("title", &title), ("description", &description)] {
        if f.fallback {
            fallbacks.push(id.to_owned());
        }
    }
    Ok(Body {
        html: rendered.html,
        ids: rendered.ids,
        links: rendered.links.into_iter().map(|l| l.href).collect(),
        fallbacks,
        title: title.text,
        description: description.text,
    })
}

fn check_link(
    page: &str,
    locale: &Locale,
    own: &str,
    link: &str,
    ids: &HashMap<(String, &Locale), &Vec<String>>,
    locales: &[Locale],
) -> Result<(), SiteError> {
    let broken = |why: String| SiteError::BrokenLink {
        page: page.to_owned(),
        locale: locale.clone(),
        link: link.to_owned(),
        why,
    };
    if link.starts_with("https://") || link.starts_with("http://") || link.starts_with("mailto:") {
        return Ok(());
    }
    let (path, fragment) = match link.split_once('#') {
        Some((p, f)) => (if p.is_empty() { own } else { p }, Some(f)),
        None => (link, None),
    };
    if !path.starts_with('/') {
        return Err(broken(
            "is neither absolute (`https://…`) nor root-relative (`/docs/<slug>/`)".into(),
        ));
    }
    if locales.iter().any(|l| path == format!("/{l}/")) && fragment.is_none() {
        return Ok(());
    }
    let Some(target_ids) = ids.get(&(path.to_owned(), locale)) else {
        return Err(broken("is not a page of this site; write internal links as `/docs/<slug>/` with an existing slug".into()));
    };
    if let Some(f) = fragment
        && !target_ids.iter().any(|id| id == f)
    {
        let known: BTreeSet<&str> = target_ids.iter().map(String::as_str).collect();
        return Err(broken(format!(
            "has no heading with id `{f}` in this locale (ids there: {})",
            known.into_iter().collect::<Vec<_>>().join(", ")
        )));
    }
    Ok(())
}

fn refuse_raw_html(catalog: &Catalog) -> Result<(), SiteError> {
    for m in catalog.message_texts() {
        if let Some(html) = content::raw_html(&m.text).into_iter().next() {
            return Err(SiteError::RawHtml {
                file: m.file.display.clone(),
                line: m.line,
                id: m.id,
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
