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
