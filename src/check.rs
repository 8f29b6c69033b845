//! Translation QA (`errdocs check`): every locale compared with the reference (`fr`) on the
//! Fluent ASTs, every message formatted with sample arguments across boundary numbers, the
//! staleness of each translation, and a full build of the site. The result is a [`Report`]
//! of findings (errors fail CI, warnings inform) and a per-locale summary, printed as text
//! for people or as stable JSON for dashboards.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use serde::Serialize;

use crate::catalog::inspect::{EntryShape, FileShape, inspect, integer_plural_categories};
use crate::catalog::{
    Arg, Args, Catalog, LOCK_FILE, Scope, Status, catalog_locale, catalog_path, lock_path,
    scope_key,
};
use crate::config::{Config, Limits, Period};
use crate::content::{self, Page};
use crate::locale::Locale;
use crate::site::Site;
use crate::source::SiteSource;

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails `errdocs check` (and CI).
    Error,
    /// Reported, does not fail.
    Warning,
}

/// Declares [`Code`] with the stable name of each variant, in one list.
macro_rules! codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal,)*) => {
        /// What a finding is about, by a stable name for dashboards and CI filters
        /// (`variable-dropped`). Declared in the order of their names, so findings sort as
        /// they always have.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
        pub enum Code {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Code {
            /// The stable name (`raw-html`), as text and JSON print it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }
        }
    };
}

codes! {
    /// A reference message's attribute is missing in a translation.
    AttributeMissing = "attribute-missing",
    /// A translation has an attribute the reference does not.
    AttributeObsolete = "attribute-obsolete",
    /// The site does not build (after its catalogs loaded).
    Build = "build",
    /// The catalogs do not load (beyond syntax errors, reported one by one).
    Catalog = "catalog",
    /// `errdocs.toml` or `content/limits.toml` is invalid.
    Config = "config",
    /// An id is defined twice where both are visible.
    Duplicate = "duplicate",
    /// A message fails to format with sample arguments.
    Format = "format",
    /// A page's front matter is invalid.
    FrontMatter = "front-matter",
    /// A bidi isolation mark in a catalog.
    IsolationMark = "isolation-mark",
    /// A file under `locales/` that is not where a catalog belongs.
    Layout = "layout",
    /// A link in a catalog that does not resolve.
    Link = "link",
    /// A reference message missing from a translation.
    Missing = "missing",
    /// A translation of a message the reference no longer has.
    Obsolete = "obsolete",
    /// A translation made from an older reference text.
    Outdated = "outdated",
    /// A plural category the locale needs has no variant.
    Plural = "plural",
    /// A plural variant the locale never selects.
    PluralUnused = "plural-unused",
    /// Raw HTML in a catalog message.
    RawHtml = "raw-html",
    /// A reference to a message or term the locale does not define.
    Reference = "reference",
    /// A Fluent syntax error.
    Syntax = "syntax",
    /// A value where the reference has none, or none where it has one.
    Value = "value",
    /// A translation drops a variable the reader needs (URL, identifier, number).
    VariableDropped = "variable-dropped",
    /// A translation uses a variable no caller supplies.
    VariableUnknown = "variable-unknown",
    /// A translation does not print a variable of the reference (grammar helpers).
    VariableUnused = "variable-unused",
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem, with where it is and what to do.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// The locale concerned (`fr` for reference problems; empty for site-wide ones).
    pub locale: String,
    /// The file, as shown to the user.
    pub file: String,
    /// 1-based line (1 when unknown).
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// What the finding is about (`syntax`, `missing`, `variable-unknown`, …).
    pub code: Code,
    /// The message id, when one is concerned.
    pub id: String,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl Finding {
    /// A site-wide finding with no place yet: add one with [`Finding::at`].
    pub fn new(severity: Severity, code: Code, message: impl Into<String>) -> Finding {
        Finding {
            severity,
            locale: String::new(),
            file: String::new(),
            line: 1,
            col: 1,
            code,
            id: String::new(),
            message: message.into(),
        }
    }

    /// The finding at `file:line:col`.
    pub fn at(mut self, file: &str, line: usize, col: usize) -> Finding {
        self.file = file.to_owned();
        (self.line, self.col) = (line, col);
        self
    }

    /// The finding concerns `locale`.
    pub fn in_locale(mut self, locale: &str) -> Finding {
        self.locale = locale.to_owned();
        self
    }

    /// The finding concerns the message `id`.
    pub fn on(mut self, id: &str) -> Finding {
        self.id = id.to_owned();
        self
    }
}

/// One locale's numbers.
#[derive(Clone, Debug, Serialize)]
pub struct LocaleSummary {
    /// The locale.
    pub locale: String,
    /// Messages in the reference (the total to translate).
    pub messages: usize,
    /// Of those, how many this locale has.
    pub translated: usize,
    /// `translated / messages`, in percent, one decimal.
    pub translated_percent: f64,
    /// Translated messages made from an older reference text.
    pub outdated: usize,
    /// Pages published in this locale.
    pub pages_published: usize,
    /// Pages of the site.
    pub pages: usize,
    /// Error findings for this locale.
    pub errors: usize,
    /// Warning findings for this locale.
    pub warnings: usize,
}

/// The result of a check. JSON: `{"format": 1, "reference": "fr", "ok": bool, "locales": [..],
/// "findings": [..]}`; fields are only ever added.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Version of the JSON layout.
    pub format: u32,
    /// The reference locale.
    pub reference: String,
    /// True when there is no error.
    pub ok: bool,
    /// Per-locale summary, reference first.
    pub locales: Vec<LocaleSummary>,
    /// Every finding, errors first, then by file and line.
    pub findings: Vec<Finding>,
}

