//! The real binary: graceful shutdown (on SIGTERM or SIGINT, `errdocs serve` stops
//! accepting, answers the request in flight, and exits 0) and its access log.
//!
//! The request in flight is a live-reload poll of `--watch` mode: the one kind of request
//! that is still being handled when a signal comes, since every other answer comes from
//! memory at once.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, ChildStderr, Command, Stdio};

use errdocs::source::SiteSource;

/// Starts `errdocs serve --watch` on a free port for the site in `dir` (the bundled site
/// without `--watch` when `dir` is `None`); returns it with its address, read from its log.
fn start(dir: Option<&Path>) -> (Child, SocketAddr, BufReader<ChildStderr>) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_errdocs"));
    command.args(["serve", "--addr", "127.0.0.1:0"]);
    match dir {
        Some(dir) => command.arg("--watch").arg("--site").arg(dir),
        None => command.current_dir(std::env::temp_dir()),
    };
    let mut child = command
        .env("ERRDOCS_LOG", "info,errdocs::live=debug")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("errdocs starts");
    let mut log = BufReader::new(child.stderr.take().unwrap());
    let line = wait_for(&mut log, "listening");
    let start = line
        .find("http://")
        .expect("the listening line has the URL")
        + "http://".len();
    let addr = line[start..].split('/').next().unwrap().parse().unwrap();
    (child, addr, log)
}

/// Reads log lines until one contains `needle`; returns it.
fn wait_for(log: &mut BufReader<ChildStderr>, needle: &str) -> String {
    let mut line = String::new();
    loop {
        line.clear();
        let n = log.read_line(&mut line).expect("read the log");
        assert!(n > 0, "the server exited before logging {needle:?}");
        if line.contains(needle) {
            return line;
        }
    }
}

fn signal(child: &Child, name: &str) {
    let status = Command::new("kill")
        .args([format!("-{name}"), child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
}

fn stops_gracefully_on(name: &str) {
    let dir = tempfile::tempdir().unwrap();
    for (rel, text) in SiteSource::bundled().under("") {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let (mut child, addr, mut log) = start(Some(dir.path()));

    let generation = common::raw(
        addr,
        b"GET /_errdocs/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .expect("the generation");
    let generation = String::from_utf8(generation.body).unwrap();

    // A request in flight: a poll that waits for a rebuild that will not come.
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(common::TIMEOUT)).unwrap();
    write!(
        stream,
        "GET /_errdocs/live?since={generation} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    wait_for(&mut log, "live-reload poll waiting");

    signal(&child, name);

    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let res = common::parse(&bytes).expect("the request in flight is answered");
    assert_eq!(res.status, 503, "the poll is told the server is going away");

    let status = child.wait().unwrap();
    assert!(status.success(), "exit status {status}");
    let mut rest = String::new();
    log.read_to_string(&mut rest).unwrap();
    assert!(rest.contains("shutting down"), "{rest}");
    assert!(rest.contains("stopped"), "{rest}");
    // Nothing listens any more.
    assert!(TcpStream::connect(addr).is_err());
}

#[test]
fn sigterm_answers_the_request_in_flight_and_exits_cleanly() {
    stops_gracefully_on("TERM");
}

#[test]
fn sigint_answers_the_request_in_flight_and_exits_cleanly() {
    stops_gracefully_on("INT");
}

#[test]
fn each_request_is_logged_once_with_status_locale_and_latency() {
    let (mut child, addr, mut log) = start(None);
    let redirect = common::raw(
        addr,
        b"GET /docs/too-many-registrations-for-this-ip/ HTTP/1.1\r\nHost: x\r\nAccept-Language: en-GB\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(redirect.map(|r| r.status), Some(302));
    let missing = common::raw(
        addr,
        b"GET /fr/nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(missing.map(|r| r.status), Some(404));
    signal(&child, "TERM");
    assert!(child.wait().unwrap().success());
    let mut rest = String::new();
    log.read_to_string(&mut rest).unwrap();
    let lines: Vec<&str> = rest
        .lines()
        .filter(|l| l.contains("errdocs::access"))
        .collect();
    assert_eq!(lines.len(), 2, "{rest}");
    let expected = [
        (
            "path=\"/docs/too-many-registrations-for-this-ip/\"",
            "status=302",
            "locale=\"en\"",
        ),
        ("path=\"/fr/nope\"", "status=404", "locale=\"fr\""),
    ];
    for (line, (path, status, locale)) in lines.iter().zip(expected) {
        for field in [path, status, locale, "method=GET", "micros="] {
            assert!(line.contains(field), "{field} missing in {line}");
        }
    }
}
