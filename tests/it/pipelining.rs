//! HTTP/1.1 pipelining on one keep-alive connection: many requests in one write, the
//! answers read back in order. A HEAD answer carries the headers of the GET (its
//! `Content-Length` included) but no body, so a server that gets the framing wrong sends
//! a GET's body short, or a HEAD's with it, and every later answer falls out of step.

use crate::common;

use std::io::{Read, Write};
use std::net::TcpStream;

const PAGE: &str = "/fr/docs/too-many-registrations-for-this-ip/";

/// One answer parsed off the front of `bytes`: status, `Content-Length`, and the length of
/// its head. `None` when the head is not complete yet.
fn head(bytes: &[u8]) -> Option<(u16, Option<usize>, usize)> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut response = httparse::Response::new(&mut headers);
    let httparse::Status::Complete(len) = response.parse(bytes).expect("a valid answer") else {
        return None;
    };
    let length = response
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("content-length"))
        .map(|h| {
            std::str::from_utf8(h.value)
                .unwrap()
                .trim()
                .parse()
                .unwrap()
        });
    Some((response.code.unwrap(), length, len))
}

/// Sends `request` in one write on a new connection and reads until the server closes it.
fn exchange(addr: std::net::SocketAddr, request: &[u8]) -> Vec<u8> {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(common::TIMEOUT)).unwrap();
    stream.write_all(request).unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).expect("the whole answer");
    bytes
}

/// The body of one GET of `PAGE`, alone on its connection.
fn single_get(addr: std::net::SocketAddr) -> Vec<u8> {
    let res = common::raw(
        addr,
        format!("GET {PAGE} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .expect("an answer");
    assert_eq!(res.status, 200);
    res.body
}

/// Splits the pipelined answers to `methods` (sent in that order) and checks each one: a
/// 200 whose GET body is exactly `expected` and whose HEAD has no body. Returns a list of
/// what went wrong, empty when every answer is right.
fn check_answers(mut bytes: &[u8], methods: &[&str], expected: &[u8]) -> Vec<String> {
    let mut wrong = Vec::new();
    for (i, method) in methods.iter().enumerate() {
        let Some((status, length, len)) = head(bytes) else {
            wrong.push(format!(
                "answer {i} ({method}): missing, {} bytes left",
                bytes.len()
            ));
            break;
        };
        let length = length.unwrap_or(0);
        if status != 200 {
            wrong.push(format!("answer {i} ({method}): status {status}"));
        }
        if length != expected.len() {
            wrong.push(format!(
                "answer {i} ({method}): Content-Length {length}, a single GET has {}",
                expected.len()
            ));
        }
        bytes = &bytes[len..];
        if *method == "GET" {
            // The body follows; if it is short, the next answer's head shows up in it.
            let body = &bytes[..length.min(bytes.len())];
            if body != expected {
                let starts_with_answer = body.starts_with(b"HTTP/1.1 ");
                wrong.push(format!(
                    "answer {i} (GET): body differs from a single GET's{}",
                    if starts_with_answer {
                        " (it is the next answer: the GET came without its body)"
                    } else {
                        ""
                    }
                ));
                // Resynchronize on the next answer, if any.
                match find(bytes, b"HTTP/1.1 ") {
                    Some(0) => {}
                    Some(at) if at < length => bytes = &bytes[at..],
                    _ => bytes = &bytes[length.min(bytes.len())..],
                }
                continue;
            }
            bytes = &bytes[length..];
        } else if !bytes.is_empty() && !bytes.starts_with(b"HTTP/1.1 ") {
            wrong.push(format!("answer {i} (HEAD): bytes after the head"));
        }
    }
    if !bytes.is_empty() && wrong.is_empty() {
        wrong.push(format!("{} bytes after the last answer", bytes.len()));
    }
    wrong
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `pairs` times `GET PAGE` + `HEAD PAGE`, the last request closing the connection.
fn pipeline(pairs: usize) -> (Vec<u8>, Vec<&'static str>) {
    let mut request = Vec::new();
    let mut methods = Vec::new();
    for i in 0..pairs {
        for method in ["GET", "HEAD"] {
            let last = i + 1 == pairs && method == "HEAD";
            request.extend_from_slice(
                format!(
                    "{method} {PAGE} HTTP/1.1\r\nHost: x\r\n{}\r\n",
                    if last { "Connection: close\r\n" } else { "" }
                )
                .as_bytes(),
            );
            methods.push(method);
        }
    }
    (request, methods)
}

#[test]
fn pipelined_gets_alone_each_carry_their_full_body() {
    let server = common::start();
    let expected = single_get(server.addr());
    let mut request = Vec::new();
    for i in 0..50 {
        let close = if i == 49 { "Connection: close\r\n" } else { "" };
        request
            .extend_from_slice(format!("GET {PAGE} HTTP/1.1\r\nHost: x\r\n{close}\r\n").as_bytes());
    }
    let bytes = exchange(server.addr(), &request);
    let wrong = check_answers(&bytes, &["GET"; 50], &expected);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Fails with actix-http 3.20.0, the newest release: its HTTP/1 codec keeps one HEAD flag
/// (and one connection type) per connection, set by the request it decoded last, not by
/// the request being answered. Pipelined requests are all decoded before the first answer
/// is written, so after a HEAD every GET answer goes out without its body (49 of 50 here)
/// and a HEAD answer followed by a GET carries a body. Upstream reproduction in
/// docs/SERVE.md ("Pipelining"). Run with `cargo test --test it pipelining -- --ignored`.
#[test]
#[ignore = "actix-http 3.20 HTTP/1 codec: pipelined HEAD strips later GET bodies (docs/SERVE.md, Pipelining)"]
fn pipelined_get_and_head_alternate_and_every_get_has_its_body() {
    let server = common::start();
    let expected = single_get(server.addr());
    let (request, methods) = pipeline(50);
    let bytes = exchange(server.addr(), &request);
    let wrong = check_answers(&bytes, &methods, &expected);
    assert!(
        wrong.is_empty(),
        "{} of {} answers wrong: {wrong:#?}",
        wrong.len(),
        methods.len()
    );
}
