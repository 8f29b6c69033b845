//! `SiteSource`: every input file of a site (config, content, catalogs, templates, static
//! assets), read once into memory, from a directory or from the copy bundled into the binary.
//! Loading from memory is what lets `serve --watch` rebuild without touching the live site,
//! and lets the binary work from any directory with no files at all.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

static BUNDLED_CONTENT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/content");
static BUNDLED_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");
static BUNDLED_TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");
static BUNDLED_STATIC: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/static");
static BUNDLED_CONFIG: &str = include_str!("../errdocs.toml");

/// The name of the site configuration file, which also marks a site directory.
pub const CONFIG_FILE: &str = "errdocs.toml";

/// The folders a site is made of; nothing outside them is read.
pub const SITE_DIRS: [&str; 4] = ["content", "locales", "templates", "static"];

/// Why a site could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// A file or folder could not be read.
    #[error("cannot read `{}`: {source}", path.display())]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A file is not UTF-8 text.
    #[error("`{}` is not UTF-8 text; save it as UTF-8", path.display())]
    NotUtf8 {
        /// The offending file.
        path: PathBuf,
    },
    /// A file or folder of the site resolves, through symbolic links, outside the site.
    #[error(
        "`{}` leads outside the site, to `{}`; errdocs reads only files inside the site folder: copy the file into the site instead of linking to it",
        path.display(), target.display()
    )]
    OutsideSite {
        /// The path inside the site.
        path: PathBuf,
        /// Where its links lead.
        target: PathBuf,
    },
    /// A path of the site is not a regular file or folder.
    #[error(
        "`{}` is a {kind}, not a file; errdocs reads only regular files: remove it from the site",
        path.display()
    )]
    SpecialFile {
        /// The path inside the site.
        path: PathBuf,
        /// What it is (`FIFO`, `socket`, `device`).
        kind: &'static str,
    },
    /// Symbolic links that never end, or a folder link back to one of its own parents.
    #[error(
        "`{}` is a symbolic link that loops (or a folder link back to one of its own parents); remove the link",
        path.display()
    )]
    LinkLoop {
        /// The path inside the site.
        path: PathBuf,
    },
    /// The directory has no `errdocs.toml`.
    #[error("`{}` is not an errdocs site: it has no `errdocs.toml`", path.display())]
    NotASite {
        /// The directory given.
        path: PathBuf,
    },
}

/// All input files of one site, keyed by their path relative to the site root
/// (always with `/` separators, e.g. `locales/fr/site.ftl`).
#[derive(Clone, Debug)]
pub struct SiteSource {
    root: Option<PathBuf>,
    files: BTreeMap<String, String>,
}

impl SiteSource {
    /// Reads a site directory: `errdocs.toml` and everything under [`SITE_DIRS`]; a site
    /// without `templates/` or `static/` gets the built-in theme's.
    pub fn from_dir(root: &Path) -> Result<Self, SourceError> {
        let config = root.join(CONFIG_FILE);
        if !config.is_file() {
            return Err(SourceError::NotASite {
                path: root.to_owned(),
            });
        }
        let reader = Reader::new(root)?;
        let mut files = BTreeMap::new();
        files.insert(CONFIG_FILE.to_owned(), reader.read(&config)?);
        for dir in SITE_DIRS {
            let path = root.join(dir);
            if path.is_dir() {
                reader.walk(&path, dir, &mut files, &mut Vec::new())?;
            }
        }
        // A site without its own theme uses the built-in one (templates and static assets),
        // so a new site is just `errdocs.toml`, `content/` and `locales/`.
        let builtin = Self::bundled();
        for dir in ["templates", "static"] {
            if !root.join(dir).is_dir() {
                let prefix = format!("{dir}/");
                files.extend(
                    builtin
                        .under(&prefix)
                        .map(|(k, v)| (k.to_owned(), v.to_owned())),
                );
            }
        }
        Ok(SiteSource {
            root: Some(root.to_owned()),
            files,
        })
    }

