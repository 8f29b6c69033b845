//! `--watch`: a notify watcher on the site's `errdocs.toml`, `content/`, `locales/`,
//! `templates/` and `static/`. A burst of changes (an editor saving several files, a
//! `git checkout`) is debounced into one rebuild, which reuses [`SiteSource::from_dir`] and
//! [`Site::load_reusing`] as a start would, re-rendering only the page bodies whose inputs
//! changed, and keeping the compressed variants of unchanged files. A good rebuild is swapped in atomically; a
//! failed one keeps the last good site serving, logs the error (`file:line:col`) and lays
//! it over every page until fixed. Either way open pages reload.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{RecvTimeoutError, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::Context;
use notify::{Event, EventKind, RecursiveMode, Watcher as _};

use super::State;
use super::assets::Served;
use crate::site::{RenderCache, Site, SiteError};
use crate::source::{CONFIG_FILE, SITE_DIRS, SiteSource, SourceError};

/// Quiet time after the last change before rebuilding: an editor's save or a `git checkout`
/// writes its files within a few milliseconds of each other, and every millisecond here is
/// one the author waits (the whole edit loop aims at 150 ms).
const DEBOUNCE: Duration = Duration::from_millis(10);

/// A running watcher; dropping it stops the rebuild thread.
pub(super) struct Watcher {
    // Dropped first: closes the event channel, which ends the thread.
    _notify: notify::RecommendedWatcher,
    _thread: JoinHandle<()>,
}

/// Starts watching the site of `source`, rebuilding into `state`; `cache` holds what the
/// load of `source` rendered, so that the first edit already re-renders only what changed.
pub(super) fn start(
    source: SiteSource,
    mut cache: RenderCache,
    state: Arc<State>,
) -> anyhow::Result<Watcher> {
    let root = source.root().context(
        "`--watch` needs a site directory to watch: run it inside a site (a folder with `errdocs.toml`) or pass `--site DIR`",
    )?;
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
            // Page bodies and parsed catalogs of the last rebuild, reused where their inputs
            // did not change; the files of the last read, of which only the changed are
            // read again.
            let mut last = Some(source);
            while let Ok(event) = rx.recv() {
                let mut changed = Changed::default();
                if !changed.add(&root, event) {
                    continue;
                }
                // Debounce: wait until the burst is over.
                loop {
                    match rx.recv_timeout(DEBOUNCE) {
                        Ok(event) => {
                            changed.add(&root, event);
                        }
                        Err(RecvTimeoutError::Timeout) => break,
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                }
                let source = match (&last, changed.all) {
                    (Some(last), false) => last
                        .reload(&changed.paths)
                        .unwrap_or_else(|| SiteSource::from_dir(&root)),
                    _ => SiteSource::from_dir(&root),
                };
                last = rebuild(source, &state, &mut cache);
            }
        })
        .context("cannot start the rebuild thread")?;
    Ok(Watcher {
        _notify: notify,
        _thread: thread,
    })
}

/// The changes of one burst.
#[derive(Default)]
struct Changed {
    /// Site files written, created or removed.
    paths: Vec<PathBuf>,
    /// The watcher lost events or asks for a rescan: read the whole site again.
    all: bool,
}

impl Changed {
    /// Records an event; whether it concerns the site (a site file, not an editor's swap
    /// file or another folder of the root).
    fn add(&mut self, root: &Path, event: notify::Result<Event>) -> bool {
        let event = match event {
            Ok(event) => event,
            Err(_) => {
                // The watcher lost events (queue overflow…): rebuilding is the safe answer.
                self.all = true;
                return true;
            }
        };
        if matches!(event.kind, EventKind::Access(_)) {
            return false;
        }
        if event.need_rescan() {
            self.all = true;
            return true;
        }
        let before = self.paths.len();
        self.paths
            .extend(event.paths.into_iter().filter(|p| is_site_file(root, p)));
        self.paths.len() > before
    }
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

/// Loads `source` and swaps it in, or shows why it failed; returns the source for the next
/// rebuild to start from (`None` when it could not be read).
fn rebuild(
    source: Result<SiteSource, SourceError>,
    state: &State,
    cache: &mut RenderCache,
) -> Option<SiteSource> {
    let started = Instant::now();
    let (read, loaded) = match source {
        Ok(source) => {
            let loaded = Site::load_reusing(&source, cache);
            (Some(source), loaded)
        }
        Err(e) => (None, Err(SiteError::from(e))),
    };
    match loaded {
        Ok(site) => {
            let pages = site.pages.len();
            state.swap(Served::new(site, true, Some(&state.served())));
            tracing::info!(
                pages,
                rendered = cache.rendered(),
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
    read
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
