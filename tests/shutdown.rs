//! Graceful shutdown of the real binary: on SIGTERM or SIGINT, `errdocs serve` stops
//! accepting, answers the request in flight, and exits 0.
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

/// Starts `errdocs serve --watch` on a free port for the site in `dir`; returns it with its
/// address, read from its log.
fn start(dir: &Path) -> (Child, SocketAddr, BufReader<ChildStderr>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_errdocs"))
        .args(["serve", "--watch", "--addr", "127.0.0.1:0", "--site"])
        .arg(dir)
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
    let (mut child, addr, mut log) = start(dir.path());

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
