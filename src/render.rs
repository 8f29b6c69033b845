//! Tera 2: the layout templates (`templates/*.html`, `sitemap.xml`) and the page skeletons
//! (`content/docs/*.md`) with five functions bound to the page being rendered:
//! - `t(id=…, …)`: a catalog message, with the page limit's facts as arguments (`limit=…`
//!   takes another limit's, `lang=…` another locale);
//! - `tm(id=…, …)`: the same, rendered as inline Markdown (safe HTML) for templates;
//! - `error(limit=…)`: the limiter's message for the page's limit, exactly as limiters send it;
//! - `boulder_error(limit=…, legacy=…)`: the English string Boulder sends for it (data from
//!   `content/limits.toml`, the same in every locale);
//! - `asset(path=…)`: the URL of a file under `static/` with a content version
//!   (`/style.css?v=…`), so that browsers and CDNs may keep it for a year and still see
//!   every change at once.
//!
//! Templates name message ids, never prose. This is the only module that uses tera.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use serde::Serialize;
use tera::{Context, Kwargs, State, Tera, TeraResult, Value};

use arc_swap::ArcSwap;

use crate::catalog::input::is_instant_name;
use crate::catalog::{Arg, Args, Catalog, CatalogError, Scope};
use crate::content::{self, Page};
use crate::locale::Locale;
use crate::source::SiteSource;

/// Why a template or skeleton cannot be loaded or rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A catalog lookup inside a template failed (missing message, unknown variable…).
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    /// Tera reported a problem (syntax, undefined variable…).
    #[error("{file}: {message}")]
    Template {
        /// The template file.
        file: String,
        /// Tera's report (with line and column).
        message: String,
    },
}

/// What a render call learned besides its output.
#[derive(Debug, Default)]
struct RenderLog {
    /// Messages that came from a fallback locale (not yet translated).
    fallbacks: Vec<String>,
    /// Every message used in the render's own locale (what a page needs translated).
    used: Vec<String>,
    /// The first catalog error, kept whole so the user sees file:line, not Tera's wrapper.
    error: Option<CatalogError>,
}

/// The logs of the renders in progress, keyed by an id each render puts in its context
/// ([`RENDER`]). Template functions see only their arguments and the context, so this is
/// how one reports to its own render, on whatever thread Tera calls it; renders of many
/// pages run at once on rayon's threads, hence the shards.
#[derive(Default)]
struct Logs {
    next: AtomicU64,
    shards: [Mutex<HashMap<u64, RenderLog>>; LOG_SHARDS],
}

const LOG_SHARDS: usize = 16;

impl Logs {
    fn shard(&self, id: u64) -> std::sync::MutexGuard<'_, HashMap<u64, RenderLog>> {
        // A panic inside a render poisons nothing of value: the map is still consistent.
        self.shards[(id % LOG_SHARDS as u64) as usize]
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }

    /// Starts the log of a new render and returns its id.
    fn open(&self) -> u64 {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        self.shard(id).insert(id, RenderLog::default());
        id
    }

    /// Records into the log of the render whose context `state` is.
    fn record(&self, state: &State, f: impl FnOnce(&mut RenderLog)) -> TeraResult<()> {
        let id = render_id(state)?;
        if let Some(log) = self.shard(id).get_mut(&id) {
            f(log);
        }
        Ok(())
    }

    /// Ends a render: its log, taken out.
    fn close(&self, id: u64) -> RenderLog {
        self.shard(id).remove(&id).unwrap_or_default()
    }

    /// Turns a catalog error into Tera's, keeping the original (with its file:line) for
    /// the render to return.
    fn catalog_err(&self, state: &State, e: CatalogError) -> tera::Error {
        let message = e.to_string();
        let _ = self.record(state, |l| {
            l.error.get_or_insert(e);
        });
        tera::Error::message(message)
    }
}

/// Context keys the functions read; set by [`Renderer::render`].
const LANG: &str = "lang";
const PAGE: &str = "page_slug";
const LIMIT: &str = "page_limit";
const USER: &str = "render_user";
const RENDER: &str = "render_id";

