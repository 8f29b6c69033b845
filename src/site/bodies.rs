//! Page bodies: each page's skeleton rendered to Markdown and HTML in every locale, on every
//! core; and what a rebuild may reuse of them, decided by hashes of their inputs (never
//! timestamps) and by whether the renderer's own inputs changed.

use super::*;

impl Builder<'_> {
    pub(super) fn body<'b>(&self, bodies: &'b [Arc<Body>], page: usize, locale: usize) -> &'b Body {
        &bodies[page * self.locales.len() + locale]
    }

    pub(super) fn jobs(&self) -> Vec<(usize, usize)> {
        (0..self.pages.len())
            .flat_map(|p| (0..self.locales.len()).map(move |l| (p, l)))
            .collect()
    }

    /// The hash of every input of each job's page in its locale (see [`RenderCache`]): what
    /// its body and its layout are a function of.
    pub(super) fn job_keys(&self, keys: &[u64]) -> Vec<u64> {
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
    pub(super) fn bodies(
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
}

/// A hash per page of every source file its bodies are rendered from: its content file, its
/// own catalog in every locale (fallbacks reach across locales), and every file that is not
/// another page's (configuration, facts, templates, shared catalogs, lock files, and static
/// files, whose versions `asset()` prints).
pub(super) fn input_hashes(source: &SiteSource, pages: &[Page]) -> Vec<u64> {
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
pub(super) fn hash_file(hasher: &mut xxhash_rust::xxh3::Xxh3, path: &str, text: &str) {
    hasher.update(&(path.len() as u64).to_le_bytes());
    hasher.update(path.as_bytes());
    hasher.update(&(text.len() as u64).to_le_bytes());
    hasher.update(text.as_bytes());
}

/// The renderer of the last load when nothing it was made from changed (a catalog edit,
/// the translator's usual one), pointed at the new catalog; else a new one.
pub(super) fn renderer_for(
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

pub(super) fn render_body(
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
