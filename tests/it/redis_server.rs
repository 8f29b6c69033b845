//! A real `redis-server` on a free loopback port, for the tests and benchmarks of the Redis
//! store: the integration tests (`tests/it/acme_front.rs`), the store's unit tests
//! (`src/limiter/redis.rs` includes this file) and `benches/limiter.rs` share this one copy.
//!
//! `redis-server --port 0` does not pick a free port, so the port is found by binding
//! `127.0.0.1:0` and releasing it; another process may take it in between, so a server that
//! does not answer `PING` is stopped and started again on another port.
//!
//! Without `redis-server` on `PATH`, [`RedisServer::start`] prints "skipped: redis-server not
//! found" and gives `None`, except when `CI` is set: CI installs it, so there its absence is
//! a failure, never a silent pass.
#![allow(dead_code, unreachable_pub)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A `redis-server` process, stopped when dropped.
pub struct RedisServer {
    child: Child,
    addr: SocketAddr,
}

impl RedisServer {
    /// Starts a server with no persistence on a free loopback port and waits until it
    /// answers `PING`. `None` (with a message) when `redis-server` is not installed and `CI`
    /// is not set; panics when it is set, or when the server cannot be started.
    pub fn start() -> Option<RedisServer> {
        if !installed() {
            if std::env::var_os("CI").is_some() {
                panic!("redis-server not found, and CI is set: CI must install it (.ci/run)");
            }
            eprintln!("skipped: redis-server not found");
            return None;
        }
        let mut last = String::new();
        for _ in 0..5 {
            let port = {
                let probe = TcpListener::bind("127.0.0.1:0").expect("a free loopback port");
                probe.local_addr().expect("the probe's address").port()
            };
            let mut child = Command::new("redis-server")
                .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
                .args(["--save", "", "--appendonly", "no"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("redis-server starts");
            let addr = SocketAddr::from(([127, 0, 0, 1], port));
            if wait_for_pong(&mut child, addr) {
                return Some(RedisServer { child, addr });
            }
            let _ = child.kill();
            let _ = child.wait();
            last = format!("no PONG from redis-server on {addr}");
        }
        panic!("{last} after 5 attempts");
    }

    /// `redis://127.0.0.1:PORT/`.
    pub fn url(&self) -> String {
        format!("redis://{}/", self.addr)
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A `redis://` URL on which nothing listens: a port bound then released.
pub fn dead_url() -> String {
    let probe = TcpListener::bind("127.0.0.1:0").expect("a free loopback port");
    format!(
        "redis://{}/",
        probe.local_addr().expect("the probe's address")
    )
}

fn installed() -> bool {
    Command::new("redis-server")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Polls with a raw `PING` for up to 10 s; false as soon as the process has exited (its
/// port was taken) or when time is up.
fn wait_for_pong(child: &mut Child, addr: SocketAddr) -> bool {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return false;
        }
        if let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_millis(200)) {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(1)));
            let mut reply = [0u8; 7];
            if stream.write_all(b"PING\r\n").is_ok()
                && stream.read_exact(&mut reply).is_ok()
                && &reply == b"+PONG\r\n"
            {
                return true;
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}