    /// The site compiled into the binary (this repository's own `content/`, `locales/`,
    /// `templates/`, `static/` and `errdocs.toml`).
    pub fn bundled() -> Self {
        let mut files = BTreeMap::new();
        files.insert(CONFIG_FILE.to_owned(), BUNDLED_CONFIG.to_owned());
        for (name, dir) in [
            ("content", &BUNDLED_CONTENT),
            ("locales", &BUNDLED_LOCALES),
            ("templates", &BUNDLED_TEMPLATES),
            ("static", &BUNDLED_STATIC),
        ] {
            collect_bundled(name, dir, &mut files);
        }
        SiteSource { root: None, files }
    }

    /// The `--site` rule: the given directory; else the current directory when it holds
    /// `errdocs.toml`; else the bundled site.
    pub fn resolve(site: Option<&Path>) -> Result<Self, SourceError> {
        match site {
            Some(dir) => Self::from_dir(dir),
            None if Path::new(CONFIG_FILE).is_file() => Self::from_dir(Path::new(".")),
            None => Ok(Self::bundled()),
        }
    }

    /// Builds a source from in-memory files (tests, generators).
    pub fn from_files<I, K, V>(files: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        SiteSource {
            root: None,
            files: files
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        }
    }

    /// The same site with one file added or replaced (tests, previews of an edit).
    pub fn with_file(mut self, rel: &str, text: &str) -> Self {
        self.files.insert(rel.to_owned(), text.to_owned());
        self
    }

    /// The site directory, or `None` for the bundled site.
    pub fn root(&self) -> Option<&Path> {
        self.root.as_deref()
    }

    /// The text of one file, by site-relative path.
    pub fn get(&self, rel: &str) -> Option<&str> {
        self.files.get(rel).map(String::as_str)
    }

    /// Files under a folder (`prefix` ends with `/`), sorted by path.
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.files
            .range(prefix.to_owned()..)
            .take_while(move |(k, _)| k.starts_with(prefix))
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Every file, by site-relative path, sorted.
    pub fn files(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The same site after the files at `changed` (absolute paths under [`root`](Self::root),
    /// as a file watcher reports them) were written or removed: only those are read again.
    /// `None` when that cannot be decided file by file (a folder was created, removed or
    /// renamed, a path is not under the root, or the site has no root): read the whole site
    /// with [`SiteSource::from_dir`] then.
    pub fn reload(&self, changed: &[PathBuf]) -> Option<Result<SiteSource, SourceError>> {
        let root = self.root.as_deref()?;
        let reader = match Reader::new(root) {
            Ok(reader) => reader,
            Err(e) => return Some(Err(e)),
        };
        let canonical = &reader.root;
        let mut files = self.files.clone();
        for path in changed {
            let rel = path
                .strip_prefix(canonical)
                .or_else(|_| path.strip_prefix(root))
                .ok()?;
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_str())
                .collect::<Option<Vec<_>>>()?
                .join("/");
            let name = rel.rsplit('/').next().unwrap_or("");
            if name.starts_with('.') || name.ends_with('~') {
                continue;
            }
            let top = rel.split('/').next().unwrap_or("");
            let is_site_file =
                rel == CONFIG_FILE || (SITE_DIRS.contains(&top) && rel.contains('/'));
            if !is_site_file {
                continue;
            }
            let on_disk = root.join(&rel);
            match std::fs::metadata(&on_disk) {
                Ok(meta) if meta.is_dir() => return None,
                Ok(_) => match reader.read(&on_disk) {
                    Ok(text) => {
                        files.insert(rel, text);
                    }
                    Err(e) => return Some(Err(e)),
                },
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    // A removed folder is reported as one path: it held files we know.
                    let prefix = format!("{rel}/");
                    if files.keys().any(|k| k.starts_with(&prefix)) {
                        return None;
                    }
                    files.remove(&rel);
                }
                Err(source) => {
                    return Some(Err(SourceError::Io {
                        path: on_disk,
                        source,
                    }));
                }
            }
        }
        if !root.join(CONFIG_FILE).is_file() {
            return None;
        }
        Some(Ok(SiteSource {
            root: self.root.clone(),
            files,
        }))
    }