fn render_id(state: &State) -> TeraResult<u64> {
    state
        .get::<Value>(RENDER)?
        .and_then(|v| v.as_u64())
        .ok_or_else(|| tera::Error::message("template functions need Renderer::render"))
}

/// Output of one render.
#[derive(Debug)]
pub struct Output {
    /// The rendered text.
    pub text: String,
    /// Ids of the messages that fell back to another locale.
    pub fallbacks: Vec<String>,
    /// Ids of every message used in the render's own locale, in order of use.
    pub used: Vec<String>,
}

/// Where a render happens: the locale and, for pages, the page and its limit.
#[derive(Clone, Copy, Debug)]
pub struct Binding<'a> {
    /// The locale the page is written in.
    pub locale: &'a Locale,
    /// The page slug, for page-scoped messages.
    pub page: Option<&'a str>,
    /// The limit whose facts become message arguments.
    pub limit: Option<&'a str>,
}

/// What a skeleton can loop over to build a table of every limit (`{% for l in limits %}`);
/// the prose for each row comes from `t(id=…, limit=l.id)`.
#[derive(Debug, Serialize)]
struct LimitRef {
    id: String,
    page: String,
    anchor: String,
    overridable: bool,
    count: u64,
    endpoints: Vec<EndpointRef>,
    /// The same endpoints in the staging environment (production's rate where staging
    /// documents none), in the same order, then the staging default (`staging_count`,
    /// `staging_burst`; 0 when undocumented).
    staging_endpoints: Vec<EndpointRef>,
    staging_count: u64,
    staging_burst: u64,
}

/// One row of a per-endpoint limit, for `{% for e in limit.endpoints %}`; numbers are passed
/// on to `t()` as arguments so catalogs format them.
#[derive(Debug, Serialize)]
struct EndpointRef {
    name: String,
    count: u64,
    burst: u64,
}

/// Templates and skeletons of one site, bound to its catalog.
pub struct Renderer {
    tera: Tera,
    /// The catalog the template functions read: swappable, so that a `--watch` rebuild
    /// whose templates, skeletons and static files did not change keeps this renderer (and
    /// Tera's parsed templates) and only points it at the new catalog.
    catalog: Arc<ArcSwap<Catalog>>,
    /// Where the template functions report what a render used (see [`Logs`]).
    logs: Arc<Logs>,
    limits: Vec<LimitRef>,
    source_names: Vec<(String, String)>,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer")
            .field("templates", &self.source_names.len())
            .finish()
    }
}

/// A string [`Renderer::render`] put in the context. These are read on every `t()` call;
/// `State::get::<String>` would convert through `Display` (`format!`), a measurable share
/// of a site build.
fn context_str(state: &State, key: &str) -> TeraResult<Option<String>> {
    Ok(state
        .get::<Value>(key)?
        .and_then(|v| v.as_str().map(str::to_owned)))
}

fn binding_of(state: &State) -> TeraResult<(Locale, Option<String>, Option<String>, String)> {
    let lang = context_str(state, LANG)?.unwrap_or_default();
    let locale = Locale::parse(&lang).map_err(|e| tera::Error::message(e.to_string()))?;
    let page = context_str(state, PAGE)?;
    let limit = context_str(state, LIMIT)?;
    let user = context_str(state, USER)?.unwrap_or_default();
    Ok((
        locale,
        page.filter(|p| !p.is_empty()),
        limit.filter(|l| !l.is_empty()),
        user,
    ))
}

