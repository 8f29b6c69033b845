//! Rules that loading a site (`site`, which stops at the first broken one) and `errdocs
//! check` (which reports them all) both apply, each defined once so the two cannot drift:
//! where a link may point, and what raw HTML in a catalog is called. Where catalog files
//! sit is the catalog's own rule (`catalog::catalog_path`, `catalog::catalog_locale`).

use std::fmt;

/// Why a link does not resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    /// Neither absolute (`https://…`, `mailto:`) nor root-relative (`/docs/<slug>/`).
    NotRooted,
    /// Root-relative, but no page of the site has that path.
    NotAPage,
    /// The page exists, but has no heading with the fragment's id.
    NoSuchHeading {
        /// The fragment, without `#`.
        fragment: String,
        /// The ids the page does have, sorted.
        known: Vec<String>,
    },
}

impl fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkProblem::NotRooted => f.write_str(
                "is neither absolute (`https://…`) nor root-relative (`/docs/<slug>/`)",
            ),
            LinkProblem::NotAPage => f.write_str(
                "is not a page of this site; write internal links as `/docs/<slug>/` with an existing slug",
            ),
            LinkProblem::NoSuchHeading { fragment, known } => write!(
                f,
                "has no heading with id `{fragment}` (ids there: {})",
                known.join(", ")
            ),
        }
    }
}

/// Checks one link written on the page whose path is `own`. `home(path)` tells the paths
/// that are pages without headings to link to (`/`, `/fr/`); `ids(path)` gives the heading
/// ids of the page at `path`, `None` when there is no such page. A link to `#id` alone
/// points into `own`.
pub fn check_link<'a>(
    link: &str,
    own: &str,
    home: impl Fn(&str) -> bool,
    ids: impl Fn(&str) -> Option<&'a [String]>,
) -> Result<(), LinkProblem> {
    if link.starts_with("https://") || link.starts_with("http://") || link.starts_with("mailto:") {
        return Ok(());
    }
    let (path, fragment) = match link.split_once('#') {
        Some((p, f)) => (if p.is_empty() { own } else { p }, Some(f)),
        None => (link, None),
    };
    if !path.starts_with('/') {
        return Err(LinkProblem::NotRooted);
    }
    if home(path) && fragment.is_none() {
        return Ok(());
    }
    let target = ids(path).ok_or(LinkProblem::NotAPage)?;
    match fragment {
        Some(f) if !target.iter().any(|id| id == f) => {
            let mut known: Vec<String> = target.to_vec();
            known.sort();
            known.dedup();
            Err(LinkProblem::NoSuchHeading {
                fragment: f.to_owned(),
                known,
            })
        }
        _ => Ok(()),
    }
}

/// What to tell the translator whose message `id` carries the raw HTML `tag`.
pub fn raw_html_message(id: &str, tag: &str) -> String {
    format!(
        "message `{id}` contains raw HTML `{tag}`; catalogs are data, not code: write Markdown instead (`**bold**`, `[text](/docs/…)`)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids() -> Vec<String> {
        vec!["b".to_owned(), "a".to_owned()]
    }

    fn check(link: &str) -> Result<(), LinkProblem> {
        let page = ids();
        check_link(
            link,
            "/docs/own/",
            |p| p == "/",
            |p| (p == "/docs/x/" || p == "/docs/own/").then_some(page.as_slice()),
        )
    }

    #[test]
    fn absolute_links_and_the_home_page_always_resolve() {
        assert_eq!(check("https://example.org/nowhere"), Ok(()));
        assert_eq!(check("mailto:a@example.org"), Ok(()));
        assert_eq!(check("/"), Ok(()));
    }

    #[test]
    fn internal_links_resolve_to_a_page_and_one_of_its_headings() {
        assert_eq!(check("/docs/x/"), Ok(()));
        assert_eq!(check("/docs/x/#a"), Ok(()));
        assert_eq!(check("#b"), Ok(()));
        assert_eq!(check("/docs/y/"), Err(LinkProblem::NotAPage));
        assert_eq!(check("docs/x/"), Err(LinkProblem::NotRooted));
        assert_eq!(check("/#a"), Err(LinkProblem::NotAPage));
    }

    #[test]
    fn a_missing_heading_lists_the_ids_the_page_has() {
        let err = check("/docs/x/#c").unwrap_err();
        assert_eq!(
            err.to_string(),
            "has no heading with id `c` (ids there: a, b)"
        );
    }
}
