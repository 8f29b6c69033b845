//! Every door that negotiates answers alike: the library, `errdocs message
//! --accept-language`, the server's redirect from the neutral URL and the problem API,
//! replaying the shared vectors (`tests/data/accept-language.tsv`, with the expected locale)
//! and the generated corpus (`tests/data/accept-language-corpus.tsv`, several hundred
//! headers, errdocs' answers kept as a snapshot).

use crate::common::{self, Answers, Doors, Vector};

fn all(locale: &str) -> Answers {
    Answers {
        library: locale.to_owned(),
        cli: locale.to_owned(),
        redirect: locale.to_owned(),
        problem: locale.to_owned(),
    }
}

/// Asks every door, four headers at a time (each `errdocs message` is a process).
fn replay(doors: &Doors, vectors: &[Vector]) -> Vec<Answers> {
    let mut out = Vec::with_capacity(vectors.len());
    for chunk in vectors.chunks(4) {
        std::thread::scope(|s| {
            let handles: Vec<_> = chunk
                .iter()
                .map(|v| s.spawn(|| doors.answers(v.header.as_deref())))
                .collect();
            out.extend(handles.into_iter().map(|h| h.join().unwrap()));
        });
    }
    out
}

#[test]
fn the_shared_vectors_answer_as_expected_through_every_door() {
    let doors = Doors::bundled();
    let vectors = common::accept_language_vectors("accept-language.tsv");
    assert!(vectors.len() >= 20, "{} vectors", vectors.len());
    let answers = replay(&doors, &vectors);
    let wrong: Vec<String> = vectors
        .iter()
        .zip(&answers)
        .filter(|(v, a)| **a != all(&v.expected))
        .map(|(v, a)| {
            format!(
                "accept-language.tsv:{}: {:?} ({}): expected {}, got {a:?}",
                v.line, v.header, v.why, v.expected
            )
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_corpus_answers_alike_through_every_door_and_as_recorded() {
    let name = "accept-language-corpus.tsv";
    let doors = Doors::bundled();
    let vectors = common::accept_language_vectors(name);
    assert!(vectors.len() >= 500, "{} vectors", vectors.len());
    if std::env::var_os("ERRDOCS_BLESS_CORPUS").is_some() {
        let path = common::data(name);
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        for v in &vectors {
            let header = v.header.as_deref().unwrap_or("-");
            lines[v.line - 1] = format!(
                "{header}\t{}\t{}",
                doors.library(v.header.as_deref()),
                v.why
            );
        }
        std::fs::write(&path, lines.join("\n") + "\n").unwrap();
        return;
    }
    let answers = replay(&doors, &vectors);
    let wrong: Vec<String> = vectors
        .iter()
        .zip(&answers)
        .filter(|(v, a)| **a != all(&v.expected))
        .map(|(v, a)| {
            format!(
                "{name}:{}: {:?}: recorded {}, got {a:?}",
                v.line, v.header, v.expected
            )
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} differ (after a deliberate change: ERRDOCS_BLESS_CORPUS=1):\n{}",
        wrong.len(),
        vectors.len(),
        wrong.join("\n")
    );
}

/// The bundled site with `[negotiation] traditional-chinese = "{value}"`.
fn with_traditional_chinese(value: &str) -> errdocs::source::SiteSource {
    common::bundled_with(&[(
        "errdocs.toml",
        "\"ru\", \"he\"]",
        &format!("\"ru\", \"he\"]\n\n[negotiation]\ntraditional-chinese = \"{value}\"\n"),
    )])
}

#[test]
fn the_traditional_chinese_setting_reaches_the_server_and_the_cli() {
    let source = with_traditional_chinese("simplified");
    let server = common::start_source(source.clone());
    let res = common::raw(
        server.addr(),
        format!(
            "GET {} HTTP/1.1\r\nHost: x\r\nAccept-Language: zh-TW, ja\r\nConnection: close\r\n\r\n",
            common::NEUTRAL_PAGE
        )
        .as_bytes(),
    )
    .unwrap();
    assert_eq!(
        res.header("location"),
        Some(format!("/zh-CN{}", common::NEUTRAL_PAGE).as_str())
    );

    let dir = tempfile::tempdir().unwrap();
    for (path, text) in source.under("") {
        let target = dir.path().join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, text).unwrap();
    }
    let message = |accept: &str| {
        let out = common::errdocs(
            dir.path(),
            &[
                "message",
                "registrations-per-ip",
                "--accept-language",
                accept,
            ],
        );
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let japanese = common::errdocs(
        dir.path(),
        &["message", "registrations-per-ip", "--lang", "ja"],
    );
    let chinese = common::errdocs(
        dir.path(),
        &["message", "registrations-per-ip", "--lang", "zh-CN"],
    );
    assert_eq!(message("zh-TW, ja").as_bytes(), chinese.stdout);
    assert_ne!(chinese.stdout, japanese.stdout);
}

#[test]
fn the_default_traditional_chinese_setting_prefers_the_next_language() {
    let doors = Doors::bundled();
    assert_eq!(doors.answers(Some("zh-TW, ja")), all("ja"));
    assert_eq!(doors.answers(Some("zh-HK")), all("zh-CN"));
}