fn kwargs_to_args(kwargs: &Kwargs, skip: &[&str]) -> TeraResult<Args> {
    let mut args = Args::new();
    for (key, value) in kwargs.iter() {
        let Some(key) = key.as_str() else { continue };
        if skip.contains(&key) {
            continue;
        }
        let arg = if let Some(n) = value.as_f64() {
            Arg::Number(n)
        } else if let Some(s) = value.as_str() {
            // Typed by name, as `--arg` is: an instant variable (`retry_after=
            // "2026-01-01T12:00:00Z"` on a page) is a date; any other string is text.
            match s.parse::<jiff::Timestamp>() {
                Ok(t) if is_instant_name(&key.replace('_', "-")) => Arg::Time(t),
                _ => Arg::Text(s.to_owned()),
            }
        } else {
            return Err(tera::Error::message(format!(
                "argument `{key}` must be a number or a string"
            )));
        };
        // Tera identifiers cannot contain `-`; Fluent variables usually do.
        args.set(key.replace('_', "-"), arg);
    }
    Ok(args)
}

/// `t(id=…, …)` and, with `markdown`, `tm(id=…, …)`: a catalog message in the render's
/// locale (or `lang=…`), with the page limit's facts (or `limit=…`'s) as arguments.
struct Translate {
    catalog: Arc<ArcSwap<Catalog>>,
    logs: Arc<Logs>,
    /// `tm`: the message rendered as inline Markdown (safe HTML), links localized.
    markdown: bool,
}

impl Translate {
    fn text(&self, kwargs: &Kwargs, state: &State) -> TeraResult<String> {
        let catalog = self.catalog.load();
        let id: String = kwargs.must_get::<&str>("id")?.to_owned();
        let (mut locale, page, mut limit, user) = binding_of(state)?;
        let own_locale = kwargs.get::<&str>("lang")?.is_none();
        // `lang=` renders a message in another locale (the chooser lists every language in
        // its own words); `limit=` takes another limit's facts (pages that compare limits).
        if let Some(lang) = kwargs.get::<&str>("lang")? {
            locale = Locale::parse(lang).map_err(|e| tera::Error::message(e.to_string()))?;
        }
        if let Some(l) = kwargs.get::<&str>("limit")? {
            limit = Some(l.to_owned());
        }
        let mut args = match &limit {
            Some(l) => catalog
                .limit_args(l)
                .map_err(|e| self.logs.catalog_err(state, e))?,
            None => Args::new(),
        };
        args.extend(&kwargs_to_args(kwargs, &["id", "lang", "limit"])?);
        let scope = page.as_deref().map_or(Scope::Shared, Scope::Page);
        let formatted = catalog
            .format(&locale, scope, &id, &args, &user)
            .map_err(|e| self.logs.catalog_err(state, e))?;
        if own_locale {
            self.logs.record(state, |l| {
                if formatted.fallback {
                    l.fallbacks.push(id.clone());
                }
                l.used.push(id);
            })?;
        }
        Ok(formatted.text)
    }
}

impl tera::Function<TeraResult<Value>> for Translate {
    fn call(&self, kwargs: Kwargs, state: &State) -> TeraResult<Value> {
        let text = self.text(&kwargs, state)?;
        if !self.markdown {
            return Ok(Value::from(text));
        }
        let lang = context_str(state, LANG)?.unwrap_or_default();
        let html = content::render_inline(&text, &|u| localize_link(&lang, u)).html;
        Ok(Value::safe_string(&html))
    }
}

/// `error(limit=…)`: the limiter's message for the page's limit (or `limit=…`'s), exactly as
/// limiters send it.
struct LimiterError {
    catalog: Arc<ArcSwap<Catalog>>,
    logs: Arc<Logs>,
}

impl tera::Function<TeraResult<String>> for LimiterError {
    fn call(&self, kwargs: Kwargs, state: &State) -> TeraResult<String> {
        let (locale, _, page_limit, _) = binding_of(state)?;
        let limit = match kwargs.get::<&str>("limit")? {
            Some(l) => l.to_owned(),
            None => page_limit.ok_or_else(|| {
                tera::Error::message(
                    "`error()` needs a page with `limit` in its front matter, or `error(limit=\"…\")`",
                )
            })?,
        };
        let extra = kwargs_to_args(&kwargs, &["limit"])?;
        let msg = self
            .catalog
            .load()
            .limit_message(&locale, &limit, &extra)
            .map_err(|e| self.logs.catalog_err(state, e))?;
        self.logs.record(state, |l| {
            let id = crate::catalog::exceeded_id(&limit);
            if msg.fallback {
                l.fallbacks.push(id.clone());
            }
            l.used.push(id);
        })?;
        Ok(msg.text)
    }
}

