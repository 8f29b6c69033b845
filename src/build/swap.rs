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
    let parent = parent_of(out);
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

/// The folder that holds `out`: `.` for a bare name such as `public`, whose
/// `Path::parent` is the empty path (which cannot be opened to sync it).
pub(crate) fn parent_of(out: &Path) -> PathBuf {
    match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(path: &Path, file: &str, text: &str) {
        std::fs::create_dir_all(path).unwrap();
        std::fs::write(path.join(file), text).unwrap();
    }

    #[test]
    fn the_parent_of_a_bare_name_is_the_current_folder() {
        assert_eq!(parent_of(Path::new("public")), Path::new("."));
        assert_eq!(parent_of(Path::new("site/public")), Path::new("site"));
        assert_eq!(parent_of(Path::new("/srv/public")), Path::new("/srv"));
        assert_eq!(parent_of(Path::new("/")), Path::new("."));
    }

    #[test]
    fn a_new_output_is_renamed_into_place() {
        let dir = tempfile::tempdir().unwrap();
        let (new, out) = (dir.path().join("new"), dir.path().join("out"));
        tree(&new, "index.html", "new");
        assert_eq!(swap(&new, &out).unwrap(), Swap::Renamed);
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "new"
        );
        assert!(!new.exists());
    }

    #[test]
    fn a_swap_puts_the_new_tree_in_place_and_removes_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let (new, out) = (dir.path().join("new"), dir.path().join("out"));
        tree(&out, "old.html", "old");
        tree(&new, "index.html", "new");
        let how = swap(&new, &out).unwrap();
        assert_ne!(how, Swap::Renamed);
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "new"
        );
        assert!(!out.join("old.html").exists());
        // Neither the exchanged tree nor a `.errdocs-old-…` folder is left behind.
        let mut left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        left.sort();
        assert_eq!(left, ["out"]);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn exchange_trades_two_folders_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        tree(&a, "a", "");
        tree(&b, "b", "");
        // Every Linux file system a temporary folder lives on here (ext4, xfs, btrfs,
        // tmpfs, overlayfs) supports RENAME_EXCHANGE: the fallback must not be taken.
        assert!(exchange(&a, &b).unwrap());
        assert!(a.join("b").exists() && b.join("a").exists());
        let missing = dir.path().join("missing");
        assert!(exchange(&missing, &b).is_err());
    }

    #[test]
    fn a_temporary_tree_is_removed_unless_disarmed() {
        let dir = tempfile::tempdir().unwrap();
        let dropped = TempTree::create(dir.path(), TMP_PREFIX).unwrap();
        let path = dropped.path.clone();
        assert!(path.is_dir());
        drop(dropped);
        assert!(!path.exists());
        let kept = TempTree::create(dir.path(), TMP_PREFIX).unwrap();
        let path = kept.disarm();
        assert!(path.is_dir());
    }

    #[test]
    fn unique_names_carry_the_prefix_and_the_process_id_and_are_new() {
        let dir = tempfile::tempdir().unwrap();
        let first = unique_name(dir.path(), OLD_PREFIX);
        let name = first.file_name().unwrap().to_str().unwrap().to_owned();
        let pid = format!("{OLD_PREFIX}{}-", std::process::id());
        assert!(name.starts_with(&pid), "{name}");
        assert_eq!(name.len(), pid.len() + 12, "{name}");
        assert_eq!(first.parent(), Some(dir.path()));
        std::fs::create_dir(&first).unwrap();
        assert_ne!(unique_name(dir.path(), OLD_PREFIX), first);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn only_marked_folders_of_dead_runs_are_leftovers() {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        tree(&out, "index.html", "");
        let marked = |name: String| {
            let path = dir.path().join(name);
            tree(&path, MARKER, "");
            path
        };
        let dead_run = marked(format!("{TMP_PREFIX}{dead}-a"));
        let export = dir.path().join(format!("{TMP_PREFIX}{dead}-b"));
        tree(&export, EXPORT_MARKER, "");
        let ours = marked(format!("{TMP_PREFIX}{}-c", std::process::id()));
        let unmarked = dir.path().join(format!("{OLD_PREFIX}{dead}-d"));
        tree(&unmarked, "index.html", "");
        let no_pid = marked(format!("{TMP_PREFIX}x-e"));
        let other = marked(format!("other-{dead}-f"));
        // PID 1 runs for as long as the system does.
        let running = marked(format!("{OLD_PREFIX}1-g"));
        remove_leftovers(dir.path(), &out);
        assert!(!dead_run.exists() && !export.exists());
        for kept in [&ours, &unmarked, &no_pid, &other, &running] {
            assert!(kept.is_dir(), "{}", kept.display());
        }
        assert!(out.join("index.html").exists());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_process_runs_while_it_has_a_proc_entry() {
        assert!(process_runs(std::process::id()));
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        assert!(!process_runs(dead));
    }
}
