//! The error overlay of `--watch`: when a rebuild fails, every HTML page still comes from the
//! last good site, with the build error laid over it (as `zola serve` does) until the author
//! fixes it. The chrome of the overlay is catalog text in the page's language; the error
//! itself is shown as the build reported it (with its `file:line:col`), HTML-escaped.

use std::sync::OnceLock;

use crate::catalog::{Args, Catalog, Scope};
use crate::locale::Locale;
use crate::source::SiteSource;

/// Catalog ids of the overlay's chrome (`locales/<lang>/site.ftl`).
const TITLE: &str = "serve-rebuild-failed-title";
const BODY: &str = "serve-rebuild-failed-body";

/// The overlay for `error`, in `locale`, as an HTML fragment to put before `</body>`.
///
/// A site of one's own may predate these messages: its catalog is asked first, then the
/// bundled one, so the overlay never fails to show the error it is there for.
pub(crate) fn render(catalog: &Catalog, locale: &Locale, error: &str) -> String {
    let (title, body, lang) = chrome(catalog, locale)
        .or_else(|| bundled().and_then(|c| chrome(c, locale)))
        .unwrap_or_default();
    let dir = Locale::parse(&lang).map_or("ltr", |l| l.direction().as_str());
    // Inline styles: the overlay must not depend on the site's stylesheet, which may be
    // the very thing that is broken. Logical properties keep it right for RTL pages.
    format!(
        concat!(
            "<div id=\"errdocs-overlay\" role=\"alert\" lang=\"{lang}\" dir=\"{dir}\" ",
            "style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;",
            "background:rgba(20,24,33,.94);color:#f3f5f8;padding-block:2rem;padding-inline:1.5rem;",
            "font:16px/1.5 system-ui,sans-serif\">",
            "<div style=\"max-inline-size:60rem;margin-inline:auto\">",
            "<p style=\"font-size:1.4rem;font-weight:700;margin-block:0 .5rem;color:#ff8a80\">{title}</p>",
            "<p style=\"margin-block:0 1rem\">{body}</p>",
            "<pre dir=\"ltr\" style=\"white-space:pre-wrap;overflow-wrap:anywhere;",
            "background:#000;padding:1rem;border-inline-start:4px solid #ff8a80;",
            "font:14px/1.5 ui-monospace,monospace\">{error}</pre>",
            "</div></div>\n"
        ),
        lang = ammonia::clean_text(&lang),
        dir = dir,
        title = ammonia::clean_text(&title),
        body = ammonia::clean_text(&body),
        error = ammonia::clean_text(error),
    )
}

fn chrome(catalog: &Catalog, locale: &Locale) -> Option<(String, String, String)> {
    let user = "the error overlay of `errdocs serve --watch`";
    let title = catalog
        .format(locale, Scope::Shared, TITLE, &Args::new(), user)
        .ok()?;
    let body = catalog
        .format(locale, Scope::Shared, BODY, &Args::new(), user)
        .ok()?;
    Some((title.text, body.text, title.locale.to_string()))
}

/// The bundled catalog, loaded the first time a site of one's own lacks the overlay's ids.
fn bundled() -> Option<&'static Catalog> {
    static BUNDLED: OnceLock<Option<Catalog>> = OnceLock::new();
    BUNDLED
        .get_or_init(|| Catalog::load(&SiteSource::bundled()).ok())
        .as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::load(&SiteSource::bundled()).unwrap()
    }

    #[test]
    fn the_error_text_is_escaped() {
        let html = render(
            &catalog(),
            &"en".parse().unwrap(),
            "locales/fr/site.ftl:3:7: <script>alert(1)</script>",
        );
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(
            html.contains("locales&#47;fr&#47;site.ftl:3:7:")
                || html.contains("locales/fr/site.ftl:3:7:")
        );
    }

    #[test]
    fn the_chrome_speaks_the_page_language() {
        let c = catalog();
        let french = render(&c, &"fr".parse().unwrap(), "x");
        let english = render(&c, &"en".parse().unwrap(), "x");
        assert!(french.contains("lang=\"fr\""));
        assert!(english.contains("lang=\"en\""));
        assert_ne!(french, english);
    }

    #[test]
    fn a_site_without_the_overlay_messages_borrows_the_bundled_ones() {
        let mut files: Vec<(String, String)> = SiteSource::bundled()
            .under("")
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        for (path, text) in &mut files {
            if path.ends_with("site.ftl") {
                *text = text
                    .lines()
                    .filter(|l| !l.starts_with("serve-"))
                    .collect::<Vec<_>>()
                    .join("\n");
            }
        }
        let own = Catalog::load(&SiteSource::from_files(files)).unwrap();
        let html = render(&own, &"fr".parse().unwrap(), "boom");
        assert!(html.contains("boom"));
        assert_eq!(html, render(&catalog(), &"fr".parse().unwrap(), "boom"));
    }
}
