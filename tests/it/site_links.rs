//! What errdocs reads: every file of a site resolves inside the site root, links followed.
//! A link out of the site, a FIFO, a socket or a device, and a link loop are errors that
//! name the path (and where it leads), in every command; links inside the site work.

#![cfg(unix)]

use crate::common;

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use errdocs::source::{SiteSource, SourceError};

/// The `basic` fixture with its own copy of the bundled `static/`.
fn site() -> tempfile::TempDir {
    let dir = common::site_dir(None);
    for (rel, text) in SiteSource::bundled().under("static/") {
        std::fs::write(dir.path().join(rel), text).unwrap_or_else(|_| {
            std::fs::create_dir_all(dir.path().join("static")).unwrap();
            std::fs::write(dir.path().join(rel), text).unwrap();
        });
    }
    dir
}

/// A folder outside the site with a file nobody should publish.
fn secret() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.txt");
    std::fs::write(&path, "TOP-SECRET-VALUE\n").unwrap();
    (dir, path)
}

/// Reads the site on another thread: a read that blocks (a FIFO) or never ends (a loop)
/// fails the test instead of hanging it.
fn read(dir: &Path) -> Result<SiteSource, SourceError> {
    let (tx, rx) = mpsc::channel();
    let dir = dir.to_owned();
    std::thread::spawn(move || tx.send(SiteSource::from_dir(&dir)));
    rx.recv_timeout(Duration::from_secs(20))
        .expect("reading the site hangs")
}

/// Runs the binary with a deadline; `serve` must fail before it listens.
fn run(dir: &Path, args: &[&str]) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_errdocs"))
        .args(args)
        .current_dir(dir)
        .env("ERRDOCS_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    for _ in 0..200 {
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            use std::io::Read;
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .unwrap();
            return (status.success(), err);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    child.kill().unwrap();
    panic!("`errdocs {}` did not stop", args.join(" "));
}

#[test]
fn a_link_to_a_file_outside_the_site_is_refused_by_every_command() {
    let dir = site();
    let (_outside, secret) = secret();
    symlink(&secret, dir.path().join("static/robots.txt")).unwrap();

    let err = read(dir.path()).unwrap_err();
    let message = err.to_string();
    assert!(matches!(err, SourceError::OutsideSite { .. }), "{message}");
    assert!(
        message.contains("static/robots.txt` leads outside the site, to `"),
        "{message}"
    );
    assert!(message.contains("secret.txt`"), "{message}");

    let out = dir.path().join("public");
    for args in [
        vec!["build", "--site", ".", "--out", "public"],
        vec!["check", "--site", "."],
        vec!["serve", "--site", ".", "--addr", "127.0.0.1:0"],
        vec!["serve", "--watch", "--site", ".", "--addr", "127.0.0.1:0"],
    ] {
        let (ok, stderr) = run(dir.path(), &args);
        assert!(!ok, "{args:?} succeeded");
        assert!(
            stderr.contains("leads outside the site"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("TOP-SECRET"), "{args:?}: {stderr}");
    }
    assert!(!out.exists(), "a build wrote output");
}

#[test]
fn a_folder_linked_out_of_the_site_is_refused() {
    let dir = site();
    let (outside, _) = secret();
    symlink(outside.path(), dir.path().join("static/shared")).unwrap();
    let message = read(dir.path()).unwrap_err().to_string();
    assert!(
        message.contains("static/shared` leads outside the site"),
        "{message}"
    );
}

#[test]
fn links_that_stay_inside_the_site_keep_working() {
    let dir = site();
    symlink("style.css", dir.path().join("static/copy.css")).unwrap();
    std::fs::create_dir_all(dir.path().join("shared")).unwrap();
    std::fs::write(dir.path().join("shared/extra.txt"), "inside\n").unwrap();
    symlink("../shared", dir.path().join("static/shared")).unwrap();
    let source = read(dir.path()).unwrap();
    assert_eq!(
        source.get("static/copy.css"),
        source.get("static/style.css")
    );
    assert_eq!(source.get("static/shared/extra.txt"), Some("inside\n"));
    let (ok, stderr) = run(dir.path(), &["build", "--site", ".", "--out", "public"]);
    assert!(ok, "{stderr}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("public/shared/extra.txt")).unwrap(),
        "inside\n"
    );
}

#[test]
fn a_fifo_in_the_site_is_refused_without_blocking() {
    let dir = site();
    let fifo = dir.path().join("static/feed.txt");
    let status = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(status.success());
    let err = read(dir.path()).unwrap_err();
    assert!(matches!(err, SourceError::SpecialFile { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("static/feed.txt` is a FIFO (named pipe), not a file"),
        "{err}"
    );
}

#[test]
fn a_socket_in_the_site_is_refused() {
    let dir = site();
    let _socket = std::os::unix::net::UnixListener::bind(dir.path().join("static/s.sock")).unwrap();
    let err = read(dir.path()).unwrap_err().to_string();
    assert!(
        err.contains("static/s.sock` is a socket, not a file"),
        "{err}"
    );
}

#[test]
fn link_loops_are_errors_not_hangs() {
    let dir = site();
    symlink("b.txt", dir.path().join("static/a.txt")).unwrap();
    symlink("a.txt", dir.path().join("static/b.txt")).unwrap();
    let err = read(dir.path()).unwrap_err();
    assert!(matches!(err, SourceError::LinkLoop { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("static/a.txt` is a symbolic link that loops")
    );

    let dir = site();
    // Inside the site, yet endless: `static/up/up/up/…`.
    symlink("..", dir.path().join("static/up")).unwrap();
    let err = read(dir.path()).unwrap_err();
    assert!(matches!(err, SourceError::LinkLoop { .. }), "{err}");
    assert!(err.to_string().contains("static/up"), "{err}");
}
