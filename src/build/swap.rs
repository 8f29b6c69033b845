//! The output swap: the new tree and the old one trade places in one step
//! (`renameat2(RENAME_EXCHANGE)` on Linux, two renames elsewhere), written to disk first
//! (fsync), and what a killed run leaves behind cleaned up by the next.

use super::*;

/// How [`swap`] put the new tree in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swap {
    /// The output did not exist: one rename.
    Renamed,
    /// One `renameat2(RENAME_EXCHANGE)`: a reader of the output sees the old tree or the
    /// new one, never none.
    Exchanged,
    /// Two renames (output → `.errdocs-old-…`, new → output), for systems or file systems
    /// without an atomic exchange: between them the output is briefly absent, but a run
    /// killed there leaves the previous tree in the `.errdocs-old-…` folder.
    TwoStep,
}

/// Puts the folder `new` in the place of `out` and removes the previous tree.
///
/// On Linux the two folders are exchanged in one system call (`renameat2` with
/// `RENAME_EXCHANGE`); where that is unsupported (`EINVAL` from a file system without it,
/// `ENOSYS` from an old kernel, or any other system) it falls back to two renames
/// ([`Swap::TwoStep`]). The parent folder is synced afterwards so the swap survives a crash.
pub fn swap(new: &Path, out: &Path) -> io::Result<Swap> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let how = if std::fs::symlink_metadata(out).is_err() {
        std::fs::rename(new, out)?;
        Swap::Renamed
    } else if exchange(new, out)? {
        // `new` now holds the previous tree.
        remove_old(new);
        Swap::Exchanged
    } else {
        let old = unique_name(&parent, OLD_PREFIX);
        std::fs::rename(out, &old)?;
        if let Err(e) = std::fs::rename(new, out) {
            // Put the previous output back: a failed run changes nothing.
            let _ = std::fs::rename(&old, out);
            return Err(e);
        }
        remove_old(&old);
        Swap::TwoStep
    };
    sync_dir(&parent)?;
    Ok(how)
}

pub(crate) fn remove_old(path: &Path) {
    if let Err(e) = std::fs::remove_dir_all(path) {
        tracing::warn!(path = %path.display(), error = %e, "cannot remove the previous output");
    }
}

#[cfg(target_os = "linux")]
pub(crate) fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(target_os = "linux"))]
pub(crate) fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

/// A folder beside the output that is removed unless [`TempTree::disarm`]ed.
pub(crate) struct TempTree {
    pub(crate) path: PathBuf,
    armed: bool,
}

impl TempTree {
    pub(crate) fn create(parent: &Path, prefix: &str) -> anyhow::Result<Self> {
        let path = unique_name(parent, prefix);
        std::fs::create_dir(&path).with_context(|| {
            format!("cannot create a temporary folder in `{}`", parent.display())
        })?;
        Ok(TempTree { path, armed: true })
    }

    pub(crate) fn disarm(mut self) -> PathBuf {
        self.armed = false;
        std::mem::take(&mut self.path)
    }
}

impl Drop for TempTree {
    fn drop(&mut self) {
        if self.armed {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

/// `<parent>/<prefix><pid>-<random>`, which does not exist yet.
pub(crate) fn unique_name(parent: &Path, prefix: &str) -> PathBuf {
    use std::hash::{BuildHasher, Hasher};
    loop {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        let path = parent.join(format!(
            "{prefix}{}-{:012x}",
            std::process::id(),
            hasher.finish() & 0xffff_ffff_ffff
        ));
        if std::fs::symlink_metadata(&path).is_err() {
            return path;
        }
    }
}

/// Syncs every file and folder of the tree under `dir` to disk. The waits are the disk's,
/// not the CPU's, and concurrent syncs share the file system's journal commits: many
/// threads make it several times faster than one sync after each write.
pub(crate) fn sync_tree(dir: &Path) -> anyhow::Result<()> {
    fn collect(dir: &Path, files: &mut Vec<PathBuf>, dirs: &mut Vec<PathBuf>) -> io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let kind = entry.file_type()?;
            if kind.is_dir() {
                collect(&entry.path(), files, dirs)?;
            } else if kind.is_file() {
                files.push(entry.path());
            }
        }
        dirs.push(dir.to_path_buf());
        Ok(())
    }
    const THREADS: usize = 32;
    let (mut files, mut dirs) = (Vec::new(), Vec::new());
    collect(dir, &mut files, &mut dirs)
        .with_context(|| format!("cannot read `{}`", dir.display()))?;
    for (paths, sync) in [
        (&files, sync_file as fn(&Path) -> io::Result<()>),
        (&dirs, sync_dir),
    ] {
        let chunk = paths.len().div_ceil(THREADS).max(1);
        std::thread::scope(|scope| {
            let workers: Vec<_> = paths
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || {
                        part.iter().try_for_each(|path| {
                            sync(path).with_context(|| format!("cannot sync `{}`", path.display()))
                        })
                    })
                })
                .collect();
            workers
                .into_iter()
                .try_for_each(|w| w.join().expect("a sync thread panicked"))
        })?;
    }
    Ok(())
}

pub(crate) fn sync_file(path: &Path) -> io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)?
        .sync_all()
}

#[cfg(unix)]
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
pub(crate) fn sync_dir(_: &Path) -> io::Result<()> {
    // Folders cannot be opened as files here; their entries are persisted with the files.
    Ok(())
}

/// Removes `.errdocs-tmp-<pid>-…` / `.errdocs-old-<pid>-…` folders in `parent` left by
/// runs that were killed: only real folders (not links) that hold an errdocs manifest and
/// whose process is gone. Anything else with such a name is left alone. A run killed
/// between the two renames of [`Swap::TwoStep`] left no `out` but the previous tree (with
/// any kept files) in `.errdocs-old-…`: that tree is put back as `out`, not removed.
pub(crate) fn remove_leftovers(parent: &Path, out: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let mut names: Vec<_> = entries.flatten().map(|e| e.file_name()).collect();
    names.sort();
    for name in names {
        let Some(name) = name.to_str() else { continue };
        let (rest, old) = if let Some(rest) = name.strip_prefix(TMP_PREFIX) {
            (rest, false)
        } else if let Some(rest) = name.strip_prefix(OLD_PREFIX) {
            (rest, true)
        } else {
            continue;
        };
        let Some(pid) = rest
            .split_once('-')
            .and_then(|(pid, _)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid == std::process::id() || process_runs(pid) {
            continue;
        }
        let path = parent.join(name);
        if !std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir()) {
            continue;
        }
        let ours = [MARKER, EXPORT_MARKER]
            .iter()
            .any(|m| std::fs::symlink_metadata(path.join(m)).is_ok_and(|m| m.is_file()));
        if !ours {
            continue;
        }
        if old && std::fs::symlink_metadata(out).is_err() {
            match std::fs::rename(&path, out) {
                Ok(()) => {
                    tracing::warn!(path = %out.display(), "put back the previous output of a killed run")
                }
                Err(e) => {
                    tracing::warn!(path = %path.display(), error = %e, "cannot put back a previous output")
                }
            }
            continue;
        }
        match std::fs::remove_dir_all(&path) {
            Ok(()) => {
                tracing::info!(path = %path.display(), "removed the leftover of a killed run")
            }
            Err(e) => {
                tracing::warn!(path = %path.display(), error = %e, "cannot remove a leftover")
            }
        }
    }
}

/// Whether process `pid` may be running. Only Linux can tell (`/proc/<pid>`); elsewhere
/// every process counts as running, so leftovers are never removed there.
pub(crate) fn process_runs(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}
