//! An ACME-style front end on errdocs' reference limiter:
//!
//! ```text
//! cargo run --release --features acme-front --example acme_front -- \
//!     --addr 127.0.0.1:PORT [--redis redis://HOST:PORT] [--trust-forwarded]
//! ```
//!
//! `POST /acme/new-acct` (limited by `registrations-per-ip`, and by
//! `registrations-per-ipv6-range` for IPv6 clients) and `POST /acme/new-order` (by
//! `orders-per-account`, from the body's `account`); a denied request gets the localized
//! problem document. Buckets are in memory, or in Redis with `--redis` so that several
//! instances share them. The server is [`errdocs::limiter::front`]; this only reads the
//! command line. It prints `listening on http://ADDR` once bound (`--addr 127.0.0.1:0` picks
//! a free port).

use std::io::Write;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use errdocs::catalog::Catalog;
use errdocs::limiter::MemoryStore;
use errdocs::limiter::front::{self, FrontStore, Options};
use errdocs::limiter::redis::{FailMode, RedisStore};
use errdocs::source::SiteSource;

/// An ACME-style front end whose rate limits come from errdocs' facts and catalogs.
#[derive(Parser)]
struct Args {
    /// Address to listen on (port 0: any free port).
    #[arg(long, default_value = "127.0.0.1:8081")]
    addr: String,
    /// Keep buckets in this Redis (`redis://HOST:PORT`), shared with other instances;
    /// in memory without it.
    #[arg(long)]
    redis: Option<String>,
    /// What to do when Redis fails: `open` allows the request, `closed` answers 503.
    #[arg(long, default_value = "open")]
    fail: FailMode,
    /// Timeout of each Redis connection and reply, in milliseconds.
    #[arg(long, default_value_t = 1000)]
    redis_timeout_ms: u64,
    /// Take the client's address from the first entry of `X-Forwarded-For`.
    #[arg(long)]
    trust_forwarded: bool,
    /// The site whose facts and catalogs to use; the bundled site without it.
    #[arg(long)]
    site: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long)]
    workers: Option<usize>,
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("ERRDOCS_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match start(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("acme_front: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn start(args: Args) -> anyhow::Result<()> {
    let source = match &args.site {
        Some(dir) => SiteSource::from_dir(dir)?,
        None => SiteSource::bundled(),
    };
    let catalog = Catalog::load(&source)?;
    let store = match &args.redis {
        Some(url) => {
            let store = RedisStore::open(url, args.fail)?
                .timeout(Duration::from_millis(args.redis_timeout_ms));
            if let Err(e) = store.ping() {
                tracing::warn!("{url} does not answer yet ({e}); failing {:?}", args.fail);
            }
            FrontStore::Redis(store)
        }
        None => FrontStore::Memory(MemoryStore::new()),
    };
    let listener = TcpListener::bind(&args.addr)
        .map_err(|e| anyhow::anyhow!("cannot listen on `{}`: {e}", args.addr))?;
    let mut out = std::io::stdout();
    writeln!(out, "listening on http://{}", listener.local_addr()?)?;
    out.flush()?;
    front::run(
        listener,
        catalog,
        store,
        Options {
            trust_forwarded: args.trust_forwarded,
            workers: args.workers,
        },
    )
}
