//! Writing a rendered [`Site`] (and the files of `errdocs export`) to disk without ever
//! destroying what errdocs did not write.
//!
//! One mechanism, [`replace`], serves `build` and `export`:
//! - **where**: an output that is, holds, or lies inside the sources of the site being built
//!   (`errdocs.toml`, `content/`, `locales/`, `templates/`, `static/`) is refused;
//! - **what it replaces**: the output holds a manifest (`.errdocs-build`, `.errdocs-export`)
//!   listing every file errdocs wrote, one relative path a line, sorted. A later run replaces
//!   the folder only when it is new, empty, or holds exactly those files (and their folders);
//!   anything else is refused with the unexpected paths named, unless `[build] keep` in
//!   `errdocs.toml` lists them, in which case they are copied into the new output;
//! - **how**: everything goes into a temporary folder beside the output (written in
//!   parallel, then every file and folder synced to disk), which takes the output's place in one
//!   step ([`swap`]). On any error the previous output is untouched; leftovers of killed runs
//!   are removed by the next run once it can prove they are its own (or, for a previous
//!   output a killed two-step swap left aside, put back).

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, bail};
use rayon::prelude::*;

use crate::site::Site;
use crate::source::{CONFIG_FILE, SITE_DIRS};

/// The manifest of a `build` output: every file it wrote, one relative path a line.
pub const MARKER: &str = ".errdocs-build";

/// The manifest of an `export` output.
pub const EXPORT_MARKER: &str = ".errdocs-export";

/// Temporary folders beside the output: `.errdocs-tmp-<pid>-<random>`.
const TMP_PREFIX: &str = ".errdocs-tmp-";
/// The previous output while the two-step swap runs: `.errdocs-old-<pid>-<random>`.
const OLD_PREFIX: &str = ".errdocs-old-";

/// How many unexpected paths an error names.
const NAMED: usize = 10;

/// One output folder and what guards it.
#[derive(Clone, Copy, Debug)]
pub struct Output<'a> {
    /// The folder to replace.
    pub out: &'a Path,
    /// The manifest file name: [`MARKER`] or [`EXPORT_MARKER`].
    pub manifest: &'static str,
    /// The root of the site being built, whose sources the output must stay out of
    /// (`None` for the bundled site, which has no folder).
    pub site_root: Option<&'a Path>,
    /// Paths of the previous output, relative to it, to carry over (`[build] keep`).
    pub keep: &'a [String],
    /// The command, for messages (`errdocs build`).
    pub command: &'static str,
}

/// Writes every file of `site` under `out`, replacing its previous content atomically (see
/// the module documentation for what may be replaced). Returns the number of files written.
pub fn write(site: &Site, out: &Path, site_root: Option<&Path>) -> anyhow::Result<usize> {
    let files: BTreeMap<&str, &[u8]> = site
        .files
        .iter()
        .map(|(path, asset)| (path.as_str(), &*asset.body))
        .collect();
    replace(
        &Output {
            out,
            manifest: MARKER,
            site_root,
            keep: &site.catalog.config().keep,
            command: "errdocs build",
        },
        &files,
    )?;
    Ok(files.len())
}