/// `boulder_error(limit=…, legacy=…, retry_after=…, identifier=…)`: the exact English
/// string Boulder sends for the page's limit (or `limit=…`'s), from `boulder-message` in
/// `content/limits.toml` (`legacy=true`: `boulder-legacy-message`). Data, not prose: it is
/// quoted as Boulder sends it, in every locale, so that a pasted error leads to the page.
struct BoulderError {
    catalog: Arc<ArcSwap<Catalog>>,
}

impl tera::Function<TeraResult<String>> for BoulderError {
    fn call(&self, kwargs: Kwargs, state: &State) -> TeraResult<String> {
        let (_, _, page_limit, _) = binding_of(state)?;
        let id = match kwargs.get::<&str>("limit")? {
            Some(l) => l.to_owned(),
            None => page_limit.ok_or_else(|| {
                tera::Error::message(
                    "`boulder_error()` needs a page with `limit` in its front matter, or `boulder_error(limit=\"…\")`",
                )
            })?,
        };
        let legacy = kwargs.get::<bool>("legacy")?.unwrap_or(false);
        let retry_after = match kwargs.get::<&str>("retry_after")? {
            Some(t) => Some(t.parse::<jiff::Timestamp>().map_err(|e| {
                tera::Error::message(format!(
                    "`retry_after=\"{t}\"` is not an RFC 3339 instant: {e}"
                ))
            })?),
            None => None,
        };
        let identifier = kwargs.get::<&str>("identifier")?;
        let catalog = self.catalog.load();
        let limit = catalog
            .limit(&id)
            .map_err(|e| tera::Error::message(e.to_string()))?;
        let which = if legacy {
            "boulder-legacy-message"
        } else {
            "boulder-message"
        };
        limit
            .boulder_text(legacy, retry_after.as_ref(), identifier)
            .map_err(|e| tera::Error::message(format!("limit `{id}`'s `{which}`: {e}")))?
            .ok_or_else(|| {
                tera::Error::message(format!(
                    "limit `{id}` has no `{which}` in content/limits.toml"
                ))
            })
    }
}

/// `asset(path=…, optional=…)`: the versioned URL of a file under `static/`. The version is
/// a hash of the file, so it changes exactly when the file does.
struct Asset {
    /// `style.css` → `/style.css?v=…`.
    versions: HashMap<String, String>,
}

impl Asset {
    fn new(source: &SiteSource) -> Asset {
        let versions = source
            .under("static/")
            .map(|(path, text)| {
                let name = path.trim_start_matches("static/").to_owned();
                let url = format!("/{name}?v={}", asset_version(text.as_bytes()));
                (name, url)
            })
            .collect();
        Asset { versions }
    }
}

impl tera::Function<TeraResult<String>> for Asset {
    fn call(&self, kwargs: Kwargs, _: &State) -> TeraResult<String> {
        let path: &str = kwargs.must_get("path")?;
        let optional = kwargs.get::<bool>("optional")?.unwrap_or(false);
        let found = self.versions.get(path.trim_start_matches('/')).cloned();
        // `optional=true`: an empty string for a file the site does not ship (a theme of
        // its own without a favicon), so the template can leave the link out.
        if optional {
            return Ok(found.unwrap_or_default());
        }
        found.ok_or_else(|| {
            tera::Error::message(format!(
                "`asset(path=\"{path}\")`: there is no `static/{path}`; add the file or fix the name"
            ))
        })
    }
}

