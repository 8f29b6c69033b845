//! The command line (clap derive): `build`, `serve`, `message`, `check` and `export`. Commands take a typed args
//! struct each and return `anyhow::Result`; `main.rs` prints the error chain.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand, ValueEnum};

use crate::catalog::Catalog;
use crate::locale::Locale;
use crate::negotiate;
use crate::problem::Problem;
use crate::site::Site;
use crate::source::SiteSource;

/// errdocs: multilingual rate-limit error pages and error strings from one set of Fluent
/// catalogs.
#[derive(Debug, Parser)]
#[command(version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render every page in every locale and write the static site.
    Build(BuildArgs),
    /// Serve the site: language-neutral URLs open in the reader's language.
    Serve(ServeArgs),
    /// Print the localized error string of a limit (or its problem document).
    Message(MessageArgs),
    /// Translation QA: compare every locale with the reference; non-zero exit on errors.
    Check(CheckArgs),
    /// Write every locale's limiter messages as JSON, for limiters in other languages, a
    /// static host's negotiation rules (`--format netlify|apache|nginx`), or Boulder's
    /// rate-limit defaults (`--format boulder`).
    Export(ExportArgs),
}

/// `errdocs export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Site directory [default: as for `build`].
    #[arg(long)]
    pub site: Option<PathBuf>,
    /// Output directory (for `json`: `index.json` and one `<locale>.json` per locale);
    /// replaced atomically, only when it is new, empty or written by an earlier export.
    #[arg(long, default_value = "export")]
    pub out: PathBuf,
    /// What to write.
    #[arg(long, value_enum, default_value = "json")]
    pub format: ExportFormat,
}

/// What `errdocs export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The limiter's messages, one JSON file per locale plus `index.json`.
    Json,
    /// Netlify's `_redirects`: `Language=` rules for every language-neutral URL.
    Netlify,
    /// Apache httpd: `errdocs.conf` (mod_rewrite, mod_negotiation) and one type map per
    /// language-neutral URL.
    Apache,
    /// nginx: `errdocs-http.conf` (maps, for `http {}`) and `errdocs-server.conf`
    /// (locations, for the `server {}` serving the build output).
    Nginx,
    /// Boulder's rate-limit defaults, `defaults.yml` (`NewRegistrationsPerIPAddress: { burst,
    /// count, period }`…), for the limits Boulder enforces.
    Boulder,
}

/// `errdocs check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Site directory [default: as for `build`].
    #[arg(long)]
    pub site: Option<PathBuf>,
    /// Report format: a table for people, or stable JSON (format 1) for dashboards.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Only report this locale.
    #[arg(long)]
    pub locale: Option<String>,
    /// Record that every current translation of this locale is up to date with the reference
    /// (writes `locales/<locale>/translated-from.toml`), then check.
    #[arg(long, value_name = "LOCALE")]
    pub accept: Option<String>,
    /// Also compare a Boulder rate-limit file (defaults YAML) with `content/limits.toml`:
    /// every enforced burst, count or period that differs from the docs is an error.
    #[arg(long, value_name = "FILE")]
    pub limiter_config: Option<PathBuf>,
}

/// `errdocs build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Site directory [default: the current directory if it holds errdocs.toml, else the
    /// site bundled into the binary].
    #[arg(long)]
    pub site: Option<PathBuf>,
    /// Output directory; replaced atomically, only when it is new, empty or holds exactly
    /// what an earlier build wrote (plus `[build] keep`), and never inside the site's sources.
    #[arg(long, default_value = "public")]
    pub out: PathBuf,
}

/// `errdocs serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Site directory [default: as for `build`].
    #[arg(long)]
    pub site: Option<PathBuf>,
    /// Address to listen on; the bundled site's `base-url` (the URL inside every error)
    /// expects the default.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Rebuild on every change to the site's files, reload open pages, and show a failed
    /// rebuild over every page until it is fixed.
    #[arg(long)]
    pub watch: bool,
    /// Worker threads [default: one per core].
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub workers: Option<u16>,
}

