//! `errdocs export`: the limiter's messages for limiters written in other languages (Boulder
//! is Go). One JSON file per locale holds, per limit, the message already formatted from the
//! facts, with only the per-occurrence parts left as `{name}` placeholders whose substitution
//! needs no grammar (they are never selected on), plus the doc URL, the title and the problem
//! type; `index.json` lists the locales and their fallback chains for negotiation.
//! [`hosts`] writes the negotiation rules of static hosts instead (`--format netlify|apache|nginx`),
//! [`boulder`] Boulder's rate-limit defaults file (`--format boulder`).

pub mod boulder;
#[cfg(feature = "site")]
pub mod hosts;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::catalog::{Arg, Args, Catalog, CatalogError, Scope};
use crate::problem::RATE_LIMITED;

/// Version of the export layout; fields are only ever added.
pub const FORMAT: u32 = 1;

/// How a limiter fills one placeholder.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Placeholder {
    /// `datetime` (fill with the instant in UTC using `pattern`) or `text` (as is).
    pub kind: &'static str,
    /// For `datetime`: the UTS 35 pattern, numeric fields only (`y`/`yyyy`, `M`/`MM`, `d`/`dd`,
    /// `H`/`HH`, `mm`, `ss`, quoted literals).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
}

/// One limit in one locale.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ExportedLimit {
    /// The problem document's `title`.
    pub title: String,
    /// The message, facts filled in, `{name}` placeholders left for the limiter.
    pub message: String,
    /// The placeholders the message contains.
    pub placeholders: Vec<String>,
    /// The language-neutral help URL (also the `Link: <…>;rel="help"` target).
    pub doc: String,
    /// The facts the message was formatted with (periods in seconds).
    pub args: BTreeMap<String, serde_json::Value>,
    /// The HTTP status to answer with (429, or 503 for limits a load balancer enforces).
    pub status: u16,
}

/// One locale's file.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct LocaleExport {
    /// Layout version.
    pub format: u32,
    /// The locale (`Content-Language`).
    pub locale: String,
    /// The problem `type` (RFC 8555).
    pub problem_type: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// How to fill each placeholder name.
    pub placeholders: BTreeMap<String, Placeholder>,
    /// Every limit.
    pub limits: BTreeMap<String, ExportedLimit>,
}

/// `index.json`: which locales exist and how a requested one falls back.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Index {
    /// Layout version.
    pub format: u32,
    /// The locale to use when nothing matches.
    pub default_locale: String,
    /// Every locale, with its fallback chain (itself first).
    pub locales: BTreeMap<String, Vec<String>>,
    /// The locales in `errdocs.toml` order, the order in which a client that escapes
    /// non-ASCII is offered another locale ([`crate::problem::Problem::for_client`]).
    pub locale_order: Vec<String>,
    /// `User-Agent` prefixes of clients that print non-ASCII as escapes
    /// ([`crate::problem::ESCAPING_CLIENTS`]), so limiters in other languages apply the same
    /// rule from the same list.
    pub escaping_clients: Vec<String>,
}

/// Builds every export file: `index.json` and `<locale>.json`, keyed by file name.
pub fn export(catalog: &Catalog) -> Result<BTreeMap<String, String>, CatalogError> {
    let mut files = BTreeMap::new();
    let index = Index {
        format: FORMAT,
        default_locale: catalog.reference().to_string(),
        locales: catalog
            .locales()
            .iter()
            .map(|l| {
                (
                    l.to_string(),
                    catalog
                        .config()
                        .chain(l)
                        .iter()
                        .map(|c| c.to_string())
                        .collect(),
                )
            })
            .collect(),
        locale_order: catalog.locales().iter().map(|l| l.to_string()).collect(),
        escaping_clients: crate::problem::ESCAPING_CLIENTS
            .iter()
            .map(|c| (*c).to_owned())
            .collect(),
    };
    files.insert("index.json".to_owned(), to_json(&index));
    for locale in catalog.locales() {
        let mut limits = BTreeMap::new();
        let mut placeholders = BTreeMap::new();
        for (id, facts) in &catalog.limits().by_id {
            let own = per_occurrence(catalog, id)?;
            // Only the placeholders: `limit_message` adds the facts itself.
            let mut args = Args::new();
            for v in &own {
                args.set(v.clone(), Arg::Text(format!("{{{v}}}")));
                placeholders
                    .entry(v.clone())
                    .or_insert_with(|| placeholder(catalog, locale, v));
            }
            let message = catalog.limit_message(locale, id, &args)?;
            let title = catalog.limit_title(locale, id)?;
            // The same numbers as the problem document's `args`.
            let fact_args = crate::problem::enforced_args(facts).into_iter().collect();
            limits.insert(
                id.clone(),
                ExportedLimit {
                    title: title.text,
                    message: message.text,
                    placeholders: own,
                    doc: catalog.doc_url(id)?,
                    args: fact_args,
                    status: facts.status,
                },
            );
        }
        let file = LocaleExport {
            format: FORMAT,
            locale: locale.to_string(),
            problem_type: RATE_LIMITED,
            status: 429,
            placeholders,
            limits,
        };
        files.insert(format!("{locale}.json"), to_json(&file));
    }
    Ok(files)
}

/// The per-occurrence variables of a limit's message (what the reference message uses
/// beyond the facts), sorted; refused when the message selects on one, since a limiter
/// filling a placeholder has no grammar to choose a variant.
fn per_occurrence(catalog: &Catalog, id: &str) -> Result<Vec<String>, CatalogError> {
    let message_id = crate::catalog::exceeded_id(id);
    let fact_names: Vec<String> = catalog
        .limit_args(id)?
        .iter()
        .map(|(k, _)| k.to_owned())
        .collect();
    // Per-occurrence variables: what the reference message uses beyond the facts.
    let shape = catalog.variables_of(catalog.reference(), Scope::Shared, &message_id);
    let mut own: Vec<String> = shape
        .iter()
        .flat_map(|s| s.variables.iter())
        .filter(|v| !fact_names.contains(v))
        .cloned()
        .collect();
    own.sort();
    if let Some(selected) = shape
        .iter()
        .flat_map(|s| &s.selects)
        .find_map(|s| s.variable.as_ref().filter(|v| own.contains(v)))
    {
        return Err(CatalogError::Layout {
            file: format!("locales/{}/errors.ftl", catalog.reference()),
            message: format!(
                "`{message_id}` selects on `${selected}`, a per-occurrence value: an exported message could not be filled without grammar; select on facts only"
            ),
        });
    }
    Ok(own)
}

fn placeholder(catalog: &Catalog, locale: &crate::locale::Locale, name: &str) -> Placeholder {
    if crate::catalog::input::is_instant_name(name) {
        Placeholder {
            kind: "datetime",
            pattern: catalog.date_pattern(locale),
        }
    } else {
        Placeholder {
            kind: "text",
            pattern: None,
        }
    }
}

fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

/// Writes the export files into `out`, replacing it atomically with the same guard as
/// `errdocs build` ([`crate::build::replace`]): `out` must be new, empty, or hold exactly the
/// files a previous export listed in its `.errdocs-export` manifest, and must stay out of the
/// sources of the site (`site_root`).
#[cfg(feature = "site")]
pub fn write(
    files: &BTreeMap<String, String>,
    out: &std::path::Path,
    site_root: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let bytes: BTreeMap<&str, &[u8]> = files
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_bytes()))
        .collect();
    crate::build::replace(
        &crate::build::Output {
            out,
            manifest: crate::build::EXPORT_MARKER,
            site_root,
            keep: &[],
            command: "errdocs export",
        },
        &bytes,
    )
}
