//! Which locales publish which pages: a page is published in a locale when its messages
//! there are translated and current enough (`publish-threshold`), else readers get the
//! page in a fallback locale with a notice.

use super::*;

impl Builder<'_> {
    /// 3. The publication rule: a page is published in a locale when every message it
    ///    shows is translated and at least `publish-threshold` percent of them are current.
    ///    A page's row is a function of its inputs: one whose inputs hash as in `cache`
    ///    is taken from there.
    pub(super) fn publication(
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

    pub(super) fn published<'s>(&'s self, row: &[Publication]) -> Vec<&'s Locale> {
        self.locales
            .iter()
            .zip(row)
            .filter(|(_, p)| matches!(p, Publication::Published { .. }))
            .map(|(l, _)| l)
            .collect()
    }
}