/// Replaces `output.out` with exactly `files` (relative path → bytes), plus the manifest and
/// the kept paths of the previous output.
pub fn replace(output: &Output<'_>, files: &BTreeMap<&str, &[u8]>) -> anyhow::Result<()> {
    if let Some(root) = output.site_root {
        refuse_site_overlap(output.out, root)?;
    }
    // `.`, `..` or `/` name a folder through its parent: work on its real path, so that the
    // temporary folder lands beside it and not inside it.
    let real;
    let named;
    let output = match output.out.components().next_back() {
        Some(Component::Normal(_)) => output,
        _ => {
            real = resolve(output.out)
                .with_context(|| format!("cannot resolve `{}`", output.out.display()))?;
            named = Output {
                out: &real,
                ..*output
            };
            &named
        }
    };
    let out = output.out;
    for entry in output.keep {
        let prefix = format!("{entry}/");
        if let Some(file) = files
            .keys()
            .find(|f| **f == entry || f.starts_with(&prefix) || entry.starts_with(&format!("{f}/")))
        {
            bail!(
                "`keep` entry `{entry}` is also written by `{}` (`{file}`); remove it from `[build] keep` in `{CONFIG_FILE}`",
                output.command
            );
        }
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)
        .with_context(|| format!("cannot create `{}`", parent.display()))?;
    remove_leftovers(&parent, out);
    let kept = inspect(output)?;

    let tmp = TempTree::create(&parent, TMP_PREFIX)?;
    // The manifest comes first, so that a run killed while writing leaves a folder the next
    // run can recognise as its own and remove.
    let mut manifest = String::new();
    for path in files.keys() {
        manifest.push_str(path);
        manifest.push('\n');
    }
    let manifest_path = tmp.path.join(output.manifest);
    std::fs::write(&manifest_path, manifest)
        .with_context(|| format!("cannot write `{}`", manifest_path.display()))?;
    // One file per page: spread the system calls over every core. `create_dir_all` is safe
    // to race (a folder another thread just created counts as created).
    files.par_iter().try_for_each(|(path, body)| {
        let target = tmp.path.join(path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create `{}`", dir.display()))?;
        }
        std::fs::write(&target, body)
            .with_context(|| format!("cannot write `{}`", target.display()))
    })?;
    for rel in &kept {
        copy_kept(&out.join(rel), &tmp.path.join(rel), rel)?;
    }
    sync_tree(&tmp.path)?;
    let tmp_path = tmp.disarm();
    if let Err(e) = swap(&tmp_path, out) {
        let _ = std::fs::remove_dir_all(&tmp_path);
        return Err(e)
            .with_context(|| format!("cannot move the new output into `{}`", out.display()));
    }
    Ok(())
}

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

