//! `--watch`: a notify watcher on the site's `errdocs.toml`, `content/`, `locales/`,
//! `templates/` and `static/`. A burst of changes (an editor saving several files, a
//! `git checkout`) is debounced into one rebuild, which reuses [`SiteSource::from_dir`] and
//! [`Site::load`] exactly as a start would. A good rebuild is swapped in atomically; a
//! failed one keeps the last good site serving, logs the error (`file:line:col`) and lays
//! it over every page until fixed. Either way open pages reload.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{RecvTimeoutError, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::Context;
use notify::{Event, EventKind, RecursiveMode, Watcher as _};

use super::State;
use super::assets::Served;
use crate::site::{Site, SiteError};
use crate::source::{CONFIG_FILE, SITE_DIRS, SiteSource};

/// Quiet time after the last change before rebuilding: long enough to gather one save of
/// several files, short enough to feel instant.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// A running watcher; dropping it stops the rebuild thread.
pub(super) struct Watcher {
    // Dropped first: closes the event channel, which ends the thread.
    _notify: notify::RecommendedWatcher,
    _thread: JoinHandle<()>,
}

/// Starts watching the site at `root`, rebuilding into `state`.
pub(super) fn start(root: &Path, state: Arc<State>) -> anyhow::Result<Watcher> {
    let root = std::fs::canonicalize(root)
        .with_context(|| format!("cannot watch `{}`", root.display()))?;
    let (tx, rx) = channel::<notify::Result<Event>>();
    let mut notify = notify::recommended_watcher(tx).context("cannot start the file watcher")?;
    // The root only for `errdocs.toml` (editors replace files, so watch the folder), the
    // site folders recursively; never `public/` or `target/`.
    notify
        .watch(&root, RecursiveMode::NonRecursive)
        .with_context(|| format!("cannot watch `{}`", root.display()))?;
    for dir in SITE_DIRS {
        let path = root.join(dir);
        if path.is_dir() {
            notify
                .watch(&path, RecursiveMode::Recursive)
                .with_context(|| format!("cannot watch `{}`", path.display()))?;
        }
    }
    tracing::info!(root = %root.display(), "watching for changes");
    let thread = std::thread::Builder::new()
        .name("errdocs-watch".into())
        .spawn(move || {
            while let Ok(event) = rx.recv() {
                if !relevant(&root, &event) {
                    continue;
                }
                // Debounce: wait until the burst is over.
                loop {
                    match rx.recv_timeout(DEBOUNCE) {
                        Ok(_) => continue,
                        Err(RecvTimeoutError::Timeout) => break,
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                }
                rebuild(&root, &state);
            }
        })
        .context("cannot start the rebuild thread")?;
    Ok(Watcher {
        _notify: notify,
        _thread: thread,
    })
}

/// A change to a site file, not to an editor's swap file or another folder of the root.
fn relevant(root: &Path, event: &notify::Result<Event>) -> bool {
    let Ok(event) = event else {
        // The watcher lost events (queue overflow…): rebuilding is the safe answer.
        return true;
    };
    if matches!(event.kind, EventKind::Access(_)) {
        return false;
    }
    event.paths.iter().any(|p| is_site_file(root, p))
}

fn is_site_file(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let name = rel.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with('.') || name.ends_with('~') {
        return false;
    }
    let first = rel.components().next().and_then(|c| c.as_os_str().to_str());
    match first {
        Some(CONFIG_FILE) => rel.components().count() == 1,
        Some(dir) => SITE_DIRS.contains(&dir),
        None => false,
    }
}

fn rebuild(root: &Path, state: &State) {
    let started = Instant::now();
    let loaded = SiteSource::from_dir(root)
        .map_err(SiteError::from)
        .and_then(|source| Site::load(&source));
    match loaded {
        Ok(site) => {
            let pages = site.pages.len();
            state.swap(Served::new(site, true));
            tracing::info!(
                pages,
                ms = started.elapsed().as_millis() as u64,
                "site rebuilt and swapped in"
            );
        }
        Err(e) => {
            let text = e.to_string();
            tracing::error!("rebuild failed; still serving the last good site\n{text}");
            state.fail(text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_site_files_trigger_a_rebuild() {
        let root = Path::new("/site");
        assert!(is_site_file(root, Path::new("/site/errdocs.toml")));
        assert!(is_site_file(root, Path::new("/site/locales/fr/site.ftl")));
        assert!(is_site_file(root, Path::new("/site/templates/base.html")));
        assert!(!is_site_file(root, Path::new("/site/public/fr/index.html")));
        assert!(!is_site_file(
            root,
            Path::new("/site/locales/fr/.site.ftl.swp")
        ));
        assert!(!is_site_file(root, Path::new("/site/locales/fr/site.ftl~")));
        assert!(!is_site_file(root, Path::new("/elsewhere/errdocs.toml")));
    }
}
