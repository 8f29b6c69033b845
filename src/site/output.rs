//! The files of a site besides page bodies: each page's layout in every locale, the
//! per-locale home and 404 pages, the language-neutral choosers, alias redirects, the
//! sitemap, static files, and the page list `serve` and `check` read.

use super::*;

impl Builder<'_> {
    /// The hreflang / switcher entries of a page, for the given locales.
    pub(super) fn alternates(
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

    /// 4. Page layouts, in parallel; one whose page inputs hash as in `cache` is taken
    ///    from there (a layout is a function of its page's inputs, as its body is).
    pub(super) fn page_layouts(
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

    pub(super) fn page_layout(
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
            html(
                Some(locale),
                Role::Page {
                    slug: page.slug.clone(),
                },
                out.text,
            ),
        ))
    }

    /// 5. Each locale's home and not-found page.
    pub(super) fn locale_pages(&self, bodies: &[Arc<Body>]) -> Result<Vec<Output>, SiteError> {
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
                html(Some(locale), Role::Home, page.text),
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
            out.push((
                format!("{locale}/404.html"),
                html(Some(locale), Role::NotFound, page.text),
            ));
        }
        Ok(out)
    }

    /// 6. Language-neutral choosers: `/` and `/docs/{slug}/`, listing published versions.
    pub(super) fn choosers(
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

    pub(super) fn chooser(
        &self,
        path: String,
        alternates: Vec<Alternate>,
    ) -> Result<Output, SiteError> {
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
        Ok((
            format!("{path}index.html"),
            html(None, Role::Chooser, page.text),
        ))
    }

    /// 7. Aliases: static redirect pages; the server answers 301 instead.
    pub(super) fn aliases(&self) -> Result<(BTreeMap<String, String>, Vec<Output>), SiteError> {
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
            out.push((
                format!("{from}index.html"),
                html(Some(locale), Role::Alias, page.text),
            ));
        }
        Ok((redirects, out))
    }

    /// 8. Sitemap with hreflang alternates, published versions only.
    pub(super) fn sitemap(&self, publication: &[Vec<Publication>]) -> Result<Output, SiteError> {
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
                role: Role::Sitemap,
            },
        ))
    }

    pub(super) fn infos(
        &self,
        bodies: &[Arc<Body>],
        publication: &[Vec<Publication>],
    ) -> Vec<PageInfo> {
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

/// Files under `static/`, copied as they are.
pub(super) fn static_assets(source: &SiteSource) -> Vec<Output> {
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
                    role: Role::Static,
                },
            )
        })
        .collect()
}