fn remove_old(path: &Path) {
    if let Err(e) = std::fs::remove_dir_all(path) {
        tracing::warn!(path = %path.display(), error = %e, "cannot remove the previous output");
    }
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

/// A folder beside the output that is removed unless [`TempTree::disarm`]ed.
struct TempTree {
    path: PathBuf,
    armed: bool,
}

impl TempTree {
    fn create(parent: &Path, prefix: &str) -> anyhow::Result<Self> {
        let path = unique_name(parent, prefix);
        std::fs::create_dir(&path).with_context(|| {
            format!("cannot create a temporary folder in `{}`", parent.display())
        })?;
        Ok(TempTree { path, armed: true })
    }

    fn disarm(mut self) -> PathBuf {
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
fn unique_name(parent: &Path, prefix: &str) -> PathBuf {
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
fn sync_tree(dir: &Path) -> anyhow::Result<()> {
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

fn sync_file(path: &Path) -> io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)?
        .sync_all()
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_: &Path) -> io::Result<()> {
    // Folders cannot be opened as files here; their entries are persisted with the files.
    Ok(())
}

/// Canonical form of `path`, which may not exist yet: its longest existing ancestor
/// canonicalized (links resolved), then the rest of the path applied lexically.
fn resolve(path: &Path) -> io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let parts: Vec<Component<'_>> = absolute.components().collect();
    for i in (1..=parts.len()).rev() {
        let head: PathBuf = parts[..i].iter().collect();
        if let Ok(mut resolved) = head.canonicalize() {
            for part in &parts[i..] {
                match part {
                    Component::ParentDir => {
                        resolved.pop();
                    }
                    Component::CurDir => {}
                    other => resolved.push(other),
                }
            }
            return Ok(resolved);
        }
    }
    Ok(absolute)
}

/// Refuses an output that is the site, holds it, or lies inside the files errdocs reads
/// from it (`errdocs.toml` and [`SITE_DIRS`]: an output under `static/` would be copied
/// into the next build, under `content/` or `locales/` it would mix with the sources).
/// Other folders of the site root (`public/`, the default) hold no sources and are fine.
fn refuse_site_overlap(out: &Path, site_root: &Path) -> anyhow::Result<()> {
    let root = site_root
        .canonicalize()
        .with_context(|| format!("cannot read `{}`", site_root.display()))?;
    let target = resolve(out).with_context(|| format!("cannot resolve `{}`", out.display()))?;
    let site = site_root.display();
    if target == root {
        bail!(
            "refusing to write into `{}`: it is the folder of the site being built (`{site}`); choose another `--out`, e.g. `public`",
            out.display()
        );
    }
    if root.starts_with(&target) {
        bail!(
            "refusing to replace `{}`: it contains the site being built (`{site}`); choose an `--out` that does not hold the site",
            out.display()
        );
    }
    for part in std::iter::once(CONFIG_FILE).chain(SITE_DIRS) {
        // The part itself may be a link (`static -> ../theme/static`).
        let lexical = root.join(part);
        let real = lexical.canonicalize().unwrap_or_else(|_| lexical.clone());
        if target.starts_with(&lexical) || target.starts_with(&real) {
            bail!(
                "refusing to write into `{}`: it lies inside `{part}` of the site being built (`{site}`), which errdocs reads, so the output would feed the next build; choose an `--out` outside it, e.g. `public`",
                out.display()
            );
        }
    }
    Ok(())
}

/// Decides whether the previous output may be replaced, and returns the kept paths it
/// holds (relative, to copy into the new output).
fn inspect(output: &Output<'_>) -> anyhow::Result<Vec<String>> {
    let out = output.out;
    let meta = match std::fs::symlink_metadata(out) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("cannot read `{}`", out.display())),
    };
    if meta.file_type().is_symlink() {
        bail!(
            "refusing to replace `{}`: it is a symbolic link; give the folder it points to as `--out`",
            out.display()
        );
    }
    if !meta.is_dir() {
        bail!(
            "refusing to replace `{}`: it is a file, not a folder; choose another `--out`",
            out.display()
        );
    }
    let top = sorted_entries(out)?;
    if top.is_empty() {
        return Ok(Vec::new());
    }
    let manifest = out.join(output.manifest);
    let is_manifest = std::fs::symlink_metadata(&manifest).is_ok_and(|m| m.is_file());
    if !is_manifest {
        let names: Vec<String> = top.into_iter().map(|(name, _)| name).collect();
        bail!(
            "refusing to replace `{}`: it is not empty and was not written by `{}` (no `{}` manifest); it holds {}; choose another `--out` or empty it",
            out.display(),
            output.command,
            output.manifest,
            name_some(&names)
        );
    }
    let text = std::fs::read_to_string(&manifest)
        .with_context(|| format!("cannot read `{}`", manifest.display()))?;
    let listed: BTreeSet<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    let mut unexpected = Vec::new();
    if listed.is_empty() {
        // A legacy output: errdocs before manifests wrote an empty `.errdocs-build`, which
        // says nothing about what else the folder holds. It is accepted only when nothing
        // in it looks like a site or a user's file: no `errdocs.toml`, `content/`,
        // `locales/` or `templates/` anywhere (errdocs never writes those names), and no
        // dot-entry (`.git`, `.env`) other than the marker itself.
        legacy_walk(out, "", output.manifest, &mut unexpected)?;
    } else {
        // Folders to look into: those of the listed files and of the kept paths.
        let mut dirs = BTreeSet::new();
        for path in listed
            .iter()
            .copied()
            .chain(output.keep.iter().map(String::as_str))
        {
            let mut at = 0;
            while let Some(i) = path[at..].find('/') {
                dirs.insert(&path[..at + i]);
                at += i + 1;
            }
        }
        manifest_walk(out, "", output.manifest, &listed, &dirs, &mut unexpected)?;
    }
    let kept = |rel: &str| {
        output
            .keep
            .iter()
            .any(|k| rel == k || rel.starts_with(&format!("{k}/")))
    };
    unexpected.retain(|rel| !kept(rel));
    if !unexpected.is_empty() {
        if output.manifest == MARKER {
            // Only `build` has `[build] keep` to offer.
            let list = unexpected
                .iter()
                .take(NAMED)
                .map(|p| format!("{p:?}"))
                .collect::<Vec<_>>()
                .join(", ");
            bail!(
                "refusing to replace `{}`: it holds paths that `{}` did not write: {}; to carry them over into every new output, list them in `{CONFIG_FILE}` under `[build]` as `keep = [{list}]`, or move them away, or choose another `--out`",
                out.display(),
                output.command,
                name_some(&unexpected),
            );
        }
        bail!(
            "refusing to replace `{}`: it holds paths that `{}` did not write: {}; move them away or choose another `--out`",
            out.display(),
            output.command,
            name_some(&unexpected),
        );
    }
    Ok(output
        .keep
        .iter()
        .filter(|k| std::fs::symlink_metadata(out.join(k)).is_ok())
        .cloned()
        .collect())
}

