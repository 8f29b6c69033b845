//! Shared helpers for the integration tests: fixture sites on disk, the built binary, and
//! a real server on a loopback port chosen by the system with a blocking HTTP client (ureq)
//! and raw TCP for requests no client would send.
#![allow(dead_code)]

use errdocs::serve::{self, Options, Running};
use errdocs::source::SiteSource;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

/// `tests/fixtures/<name>`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A temporary copy of the `basic` fixture with the files of `broken/<case>` laid over it
/// (each broken case holds only the file it breaks). `None` gives the valid site.
pub fn site_dir(case: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixture("basic"), dir.path());
    if let Some(case) = case {
        copy_tree(&fixture("broken").join(case), dir.path());
    }
    dir
}

/// Runs the `errdocs` binary with `args` in `cwd`.
pub fn errdocs(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_errdocs"))
        .args(args)
        .current_dir(cwd)
        .env("ERRDOCS_LOG", "warn")
        .output()
        .unwrap()
}

/// Every file under `dir`, as (relative path, bytes), sorted.
pub fn snapshot_tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                let rel = path
                    .strip_prefix(base)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.push((rel, std::fs::read(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Generous: only a broken server gets near it, and then the test fails instead of hanging.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// Options for tests: one worker, no signal handlers (many servers share the process).
pub fn options() -> Options {
    Options {
        watch: false,
        workers: Some(1),
        signals: false,
        progress: false,
    }
}

/// The bundled site on a free port.
pub fn start() -> Running {
    start_source(SiteSource::bundled())
}

/// A site on a free port.
pub fn start_source(source: SiteSource) -> Running {
    serve::spawn(free_port(), source, options()).expect("the server starts")
}

/// A listener on a free loopback port.
pub fn free_port() -> TcpListener {
    TcpListener::bind("127.0.0.1:0").expect("a free loopback port")
}

/// The bundled site with text replacements: `(file, from, to)`. Each `from` must occur,
/// so a test cannot silently stop testing what it says when the bundled site changes.
pub fn bundled_with(edits: &[(&str, &str, &str)]) -> SiteSource {
    let bundled = SiteSource::bundled();
    let mut files: Vec<(String, String)> = bundled
        .under("")
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    for (file, from, to) in edits {
        let (_, text) = files
            .iter_mut()
            .find(|(k, _)| k == file)
            .unwrap_or_else(|| panic!("the bundled site has no `{file}`"));
        assert!(text.contains(from), "`{file}` does not contain {from:?}");
        *text = text.replace(from, to);
    }
    SiteSource::from_files(files)
}

/// A client that shows every response as it is: no redirects followed, 4xx/5xx are not
/// errors, no automatic Accept-Encoding.
pub fn client() -> ureq::Agent {
    ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_global(Some(TIMEOUT))
        .build()
        .into()
}

/// A client that follows redirects, as a reader's would.
pub fn follower() -> ureq::Agent {
    ureq::Agent::config_builder()
        .max_redirects(5)
        .http_status_as_error(false)
        .timeout_global(Some(TIMEOUT))
        .build()
        .into()
}

/// `http://{addr}{path}`.
pub fn url(server: &Running, path: &str) -> String {
    format!("http://{}{path}", server.addr())
}

/// A response read back from raw bytes.
#[derive(Debug)]
pub struct Raw {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Raw {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Sends `request` as raw bytes (with `Connection: close` semantics expected) and parses
/// the answer with httparse. `None` when the server closed the connection without one.
pub fn raw(addr: SocketAddr, request: &[u8]) -> Option<Raw> {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(TIMEOUT)).unwrap();
    // The server may answer and close before reading everything of a huge request.
    let _ = stream.write_all(request);
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    parse(&bytes)
}

/// Parses one HTTP/1.1 response.
pub fn parse(bytes: &[u8]) -> Option<Raw> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut response = httparse::Response::new(&mut headers);
    let httparse::Status::Complete(len) = response.parse(bytes).ok()? else {
        return None;
    };
    Some(Raw {
        status: response.code?,
        headers: response
            .headers
            .iter()
            .map(|h| {
                (
                    h.name.to_owned(),
                    String::from_utf8_lossy(h.value).into_owned(),
                )
            })
            .collect(),
        body: bytes[len..].to_vec(),
    })
}

/// One line of an `Accept-Language` vector file (`tests/data/accept-language.tsv`, the
/// generated `accept-language-corpus.tsv`): `header<TAB>expected<TAB>why`.
#[derive(Clone, Debug)]
pub struct Vector {
    /// 1-based line in the file, for failure messages.
    pub line: usize,
    /// The header value; `None` for `-` (no `Accept-Language` at all).
    pub header: Option<String>,
    /// The locale expected on the bundled site.
    pub expected: String,
    /// What the line shows.
    pub why: String,
}

/// `tests/data/<name>`.
pub fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// The vectors of `tests/data/<name>`: the one reader every door's replay uses.
pub fn accept_language_vectors(name: &str) -> Vec<Vector> {
    let text = std::fs::read_to_string(data(name)).unwrap();
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(
                cols.len(),
                3,
                "{name}:{}: three tab-separated columns",
                i + 1
            );
            Vector {
                line: i + 1,
                header: (cols[0] != "-").then(|| cols[0].to_owned()),
                expected: cols[1].to_owned(),
                why: cols[2].to_owned(),
            }
        })
        .collect()
}

/// The neutral page every door's replay asks for.
pub const NEUTRAL_PAGE: &str = "/docs/too-many-registrations-for-this-ip/";

/// The doors that negotiate, each asked the same header on the bundled site.
pub struct Doors {
    server: Running,
    catalog: errdocs::catalog::Catalog,
    /// The problem title of each locale, to tell the language of `errdocs message`'s output.
    titles: Vec<(String, String)>,
    cwd: tempfile::TempDir,
}

/// What each door chose, as locale tags.
#[derive(Debug, PartialEq, Eq)]
pub struct Answers {
    pub library: String,
    pub cli: String,
    pub redirect: String,
    pub problem: String,
}

impl Doors {
    /// The bundled site, served on a free port.
    pub fn bundled() -> Self {
        let catalog = errdocs::catalog::Catalog::load(&SiteSource::bundled()).unwrap();
        let args = errdocs::catalog::Args::new();
        let titles = catalog
            .locales()
            .iter()
            .map(|l| {
                let p = errdocs::problem::Problem::new(&catalog, l, "registrations-per-ip", &args)
                    .unwrap();
                (p.title.clone(), l.to_string())
            })
            .collect::<Vec<_>>();
        let mut distinct: Vec<&String> = titles.iter().map(|(t, _)| t).collect();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), titles.len(), "one problem title per locale");
        Doors {
            server: start(),
            catalog,
            titles,
            // No errdocs.toml here: `errdocs message` uses the bundled site.
            cwd: tempfile::tempdir().unwrap(),
        }
    }

    /// The library's choice (`negotiate::best` with the site's policy).
    pub fn library(&self, header: Option<&str>) -> String {
        let prefs = header
            .map(errdocs::negotiate::Preferences::from_header)
            .unwrap_or_default();
        errdocs::negotiate::best(
            &prefs,
            self.catalog.locales(),
            self.catalog.reference(),
            self.catalog.config().negotiation,
        )
        .to_string()
    }

    /// `errdocs message --accept-language`'s choice.
    pub fn cli(&self, header: Option<&str>) -> String {
        let mut args = vec!["message", "registrations-per-ip", "--format", "json"];
        if let Some(h) = header {
            args.extend(["--accept-language", h]);
        }
        let out = errdocs(self.cwd.path(), &args);
        assert!(out.status.success(), "{header:?}: {out:?}");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let title = json["title"].as_str().unwrap();
        self.titles
            .iter()
            .find(|(t, _)| t == title)
            .map(|(_, l)| l.clone())
            .unwrap_or_else(|| panic!("{header:?}: unknown title {title:?}"))
    }

    fn request(&self, target: &str, header: Option<&str>) -> Raw {
        let mut request = format!("GET {target} HTTP/1.1\r\nHost: x\r\n").into_bytes();
        if let Some(h) = header {
            request.extend_from_slice(b"Accept-Language: ");
            request.extend_from_slice(h.as_bytes());
            request.extend_from_slice(b"\r\n");
        }
        request.extend_from_slice(b"Connection: close\r\n\r\n");
        raw(self.server.addr(), &request).expect("an answer")
    }

    /// The locale of the server's redirect from the neutral URL.
    pub fn redirect(&self, header: Option<&str>) -> String {
        let res = self.request(NEUTRAL_PAGE, header);
        assert_eq!(res.status, 302, "{header:?}");
        let location = res.header("location").unwrap();
        location
            .strip_suffix(NEUTRAL_PAGE)
            .and_then(|l| l.strip_prefix('/'))
            .unwrap_or_else(|| panic!("{header:?}: location {location}"))
            .to_owned()
    }

    /// The `Content-Language` of the problem API's answer.
    pub fn problem(&self, header: Option<&str>) -> String {
        let res = self.request("/api/v1/problems/registrations-per-ip", header);
        assert_eq!(res.status, 200, "{header:?}");
        res.header("content-language").unwrap().to_owned()
    }

    /// Every door's choice.
    pub fn answers(&self, header: Option<&str>) -> Answers {
        Answers {
            library: self.library(header),
            cli: self.cli(header),
            redirect: self.redirect(header),
            problem: self.problem(header),
        }
    }
}
