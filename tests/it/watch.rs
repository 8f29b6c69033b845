//! `errdocs serve --watch` on a site directory: a good change is swapped in and announced
//! to open pages; a broken change keeps the last good site serving with the error laid over
//! every page, until fixed. Waits are on the live-reload poll, which answers when a rebuild
//! has happened: no sleeps.

use crate::common;

use std::path::Path;

use common::{client, url};
use errdocs::serve::{self, Options, Running};
use errdocs::source::SiteSource;

const PAGE: &str = "/en/docs/staging-environment/";

/// Writes the bundled site into `dir`.
fn write_site(dir: &Path) {
    for (rel, text) in SiteSource::bundled().under("") {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// Replaces a file's contents in one step, as editors that save atomically do: the watcher
/// never sees a half-written file, so no debounce has to paper over a partial write. The
/// temporary file lives outside the site, so the watcher sees only the final rename.
fn replace(path: &Path, text: &str) {
    use std::io::Write;
    let mut tmp = tempfile::NamedTempFile::new_in(std::env::temp_dir()).unwrap();
    tmp.write_all(text.as_bytes()).unwrap();
    tmp.persist(path).unwrap();
}

fn start(dir: &Path) -> Running {
    let source = SiteSource::from_dir(dir).unwrap();
    let options = Options {
        watch: true,
        ..common::options()
    };
    serve::spawn(common::free_port(), source, options).unwrap()
}

fn generation(server: &Running, since: Option<&str>) -> String {
    let path = match since {
        Some(g) => format!("/_errdocs/live?since={g}"),
        None => "/_errdocs/live".to_owned(),
    };
    let mut res = client().get(url(server, &path)).call().unwrap();
    assert_eq!(res.status(), 200);
    res.body_mut().read_to_string().unwrap()
}

/// Waits until the site generation moves past `since` (a rebuild happened).
fn next_generation(server: &Running, since: &str) -> String {
    // A poll may end without a change after a while; ask again, a bounded number of times.
    for _ in 0..10 {
        let g = generation(server, Some(since));
        if g != since {
            return g;
        }
    }
    panic!("no rebuild happened");
}

fn page(server: &Running) -> (u16, String, String) {
    let mut res = client().get(url(server, PAGE)).call().unwrap();
    let cache = res
        .headers()
        .get("cache-control")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (
        res.status().as_u16(),
        cache,
        res.body_mut().read_to_string().unwrap(),
    )
}

#[test]
fn a_good_change_is_swapped_in_and_a_broken_one_is_overlaid_until_fixed() {
    let dir = tempfile::tempdir().unwrap();
    write_site(dir.path());
    let server = start(dir.path());

    let (status, cache, body) = page(&server);
    assert_eq!(status, 200);
    assert_eq!(cache, "no-cache");
    assert!(
        body.contains("/_errdocs/live.js"),
        "watch pages load the live-reload script"
    );
    let js = client()
        .get(url(&server, "/_errdocs/live.js"))
        .call()
        .unwrap();
    assert_eq!(js.status(), 200);

    // 1. A good change: the page shows it.
    let ftl = dir.path().join("locales/en/docs/staging-environment.ftl");
    let original = std::fs::read_to_string(&ftl).unwrap();
    let title_line = original
        .lines()
        .find(|l| l.starts_with("title = "))
        .unwrap()
        .to_owned();
    let g0 = generation(&server, None);
    replace(
        &ftl,
        &original.replace(&title_line, "title = Freshly edited title"),
    );
    let g1 = next_generation(&server, &g0);
    let (status, _, body) = page(&server);
    assert_eq!(status, 200);
    assert!(body.contains("Freshly edited title"));
    assert!(!body.contains("errdocs-overlay"));

    // 2. A broken change: the last good site keeps serving, with the error on top.
    replace(&ftl, &original.replace(&title_line, "title = { $unclosed"));
    let g2 = next_generation(&server, &g1);
    let (status, cache, body) = page(&server);
    // The overlay escapes everything, spaces included (`&#32;`).
    let body = body.replace("&#32;", " ");
    assert_eq!(status, 200);
    assert_eq!(cache, "no-store");
    assert!(
        body.contains("Freshly edited title"),
        "the last good site is still served"
    );
    assert!(body.contains("errdocs-overlay"));
    assert!(
        body.contains("Rebuilding the site failed"),
        "the overlay speaks the page's language"
    );
    assert!(
        body.contains("staging-environment.ftl:"),
        "the overlay shows file:line:col"
    );
    let french = client()
        .get(url(&server, "/fr/docs/staging-environment/"))
        .call()
        .unwrap()
        .body_mut()
        .read_to_string()
        .unwrap()
        .replace("&#32;", " ");
    assert!(french.contains("La reconstruction du site a échoué"));
    let health: serde_json::Value = serde_json::from_str(
        &client()
            .get(url(&server, "/healthz"))
            .call()
            .unwrap()
            .body_mut()
            .read_to_string()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(health["rebuild-error"], true);

    // 3. The fix: the overlay is gone.
    replace(&ftl, &original);
    next_generation(&server, &g2);
    let (status, _, body) = page(&server);
    assert_eq!(status, 200);
    assert!(!body.contains("errdocs-overlay"));
    assert!(body.contains(title_line.trim_start_matches("title = ")));
}

#[test]
fn watch_refuses_the_bundled_site() {
    let options = Options {
        watch: true,
        ..common::options()
    };
    let err = serve::spawn(common::free_port(), SiteSource::bundled(), options)
        .err()
        .expect("nothing to watch");
    assert!(err.to_string().contains("--site"), "{err}");
}

#[test]
#[cfg(unix)]
fn a_catalog_linked_out_of_the_site_is_overlaid_by_name_never_by_content() {
    let dir = tempfile::tempdir().unwrap();
    write_site(dir.path());
    let outside = tempfile::tempdir().unwrap();
    // Were it read, its first line would be quoted as a syntax error.
    let secret = outside.path().join("secret.ftl");
    std::fs::write(&secret, "TOP-SECRET-VALUE = {\n").unwrap();
    let server = start(dir.path());
    let g0 = generation(&server, None);

    // Swapped in by a rename, as an editor would: the watcher sees the link appear.
    let ftl = dir.path().join("locales/en/docs/staging-environment.ftl");
    let link = dir.path().join("locales/en/docs/.link");
    std::os::unix::fs::symlink(&secret, &link).unwrap();
    std::fs::rename(&link, &ftl).unwrap();
    next_generation(&server, &g0);

    let (status, _, body) = page(&server);
    // The overlay escapes every character that could matter in HTML.
    let body = body
        .replace("&#32;", " ")
        .replace("&grave;", "`")
        .replace("&#47;", "/");
    assert_eq!(status, 200, "the last good site keeps serving");
    assert!(body.contains("errdocs-overlay"));
    let at = body.find("errdocs-overlay").unwrap();
    assert!(
        body.contains("staging-environment.ftl` leads outside the site"),
        "{}",
        &body[at..(at + 1500).min(body.len())]
    );
    assert!(!body.contains("TOP-SECRET"), "the linked file was read");
}
