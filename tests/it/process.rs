//! The real binary: graceful shutdown (on SIGTERM or SIGINT, `errdocs serve` stops
//! accepting, answers the request in flight, and exits 0) and its access log.
//!
//! The request in flight is a live-reload poll of `--watch` mode: the one kind of request
//! that is still being handled when a signal comes, since every other answer comes from
//! memory at once.

use crate::common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use errdocs::source::SiteSource;

/// Starts `errdocs serve --watch` on a free port for the site in `dir` (the bundled site
/// without `--watch` when `dir` is `None`); returns it with its address, read from its log.
fn start(dir: Option<&Path>) -> (Child, SocketAddr, Log) {
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
    let mut log = Log::of(&mut child);
    let line = log.wait_for("listening");
    let start = line
        .find("http://")
        .expect("the listening line has the URL")
        + "http://".len();
    let addr = line[start..].split('/').next().unwrap().parse().unwrap();
    (child, addr, log)
}

/// How long a log line may take before the test fails instead of hanging.
const LOG_DEADLINE: Duration = Duration::from_secs(60);

/// The server's log, read line by line on a thread so that a wait can time out: a server
/// that never logs what a test waits for fails the test instead of hanging it.
struct Log {
    lines: Receiver<String>,
}

impl Log {
    fn of(child: &mut Child) -> Self {
        let stderr = BufReader::new(child.stderr.take().expect("stderr is piped"));
        let (send, lines) = channel();
        std::thread::spawn(move || {
            for line in stderr.lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Log { lines }
    }

    /// Reads log lines until one contains `needle`; returns it.
    fn wait_for(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + LOG_DEADLINE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) if line.contains(needle) => return line,
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => panic!("no log line with {needle:?} in time"),
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("the server exited before logging {needle:?}")
                }
            }
        }
    }

    /// Every line logged until the server closes its log (it has exited).
    fn rest(self) -> String {
        let deadline = Instant::now() + LOG_DEADLINE;
        let mut out = String::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    out.push_str(&line);
                    out.push('\n');
                }
                Err(RecvTimeoutError::Disconnected) => return out,
                Err(RecvTimeoutError::Timeout) => panic!("the log never closed; so far:\n{out}"),
            }
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
    log.wait_for("live-reload poll waiting");

    signal(&child, name);

    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let res = common::parse(&bytes).expect("the request in flight is answered");
    assert_eq!(res.status, 503, "the poll is told the server is going away");

    let status = child.wait().unwrap();
    assert!(status.success(), "exit status {status}");
    let rest = log.rest();
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
    let (mut child, addr, log) = start(None);
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
    let rest = log.rest();
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