    /// How to name a file in a message: the path on disk, or `<bundled>/…`.
    pub fn display(&self, rel: &str) -> String {
        match &self.root {
            Some(root) if root == Path::new(".") => rel.to_owned(),
            Some(root) => root.join(rel).display().to_string(),
            None => format!("<bundled>/{rel}"),
        }
    }
}

/// Reads files of one site, and only those: every path is resolved (symbolic links
/// followed) before it is opened, and must land inside the site root and be a regular file
/// or folder. One reader serves every read of a site (start, `--watch`, `check`), so the
/// rule cannot differ between commands.
struct Reader {
    /// The site root, resolved.
    root: PathBuf,
}

impl Reader {
    fn new(root: &Path) -> Result<Reader, SourceError> {
        let root = std::fs::canonicalize(root).map_err(|source| SourceError::Io {
            path: root.to_owned(),
            source,
        })?;
        Ok(Reader { root })
    }

    /// Where `path` leads, if that is inside the site; and what it is.
    fn resolve(&self, path: &Path) -> Result<(PathBuf, std::fs::Metadata), SourceError> {
        let resolved = std::fs::canonicalize(path).map_err(|source| {
            if is_loop(&source) {
                SourceError::LinkLoop {
                    path: path.to_owned(),
                }
            } else {
                SourceError::Io {
                    path: path.to_owned(),
                    source,
                }
            }
        })?;
        if !resolved.starts_with(&self.root) {
            return Err(SourceError::OutsideSite {
                path: path.to_owned(),
                target: resolved,
            });
        }
        let meta = std::fs::metadata(&resolved).map_err(|source| SourceError::Io {
            path: path.to_owned(),
            source,
        })?;
        if !meta.is_file() && !meta.is_dir() {
            return Err(SourceError::SpecialFile {
                path: path.to_owned(),
                kind: special_kind(&meta),
            });
        }
        Ok((resolved, meta))
    }

    /// The text of a file of the site. What is opened is the resolved path, checked to be a
    /// regular file first: opening a FIFO would block.
    fn read(&self, path: &Path) -> Result<String, SourceError> {
        let (resolved, meta) = self.resolve(path)?;
        if meta.is_dir() {
            return Err(SourceError::Io {
                path: path.to_owned(),
                source: std::io::Error::other("a folder where a file is expected"),
            });
        }
        let bytes = std::fs::read(&resolved).map_err(|source| SourceError::Io {
            path: path.to_owned(),
            source,
        })?;
        String::from_utf8(bytes).map_err(|_| SourceError::NotUtf8 {
            path: path.to_owned(),
        })
    }

    /// Every file under `dir`, keyed `rel/…`. `parents` are the resolved folders being
    /// walked: a folder link back to one of them would never end.
    fn walk(
        &self,
        dir: &Path,
        rel: &str,
        files: &mut BTreeMap<String, String>,
        parents: &mut Vec<PathBuf>,
    ) -> Result<(), SourceError> {
        let (resolved, _) = self.resolve(dir)?;
        if parents.contains(&resolved) {
            return Err(SourceError::LinkLoop {
                path: dir.to_owned(),
            });
        }
        let io = |source| SourceError::Io {
            path: dir.to_owned(),
            source,
        };
        let mut entries: Vec<_> = std::fs::read_dir(&resolved)
            .map_err(io)?
            .collect::<Result<_, _>>()
            .map_err(io)?;
        entries.sort_by_key(|e| e.file_name());
        parents.push(resolved);
        for entry in entries {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            // Editor swap files and dotfiles are not part of a site.
            if name.starts_with('.') || name.ends_with('~') {
                continue;
            }
            let path = dir.join(name);
            let child = format!("{rel}/{name}");
            let (_, meta) = self.resolve(&path)?;
            if meta.is_dir() {
                self.walk(&path, &child, files, parents)?;
            } else {
                files.insert(child, self.read(&path)?);
            }
        }
        parents.pop();
        Ok(())
    }
}

