//! ACME clients that print non-ASCII as escapes (certbot) get, from the real server's
//! problem API, a document in a locale they can print, with the same language-neutral help
//! URL; every other client keeps the reader's language. What certbot's `acme` library and
//! lego actually print is tested with them in `clients/` (run by `.ci/checks/60-clients.sh`).

use crate::common;

use common::{client, url};

const CERTBOT: &str = "CertbotACMEClient/2.11.0 (certbot; Debian GNU/Linux 12 (bookworm)) Authenticator/standalone Installer/None (certonly; flags: n) Py/3.11.2";
const LEGO: &str = "lego-cli/4.9.1 xenolf-acme/4.9.1 (release; linux; amd64)";
const DOMAIN: &str = "/api/v1/problems/certificates-per-domain?retry-after=2026-11-28T10:00:00Z&identifier=example.org";

struct Answer {
    language: String,
    link: String,
    vary: String,
    json: serde_json::Value,
}

fn ask(server: &errdocs::serve::Running, accept_language: &str, user_agent: &str) -> Answer {
    let mut res = client()
        .get(url(server, DOMAIN))
        .header("Accept-Language", accept_language)
        .header("User-Agent", user_agent)
        .call()
        .unwrap();
    assert_eq!(res.status(), 200);
    let header = |name: &str| {
        res.headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    let (language, link, vary) = (header("content-language"), header("link"), header("vary"));
    let json = serde_json::from_str(&res.body_mut().read_to_string().unwrap()).unwrap();
    Answer {
        language,
        link,
        vary,
        json,
    }
}

fn is_ascii(json: &serde_json::Value) -> bool {
    json["title"].as_str().unwrap().is_ascii() && json["detail"].as_str().unwrap().is_ascii()
}

#[test]
fn certbot_gets_a_document_it_can_print_with_the_readers_help_url_in_every_locale() {
    let server = common::start();
    let locales = errdocs::catalog::Catalog::load(&errdocs::source::SiteSource::bundled())
        .unwrap()
        .locales()
        .to_vec();
    let mut changed = 0;
    for locale in &locales {
        let tag = locale.to_string();
        let reader = ask(&server, &tag, LEGO);
        let certbot = ask(&server, &tag, CERTBOT);
        assert_eq!(reader.language, tag);
        assert!(is_ascii(&certbot.json), "{locale}: {}", certbot.json);
        // The help URL does not change: it opens the page in the reader's language.
        assert_eq!(certbot.json["doc"], reader.json["doc"], "{locale}");
        assert_eq!(certbot.link, reader.link, "{locale}");
        assert_eq!(certbot.json["args"], reader.json["args"], "{locale}");
        assert_eq!(certbot.vary, "Accept-Language, Cookie, User-Agent");
        if is_ascii(&reader.json) {
            // Nothing to escape: the reader's language stays.
            assert_eq!(certbot.json, reader.json, "{locale}");
            assert_eq!(certbot.language, reader.language);
        } else {
            changed += 1;
            assert_ne!(certbot.language, reader.language, "{locale}");
        }
    }
    // Most of the ten locales are written outside ASCII.
    assert!(
        changed >= locales.len() / 2,
        "{changed} of {}",
        locales.len()
    );
}

#[test]
fn without_accept_language_certbot_gets_english_not_the_french_default() {
    // certbot sends no Accept-Language: the site's default (French, with accents) would
    // reach it as escapes.
    let server = common::start();
    assert_eq!(ask(&server, "", LEGO).language, "fr");
    let certbot = ask(&server, "", CERTBOT);
    assert_eq!(certbot.language, "en");
    assert_eq!(certbot.json, ask(&server, "en", LEGO).json);
}

/// `errdocs message LIMIT --user-agent UA …`: the CLI applies the same rule as the API.
fn message(extra: &[&str]) -> String {
    let cwd = tempfile::tempdir().unwrap();
    let mut args = vec![
        "message",
        "certificates-per-domain",
        "--arg",
        "identifier=example.org",
        "--arg",
        "retry-after=2026-11-28T10:00:00Z",
    ];
    args.extend_from_slice(extra);
    let run = common::errdocs(cwd.path(), &args);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    String::from_utf8(run.stdout).unwrap()
}

#[test]
fn the_message_command_chooses_like_the_api_for_certbots_user_agent() {
    let german = message(&["--lang", "de"]);
    assert!(!german.is_ascii(), "{german}");
    assert_eq!(message(&["--lang", "de", "--user-agent", LEGO]), german);
    let english = message(&["--lang", "en"]);
    assert_eq!(message(&["--lang", "de", "--user-agent", CERTBOT]), english);
    assert_eq!(
        message(&["--lang", "ja", "--user-agent", CERTBOT, "--format", "json"]),
        message(&["--lang", "en", "--format", "json"])
    );
}
