//! Criterion benchmark: the cost of formatting one localized limiter message in plain-text
//! mode (`Catalog::limit_message`, what a limiter calls on every HTTP 429), in French (the
//! reference) and English, next to a plain `format!` of the same sentences measured in the
//! same run, so the result reads as a ratio to the cheapest possible implementation.
//!
//! Run: `cargo bench --bench message` (figures and the ratio are recorded in
//! `docs/BENCHMARKS.md`, section "message formatting").

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use errdocs::catalog::{Args, Catalog};
use errdocs::locale::Locale;
use errdocs::source::SiteSource;

const LIMIT: &str = "registrations-per-ip";

fn limit_message(c: &mut Criterion) {
    let catalog = Catalog::load(&SiteSource::bundled()).expect("the bundled site loads");
    let fr: Locale = "fr".parse().unwrap();
    let en: Locale = "en".parse().unwrap();
    let url = catalog.doc_url(LIMIT).unwrap();
    let no_args = Args::new();

    // The benchmark is only meaningful if both sides produce the same sentence.
    let english = catalog.limit_message(&en, LIMIT, &no_args).unwrap().text;
    assert_eq!(
        english,
        format!("too many registrations for this IP: see {url}")
    );
    let french = catalog.limit_message(&fr, LIMIT, &no_args).unwrap().text;
    assert_eq!(
        french,
        format!("trop d’enregistrements pour cette adresse IP\u{202f}: voir {url}")
    );

    let mut group = c.benchmark_group("limit_message");
    group.bench_function("fr", |b| {
        b.iter(|| catalog.limit_message(black_box(&fr), black_box(LIMIT), black_box(&no_args)))
    });
    group.bench_function("en", |b| {
        b.iter(|| catalog.limit_message(black_box(&en), black_box(LIMIT), black_box(&no_args)))
    });
    group.bench_function("format!-en", |b| {
        b.iter(|| {
            format!(
                "too many registrations for this IP: see {}",
                black_box(&url)
            )
        })
    });
    group.bench_function("format!-fr", |b| {
        b.iter(|| {
            format!(
                "trop d’enregistrements pour cette adresse IP\u{202f}: voir {}",
                black_box(&url)
            )
        })
    });
    group.finish();
}

criterion_group!(benches, limit_message);
criterion_main!(benches);
