//! Why catalogs cannot be loaded or a message cannot be formatted: every error names the
//! file (and line) to fix and says how.

use super::*;

/// Why catalogs cannot be loaded or a message cannot be formatted.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// Bad configuration.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A Fluent syntax error.
    #[error(
        "{file}:{line}:{col}: {message}\n    {line_text}\n  fix the Fluent syntax at this position; see https://projectfluent.org/fluent/guide/"
    )]
    Syntax {
        /// The catalog file.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        col: usize,
        /// The parser's complaint.
        message: String,
        /// The offending line.
        line_text: String,
    },
    /// The same id twice in one locale's scope.
    #[error(
        "{file}:{line}:1: `{id}` is defined twice for locale `{locale}` (first in {first}); rename or delete one"
    )]
    Duplicate {
        /// The later file.
        file: String,
        /// Its line.
        line: usize,
        /// The id.
        id: String,
        /// The locale.
        locale: Locale,
        /// Where the first definition is.
        first: String,
    },
    /// A catalog file or folder the layout does not allow.
    #[error("{file}: {message}")]
    Layout {
        /// The file or folder.
        file: String,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// A message no locale of the chain has, not even the reference.
    #[error(
        "message `{id}` (needed by {user}) is missing from the reference locale `{locale}`; add it to `{belongs}`"
    )]
    Missing {
        /// The message id.
        id: String,
        /// Who asked for it: a page, a template, the limiter.
        user: String,
        /// The reference locale.
        locale: Locale,
        /// The catalog file where it belongs.
        belongs: String,
    },
    /// Formatting failed: unknown variable, missing message reference, …
    #[error(transparent)]
    Format(Box<FormatError>),
    /// An unknown limit id.
    #[error("unknown limit `{id}`; known limits: {known}")]
    UnknownLimit {
        /// The id asked for.
        id: String,
        /// The ids in `content/limits.toml`.
        known: String,
    },
    /// An argument from outside breaks the rules of [`input`].
    #[error(transparent)]
    Argument(Box<input::ArgError>),
}

/// A message that exists but cannot be formatted with the arguments given.
#[derive(Debug, thiserror::Error)]
#[error(
    "{file}:{line}:1: message `{id}` in locale `{locale}` cannot be formatted: {problems} (arguments supplied: {supplied})"
)]
pub struct FormatError {
    /// The file defining the message.
    pub file: String,
    /// Its line.
    pub line: usize,
    /// The message id.
    pub id: String,
    /// The locale.
    pub locale: Locale,
    /// What Fluent reported.
    pub problems: String,
    /// The arguments the caller gave.
    pub supplied: String,
}

pub(crate) fn describe(errors: &[FluentError]) -> String {
    errors
        .iter()
        .map(|e| match e {
            FluentError::ResolverError(r) => {
                let text = r.to_string();
                match text.strip_prefix("Unknown variable: ") {
                    Some(var) => format!("it uses `{var}`, which the caller does not supply"),
                    None => text,
                }
            }
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}
