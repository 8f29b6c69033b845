//! errdocs turns Fluent translation catalogs into multilingual error documentation:
//! the help pages that rate-limit errors point to, and the error strings themselves.
//!
//! One source serves everything: the facts of each limit live in `content/limits.toml`,
//! all prose lives in `locales/<lang>/*.ftl` (French is the reference), page structure
//! lives in `content/docs/*.md` and the layout in `templates/*.html`.
//!
//! [`serve`] answers the URL inside an error with the help page in the reader's language;
//! [`build`] writes the same pages as a static site.
//!
//! A limiter needs only [`catalog`] and [`problem`] (and [`negotiate`] to read an
//! `Accept-Language` header):
//!
//! ```
//! use errdocs::{catalog::Catalog, negotiate, problem::Problem, source::SiteSource};
//!
//! let source = SiteSource::bundled();
//! let catalog = Catalog::load(&source).unwrap();
//! // The subscriber's client sent this header with its ACME request.
//! let locale = negotiate::best_locale("fr-CA,fr;q=0.9,en;q=0.5", catalog.locales(), catalog.reference());
//! let problem = Problem::new(&catalog, &locale, "registrations-per-ip", &Default::default()).unwrap();
//! assert_eq!(problem.status, 429);
//! assert_eq!(problem.content_language, "fr");
//! assert!(problem.detail.starts_with("trop d’enregistrements pour cette adresse IP\u{202f}: voir "));
//!
//! let english = negotiate::best_locale("en-US", catalog.locales(), catalog.reference());
//! let problem = Problem::new(&catalog, &english, "registrations-per-ip", &Default::default()).unwrap();
//! assert_eq!(
//!     problem.detail,
//!     format!("too many registrations for this IP: see {}", problem.doc),
//! );
//! ```
#![warn(missing_docs, unreachable_pub)]

// What a limiter needs: always built (`default-features = false` builds only these).
pub mod catalog;
pub mod config;
pub mod export;
pub mod locale;
pub mod negotiate;
pub mod problem;
pub mod source;

// The reference limiter (feature `limiter`).
#[cfg(feature = "limiter")]
pub mod limiter;

// The site: rendering, the static build, `check` (feature `site`).
#[cfg(feature = "site")]
pub mod build;
#[cfg(feature = "site")]
pub mod check;
#[cfg(feature = "site")]
pub mod content;
#[cfg(feature = "site")]
pub mod progress;
#[cfg(feature = "site")]
pub mod render;
#[cfg(feature = "site")]
pub mod rules;
#[cfg(feature = "site")]
pub mod site;

// The server (feature `serve`) and the command line (feature `cli`).
#[cfg(feature = "cli")]
pub mod cli;
#[cfg(feature = "serve")]
pub mod serve;
