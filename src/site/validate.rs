//! What a site must be before it is written or served: every internal link resolves in
//! every locale (the rule is `rules::check_link`), no catalog message carries raw HTML, and
//! pages and limits agree (limit pages, aliases, anchors of error URLs).

use super::*;

impl Builder<'_> {
    /// 2. Every internal link and fragment must resolve in the same locale.
    pub(super) fn check_links(&self, bodies: &[Arc<Body>]) -> Result<(), SiteError> {
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
pub(super) type RawHtml = Option<(usize, String, String)>;

/// Refuses raw HTML in any catalog message. Each file's verdict is kept in `cache` with the
/// resource it was made from (held, so its address stays its own): an unchanged file is not
/// scanned again.
pub(super) fn refuse_raw_html(catalog: &Catalog, cache: &mut RenderCache) -> Result<(), SiteError> {
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

pub(super) fn check_content(
    source: &SiteSource,
    catalog: &Catalog,
    pages: &[Page],
) -> Result<(), SiteError> {
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
