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

mod guard;
mod swap;

use guard::{copy_kept, inspect, refuse_site_overlap, resolve};
pub use swap::{Swap, swap};
use swap::{TempTree, parent_of, remove_leftovers, sync_tree};

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
    let parent = parent_of(out);
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

#[cfg(test)]
mod tests {
    use super::*;
    use guard::name_some;

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

    fn build_output<'a>(out: &'a Path, manifest: &'static str) -> Output<'a> {
        Output {
            out,
            manifest,
            site_root: None,
            keep: &[],
            command: "errdocs build",
        }
    }

    #[test]
    fn an_output_that_does_not_exist_yet_is_no_reason_to_refuse() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        assert!(inspect(&build_output(&out, MARKER)).unwrap().is_empty());
    }

    #[test]
    fn an_output_that_cannot_be_read_is_an_error_not_a_new_folder() {
        // `file/public`: reading it fails with "not a directory", not "not found", so it
        // must not pass as an output that does not exist yet.
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("file"), "x").unwrap();
        let out = dir.path().join("file/public");
        let err = inspect(&build_output(&out, MARKER)).unwrap_err();
        assert!(err.to_string().starts_with("cannot read `"), "{err}");
    }

    #[test]
    fn an_output_that_is_a_file_or_a_link_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("public");
        std::fs::write(&file, "x").unwrap();
        let err = inspect(&build_output(&file, MARKER)).unwrap_err();
        assert!(
            err.to_string().contains("it is a file, not a folder"),
            "{err}"
        );
        #[cfg(unix)]
        {
            let target = dir.path().join("elsewhere");
            std::fs::create_dir(&target).unwrap();
            let link = dir.path().join("link");
            std::os::unix::fs::symlink(&target, &link).unwrap();
            let err = inspect(&build_output(&link, MARKER)).unwrap_err();
            assert!(err.to_string().contains("it is a symbolic link"), "{err}");
        }
    }

    #[test]
    fn only_build_suggests_keep_for_paths_it_did_not_write() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("CNAME"), "x").unwrap();
        std::fs::write(out.join(MARKER), "index.html\n").unwrap();
        std::fs::write(out.join(EXPORT_MARKER), "index.html\n").unwrap();
        let err = inspect(&build_output(&out, MARKER)).unwrap_err();
        let err = err.to_string();
        assert!(
            err.contains("keep = [") && err.contains(r#""CNAME""#),
            "{err}"
        );
        let export = Output {
            command: "errdocs export",
            ..build_output(&out, EXPORT_MARKER)
        };
        let err = inspect(&export).unwrap_err().to_string();
        assert!(err.contains("did not write: `"), "{err}");
        assert!(!err.contains("keep"), "{err}");
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
        assert!(!name_some(&paths[..10]).contains("more"));
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