/// Output formats of `errdocs message` and `errdocs check`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// Plain text: the error string alone, or the check report as a table.
    Text,
    /// JSON: the RFC 9457 / RFC 8555 problem document, or the check report.
    Json,
}

/// `errdocs message`.
#[derive(Debug, clap::Args)]
pub struct MessageArgs {
    /// The limit id, e.g. `registrations-per-ip`.
    pub limit: String,
    /// Site directory [default: as for `build`].
    #[arg(long)]
    pub site: Option<PathBuf>,
    /// A language tag; `fr-CA` falls back to `fr`, unknown languages to the default locale.
    #[arg(long, conflicts_with = "accept_language")]
    pub lang: Option<String>,
    /// An Accept-Language header value, negotiated like the server does.
    #[arg(long)]
    pub accept_language: Option<String>,
    /// An extra message argument, `name=value` (repeatable); numbers and RFC 3339 instants
    /// are typed.
    #[arg(long = "arg", value_name = "NAME=VALUE")]
    pub args: Vec<String>,
    /// The ACME client's User-Agent: a client known to print non-ASCII as escapes (certbot)
    /// gets the first locale it can print, as from the problem API.
    #[arg(long)]
    pub user_agent: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Build(args) => build(args),
        Command::Serve(args) => serve(args),
        Command::Message(args) => message(args),
        Command::Check(args) => check(args),
        Command::Export(args) => export(args),
    }
}

fn export(args: ExportArgs) -> anyhow::Result<()> {
    let source = SiteSource::resolve(args.site.as_deref())?;
    let files = if args.format == ExportFormat::Json {
        crate::export::export(&Catalog::load(&source)?)?
    } else if args.format == ExportFormat::Boulder {
        let yaml = crate::export::boulder::defaults_yaml(&Catalog::load(&source)?);
        std::collections::BTreeMap::from([("defaults.yml".to_owned(), yaml)])
    } else {
        // The rules name the build's pages, so they come from the same rendered site.
        let site = Site::load(&source)?;
        let negotiable = crate::export::hosts::Negotiable::of(&site)?;
        match args.format {
            ExportFormat::Netlify => crate::export::hosts::netlify(&negotiable),
            ExportFormat::Apache => crate::export::hosts::apache(&negotiable),
            _ => crate::export::hosts::nginx(&negotiable),
        }
    };
    crate::export::write(&files, &args.out, source.root())?;
    tracing::info!(files = files.len(), format = ?args.format, out = %args.out.display(), "exported");
    Ok(())
}

fn check(args: CheckArgs) -> anyhow::Result<()> {
    let mut source = SiteSource::resolve(args.site.as_deref())?;
    if let Some(tag) = &args.accept {
        let locale = Locale::parse(tag)?;
        let path = crate::check::accept(&source, &locale)?;
        tracing::info!(path = %path.display(), "translations accepted");
        // Re-read the site so the check sees the new lock file.
        source = SiteSource::resolve(args.site.as_deref())?;
    }
    let only = args.locale.as_deref().map(Locale::parse).transpose()?;
    let mut report = crate::check::check(&source, only.as_ref());
    if let Some(path) = &args.limiter_config {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the limiter configuration {}", path.display()))?;
        // A site whose limits.toml does not load already has its `config` error in the report.
        if let Ok(limits) = crate::config::Limits::load(&source) {
            let file = path.display().to_string();
            report.extend(crate::check::limiter_config(&limits, &file, &text));
        }
    }
    match args.format {
        Format::Text => {
            // Colour only for a person at a terminal who did not ask for none (NO_COLOR).
            let color = std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            if color {
                print!("{}", report.to_text_styled());
            } else {
                print!("{}", report.to_text());
            }
        }
        Format::Json => println!("{}", report.to_json()),
    }
    if report.has_errors() {
        let errors: usize = report
            .findings
            .iter()
            .filter(|f| f.severity == crate::check::Severity::Error)
            .count();
        bail!("{errors} error(s); see the findings above");
    }
    Ok(())
}