/// "`a`, `b` and 3 more": at most [`NAMED`] paths.
fn name_some(paths: &[String]) -> String {
    let mut text = paths
        .iter()
        .take(NAMED)
        .map(|p| format!("`{p}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if paths.len() > NAMED {
        text.push_str(&format!(" and {} more", paths.len() - NAMED));
    }
    text
}

/// The entries of a folder, sorted by name, with whether each is a real folder (links
/// are never followed).
fn sorted_entries(dir: &Path) -> anyhow::Result<Vec<(String, bool)>> {
    let mut entries = Vec::new();
    for entry in
        std::fs::read_dir(dir).with_context(|| format!("cannot read `{}`", dir.display()))?
    {
        let entry = entry.with_context(|| format!("cannot read `{}`", dir.display()))?;
        let is_dir = entry.file_type()?.is_dir();
        entries.push((entry.file_name().to_string_lossy().into_owned(), is_dir));
    }
    entries.sort();
    Ok(entries)
}

fn manifest_walk(
    dir: &Path,
    prefix: &str,
    manifest: &str,
    listed: &BTreeSet<&str>,
    dirs: &BTreeSet<&str>,
    unexpected: &mut Vec<String>,
) -> anyhow::Result<()> {
    for (name, is_dir) in sorted_entries(dir)? {
        let rel = format!("{prefix}{name}");
        if prefix.is_empty() && name == manifest {
            continue;
        }
        if is_dir && dirs.contains(rel.as_str()) {
            manifest_walk(
                &dir.join(&name),
                &format!("{rel}/"),
                manifest,
                listed,
                dirs,
                unexpected,
            )?;
        } else if is_dir || !listed.contains(rel.as_str()) {
            unexpected.push(rel);
        }
    }
    Ok(())
}

fn legacy_walk(
    dir: &Path,
    prefix: &str,
    manifest: &str,
    unexpected: &mut Vec<String>,
) -> anyhow::Result<()> {
    for (name, is_dir) in sorted_entries(dir)? {
        let rel = format!("{prefix}{name}");
        if prefix.is_empty() && name == manifest {
            continue;
        }
        if name.starts_with('.')
            || name == CONFIG_FILE
            || ["content", "locales", "templates"].contains(&name.as_str())
        {
            unexpected.push(rel);
        } else if is_dir {
            legacy_walk(&dir.join(&name), &format!("{rel}/"), manifest, unexpected)?;
        }
    }
    Ok(())
}

/// Copies a kept file or folder of the previous output into the new one (synced with the
/// rest of the tree before the swap). Links are never
/// followed or copied: a kept link is an error (it could point anywhere).
fn copy_kept(from: &Path, to: &Path, rel: &str) -> anyhow::Result<()> {
    let meta = std::fs::symlink_metadata(from)
        .with_context(|| format!("cannot read `{}`", from.display()))?;
    if meta.file_type().is_symlink() {
        bail!(
            "cannot keep `{}`: it is a symbolic link, and `keep` copies files and folders only; replace it with a copy or remove it",
            from.display()
        );
    }
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create `{}`", dir.display()))?;
    }
    if meta.is_dir() {
        std::fs::create_dir(to).with_context(|| format!("cannot create `{}`", to.display()))?;
        for (name, _) in sorted_entries(from)? {
            copy_kept(&from.join(&name), &to.join(&name), &format!("{rel}/{name}"))?;
        }
    } else if meta.is_file() {
        std::fs::copy(from, to).with_context(|| format!("cannot copy `{}`", from.display()))?;
    } else {
        bail!(
            "cannot keep `{}`: it is neither a file nor a folder",
            from.display()
        );
    }
    Ok(())
}

