//! Progress of a long load, and the terminal progress bar that shows it (indicatif is
//! confined here). The library reports through the [`Progress`] trait; only the command line
//! draws, and only for people: on a terminal, outside CI, once a load has taken a second.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Told how far a load has come.
pub trait Progress: Sync {
    /// A step of `total` units begins (`"render"`: page bodies, `"layout"`: pages).
    fn begin(&self, step: &'static str, total: usize);
    /// One more unit of the current step is done.
    fn advance(&self);
}

/// Reports nothing: tests, the library's default, `--watch` rebuilds.
#[derive(Clone, Copy, Debug, Default)]
pub struct Silent;

impl Progress for Silent {
    fn begin(&self, _: &'static str, _: usize) {}
    fn advance(&self) {}
}

/// A progress bar on standard error that appears only after [`Bar::DELAY`], only when
/// standard error is a terminal and `CI` is unset: a small site loads without a flicker, and
/// pipes and CI logs get no control codes.
#[derive(Debug)]
pub struct Bar {
    bar: ProgressBar,
    started: Instant,
    enabled: bool,
    shown: AtomicBool,
}

impl Bar {
    /// How long a load runs before the bar appears.
    pub const DELAY: Duration = Duration::from_secs(1);

    /// A bar for this process's standard error (hidden until it is worth showing).
    pub fn stderr() -> Bar {
        let enabled = std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
        Bar::new(enabled, Instant::now())
    }

    fn new(enabled: bool, started: Instant) -> Bar {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template("{prefix:>7} [{bar:30}] {pos}/{len} {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        Bar {
            bar,
            started,
            enabled,
            shown: AtomicBool::new(false),
        }
    }

    /// Whether the bar has been drawn.
    pub fn is_shown(&self) -> bool {
        self.shown.load(Ordering::Relaxed)
    }

    fn show_if_slow(&self) {
        if self.enabled
            && !self.shown.load(Ordering::Relaxed)
            && self.started.elapsed() >= Self::DELAY
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar
                .set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
        }
    }
}

impl Progress for Bar {
    fn begin(&self, step: &'static str, total: usize) {
        self.bar.set_prefix(step);
        self.bar.set_length(total as u64);
        self.bar.set_position(0);
        self.show_if_slow();
    }

    fn advance(&self) {
        self.bar.inc(1);
        self.show_if_slow();
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        // Leave the terminal as it was: the log line that follows says what was done.
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_disabled_bar_never_shows() {
        // What a pipe or CI gets, however long the load.
        let bar = Bar::new(false, Instant::now() - Bar::DELAY * 2);
        bar.begin("render", 10);
        bar.advance();
        assert!(!bar.is_shown());
    }

    #[test]
    fn an_enabled_bar_waits_for_the_delay() {
        let quick = Bar::new(true, Instant::now());
        quick.begin("render", 10);
        quick.advance();
        assert!(!quick.is_shown());
        let slow = Bar::new(true, Instant::now() - Bar::DELAY);
        slow.advance();
        assert!(slow.is_shown());
    }
}