fn build(args: BuildArgs) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let source = SiteSource::resolve(args.site.as_deref())?;
    let site = {
        let bar = crate::progress::Bar::stderr();
        Site::load_with(&source, &mut Default::default(), &bar)?
    };
    let count = crate::build::write(&site, &args.out, source.root())?;
    tracing::info!(
        files = count,
        pages = site.pages.len(),
        locales = site.catalog.locales().len(),
        out = %args.out.display(),
        ms = started.elapsed().as_millis() as u64,
        "site built"
    );
    Ok(())
}

fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let source = SiteSource::resolve(args.site.as_deref())?;
    let options = crate::serve::Options {
        watch: args.watch,
        workers: args.workers.map(usize::from),
        progress: true,
        ..Default::default()
    };
    crate::serve::run(&args.addr, source, options)
}

fn message(args: MessageArgs) -> anyhow::Result<()> {
    let source = SiteSource::resolve(args.site.as_deref())?;
    let catalog = Catalog::load(&source)?;
    let available = catalog.locales();
    let default = catalog.reference();
    // The server's negotiation: `--lang` is a `?lang=`, `--accept-language` the header.
    let mut prefs = args
        .accept_language
        .as_deref()
        .map(negotiate::Preferences::from_header)
        .unwrap_or_default();
    if let Some(locale) = args.lang.as_deref().and_then(|t| Locale::parse(t).ok()) {
        prefs.choose(locale);
    }
    let locale = negotiate::best(&prefs, available, default, catalog.config().negotiation);
    let mut pairs = Vec::with_capacity(args.args.len());
    for pair in &args.args {
        let Some((name, value)) = pair.split_once('=') else {
            bail!("`--arg {pair}` must be `name=value`");
        };
        pairs.push((name.trim(), value));
    }
    // The same validation as the problem API's query.
    let extra = catalog.parse_args(&args.limit, pairs)?;
    let user_agent = args.user_agent.as_deref().unwrap_or_default();
    match args.format {
        Format::Text if user_agent.is_empty() => {
            let msg = catalog
                .limit_message(&locale, &args.limit, &extra)
                .context("cannot format the message")?;
            println!("{}", msg.text);
        }
        // The problem's `detail` is the message, in the locale chosen for the client.
        Format::Text => {
            let problem = Problem::for_client(&catalog, &locale, &args.limit, &extra, user_agent)
                .context("cannot format the message")?;
            println!("{}", problem.detail);
        }
        Format::Json => {
            let problem = Problem::for_client(&catalog, &locale, &args.limit, &extra, user_agent)
                .context("cannot build the problem document")?;
            println!("{}", problem.to_json());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serve_defaults_to_the_address_of_the_bundled_base_url() {
        let cli = Cli::try_parse_from(["errdocs", "serve"]).unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("not serve");
        };
        assert_eq!(args.addr, "127.0.0.1:8080");
        assert!(!args.watch);
        assert_eq!(args.workers, None);
    }

    #[test]
    fn export_writes_json_unless_a_host_is_named() {
        let parse = |args: &[&str]| match Cli::try_parse_from(args).unwrap().command {
            Command::Export(a) => a.format,
            _ => panic!("not export"),
        };
        assert_eq!(parse(&["errdocs", "export"]), ExportFormat::Json);
        assert_eq!(
            parse(&["errdocs", "export", "--format", "nginx"]),
            ExportFormat::Nginx
        );
        assert!(Cli::try_parse_from(["errdocs", "export", "--format", "caddy"]).is_err());
    }

    #[test]
    fn serve_refuses_zero_workers() {
        assert!(Cli::try_parse_from(["errdocs", "serve", "--workers", "0"]).is_err());
        assert!(Cli::try_parse_from(["errdocs", "serve", "--workers", "2"]).is_ok());
    }
}
