//! The output guard: `--out` must be new, empty, or hold exactly what an earlier run
//! listed in its manifest (plus `[build] keep`), and must stay out of the site's sources,
//! links followed; anything else is refused with the paths that would be lost.

use super::*;

/// Canonical form of `path`, which may not exist yet: its longest existing ancestor
/// canonicalized (links resolved), then the rest of the path applied lexically.
pub(crate) fn resolve(path: &Path) -> io::Result<PathBuf> {
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
pub(crate) fn refuse_site_overlap(out: &Path, site_root: &Path) -> anyhow::Result<()> {
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
pub(crate) fn inspect(output: &Output<'_>) -> anyhow::Result<Vec<String>> {
    let out = output.out;
    if !is_folder(out)? {
        return Ok(Vec::new());
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
            // Every ancestor folder: the part before each `/`.
            for (i, _) in path.match_indices('/') {
                dirs.insert(&path[..i]);
            }
        }
        manifest_walk(out, "", output.manifest, &listed, &dirs, &mut unexpected)?;
    }
    refuse_unexpected(output, unexpected)?;
    Ok(output
        .keep
        .iter()
        .filter(|k| std::fs::symlink_metadata(out.join(k)).is_ok())
        .cloned()
        .collect())
}

/// Whether `out` exists as a real folder (`false`: it does not exist yet); a link or a
/// file there is refused.
fn is_folder(out: &Path) -> anyhow::Result<bool> {
    let meta = match std::fs::symlink_metadata(out) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
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
    Ok(true)
}

/// Refuses the replacement when the previous output holds paths errdocs did not write and
/// `[build] keep` does not name.
fn refuse_unexpected(output: &Output<'_>, mut unexpected: Vec<String>) -> anyhow::Result<()> {
    let out = output.out;
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
    Ok(())
}

/// "`a`, `b` and 3 more": at most [`NAMED`] paths.
pub(crate) fn name_some(paths: &[String]) -> String {
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
pub(crate) fn sorted_entries(dir: &Path) -> anyhow::Result<Vec<(String, bool)>> {
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

pub(crate) fn manifest_walk(
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

pub(crate) fn legacy_walk(
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
pub(crate) fn copy_kept(from: &Path, to: &Path, rel: &str) -> anyhow::Result<()> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What `legacy_walk` finds in a folder holding `paths` (a trailing `/` makes a folder).
    fn legacy(paths: &[&str]) -> Vec<String> {
        let dir = tempfile::tempdir().unwrap();
        for path in paths {
            let full = dir.path().join(path);
            if path.ends_with('/') {
                std::fs::create_dir_all(full).unwrap();
            } else {
                std::fs::create_dir_all(full.parent().unwrap()).unwrap();
                std::fs::write(full, "").unwrap();
            }
        }
        let mut unexpected = Vec::new();
        legacy_walk(dir.path(), "", MARKER, &mut unexpected).unwrap();
        unexpected
    }

    #[test]
    fn a_legacy_output_of_pages_is_accepted() {
        assert!(legacy(&[MARKER, "index.html", "fr/index.html", "fr/docs/"]).is_empty());
    }

    #[test]
    fn a_legacy_output_holding_sources_or_dot_entries_is_not() {
        assert_eq!(legacy(&[MARKER, ".git/HEAD"]), [".git"]);
        assert_eq!(legacy(&[MARKER, CONFIG_FILE]), [CONFIG_FILE]);
        for dir in ["content/", "locales/", "templates/"] {
            assert_eq!(legacy(&[MARKER, dir]), [dir.trim_end_matches('/')]);
        }
        // Looked for at every depth; only the top-level manifest is the marker.
        assert_eq!(legacy(&["fr/.env"]), ["fr/.env"]);
        assert_eq!(
            legacy(&[MARKER, &format!("fr/{MARKER}")]),
            [format!("fr/{MARKER}")]
        );
    }

    #[test]
    fn kept_folders_are_copied_with_their_files() {
        let dir = tempfile::tempdir().unwrap();
        let from = dir.path().join("old/.well-known");
        std::fs::create_dir_all(from.join("acme")).unwrap();
        std::fs::write(from.join("security.txt"), "contact").unwrap();
        std::fs::write(from.join("acme/token"), "t").unwrap();
        let to = dir.path().join("new/.well-known");
        copy_kept(&from, &to, ".well-known").unwrap();
        assert_eq!(
            std::fs::read_to_string(to.join("security.txt")).unwrap(),
            "contact"
        );
        assert_eq!(std::fs::read_to_string(to.join("acme/token")).unwrap(), "t");
    }

    #[cfg(unix)]
    #[test]
    fn a_kept_link_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("CNAME");
        std::os::unix::fs::symlink("elsewhere", &link).unwrap();
        let err = copy_kept(&link, &dir.path().join("new/CNAME"), "CNAME").unwrap_err();
        assert!(err.to_string().contains("it is a symbolic link"), "{err}");
        assert!(!dir.path().join("new/CNAME").exists());
    }
}
