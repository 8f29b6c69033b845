//! What a limiter links: the catalogs, negotiation and the problem document, nothing of the
//! site, the server or the command line. Built with the library's default features off
//! (`cargo run --example limiter --no-default-features -- 'de-DE,de;q=0.9' orders-per-account
//! retry-after=2027-01-01T12:00:00Z`), it prints the problem document a rate limiter would
//! send to a client with that `Accept-Language` header, and the headers that go with it.
//! Arguments after the limit are the occurrence's `name=value` pairs.

use std::process::ExitCode;

use errdocs::catalog::Catalog;
use errdocs::negotiate;
use errdocs::problem::Problem;
use errdocs::source::SiteSource;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let header = args.next().unwrap_or_default();
    let limit = args
        .next()
        .unwrap_or_else(|| "registrations-per-ip".to_owned());
    // The bundled site; a limiter with its own site reads it with `SiteSource::from_dir`.
    let catalog = match Catalog::load(&SiteSource::bundled()) {
        Ok(catalog) => catalog,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let pairs: Vec<String> = args.collect();
    let pairs = pairs
        .iter()
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")));
    let extra = match catalog.parse_args(&limit, pairs) {
        Ok(extra) => extra,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    // The site's own negotiation policy (`[negotiation]` in errdocs.toml), as `serve` uses.
    let locale = negotiate::best(
        &negotiate::Preferences::from_header(&header),
        catalog.locales(),
        catalog.reference(),
        catalog.config().negotiation,
    );
    match Problem::new(&catalog, &locale, &limit, &extra) {
        Ok(problem) => {
            println!("HTTP {}", problem.status);
            println!("Content-Language: {}", problem.content_language);
            println!("Link: {}", problem.link_header());
            if let Some(retry_after) = &problem.retry_after {
                println!("Retry-After: {retry_after}");
            }
            println!();
            println!("{}", problem.to_json());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
