//! Translation QA (`errdocs check`): every locale compared with the reference (`fr`) on the
//! Fluent ASTs, every message formatted with sample arguments across boundary numbers, the
//! staleness of each translation, and a full build of the site. The result is a [`Report`]
//! of findings (errors fail CI, warnings inform) and a per-locale summary, printed as text
//! for people or as stable JSON for dashboards.

mod boulder;
mod compare;
mod format;
mod report;
pub mod style;

pub use boulder::limiter_config;
pub use format::BOUNDARY_NUMBERS;
pub use report::{Code, Finding, LocaleSummary, Report, Severity};

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use crate::catalog::inspect::{EntryShape, FileShape, inspect};
use crate::catalog::{
    Catalog, LOCK_FILE, Scope, Status, catalog_locale, catalog_path, duplicate_ids, lock_path,
    scope_key, style_path,
};
use crate::config::{Config, Limits};
use crate::content;
use crate::locale::Locale;
use crate::site::Site;
use crate::source::SiteSource;

/// Checks a site; `only` restricts findings and summary to one locale (the reference is
/// always read, since everything is compared with it).
pub fn check(source: &SiteSource, only: Option<&Locale>) -> Report {
    let mut c = Checker {
        source,
        findings: Vec::new(),
    };
    let (config, limits) = match (Config::load(source), Limits::load(source)) {
        (Ok(c), Ok(l)) => (c, l),
        (Err(e), _) | (_, Err(e)) => {
            c.push(
                Finding::new(Severity::Error, Code::Config, e.message.clone())
                    .at(&e.file, e.line, e.col),
            );
            return c.finish("", Vec::new(), only);
        }
    };
    let pages = match content::load_pages(source) {
        Ok(p) => p,
        Err(e) => {
            c.push(
                Finding::new(Severity::Error, Code::FrontMatter, e.message.clone())
                    .at(&e.file, e.line, e.col),
            );
            Vec::new()
        }
    };
    let files = c.read_files(&config);
    let page_ids: BTreeMap<&str, Vec<String>> = pages
        .iter()
        .map(|p| (p.slug.as_str(), content::skeleton_ids(p)))
        .collect();
    c.check_files(&files, &page_ids);
    c.check_style(&config, &files);

    let reference = &config.default_locale;
    let shapes = Shapes::new(&files);
    let (site, catalog) = c.load(config.clone(), limits, &files);
    let catalog = catalog.as_deref();
    let mut published: BTreeMap<Locale, usize> = BTreeMap::new();
    for info in site.iter().flat_map(|s| &s.pages) {
        for l in &info.published {
            *published.entry(l.clone()).or_default() += 1;
        }
    }
    for locale in &config.locales {
        if locale != reference {
            c.compare(
                locale,
                reference,
                &shapes,
                catalog,
                published.contains_key(locale),
            );
        }
        if let Some(cat) = catalog {
            c.format_all(cat, locale, &shapes, &pages);
        }
    }

    let summaries = config
        .locales
        .iter()
        .map(|l| {
            let (messages, translated, outdated) = shapes.counts(l, reference, catalog);
            let published = published.get(l).copied().unwrap_or(0);
            LocaleSummary::new(
                l,
                (messages, translated, outdated),
                (published, pages.len()),
            )
        })
        .collect();
    c.finish(&reference.to_string(), summaries, only)
}

/// Writes `locales/<locale>/translated-from.toml`, accepting every current translation of
/// `locale` as made from today's reference text. Returns the path written.
pub fn accept(source: &SiteSource, locale: &Locale) -> anyhow::Result<std::path::PathBuf> {
    let root = source.root().ok_or_else(|| {
        anyhow::anyhow!(
            "`--accept` writes into a site folder; run it in a site or pass `--site DIR`"
        )
    })?;
    let catalog = Catalog::load(source)?;
    if locale == catalog.reference() {
        anyhow::bail!("`{locale}` is the reference locale: it is always current");
    }
    if !catalog.locales().contains(locale) {
        anyhow::bail!("`{locale}` is not one of the site's locales");
    }
    let path = root
        .join("locales")
        .join(locale.to_string())
        .join(LOCK_FILE);
    std::fs::write(&path, catalog.accepted_lock(locale))?;
    Ok(path)
}

/// One catalog file read for QA.
struct FileInfo {
    locale: Locale,
    page: Option<String>,
    display: String,
    text: String,
    shape: FileShape,
}

impl FileInfo {
    fn scope(&self) -> Scope<'_> {
        self.page.as_deref().map_or(Scope::Shared, Scope::Page)
    }
}

/// An entry and the file it is in.
type Located<'a> = (&'a FileInfo, &'a EntryShape);

