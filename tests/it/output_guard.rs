//! `build` and `export` never destroy sources or files they did not write (issue 8, class 2),
//! the output swap is one step and killed runs leave nothing behind for long (class 3), and
//! a closed output pipe ends a command quietly (class 5). Through the real binary, on
//! temporary folders.

use crate::common;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::{errdocs, site_dir, snapshot_tree};

fn stderr(run: &Output) -> String {
    String::from_utf8_lossy(&run.stderr).into_owned()
}

fn ok(run: &Output) {
    assert!(run.status.success(), "{}", stderr(run));
}

/// Runs `errdocs build --site <site> --out <out>` from a folder that is no site.
fn build(site: &Path, out: &Path) -> Output {
    let cwd = tempfile::tempdir().unwrap();
    errdocs(
        cwd.path(),
        &[
            "build",
            "--site",
            site.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    )
}

/// The one error line of a refused run.
fn refusal(run: &Output) -> String {
    assert!(!run.status.success(), "the run should be refused");
    let text = stderr(run);
    text.lines()
        .find_map(|l| l.strip_prefix("error: "))
        .unwrap_or_else(|| panic!("no error line in:\n{text}"))
        .to_owned()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn build_refuses_an_out_that_contains_the_site() {
    let site = site_dir(None);
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("out");
    ok(&build(site.path(), &out));
    // The earlier output now holds a site (someone moved it there), which is built into
    // the output that holds it.
    let inner = out.join("mysite");
    std::fs::create_dir(&inner).unwrap();
    for (rel, bytes) in snapshot_tree(site.path()) {
        let path = inner.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    let before = snapshot_tree(&out);
    let run = build(&inner, &out);
    assert_eq!(
        refusal(&run),
        format!(
            "refusing to replace `{}`: it contains the site being built (`{}`); choose an `--out` that does not hold the site",
            out.display(),
            inner.display()
        )
    );
    assert_eq!(snapshot_tree(&out), before, "nothing was deleted");
}

#[test]
fn build_refuses_an_out_inside_the_site() {
    let site = site_dir(None);
    for part in ["static", "content", "locales"] {
        let out = site.path().join(part).join("public");
        let run = build(site.path(), &out);
        assert_eq!(
            refusal(&run),
            format!(
                "refusing to write into `{}`: it lies inside `{part}` of the site being built (`{}`), which errdocs reads, so the output would feed the next build; choose an `--out` outside it, e.g. `public`",
                out.display(),
                site.path().display()
            )
        );
        assert!(!out.exists(), "{part}: nothing was written");
    }
    // A path that reaches the sources through `..` is the same place.
    let sneaky = site.path().join("public/../static/x");
    let run = build(site.path(), &sneaky);
    assert!(
        refusal(&run).contains("it lies inside `static` of the site being built"),
        "{}",
        stderr(&run)
    );
    // Beside the sources is fine: `public/` in the site folder is the documented default.
    let run = errdocs(site.path(), &["build"]);
    ok(&run);
    assert!(site.path().join("public/en/index.html").is_file());
    ok(&errdocs(site.path(), &["build"]));
}

#[test]
fn build_refuses_an_out_equal_to_the_site() {
    let site = site_dir(None);
    // Even with a marker in it: where comes before what.
    std::fs::write(site.path().join(".errdocs-build"), "").unwrap();
    let before = snapshot_tree(site.path());
    let run = build(site.path(), site.path());
    assert_eq!(
        refusal(&run),
        format!(
            "refusing to write into `{0}`: it is the folder of the site being built (`{0}`); choose another `--out`, e.g. `public`",
            site.path().display()
        )
    );
    // The site found in the current folder, written over itself.
    let run = errdocs(site.path(), &["build", "--out", "."]);
    assert_eq!(
        refusal(&run),
        "refusing to write into `.`: it is the folder of the site being built (`.`); choose another `--out`, e.g. `public`"
    );
    assert_eq!(snapshot_tree(site.path()), before);
}

#[test]
fn an_out_of_dot_is_replaced_from_beside_it() {
    let site = site_dir(None);
    let parent = tempfile::tempdir().unwrap();
    let here = parent.path().join("here");
    std::fs::create_dir(&here).unwrap();
    let args = [
        "build",
        "--site",
        site.path().to_str().unwrap(),
        "--out",
        ".",
    ];
    ok(&errdocs(&here, &args));
    assert!(here.join("en/index.html").is_file());
    // A rebuild from inside the output: the temporary folder is a sibling, not a child.
    ok(&errdocs(&here, &args));
    assert_eq!(names_in(parent.path()), ["here"]);
    assert!(
        !names_in(&here)
            .iter()
            .any(|n| n.starts_with(".errdocs-tmp"))
    );
}

#[test]
fn a_stray_marker_does_not_authorize_deleting_a_site() {
    let builder = site_dir(None);
    let victim = site_dir(None);
    std::fs::write(victim.path().join(".errdocs-build"), "").unwrap();
    let before = snapshot_tree(victim.path());
    let run = build(builder.path(), victim.path());
    assert_eq!(
        refusal(&run),
        format!(
            "refusing to replace `{}`: it holds paths that `errdocs build` did not write: `content`, `errdocs.toml`, `locales`; to carry them over into every new output, list them in `errdocs.toml` under `[build]` as `keep = [\"content\", \"errdocs.toml\", \"locales\"]`, or move them away, or choose another `--out`",
            victim.path().display()
        )
    );
    assert_eq!(snapshot_tree(victim.path()), before);

    // A manifest that does not list them authorizes nothing either.
    std::fs::write(victim.path().join(".errdocs-build"), "index.html\n").unwrap();
    let run = build(builder.path(), victim.path());
    assert!(
        refusal(&run).contains("did not write: `content`, `errdocs.toml`, `locales`;"),
        "{}",
        stderr(&run)
    );
    assert!(victim.path().join("errdocs.toml").is_file());

    // A legacy output (empty marker) that holds only pages is still replaced, and gets a
    // manifest.
    let legacy = tempfile::tempdir().unwrap();
    std::fs::create_dir(legacy.path().join("fr")).unwrap();
    std::fs::write(legacy.path().join("fr/old.html"), "old").unwrap();
    std::fs::write(legacy.path().join(".errdocs-build"), "").unwrap();
    ok(&build(builder.path(), legacy.path()));
    assert!(!legacy.path().join("fr/old.html").exists());
    let manifest = std::fs::read_to_string(legacy.path().join(".errdocs-build")).unwrap();
    assert!(manifest.lines().any(|l| l == "en/index.html"), "{manifest}");
    // ... but not one with a dot-entry.
    std::fs::write(legacy.path().join(".errdocs-build"), "").unwrap();
    std::fs::write(legacy.path().join(".env"), "SECRET=1").unwrap();
    let run = build(builder.path(), legacy.path());
    assert!(
        refusal(&run).contains("did not write: `.env`;"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn files_a_user_added_are_named_and_kept_with_keep() {
    let site = site_dir(None);
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("public");
    ok(&build(site.path(), &out));
    let manifest = std::fs::read_to_string(out.join(".errdocs-build")).unwrap();
    let mut written: Vec<String> = snapshot_tree(&out)
        .into_iter()
        .map(|(rel, _)| rel)
        .filter(|rel| rel != ".errdocs-build")
        .collect();
    written.sort();
    assert_eq!(
        manifest,
        written.join("\n") + "\n",
        "the manifest lists every file, sorted"
    );

    std::fs::write(out.join("CNAME"), "docs.example.org\n").unwrap();
    std::fs::create_dir_all(out.join(".git/refs")).unwrap();
    std::fs::write(out.join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    std::fs::write(out.join("_redirects"), "/old /new\n").unwrap();
    let before = snapshot_tree(&out);
    let run = build(site.path(), &out);
    assert_eq!(
        refusal(&run),
        format!(
            "refusing to replace `{}`: it holds paths that `errdocs build` did not write: `.git`, `CNAME`, `_redirects`; to carry them over into every new output, list them in `errdocs.toml` under `[build]` as `keep = [\".git\", \"CNAME\", \"_redirects\"]`, or move them away, or choose another `--out`",
            out.display()
        )
    );
    assert_eq!(
        snapshot_tree(&out),
        before,
        "a refused build changes nothing"
    );

    // At most ten are named.
    for i in 0..12 {
        std::fs::write(out.join(format!("x{i:02}")), "").unwrap();
    }
    let run = build(site.path(), &out);
    assert!(
        refusal(&run).contains(
            "did not write: `.git`, `CNAME`, `_redirects`, `x00`, `x01`, `x02`, `x03`, `x04`, `x05`, `x06` and 5 more;"
        ),
        "{}",
        stderr(&run)
    );
    for i in 0..12 {
        std::fs::remove_file(out.join(format!("x{i:02}"))).unwrap();
    }

    // Listed in `keep`, they are carried over into the new output.
    let config = site.path().join("errdocs.toml");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str("\n[build]\nkeep = [\".git\", \"CNAME\", \"_redirects\"]\n");
    std::fs::write(&config, text).unwrap();
    ok(&build(site.path(), &out));
    assert_eq!(
        std::fs::read_to_string(out.join("CNAME")).unwrap(),
        "docs.example.org\n"
    );
    assert_eq!(
        std::fs::read_to_string(out.join(".git/HEAD")).unwrap(),
        "ref: refs/heads/main\n"
    );
    assert!(out.join(".git/refs").is_dir());
    assert_eq!(
        std::fs::read_to_string(out.join("_redirects")).unwrap(),
        "/old /new\n"
    );
    assert_eq!(
        std::fs::read_to_string(out.join(".errdocs-build")).unwrap(),
        manifest,
        "kept files are the user's, not in the manifest"
    );
    // And again: kept files survive every rebuild.
    ok(&build(site.path(), &out));
    assert!(out.join(".git/HEAD").is_file());

    // A kept path that the build writes itself is a mistake in the configuration.
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(text.contains("\"_redirects\"]"));
    std::fs::write(
        &config,
        text.replace("\"_redirects\"]", "\"_redirects\", \"en\"]"),
    )
    .unwrap();
    let run = build(site.path(), &out);
    assert_eq!(
        refusal(&run),
        "`keep` entry `en` is also written by `errdocs build` (`en/404.html`); remove it from `[build] keep` in `errdocs.toml`"
    );
    std::fs::write(&config, text).unwrap();

    // A kept link is refused, never followed.
    #[cfg(unix)]
    {
        let secret = parent.path().join("secret");
        std::fs::write(&secret, "s3cret").unwrap();
        std::fs::remove_file(out.join("CNAME")).unwrap();
        std::os::unix::fs::symlink(&secret, out.join("CNAME")).unwrap();
        let run = build(site.path(), &out);
        assert_eq!(
            refusal(&run),
            format!(
                "cannot keep `{}`: it is a symbolic link, and `keep` copies files and folders only; replace it with a copy or remove it",
                out.join("CNAME").display()
            )
        );
        assert!(
            std::fs::symlink_metadata(out.join("CNAME"))
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
}

#[test]
fn export_refuses_a_folder_it_did_not_write() {
    let cwd = tempfile::tempdir().unwrap();
    let out = cwd.path().join("limiter");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("main.go"), "package main\n").unwrap();
    std::fs::write(out.join("en.json"), "{}\n").unwrap();
    let export = |out: &Path| errdocs(cwd.path(), &["export", "--out", out.to_str().unwrap()]);
    let run = export(&out);
    assert_eq!(
        refusal(&run),
        format!(
            "refusing to replace `{}`: it is not empty and was not written by `errdocs export` (no `.errdocs-export` manifest); it holds `en.json`, `main.go`; choose another `--out` or empty it",
            out.display()
        )
    );
    assert_eq!(names_in(&out), ["en.json", "main.go"]);
    assert_eq!(
        std::fs::read_to_string(out.join("en.json")).unwrap(),
        "{}\n"
    );

    // An empty folder is fine, and so is a folder the export wrote.
    let fresh = cwd.path().join("fresh");
    std::fs::create_dir(&fresh).unwrap();
    ok(&export(&fresh));
    ok(&export(&fresh));
    assert!(fresh.join("en.json").is_file());
    assert!(
        std::fs::read_to_string(fresh.join(".errdocs-export"))
            .unwrap()
            .starts_with("de.json\nen.json\n")
    );
    // A file added since is named.
    std::fs::write(fresh.join("notes.txt"), "mine").unwrap();
    let run = export(&fresh);
    assert_eq!(
        refusal(&run),
        format!(
            "refusing to replace `{}`: it holds paths that `errdocs export` did not write: `notes.txt`; move them away or choose another `--out`",
            fresh.display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(fresh.join("notes.txt")).unwrap(),
        "mine"
    );
    // A build manifest does not authorize an export either.
    let built = cwd.path().join("built");
    std::fs::create_dir(&built).unwrap();
    std::fs::write(built.join(".errdocs-build"), "").unwrap();
    let run = export(&built);
    assert!(
        refusal(&run).contains("(no `.errdocs-export` manifest); it holds `.errdocs-build`;"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn leftover_temp_folders_of_dead_builds_are_removed_and_others_are_not() {
    let site = site_dir(None);
    let parent = tempfile::tempdir().unwrap();
    let p = parent.path();
    // A process that has ended: its pid names no running process.
    let mut child = Command::new(env!("CARGO_BIN_EXE_errdocs"))
        .arg("--version")
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let dead = child.id();
    child.wait().unwrap();
    let alive = std::process::id();
    // An earlier output: an old tree of a dead run is then a leftover, not the output to
    // put back.
    ok(&build(site.path(), &p.join("public")));
    let leftover = |name: &str, manifest: Option<&str>| {
        let dir = p.join(name);
        std::fs::create_dir_all(dir.join("fr")).unwrap();
        std::fs::write(dir.join("fr/index.html"), "page").unwrap();
        if let Some(m) = manifest {
            std::fs::write(dir.join(m), "fr/index.html\n").unwrap();
        }
    };
    // Removed: errdocs folders of a dead process.
    leftover(
        &format!(".errdocs-tmp-{dead}-a1b2c3"),
        Some(".errdocs-build"),
    );
    leftover(
        &format!(".errdocs-old-{dead}-d4e5f6"),
        Some(".errdocs-build"),
    );
    leftover(
        &format!(".errdocs-tmp-{dead}-e7e8e9"),
        Some(".errdocs-export"),
    );
    // Kept: a running process's, no manifest, no pid, a file, a link.
    leftover(
        &format!(".errdocs-tmp-{alive}-aaaaaa"),
        Some(".errdocs-build"),
    );
    leftover(&format!(".errdocs-tmp-{dead}-bbbbbb"), None);
    leftover(".errdocs-tmp-notapid-cccccc", Some(".errdocs-build"));
    std::fs::write(p.join(format!(".errdocs-old-{dead}-dddddd")), "a file").unwrap();
    leftover("target-of-link", Some(".errdocs-build"));
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        p.join("target-of-link"),
        p.join(format!(".errdocs-tmp-{dead}-eeeeee")),
    )
    .unwrap();

    ok(&build(site.path(), &p.join("public")));
    let mut expected = vec![
        format!(".errdocs-old-{dead}-dddddd"),
        format!(".errdocs-tmp-{alive}-aaaaaa"),
        format!(".errdocs-tmp-{dead}-bbbbbb"),
        ".errdocs-tmp-notapid-cccccc".to_owned(),
        "public".to_owned(),
        "target-of-link".to_owned(),
    ];
    if cfg!(unix) {
        expected.push(format!(".errdocs-tmp-{dead}-eeeeee"));
    }
    expected.sort();
    assert_eq!(names_in(p), expected);
    assert!(p.join("target-of-link/fr/index.html").is_file());
    assert!(
        p.join(format!(".errdocs-tmp-{dead}-bbbbbb/fr/index.html"))
            .is_file()
    );
}

#[test]
fn a_rebuild_swaps_in_one_step() {
    use errdocs::build::{Swap, swap};
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("public");
    let new = parent.path().join(".errdocs-tmp-1-new");
    std::fs::create_dir_all(&new).unwrap();
    std::fs::write(new.join("first.html"), "first").unwrap();
    assert_eq!(swap(&new, &out).unwrap(), Swap::Renamed, "no output yet");
    assert_eq!(names_in(parent.path()), ["public"]);

    std::fs::create_dir_all(new.join("fr")).unwrap();
    std::fs::write(new.join("fr/second.html"), "second").unwrap();
    let how = swap(&new, &out).unwrap();
    if cfg!(target_os = "linux") {
        assert_eq!(how, Swap::Exchanged, "one renameat2(RENAME_EXCHANGE)");
    } else {
        assert_eq!(how, Swap::TwoStep);
    }
    assert_eq!(
        snapshot_tree(&out),
        [("fr/second.html".to_owned(), b"second".to_vec())],
        "the new tree is in place and nothing of the old one"
    );
    assert_eq!(
        names_in(parent.path()),
        ["public"],
        "the old tree is gone, and no temporary folder is left"
    );
}

/// Asserts that a run whose stdout pipe was closed ended quietly: no panic, no 101, and on
/// Unix either killed by SIGPIPE (a shell shows 141) or done before the pipe closed.
fn assert_quiet(what: &str, run: &Output) {
    let err = stderr(run);
    assert!(!err.contains("panicked"), "{what}: {err}");
    assert!(!err.contains("Broken pipe"), "{what}: {err}");
    assert_ne!(run.status.code(), Some(101), "{what}: {err}");
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        assert!(
            run.status.signal() == Some(13) || run.status.success(),
            "{what}: {:?}: {err}",
            run.status
        );
    }
}

#[test]
fn check_piped_into_head_exits_quietly() {
    let cwd = tempfile::tempdir().unwrap();
    let errdocs = |args: &[&str]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_errdocs"));
        command
            .args(args)
            .current_dir(cwd.path())
            .env("ERRDOCS_LOG", "warn")
            .stderr(Stdio::piped());
        command
    };
    // `errdocs check | head -1`: read one line (byte by byte, no read-ahead), then close.
    let mut child = errdocs(&["check"]).stdout(Stdio::piped()).spawn().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut line = Vec::new();
    let mut byte = [0u8];
    while std::io::Read::read(&mut stdout, &mut byte).unwrap() == 1 && byte[0] != b'\n' {
        line.push(byte[0]);
    }
    assert!(!line.is_empty(), "the report has a first line");
    drop(stdout);
    assert_quiet("check | head -1", &child.wait_with_output().unwrap());

    // The report is one write that fits in a pipe buffer, so the reader above may close
    // after it: a pipe whose reader is gone before the command writes makes every command
    // meet the closed pipe, deterministically (`errdocs check | true`).
    for args in [
        &["check"][..],
        &["check", "--format", "json"],
        &["message", "registrations-per-ip", "--lang", "en"],
        &["message", "registrations-per-ip", "--format", "json"],
        &["--help"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let run = errdocs(args).stdout(writer).output().unwrap();
        assert_quiet(&args.join(" "), &run);
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            assert_eq!(run.status.signal(), Some(13), "{args:?}: {}", stderr(&run));
        }
    }
}