impl Renderer {
    /// Loads every template under `templates/` and every page skeleton, with the catalog
    /// functions registered. Syntax errors name the file, line and column.
    pub fn new(
        source: &SiteSource,
        catalog: Arc<Catalog>,
        pages: &[Page],
    ) -> Result<Self, RenderError> {
        let mut tera = Tera::new();
        tera.autoescape_on([".html", ".xml"]);
        let mut by_weight: Vec<_> = catalog.limits().by_id.iter().collect();
        by_weight.sort_by_key(|(id, l)| (l.weight, id.as_str()));
        let limits = by_weight
            .into_iter()
            .map(|(id, l)| LimitRef {
                id: id.clone(),
                page: l.page.clone(),
                anchor: l.anchor.clone().unwrap_or_default(),
                overridable: l.overridable,
                count: l.count,
                endpoints: l
                    .endpoints
                    .iter()
                    .map(|(name, e)| EndpointRef {
                        name: name.clone(),
                        count: e.count,
                        burst: e.burst.unwrap_or(0),
                    })
                    .collect(),
                staging_endpoints: l
                    .endpoints
                    .iter()
                    .map(|(name, e)| {
                        let e = l
                            .staging
                            .as_ref()
                            .and_then(|s| s.endpoints.get(name))
                            .unwrap_or(e);
                        EndpointRef {
                            name: name.clone(),
                            count: e.count,
                            burst: e.burst.unwrap_or(0),
                        }
                    })
                    .collect(),
                staging_count: l.staging.as_ref().map_or(0, |s| s.count),
                staging_burst: l.staging.as_ref().and_then(|s| s.burst).unwrap_or(0),
            })
            .collect();
        let slot = Arc::new(ArcSwap::new(catalog));
        let logs = Arc::new(Logs::default());
        for (name, markdown) in [("t", false), ("tm", true)] {
            let translate = Translate {
                catalog: slot.clone(),
                logs: logs.clone(),
                markdown,
            };
            tera.register_function(name, translate);
        }
        tera.register_function(
            "error",
            LimiterError {
                catalog: slot.clone(),
                logs: logs.clone(),
            },
        );
        tera.register_function(
            "boulder_error",
            BoulderError {
                catalog: slot.clone(),
            },
        );
        tera.register_function("asset", Asset::new(source));
        let mut names = Vec::new();
        for (path, text) in source.under("templates/") {
            let name = path.trim_start_matches("templates/").to_owned();
            names.push((name, source.display(path), text));
        }
        for page in pages {
            names.push((skeleton_name(&page.slug), page.display.clone(), &page.body));
        }
        // One batch: templates extend each other, so they must be added together.
        tera.add_raw_templates(names.iter().map(|(n, _, t)| (n.as_str(), *t)))
            .map_err(|e| {
                let message = e.to_string();
                // Tera's report names the template; map it back to the file on disk.
                let file = names
                    .iter()
                    .find(|(n, _, _)| {
                        message.contains(&format!("{n}:")) || message.contains(&format!("'{n}'"))
                    })
                    .map_or_else(|| source.display("templates"), |(_, d, _)| d.clone());
                RenderError::Template { file, message }
            })?;
        let source_names = names.into_iter().map(|(n, d, _)| (n, d)).collect();
        Ok(Renderer {
            tera,
            catalog: slot,
            logs,
            limits,
            source_names,
        })
    }

    /// Points the template functions at `catalog` (a rebuild's new catalogs), keeping the
    /// parsed templates. Only valid when the templates, skeletons, static files and limits
    /// this renderer was made from did not change: the caller checks (see
    /// [`crate::site::RenderCache`]).
    pub fn rebind(&self, catalog: Arc<Catalog>) {
        self.catalog.store(catalog);
    }

    /// Whether a template of that name exists (`404.html`, `sitemap.xml`…).
    pub fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    /// Renders a page's skeleton to Markdown in one locale.
    pub fn skeleton(&self, page: &Page, locale: &Locale) -> Result<Output, RenderError> {
        let binding = Binding {
            locale,
            page: Some(&page.slug),
            limit: page.front.limit.as_deref(),
        };
        let mut context = Context::new();
        context.insert("limits", &self.limits);
        // `limit`: the page's own limit, when it documents one.
        if let Some(own) = self
            .limits
            .iter()
            .find(|l| Some(l.id.as_str()) == page.front.limit.as_deref())
        {
            context.insert("limit", own);
        }
        self.render(&skeleton_name(&page.slug), &binding, context)
    }