/// Entries by scope key (`shared`, `docs/<slug>`), then id.
type ByScope<'a> = BTreeMap<String, BTreeMap<String, Located<'a>>>;

/// The entries of every locale by scope key, then id.
struct Shapes<'a> {
    by_locale: BTreeMap<Locale, ByScope<'a>>,
}

impl<'a> Shapes<'a> {
    fn new(files: &'a [FileInfo]) -> Self {
        let mut by_locale: BTreeMap<Locale, BTreeMap<String, BTreeMap<String, _>>> =
            BTreeMap::new();
        for f in files {
            for e in &f.shape.entries {
                by_locale
                    .entry(f.locale.clone())
                    .or_default()
                    .entry(scope_key(f.scope()))
                    .or_default()
                    .entry(e.id.clone())
                    .or_insert((f, e));
            }
        }
        Shapes { by_locale }
    }

    /// An entry visible in a scope: the page's own file first, then the shared files.
    fn find(
        &self,
        locale: &Locale,
        scope: &str,
        id: &str,
    ) -> Option<(&'a FileInfo, &'a EntryShape)> {
        let scopes = self.by_locale.get(locale)?;
        scopes
            .get(scope)
            .and_then(|m| m.get(id))
            .or_else(|| scopes.get("shared").and_then(|m| m.get(id)))
            .copied()
    }

    fn entries(
        &self,
        locale: &Locale,
    ) -> impl Iterator<Item = (&String, &(&'a FileInfo, &'a EntryShape))> {
        self.by_locale
            .get(locale)
            .into_iter()
            .flat_map(|s| s.values().flat_map(|m| m.iter()))
    }

    /// (reference messages, translated, outdated) for a locale; terms are not counted.
    fn counts(
        &self,
        locale: &Locale,
        reference: &Locale,
        catalog: Option<&Catalog>,
    ) -> (usize, usize, usize) {
        let mut total = 0;
        let mut translated = 0;
        let mut outdated = 0;
        for (id, (file, _)) in self.entries(reference) {
            if id.starts_with('-') {
                continue;
            }
            total += 1;
            let key = scope_key(file.scope());
            if self.find(locale, &key, id).is_some() {
                translated += 1;
                if catalog.is_some_and(|c| c.status(locale, file.scope(), id) == Status::Outdated) {
                    outdated += 1;
                }
            }
        }
        (total, translated, outdated)
    }
}

struct Checker<'s> {
    source: &'s SiteSource,
    findings: Vec<Finding>,
}