/// The numbers every numeric variable is tried with: where plural rules change category.
pub const BOUNDARY_NUMBERS: [u64; 10] = [0, 1, 2, 3, 5, 11, 21, 22, 101, 1_000_000];

const UNITS: [&str; 5] = ["second", "minute", "hour", "day", "week"];

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

    let reference = &config.default_locale;
    let shapes = Shapes::new(&files);
    // The site is loaded once: its catalogs serve the QA below. Only when it does not
    // build are the catalogs loaded alone, to tell a catalog problem from a site problem
    // and still check every message.
    let site = Site::load(source);
    let catalog: Option<Arc<Catalog>> = match &site {
        Ok(site) => Some(site.catalog.clone()),
        Err(site_error) => match Catalog::from_parts(source, config.clone(), limits) {
            Ok(cat) => {
                c.push(Finding::new(
                    Severity::Error,
                    Code::Build,
                    site_error.to_string(),
                ));
                Some(Arc::new(cat))
            }
            Err(e) => {
                // Syntax errors are already reported one by one; anything else is new.
                if !files.iter().any(|f| !f.shape.syntax.is_empty()) {
                    c.push(Finding::new(Severity::Error, Code::Catalog, e.to_string()));
                }
                None
            }
        },
    };
    let catalog = catalog.as_deref();
    let site = site.ok();
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
            LocaleSummary {
                locale: l.to_string(),
                messages,
                translated,
                translated_percent: if messages == 0 {
                    100.0
                } else {
                    (translated as f64 * 1000.0 / messages as f64).round() / 10.0
                },
                outdated,
                pages_published: published.get(l).copied().unwrap_or(0),
                pages: pages.len(),
                errors: 0,
                warnings: 0,
            }
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
            if lock_path(path).is_some() {
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
                shape,
            });
        }
        files
    }

    /// Checks that need one file at a time: duplicates, isolation marks, raw HTML, links.
    fn check_files(&mut self, files: &[FileInfo], page_ids: &BTreeMap<&str, Vec<String>>) {
        let mut seen: BTreeMap<(Locale, String), (String, usize)> = BTreeMap::new();
        // Shared ids first, so a page file that repeats one is the one reported.
        let mut ordered: Vec<&FileInfo> = files.iter().collect();
        ordered.sort_by_key(|f| f.page.is_some());
        for f in ordered {
            for e in &f.shape.entries {
                let visible_in = match &f.page {
                    None => "*".to_owned(),
                    Some(p) => p.clone(),
                };
                let keys = [
                    (f.locale.clone(), format!("{visible_in}/{}", e.id)),
                    (f.locale.clone(), format!("*/{}", e.id)),
                ];
                if let Some((file, line)) = keys.iter().find_map(|k| seen.get(k)) {
                    let msg = format!(
                        "`{}` is defined twice (first at {file}:{line}); rename or delete one",
                        e.id
                    );
                    self.at(Severity::Error, f, e, Code::Duplicate, msg);
                } else {
                    seen.insert(keys[0].clone(), (f.display.clone(), e.line));
                }
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

    /// A translation against the reference: missing and obsolete messages and attributes,
    /// variables, references, plural categories, staleness.
    fn compare(
        &mut self,
        locale: &Locale,
        reference: &Locale,
        shapes: &Shapes<'_>,
        catalog: Option<&Catalog>,
        publishes: bool,
    ) {
        let plural = integer_plural_categories(locale);
        let mut pairs = Vec::new();
        for (id, (f, e)) in shapes.entries(locale) {
            let key = scope_key(f.scope());
            match shapes.find(reference, &key, id) {
                None => {
                    let msg = format!(
                        "`{id}` is not in the reference `{reference}`; delete it, or add it to the reference first"
                    );
                    self.at(Severity::Error, f, e, Code::Obsolete, msg);
                }
                Some((_, r)) => pairs.push((*f, *e, r)),
            }
        }
        for (f, e, r) in pairs {
            self.compare_entry(locale, f, e, r, shapes, &plural);
            if let Some(cat) = catalog
                && !e.id.starts_with('-')
                && cat.status(locale, f.scope(), &e.id) == Status::Outdated
            {
                let msg = format!(
                    "`{}` was translated from an older reference text (or never accepted); update it, then run `errdocs check --accept {locale}`",
                    e.id
                );
                self.at(Severity::Warning, f, e, Code::Outdated, msg);
            }
        }
        for (id, (rf, _)) in shapes.entries(reference) {
            let key = scope_key(rf.scope());
            if shapes.find(locale, &key, id).is_some() {
                continue;
            }
            let belongs = match &rf.page {
                Some(p) => format!("locales/{locale}/docs/{p}.ftl"),
                None => format!("a shared file of locales/{locale}/"),
            };
            // Shared messages (chrome, the limiter's errors) are needed by every published page.
            let (severity, why) = if rf.page.is_none() && publishes {
                (
                    Severity::Error,
                    "every published page of this locale needs it",
                )
            } else {
                (
                    Severity::Warning,
                    "untranslated: the reference text is shown, and the page stays unpublished",
                )
            };
            let msg = format!("`{id}` is missing ({why}); add it to `{belongs}`");
            let dir = self.source.display(&format!("locales/{locale}"));
            self.push(
                Finding::new(severity, Code::Missing, msg)
                    .at(&dir, 1, 1)
                    .in_locale(&locale.to_string())
                    .on(id),
            );
        }
    }

    fn compare_entry(
        &mut self,
        locale: &Locale,
        f: &FileInfo,
        e: &EntryShape,
        r: &EntryShape,
        shapes: &Shapes<'_>,
        plural: &BTreeMap<&str, Vec<u64>>,
    ) {
        let id = &e.id;
        if e.has_value != r.has_value {
            let msg = if r.has_value {
                "has no value but the reference has one"
            } else {
                "has a value but the reference has only attributes"
            };
            self.at(Severity::Error, f, e, Code::Value, format!("`{id}` {msg}"));
        }
        for a in r.attributes.difference(&e.attributes) {
            self.at(
                Severity::Error,
                f,
                e,
                Code::AttributeMissing,
                format!("`{id}` lacks the attribute `.{a}` of the reference"),
            );
        }
        for a in e.attributes.difference(&r.attributes) {
            self.at(
                Severity::Error,
                f,
                e,
                Code::AttributeObsolete,
                format!("`{id}` has the attribute `.{a}`, which the reference does not; delete it"),
            );
        }
        for v in e.variables.difference(&r.variables) {
            // `$window` where the reference wrote `$window-amount`: the same fact, supplied.
            if r.variables.iter().any(|rv| stem(rv) == stem(v)) {
                continue;
            }
            let msg = format!(
                "`{id}` uses `${v}`, which the reference does not have: no caller supplies it (reference variables: {})",
                list(&r.variables)
            );
            self.at(Severity::Error, f, e, Code::VariableUnknown, msg);
        }
        for v in r.variables.difference(&e.variables) {
            if carried_by_family(v, &e.printed) {
                continue;
            }
            let critical = r.printed.contains(v) && is_critical(v);
            let (severity, code, what) = if critical {
                (
                    Severity::Error,
                    Code::VariableDropped,
                    "the reader loses a URL, an identifier or a number the sentence depends on",
                )
            } else {
                (
                    Severity::Warning,
                    Code::VariableUnused,
                    "check that nothing is lost",
                )
            };
            self.at(
                severity,
                f,
                e,
                code,
                format!("`{id}` drops `${v}` of the reference: {what}"),
            );
        }
        let scope = scope_key(f.scope());
        for target in &e.references {
            if shapes.find(locale, &scope, target).is_none() {
                let kind = if target.starts_with('-') {
                    "term"
                } else {
                    "message"
                };
                let msg = format!(
                    "`{id}` references the {kind} `{target}`, which locale `{locale}` does not define; define it (terms never fall back)"
                );
                self.at(Severity::Error, f, e, Code::Reference, msg);
            }
        }
        for select in &e.selects {
            let numeric = select.number_call
                || select
                    .keys
                    .iter()
                    .any(|k| matches!(k.as_str(), "zero" | "one" | "two" | "few" | "many"))
                || select.variable.as_deref().is_some_and(is_numeric_name);
            if !numeric {
                continue;
            }
            let keys: BTreeSet<&str> = select.keys.iter().map(String::as_str).collect();
            // A category is needed unless it has a variant, or every whole number in it has
            // an exact-number variant (`[1]` covers English `one`, not French `one` = 0 and 1).
            let missing: Vec<&str> = plural
                .iter()
                .filter(|(c, numbers)| {
                    !keys.contains(*c)
                        && !numbers
                            .iter()
                            .all(|n| keys.contains(n.to_string().as_str()))
                })
                .map(|(c, _)| *c)
                .collect();
            if !missing.is_empty() {
                let var = select.variable.as_deref().unwrap_or("?");
                let msg = format!(
                    "`{id}` selects on `${var}` without the plural {} {} that `{locale}` needs (CLDR); add {}",
                    if missing.len() == 1 {
                        "category"
                    } else {
                        "categories"
                    },
                    missing.join(", "),
                    missing
                        .iter()
                        .map(|m| format!("`[{m}]`"))
                        .collect::<Vec<_>>()
                        .join(" and ")
                );
                self.at(Severity::Error, f, e, Code::Plural, msg);
            }
            for k in keys.iter().filter(|k| {
                matches!(**k, "zero" | "one" | "two" | "few" | "many") && !plural.contains_key(**k)
            }) {
                let msg = format!(
                    "`{id}` has a `[{k}]` variant that `{locale}` never selects for whole numbers"
                );
                self.at(Severity::Warning, f, e, Code::PluralUnused, msg);
            }
        }
    }

    /// Formats every message of `locale` with sample arguments across boundary numbers.
    fn format_all(
        &mut self,
        catalog: &Catalog,
        locale: &Locale,
        shapes: &Shapes<'_>,
        pages: &[Page],
    ) {
        let limit_of: BTreeMap<&str, &str> = pages
            .iter()
            .filter_map(|p| Some((p.slug.as_str(), p.front.limit.as_deref()?)))
            .collect();
        let mut failures = Vec::new();
        for (id, (f, e)) in shapes.entries(locale) {
            if id.starts_with('-') || !e.has_value {
                continue;
            }
            let limit = match &f.page {
                Some(p) => limit_of.get(p.as_str()).copied(),
                None => catalog
                    .limits()
                    .by_id
                    .keys()
                    .find(|l| id.starts_with(&format!("{l}-")))
                    .map(String::as_str),
            };
            let mut base = limit
                .and_then(|l| catalog.limit_args(l).ok())
                .unwrap_or_default();
            for v in &e.variables {
                if base.get(v).is_none() {
                    base.set(v.clone(), sample(v));
                }
            }
            for args in variations(&base, e) {
                if let Err(err) = catalog.format(locale, f.scope(), id, &args, "errdocs check") {
                    failures.push((*f, *e, err.to_string()));
                    break;
                }
            }
        }
        for (f, e, err) in failures {
            self.at(
                Severity::Error,
                f,
                e,
                Code::Format,
                format!("`{}` fails with sample arguments: {err}", e.id),
            );
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

impl Report {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        !self.ok
    }

    /// Findings as `file:line:col: severity[code]: message`, then the per-locale table.
    pub fn to_text(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        for f in &self.findings {
            let severity = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let place = if f.file.is_empty() {
                String::new()
            } else {
                format!("{}:{}:{}: ", f.file, f.line, f.col)
            };
            let _ = writeln!(out, "{place}{severity}[{}]: {}", f.code, f.message);
        }
        if !self.findings.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "{:<8} {:>8} {:>11} {:>9} {:>7} {:>7} {:>9}",
            "locale",
            "messages",
            "translated",
            Code::Outdated,
            "errors",
            "warnings",
            "published"
        );
        for l in &self.locales {
            let _ = writeln!(
                out,
                "{:<8} {:>8} {:>10.1}% {:>9} {:>7} {:>7} {:>9}",
                l.locale,
                l.messages,
                l.translated_percent,
                l.outdated,
                l.errors,
                l.warnings,
                format!("{}/{}", l.pages_published, l.pages)
            );
        }
        out
    }

    /// The report as pretty JSON (format 1).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

fn list(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        return "none".into();
    }
    vars.iter()
        .map(|v| format!("`${v}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The fact a variable comes from: `window` for `$window`, `$window-amount`, `$window-unit`.
fn stem(var: &str) -> &str {
    var.strip_suffix("-amount")
        .or_else(|| var.strip_suffix("-unit"))
        .unwrap_or(var)
}

/// `$window`, `$window-amount` and `$window-unit` carry the same fact: a translation that
/// prints `$window` or `$window-amount` has not lost the period.
fn carried_by_family(var: &str, printed: &BTreeSet<String>) -> bool {
    printed
        .iter()
        .any(|p| stem(p) == stem(var) && !p.ends_with("-unit"))
}

/// Variables a sentence cannot lose: URLs, identifiers, instants, and every number or
/// period (grammar helpers and yes/no facts are not).
fn is_critical(var: &str) -> bool {
    !(var.ends_with("-unit") || var == "overridable")
}

fn is_numeric_name(var: &str) -> bool {
    var == "count" || var == "burst" || var.ends_with("-count") || var.ends_with("-amount")
}

/// A plausible value for a variable the facts do not supply.
fn sample(var: &str) -> Arg {
    if var.contains("url") {
        Arg::Text("https://example.org/docs/example/".into())
    } else if crate::catalog::input::is_instant_name(var) {
        Arg::Time("2026-01-01T12:00:00Z".parse().expect("valid instant"))
    } else if is_numeric_name(var) {
        Arg::Number(3.0)
    } else if var.ends_with("-unit") {
        Arg::Text("hour".into())
    } else {
        Arg::Text("example.org".into())
    }
}

/// The base arguments, then each numeric variable across the boundary numbers, each
/// `-unit` across every unit, and each other selector across its variant keys.
fn variations(base: &Args, e: &EntryShape) -> Vec<Args> {
    let mut out = vec![base.clone()];
    for v in &e.variables {
        match base.get(v) {
            Some(Arg::Number(_)) => {
                for n in BOUNDARY_NUMBERS {
                    let mut a = base.clone();
                    a.set(v.clone(), n);
                    out.push(a);
                }
            }
            Some(Arg::Duration(_)) => {
                for text in ["1s", "1h", "3h", "1d", "7d", "90m"] {
                    let mut a = base.clone();
                    a.set(v.clone(), Period::parse(text).expect("valid period"));
                    out.push(a);
                }
            }
            Some(Arg::Text(_)) if v.ends_with("-unit") => {
                for unit in UNITS {
                    let mut a = base.clone();
                    a.set(v.clone(), unit);
                    out.push(a);
                }
            }
            _ => {}
        }
    }
    for s in &e.selects {
        if let Some(v) = &s.variable
            && matches!(base.get(v), Some(Arg::Text(_)))
            && !v.ends_with("-unit")
        {
            for k in &s.keys {
                let mut a = base.clone();
                a.set(v.clone(), k.as_str());
                out.push(a);
            }
        }
    }
    out
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
    fn the_window_family_counts_as_carried_when_any_member_is_printed() {
        let printed = BTreeSet::from(["window".to_owned()]);
        assert!(carried_by_family("window-amount", &printed));
        assert!(!carried_by_family("count", &printed));
    }

    #[test]
    fn urls_numbers_and_identifiers_are_critical_but_grammar_helpers_are_not() {
        assert!(is_critical("url"));
        assert!(is_critical("count"));
        assert!(is_critical("identifier"));
        assert!(!is_critical("window-unit"));
        assert!(!is_critical("overridable"));
    }

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

    #[test]
    fn numbers_vary_across_the_plural_boundaries() {
        let mut base = Args::new();
        base.set("count", 10u64);
        let e = inspect("m = { $count }\n").entries.remove(0);
        assert_eq!(variations(&base, &e).len(), 1 + BOUNDARY_NUMBERS.len());
    }
}