/// Removes `.errdocs-tmp-<pid>-…` / `.errdocs-old-<pid>-…` folders in `parent` left by
/// runs that were killed: only real folders (not links) that hold an errdocs manifest and
/// whose process is gone. Anything else with such a name is left alone. A run killed
/// between the two renames of [`Swap::TwoStep`] left no `out` but the previous tree (with
/// any kept files) in `.errdocs-old-…`: that tree is put back as `out`, not removed.
fn remove_leftovers(parent: &Path, out: &Path) {
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
fn process_runs(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_follows_links_of_existing_parts_and_applies_the_rest_lexically() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().canonicalize().unwrap();
        std::fs::create_dir(base.join("site")).unwrap();
        assert_eq!(
            resolve(&base.join("missing/../site/./x")).unwrap(),
            base.join("site/x")
        );
        assert_eq!(resolve(&base.join("site/..")).unwrap(), base);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(base.join("site"), base.join("link")).unwrap();
            assert_eq!(
                resolve(&base.join("link/new/out")).unwrap(),
                base.join("site/new/out")
            );
        }
    }

    #[test]
    fn an_out_reaching_the_sources_through_a_link_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("static")).unwrap();
        assert!(refuse_site_overlap(&site.join("public"), &site).is_ok());
        assert!(refuse_site_overlap(&dir.path().join("elsewhere"), &site).is_ok());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(site.join("static"), dir.path().join("pub")).unwrap();
            let err = refuse_site_overlap(&dir.path().join("pub/x"), &site).unwrap_err();
            assert!(
                err.to_string()
                    .contains("it lies inside `static` of the site"),
                "{err}"
            );
        }
        // A source folder that is itself a link: its target is the source.
        #[cfg(unix)]
        {
            std::fs::create_dir(dir.path().join("theme")).unwrap();
            std::os::unix::fs::symlink(dir.path().join("theme"), site.join("templates")).unwrap();
            let err = refuse_site_overlap(&dir.path().join("theme/out"), &site).unwrap_err();
            assert!(
                err.to_string()
                    .contains("it lies inside `templates` of the site"),
                "{err}"
            );
        }
        let err = refuse_site_overlap(&site.join("errdocs.toml"), &site).unwrap_err();
        assert!(err.to_string().contains("inside `errdocs.toml`"), "{err}");
    }

    #[test]
    fn at_most_ten_paths_are_named() {
        let paths: Vec<String> = (0..12).map(|i| format!("f{i}")).collect();
        assert_eq!(name_some(&paths[..1]), "`f0`");
        assert_eq!(
            name_some(&paths),
            "`f0`, `f1`, `f2`, `f3`, `f4`, `f5`, `f6`, `f7`, `f8`, `f9` and 2 more"
        );
        assert_eq!(name_some(&paths[..10]).matches('`').count(), 20);
    }

    #[test]
    fn a_kept_folder_below_an_unexpected_one_is_looked_into() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir_all(out.join(".well-known")).unwrap();
        std::fs::write(out.join(".well-known/security.txt"), "x").unwrap();
        std::fs::write(out.join(".well-known/other"), "y").unwrap();
        std::fs::write(out.join("index.html"), "page").unwrap();
        std::fs::write(out.join(MARKER), "index.html\n").unwrap();
        let keep = [".well-known/security.txt".to_owned()];
        let output = Output {
            out: &out,
            manifest: MARKER,
            site_root: None,
            keep: &keep,
            command: "errdocs build",
        };
        let err = inspect(&output).unwrap_err();
        assert!(
            err.to_string()
                .contains("did not write: `.well-known/other`;"),
            "{err}"
        );
        std::fs::remove_file(out.join(".well-known/other")).unwrap();
        assert_eq!(inspect(&output).unwrap(), keep);
    }

    #[test]
    fn a_listed_file_that_is_gone_is_no_reason_to_refuse() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir_all(out.join("fr")).unwrap();
        std::fs::write(out.join("fr/index.html"), "page").unwrap();
        std::fs::write(out.join(MARKER), "en/index.html\nfr/index.html\n").unwrap();
        let output = Output {
            out: &out,
            manifest: MARKER,
            site_root: None,
            keep: &[],
            command: "errdocs build",
        };
        assert!(inspect(&output).unwrap().is_empty());
        // The folder of a listed file is expected, even empty; another folder is not.
        std::fs::create_dir(out.join("en")).unwrap();
        assert!(inspect(&output).unwrap().is_empty());
        std::fs::create_dir(out.join("fr/empty")).unwrap();
        let err = inspect(&output).unwrap_err();
        assert!(
            err.to_string().contains("did not write: `fr/empty`;"),
            "{err}"
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_previous_tree_of_a_run_killed_between_two_renames_is_put_back() {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let old = dir.path().join(format!("{OLD_PREFIX}{dead}-abc"));
        std::fs::create_dir(&old).unwrap();
        std::fs::write(old.join(MARKER), "index.html\n").unwrap();
        std::fs::write(old.join("index.html"), "page").unwrap();
        std::fs::write(old.join("CNAME"), "kept").unwrap();
        let tmp = dir.path().join(format!("{TMP_PREFIX}{dead}-def"));
        std::fs::create_dir(&tmp).unwrap();
        std::fs::write(tmp.join(MARKER), "").unwrap();
        remove_leftovers(dir.path(), &out);
        assert_eq!(std::fs::read_to_string(out.join("CNAME")).unwrap(), "kept");
        assert!(!old.exists());
        assert!(!tmp.exists());
        // With `out` in place, an old tree is only a leftover.
        std::fs::create_dir(&old).unwrap();
        std::fs::write(old.join(MARKER), "").unwrap();
        remove_leftovers(dir.path(), &out);
        assert!(!old.exists());
        assert!(out.join("index.html").is_file());
    }
}