impl Checker<'_> {
    /// Loads the site once, for the QA to use its catalogs; when it does not build, loads
    /// the catalogs alone, to tell a catalog problem from a site problem and still check
    /// every message. Reports what failed.
    fn load(
        &mut self,
        config: Config,
        limits: Limits,
        files: &[FileInfo],
    ) -> (Option<Site>, Option<Arc<Catalog>>) {
        let site = Site::load(self.source);
        let catalog: Option<Arc<Catalog>> = match &site {
            Ok(site) => Some(site.catalog.clone()),
            Err(site_error) => match Catalog::from_parts(self.source, config, limits) {
                Ok(cat) => {
                    self.push(Finding::new(
                        Severity::Error,
                        Code::Build,
                        site_error.to_string(),
                    ));
                    Some(Arc::new(cat))
                }
                Err(e) => {
                    // Syntax errors are already reported one by one; anything else is new.
                    if !files.iter().any(|f| !f.shape.syntax.is_empty()) {
                        self.push(Finding::new(Severity::Error, Code::Catalog, e.to_string()));
                    }
                    None
                }
            },
        };
        (site.ok(), catalog)
    }

    fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    /// A finding on an entry of a catalog file.
    fn at(
        &mut self,
        severity: Severity,
        f: &FileInfo,
        e: &EntryShape,
        code: Code,
        message: String,
    ) {
        self.push(
            Finding::new(severity, code, message)
                .at(&f.display, e.line, 1)
                .in_locale(&f.locale.to_string())
                .on(&e.id),
        );
    }

    /// Reads every catalog file, reporting each one that is misplaced or does not parse
    /// (the same rules as loading: [`catalog_path`], [`catalog_locale`]).
    fn read_files(&mut self, config: &Config) -> Vec<FileInfo> {
        let mut files = Vec::new();
        for (path, text) in self.source.under("locales/") {
            if lock_path(path).is_some() || style_path(path).is_some() {
                continue;
            }
            let display = self.source.display(path);
            let layout = |message: String| Finding::new(Severity::Error, Code::Layout, message);
            let (tag, page) = match catalog_path(path) {
                Ok(place) => place,
                Err(message) => {
                    self.push(layout(message).at(&display, 1, 1));
                    continue;
                }
            };
            let locale = match catalog_locale(tag, config) {
                Ok(locale) => locale,
                Err(message) => {
                    self.push(layout(message).at(&display, 1, 1).in_locale(tag));
                    continue;
                }
            };
            let shape = inspect(text);
            for s in &shape.syntax {
                let message = format!("{}\n    {}", s.message, s.line_text);
                self.push(
                    Finding::new(Severity::Error, Code::Syntax, message)
                        .at(&display, s.line, s.col)
                        .in_locale(tag),
                );
            }
            files.push(FileInfo {
                locale,
                page: page.map(str::to_owned),
                display,
                text: text.to_owned(),
                shape,
            });
        }
        files
    }

    /// Duplicate ids, by the rule loading applies ([`duplicate_ids`]) to every bundle: a
    /// locale's shared files, and each page's file after them (reported only where the
    /// page's file is the later one, so a shared duplicate is reported once).
    fn check_duplicates(&mut self, files: &[FileInfo]) {
        fn entries(f: &FileInfo) -> impl Iterator<Item = (&FileInfo, &str, usize)> {
            f.shape
                .entries
                .iter()
                .map(move |e| (f, e.id.as_str(), e.line))
        }
        let mut found = Vec::new();
        for locale in files.iter().map(|f| &f.locale).collect::<BTreeSet<_>>() {
            let shared: Vec<&FileInfo> = files
                .iter()
                .filter(|f| f.locale == *locale && f.page.is_none())
                .collect();
            found.extend(duplicate_ids(shared.iter().copied().flat_map(entries)));
            for page in files
                .iter()
                .filter(|f| f.locale == *locale && f.page.is_some())
            {
                let bundle = shared.iter().copied().chain([page]);
                found.extend(
                    duplicate_ids(bundle.flat_map(entries))
                        .into_iter()
                        .filter(|d| std::ptr::eq(d.at.0, page)),
                );
            }
        }
        for d in found {
            let (file, first) = (d.at.0, d.first.0);
            let entry = file.shape.entries.iter().find(|e| e.line == d.at.1);
            let message = format!(
                "`{}` is defined twice (first at {}:{}); rename or delete one",
                d.id, first.display, d.first.1
            );
            self.push(
                Finding::new(Severity::Error, Code::Duplicate, message)
                    .at(&file.display, d.at.1, 1)
                    .in_locale(&file.locale.to_string())
                    .on(entry.map_or(d.id, |e| e.id.as_str())),
            );
        }
    }

    /// Checks that need one file at a time: duplicates, isolation marks, raw HTML, links.
    fn check_files(&mut self, files: &[FileInfo], page_ids: &BTreeMap<&str, Vec<String>>) {
        self.check_duplicates(files);
        for f in files {
            for e in &f.shape.entries {
                if e.text.contains(['\u{2068}', '\u{2069}']) {
                    let msg = format!(
                        "`{}` contains a bidi isolation mark (U+2068/U+2069); delete it, errdocs handles direction itself",
                        e.id
                    );
                    self.at(Severity::Error, f, e, Code::IsolationMark, msg);
                }
                if let Some(tag) = content::raw_html(&e.text).into_iter().next() {
                    let msg = crate::rules::raw_html_message(&e.id, &tag);
                    self.at(Severity::Error, f, e, Code::RawHtml, msg);
                }
                for link in content::links(&e.text) {
                    if let Some(why) = broken_link(&link, f.page.as_deref(), page_ids) {
                        let msg = format!("`{}` links to `{link}`, which {why}", e.id);
                        self.at(Severity::Error, f, e, Code::Link, msg);
                    }
                }
            }
        }
    }

    /// Each locale's glossary and typography rules (`locales/<tag>/glossary.toml`,
    /// `typography.toml`, both optional) on the literal text of its messages; a style file
    /// that does not load is reported at its line and column.
    fn check_style(&mut self, config: &Config, files: &[FileInfo]) {
        for locale in &config.locales {
            let tag = locale.to_string();
            let source = self.source;
            let read = |name: &str| {
                let path = format!("{}/{tag}/{name}", crate::catalog::LOCALES_DIR);
                Some((source.display(&path), source.get(&path)?.to_owned()))
            };
            let mut glossary = style::Glossary::default();
            let mut typography = style::Typography::default();
            if let Some((display, text)) = read(style::GLOSSARY_FILE) {
                match style::Glossary::parse(&text) {
                    Ok(g) => glossary = g,
                    Err(e) => self.push(
                        Finding::new(Severity::Error, Code::Glossary, e.message)
                            .at(&display, e.line, e.col)
                            .in_locale(&tag),
                    ),
                }
            }
            if let Some((display, text)) = read(style::TYPOGRAPHY_FILE) {
                match style::Typography::parse(&text) {
                    Ok(t) => typography = t,
                    Err(e) => self.push(
                        Finding::new(Severity::Error, Code::Typography, e.message)
                            .at(&display, e.line, e.col)
                            .in_locale(&tag),
                    ),
                }
            }
            for f in files.iter().filter(|f| &f.locale == locale) {
                for e in &f.shape.entries {
                    for run in &e.runs {
                        let hits = glossary
                            .scan(run)
                            .into_iter()
                            .map(|h| (Code::Glossary, h))
                            .chain(
                                typography
                                    .scan(run)
                                    .into_iter()
                                    .map(|h| (Code::Typography, h)),
                            );
                        for (code, hit) in hits {
                            let start = run.source_offset(hit.range.start);
                            let (line, col) = crate::config::line_col(&f.text, start);
                            let width = run.text[hit.range.clone()].chars().count();
                            self.push(
                                Finding::new(
                                    Severity::Error,
                                    code,
                                    format!("`{}`: {}", e.id, hit.message),
                                )
                                .at(&f.display, line, col)
                                .spanning(width)
                                .with_rule(&hit.rule)
                                .in_locale(&tag)
                                .on(&e.id),
                            );
                        }
                    }
                }
            }
        }
    }

    fn finish(
        mut self,
        reference: &str,
        mut locales: Vec<LocaleSummary>,
        only: Option<&Locale>,
    ) -> Report {
        if let Some(only) = only {
            let tag = only.to_string();
            self.findings
                .retain(|f| f.locale == tag || f.locale.is_empty());
            locales.retain(|l| l.locale == tag);
        }
        // The line of each finding's file, for the snippet under it in text output.
        let texts: BTreeMap<String, &str> = self
            .source
            .files()
            .map(|(path, text)| (self.source.display(path), text))
            .collect();
        for f in &mut self.findings {
            if let Some(text) = texts.get(&f.file) {
                f.source_line = text
                    .lines()
                    .nth(f.line.saturating_sub(1))
                    .unwrap_or("")
                    .to_owned();
            }
        }
        self.findings.sort();
        self.findings.dedup();
        for s in &mut locales {
            s.errors = self
                .findings
                .iter()
                .filter(|f| f.locale == s.locale && f.severity == Severity::Error)
                .count();
            s.warnings = self
                .findings
                .iter()
                .filter(|f| f.locale == s.locale && f.severity == Severity::Warning)
                .count();
        }
        Report {
            format: 1,
            reference: reference.to_owned(),
            ok: !self.findings.iter().any(|f| f.severity == Severity::Error),
            locales,
            findings: self.findings,
        }
    }
}

