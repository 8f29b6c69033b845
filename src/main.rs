//! The `errdocs` binary: parse the command line, set up logging, run, and turn an error
//! into its printed cause chain and a non-zero exit code. Every command but `serve` ends
//! quietly when its output pipe closes (SIGPIPE restored to its default).

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use tracing_subscriber::EnvFilter;

/// mimalloc instead of the system allocator (feature `mimalloc`, off by default). The
/// default, glibc malloc with the server's periodic trim (`serve`), returned to 1.06× its
/// pre-flood memory after 144 k connections where mimalloc stayed at 2.04×, and keeps less
/// after loading a large site (docs/BENCHMARKS.md).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    sigpipe(true);
    let cli = errdocs::cli::Cli::parse();
    if matches!(cli.command, errdocs::cli::Command::Serve(_)) {
        sigpipe(false);
    }
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("ERRDOCS_LOG").unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        // Colour codes only for people: logs piped to a file or a collector stay plain.
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    match errdocs::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::FAILURE
        }
    }
}

/// `errdocs check | head -1`: Rust ignores SIGPIPE, so a write to a closed pipe returns an
/// error and `println!` panics ("failed printing to stdout", exit 101). Restoring the default
/// action (`default = true`, from the very start so that clap's `--help` is covered too)
/// makes the process end silently on a closed pipe like every Unix filter (exit 141 in a
/// shell), for every print of every command, present and future, and for what clap or a
/// dependency prints; turning each `println!` into a checked `writeln!` would cover only the
/// prints someone remembered. `serve` ignores SIGPIPE again (`default = false`): a reader
/// closing a socket while the server writes must fail that connection, never kill the server.
#[cfg(unix)]
fn sigpipe(default: bool) {
    let action = if default {
        libc::SIG_DFL
    } else {
        libc::SIG_IGN
    };
    // SAFETY: called on the main thread before any other thread exists; both dispositions
    // are valid for SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, action);
    }
}

#[cfg(not(unix))]
fn sigpipe(_: bool) {}