/// Whether an error is "too many levels of symbolic links".
fn is_loop(error: &std::io::Error) -> bool {
    #[cfg(unix)]
    {
        error.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = error;
        false
    }
}

fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "FIFO (named pipe)";
        }
        if t.is_socket() {
            return "socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "device";
        }
    }
    let _ = meta;
    "special file"
}

fn collect_bundled(prefix: &str, dir: &Dir<'static>, files: &mut BTreeMap<String, String>) {
    for file in dir.files() {
        if let Some(text) = file.contents_utf8() {
            files.insert(
                format!("{prefix}/{}", file.path().display()),
                text.to_owned(),
            );
        }
    }
    for sub in dir.dirs() {
        collect_bundled(prefix, sub, files);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_site_has_config_and_reference_catalog() {
        let source = SiteSource::bundled();
        assert!(source.get(CONFIG_FILE).is_some());
        assert!(source.under("locales/fr/").next().is_some());
    }

    #[test]
    fn under_lists_only_that_folder() {
        let source = SiteSource::from_files([("a/x", "1"), ("a/y", "2"), ("ab/z", "3")]);
        let names: Vec<_> = source.under("a/").map(|(k, _)| k).collect();
        assert_eq!(names, ["a/x", "a/y"]);
    }

    fn site_dir() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("locales/fr")).unwrap();
        std::fs::write(dir.path().join(CONFIG_FILE), "# site\n").unwrap();
        std::fs::write(dir.path().join("locales/fr/a.ftl"), "a = 1\n").unwrap();
        std::fs::write(dir.path().join("locales/fr/b.ftl"), "b = 1\n").unwrap();
        dir
    }

    #[test]
    fn a_reload_reads_the_changed_files_and_only_those() {
        let dir = site_dir();
        let source = SiteSource::from_dir(dir.path()).unwrap();
        std::fs::write(dir.path().join("locales/fr/a.ftl"), "a = 2\n").unwrap();
        std::fs::write(dir.path().join("locales/fr/b.ftl"), "b = 2\n").unwrap();
        std::fs::write(dir.path().join("locales/fr/c.ftl"), "c = 1\n").unwrap();
        let changed = [
            dir.path().join("locales/fr/a.ftl"),
            dir.path().join("locales/fr/c.ftl"),
            dir.path().join("locales/fr/.a.ftl.swp"),
            dir.path().join("public/index.html"),
        ];
        let reloaded = source.reload(&changed).unwrap().unwrap();
        assert_eq!(reloaded.get("locales/fr/a.ftl"), Some("a = 2\n"));
        assert_eq!(reloaded.get("locales/fr/b.ftl"), Some("b = 1\n"));
        assert_eq!(reloaded.get("locales/fr/c.ftl"), Some("c = 1\n"));
        assert_eq!(reloaded.files().count(), source.files().count() + 1);
    }

    #[test]
    fn a_reload_forgets_removed_files() {
        let dir = site_dir();
        let source = SiteSource::from_dir(dir.path()).unwrap();
        std::fs::remove_file(dir.path().join("locales/fr/b.ftl")).unwrap();
        let reloaded = source
            .reload(&[dir.path().join("locales/fr/b.ftl")])
            .unwrap()
            .unwrap();
        assert_eq!(reloaded.get("locales/fr/b.ftl"), None);
        assert_eq!(reloaded.get("locales/fr/a.ftl"), Some("a = 1\n"));
    }

    #[test]
    fn folders_created_or_removed_call_for_a_full_read() {
        let dir = site_dir();
        let source = SiteSource::from_dir(dir.path()).unwrap();
        std::fs::create_dir_all(dir.path().join("locales/fr/docs")).unwrap();
        assert!(
            source
                .reload(&[dir.path().join("locales/fr/docs")])
                .is_none()
        );
        std::fs::remove_dir_all(dir.path().join("locales/fr")).unwrap();
        assert!(source.reload(&[dir.path().join("locales/fr")]).is_none());
        assert!(
            source
                .reload(&[PathBuf::from("/elsewhere/x.ftl")])
                .is_none()
        );
        assert!(SiteSource::bundled().reload(&[]).is_none());
    }
}