/// Why a link written in a catalog does not resolve, if it does not:
/// [`crate::rules::check_link`] on the language-neutral paths a catalog writes
/// (`/docs/<slug>/`), against the heading ids of the page skeletons. A `#id` alone in a
/// shared message has no page of its own to check against, and a target that is a variable
/// (`[…]({ $url })`, read as empty) is only known when the page renders, where the site
/// checks it.
fn broken_link(
    link: &str,
    page: Option<&str>,
    page_ids: &BTreeMap<&str, Vec<String>>,
) -> Option<String> {
    if link.is_empty() || (page.is_none() && link.starts_with('#')) {
        return None;
    }
    let own = page.map(|p| format!("/docs/{p}/")).unwrap_or_default();
    crate::rules::check_link(
        link,
        &own,
        |path| path == "/",
        |path| {
            let slug = path.strip_prefix("/docs/")?.strip_suffix('/')?;
            page_ids.get(slug).map(Vec::as_slice)
        },
    )
    .err()
    .map(|why| why.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_checked_against_skeleton_ids() {
        let ids = BTreeMap::from([("a", vec!["x".to_owned()])]);
        assert_eq!(broken_link("/docs/a/#x", None, &ids), None);
        assert!(
            broken_link("/docs/a/#y", None, &ids)
                .unwrap()
                .contains("no heading with id `y`")
        );
        assert!(
            broken_link("/docs/b/", None, &ids)
                .unwrap()
                .contains("not a page")
        );
        assert_eq!(broken_link("#x", Some("a"), &ids), None);
        assert_eq!(broken_link("", None, &ids), None);
        // Site and check agree: internal links end with a slash.
        assert!(broken_link("/docs/a", None, &ids).is_some());
        assert_eq!(broken_link("https://example.org/#z", None, &ids), None);
    }
}
