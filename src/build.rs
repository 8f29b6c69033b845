//! Writing a rendered [`Site`] to disk atomically: everything goes into a temporary folder
//! beside the output (written in parallel), which replaces the output only once every file
//! is written. On any error the previous output is untouched.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use rayon::prelude::*;

use crate::site::Site;

/// Marks a folder as errdocs output, so a rebuild never replaces a folder it did not write.
pub const MARKER: &str = ".errdocs-build";

/// Writes every file of `site` under `out`, replacing its previous content atomically.
/// Returns the number of files written.
pub fn write(site: &Site, out: &Path) -> anyhow::Result<usize> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)
        .with_context(|| format!("cannot create `{}`", parent.display()))?;
    if out.exists() && !is_replaceable(out)? {
        bail!(
            "refusing to replace `{}`: it is not empty and was not written by `errdocs build` (no `{MARKER}` file); choose another `--out` or empty it",
            out.display()
        );
    }
    let tmp = tempfile::Builder::new()
        .prefix(".errdocs-tmp-")
        .tempdir_in(&parent)
        .with_context(|| format!("cannot create a temporary folder in `{}`", parent.display()))?;
    // One file per page: spread the system calls over every core. `create_dir_all` is safe
    // to race (a folder another thread just created counts as created).
    site.files.par_iter().try_for_each(|(path, asset)| {
        let target = tmp.path().join(path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create `{}`", dir.display()))?;
        }
        std::fs::write(&target, &asset.body)
            .with_context(|| format!("cannot write `{}`", target.display()))
    })?;
    std::fs::write(tmp.path().join(MARKER), b"").context("cannot write the output marker")?;
    set_readable(tmp.path())?;
    let old = tempfile::Builder::new()
        .prefix(".errdocs-old-")
        .tempdir_in(&parent)?;
    let old_path = old.path().join("previous");
    if out.exists() {
        std::fs::rename(out, &old_path)
            .with_context(|| format!("cannot move the previous `{}` aside", out.display()))?;
    }
    let tmp_path = tmp.keep();
    if let Err(e) = std::fs::rename(&tmp_path, out) {
        // Put the previous output back: the promise is that a failed build changes nothing.
        if old_path.exists() {
            let _ = std::fs::rename(&old_path, out);
        }
        let _ = std::fs::remove_dir_all(&tmp_path);
        return Err(e)
            .with_context(|| format!("cannot move the new site into `{}`", out.display()));
    }
    drop(old);
    Ok(site.files.len())
}

fn is_replaceable(out: &Path) -> anyhow::Result<bool> {
    if !out.is_dir() {
        return Ok(false);
    }
    if out.join(MARKER).is_file() {
        return Ok(true);
    }
    Ok(std::fs::read_dir(out)?.next().is_none())
}

#[cfg(unix)]
fn set_readable(dir: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    // tempfile creates 0700 folders; a static host or nginx must be able to read the site.
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755))?;
    Ok(())
}

#[cfg(not(unix))]
fn set_readable(_: &Path) -> anyhow::Result<()> {
    Ok(())
}
