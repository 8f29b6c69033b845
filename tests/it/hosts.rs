//! `errdocs export --format netlify|apache|nginx`: the generated files of the bundled site
//! (snapshots), and Netlify's `_redirects` checked against the built site, since Netlify
//! itself cannot run here. nginx and Apache run for real in `.ci/checks/30-static-hosts.sh`.

use crate::common;

use std::path::Path;

use errdocs::export::hosts::{self, Negotiable};
use errdocs::site::Site;
use errdocs::source::SiteSource;

fn bundled() -> Negotiable {
    let site = Site::load(&SiteSource::bundled()).unwrap();
    Negotiable::of(&site).unwrap()
}

#[test]
fn generated_files_of_the_bundled_site_are_stable() {
    let n = bundled();
    insta::assert_snapshot!("netlify_redirects", hosts::netlify(&n)["_redirects"]);
    let nginx = hosts::nginx(&n);
    insta::assert_snapshot!("nginx_http", nginx["errdocs-http.conf"]);
    insta::assert_snapshot!("nginx_server", nginx["errdocs-server.conf"]);
    let apache = hosts::apache(&n);
    insta::assert_snapshot!("apache_conf", apache["errdocs.conf"]);
    insta::assert_snapshot!("apache_type_map", apache["negotiate/index.var"]);
    // Every neutral URL has the same type map.
    assert_eq!(apache.len(), 1 + n.neutral.len());
    assert!(
        apache
            .iter()
            .filter(|(k, _)| k.ends_with(".var"))
            .all(|(_, v)| v == &apache["negotiate/index.var"])
    );
}

/// One rule of `_redirects`: from, to, status (with `!` when forced), conditions.
struct Rule {
    line: usize,
    from: String,
    to: String,
    status: String,
    conditions: Vec<String>,
}

fn parse_redirects(text: &str) -> Vec<Rule> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(i, l)| {
            let fields: Vec<&str> = l.split_whitespace().collect();
            assert!(
                (3..=4).contains(&fields.len()),
                "_redirects:{}: want `from to status [conditions]`: {l}",
                i + 1
            );
            Rule {
                line: i + 1,
                from: fields[0].to_owned(),
                to: fields[1].to_owned(),
                status: fields[2].to_owned(),
                conditions: fields[3..].iter().map(|s| (*s).to_owned()).collect(),
            }
        })
        .collect()
}

/// The file a path of the built site answers with (`/fr/` → `fr/index.html`).
fn target_exists(public: &Path, to: &str) -> bool {
    let rel = to.trim_start_matches('/');
    let file = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_owned()
    };
    public.join(file).is_file()
}

#[test]
fn netlify_rules_cover_every_neutral_url_and_locale_and_name_only_built_pages() {
    let dir = tempfile::tempdir().unwrap();
    let public = dir.path().join("public");
    let out = common::errdocs(dir.path(), &["build", "--out", public.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rules_dir = dir.path().join("netlify");
    let out = common::errdocs(
        dir.path(),
        &[
            "export",
            "--format",
            "netlify",
            "--out",
            rules_dir.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(rules_dir.join("_redirects")).unwrap();
    let rules = parse_redirects(&text);
    let n = bundled();

    for rule in &rules {
        assert!(
            ["301!", "302!", "404"].contains(&rule.status.as_str()),
            "_redirects:{}: status {}",
            rule.line,
            rule.status
        );
        assert!(
            target_exists(&public, &rule.to),
            "_redirects:{}: {} is not in the build",
            rule.line,
            rule.to
        );
        // Netlify's Cookie= tests whether a cookie is present, not its value: nf_lang is
        // honoured by Language= itself.
        assert!(
            rule.conditions.iter().all(|c| !c.starts_with("Cookie=")),
            "_redirects:{}: {:?}",
            rule.line,
            rule.conditions
        );
        match rule.status.as_str() {
            "302!" => {
                assert_eq!(rule.conditions.len(), 1, "_redirects:{}", rule.line);
                assert!(rule.conditions[0].starts_with("Language="));
            }
            _ => assert!(rule.conditions.is_empty(), "_redirects:{}", rule.line),
        }
    }
    // Each neutral URL (a chooser page in the build) × each locale: one forced 302 whose
    // Language= list holds the locale.
    assert!(n.neutral.len() > 1);
    for path in &n.neutral {
        assert!(target_exists(&public, &format!("/{path}")));
        for locale in &n.locales {
            let rule = rules
                .iter()
                .find(|r| r.from == format!("/{path}") && r.to == format!("/{locale}/{path}"))
                .unwrap_or_else(|| panic!("no rule from /{path} to /{locale}/{path}"));
            let languages = rule.conditions[0].trim_start_matches("Language=");
            assert!(languages.split(',').any(|l| l == locale.to_string()));
        }
    }
    // Each locale's 404 rule, and the catch-all last, after every redirect.
    for locale in &n.locales {
        assert!(rules.iter().any(|r| r.from == format!("/{locale}/*")
            && r.to == format!("/{locale}/404.html")
            && r.status == "404"));
    }
    let last = rules.last().unwrap();
    assert_eq!((last.from.as_str(), last.status.as_str()), ("/*", "404"));
    let first_404 = rules.iter().position(|r| r.status == "404").unwrap();
    assert!(rules[first_404..].iter().all(|r| r.status == "404"));
    // Aliases move for good, in every locale.
    assert!(
        rules
            .iter()
            .any(|r| r.from == "/docs/duplicate-certificate-limit/"
                && r.to == "/docs/new-certificates-per-exact-set-of-identifiers/"
                && r.status == "301!")
    );
}

/// What Netlify is documented to do (first language of the header, regardless of q-values;
/// the `netlify dev` emulator compares its first two letters), replayed on the shared
/// vectors: `Some(locale)` is a 302, `None` falls through to the chooser page.
fn netlify_model(rules: &[Rule], path: &str, header: Option<&str>) -> Option<String> {
    let first = header?.split(',').next()?.split(';').next()?.trim();
    let language: String = first.chars().take(2).collect::<String>().to_lowercase();
    rules
        .iter()
        .filter(|r| r.from == path && r.status == "302!")
        .find(|r| {
            r.conditions[0]
                .trim_start_matches("Language=")
                .split(',')
                .any(|l| l.eq_ignore_ascii_case(&language))
        })
        .map(|r| {
            r.to.trim_start_matches('/')
                .split('/')
                .next()
                .unwrap()
                .to_owned()
        })
}

#[test]
fn netlify_model_answers_the_shared_vectors_as_the_readme_says() {
    let rules = parse_redirects(&hosts::netlify(&bundled())["_redirects"]);
    let vectors = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/accept-language.tsv"),
    )
    .unwrap();
    let (mut same, mut chooser, mut differ) = (Vec::new(), Vec::new(), Vec::new());
    for line in vectors
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let mut fields = line.split('\t');
        let header = fields.next().unwrap();
        let expected = fields.next().unwrap();
        let header = (header != "-").then_some(header);
        match netlify_model(&rules, "/docs/rate-limits/", header) {
            Some(got) if got == expected => same.push(line),
            Some(_) => differ.push(line),
            None => chooser.push(line),
        }
    }
    // README, "Static hosts": 15 redirected like serve, 4 left to the chooser page, 3 differ
    // (a first language with a lower q than a later one, or excluded with q=0).
    assert_eq!(
        (same.len(), chooser.len(), differ.len()),
        (15, 4, 3),
        "chooser: {chooser:#?}\ndiffer: {differ:#?}"
    );
}