    /// Renders a layout template with `data` (any serializable struct) as context.
    pub fn layout(
        &self,
        name: &str,
        binding: &Binding<'_>,
        data: &impl Serialize,
    ) -> Result<Output, RenderError> {
        let context = Context::from_serialize(data).map_err(|e| RenderError::Template {
            file: name.to_owned(),
            message: e.to_string(),
        })?;
        self.render(name, binding, context)
    }

    fn render(
        &self,
        name: &str,
        binding: &Binding<'_>,
        mut context: Context,
    ) -> Result<Output, RenderError> {
        context.insert(LANG, &binding.locale.to_string());
        context.insert(PAGE, binding.page.unwrap_or(""));
        context.insert(LIMIT, binding.limit.unwrap_or(""));
        let user = match binding.page {
            Some(slug) => format!("page `{slug}` in locale `{}`", binding.locale),
            None => format!("template `{name}` in locale `{}`", binding.locale),
        };
        context.insert(USER, &user);
        let id = self.logs.open();
        context.insert(RENDER, &id);
        let result = self.tera.render(name, &context);
        let log = self.logs.close(id);
        if let Some(e) = log.error {
            return Err(e.into());
        }
        let text = result.map_err(|e| RenderError::Template {
            file: self.display_of(name),
            message: e.to_string(),
        })?;
        Ok(Output {
            text,
            fallbacks: log.fallbacks,
            used: log.used,
        })
    }

    fn display_of(&self, name: &str) -> String {
        self.source_names
            .iter()
            .find(|(n, _)| n == name)
            .map_or_else(|| name.to_owned(), |(_, d)| d.clone())
    }
}

fn skeleton_name(slug: &str) -> String {
    format!("docs/{slug}.md")
}

/// The content version of a static file, as `asset()` puts it in URLs: the first 40 bits of
/// its XXH3 hash in hex. Stable across builds and machines.
pub fn asset_version(body: &[u8]) -> String {
    format!("{:010x}", xxhash_rust::xxh3::xxh3_64(body) >> 24)
}

/// Maps a root-relative link written in a catalog (`/docs/x/#a`, `/`) to the same page in
/// `lang` (`/fr/docs/x/#a`, `/fr/`); other links are left alone.
pub fn localize_link(lang: &str, url: &str) -> Option<String> {
    if url == "/" {
        return Some(format!("/{lang}/"));
    }
    url.strip_prefix("/docs/")
        .map(|rest| format!("/{lang}/docs/{rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_to_docs_and_home_get_the_locale_prefix() {
        assert_eq!(
            localize_link("fr", "/docs/a/#b").as_deref(),
            Some("/fr/docs/a/#b")
        );
        assert_eq!(localize_link("en", "/").as_deref(), Some("/en/"));
        assert_eq!(localize_link("en", "https://example.org/"), None);
        assert_eq!(localize_link("en", "#a"), None);
    }

    #[test]
    fn each_render_gets_only_the_messages_its_own_functions_used() {
        let logs = Logs::default();
        let (a, b) = (logs.open(), logs.open());
        for (id, message) in [(a, "a"), (b, "b"), (a, "a2")] {
            let mut context = Context::new();
            context.insert(RENDER, &id);
            let state = State::new(&context);
            logs.record(&state, |l| l.used.push(message.to_owned()))
                .unwrap();
        }
        assert_eq!(logs.close(a).used, ["a", "a2"]);
        assert_eq!(logs.close(b).used, ["b"]);
        // A closed render's log is gone: nothing accumulates across renders.
        assert!(logs.close(a).used.is_empty());
    }

    #[test]
    fn asset_versions_change_with_the_content_only() {
        assert_eq!(asset_version(b"a { }"), asset_version(b"a { }"));
        assert_ne!(asset_version(b"a { }"), asset_version(b"b { }"));
        assert_eq!(asset_version(b"").len(), 10);
    }
}
