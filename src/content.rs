//! Pages: `content/docs/<slug>.md` is TOML front matter between `+++` lines and a
//! language-neutral Markdown skeleton (headings with explicit `{#id}`, calls into the
//! catalogs, no prose). This module splits and validates front matter and turns Markdown
//! into HTML, collecting heading ids and links for the link check. It is the only user of
//! pulldown-cmark and the only one to sanitize HTML with ammonia (the `--watch` overlay
//! uses ammonia's text escaping only).

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag};
use serde::Deserialize;

use crate::config::{ConfigError, is_slug, line_col};
use crate::source::SiteSource;

/// Where pages live, relative to the site root.
pub const DOCS_DIR: &str = "content/docs";

/// The front matter of a page. Unknown keys are errors, so a typo never passes silently.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FrontMatter {
    /// The limit this page documents (id in `content/limits.toml`); its facts become the
    /// Fluent variables of every message on the page.
    pub limit: Option<String>,
    /// Last meaningful change of the page, `YYYY-MM-DD` (sitemap `lastmod`). A page that
    /// follows a Let's Encrypt page carries that source's `lastmod`, never a later one: as
    /// Let's Encrypt's own translations do, the date says which version of the facts the
    /// page tells, not when errdocs last edited its wording.
    pub lastmod: Option<toml::value::Datetime>,
    /// Old slugs that must keep working (redirects).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Order in lists (lower first; then by slug).
    #[serde(default)]
    pub weight: i64,
}

/// A page source: its slug, front matter and Markdown skeleton.
#[derive(Clone, Debug)]
pub struct Page {
    /// Stable, language-independent slug (file stem).
    pub slug: String,
    /// Site-relative path of the source, e.g. `content/docs/x.md`.
    pub path: String,
    /// How to name the file in messages.
    pub display: String,
    /// Parsed front matter.
    pub front: FrontMatter,
    /// The Markdown skeleton after the front matter.
    pub body: String,
    /// 1-based line of the skeleton's first line in the file.
    pub body_line: usize,
}

/// Reads every page under `content/docs/`, sorted by weight then slug.
pub fn load_pages(source: &SiteSource) -> Result<Vec<Page>, ConfigError> {
    let mut pages = Vec::new();
    for (path, text) in source.under("content/docs/") {
        let display = source.display(path);
        let err = |line, col, message: String| ConfigError {
            file: display.clone(),
            line,
            col,
            message,
        };
        let rel = &path[DOCS_DIR.len() + 1..];
        let Some(slug) = rel.strip_suffix(".md") else {
            return Err(err(
                1,
                1,
                "only `<slug>.md` pages belong in `content/docs/`; move or delete this file".into(),
            ));
        };
        if !is_slug(slug) {
            return Err(err(
                1,
                1,
                format!(
                    "`{slug}` is not a valid slug: use lowercase ASCII words joined by `-` (it becomes the URL)"
                ),
            ));
        }
        let (front, body, body_line) = split_front_matter(text).ok_or_else(|| {
            err(1, 1, "a page starts with TOML front matter between `+++` lines; add `+++` before and after it".into())
        })?;
        let front_offset = text.find('\n').map_or(0, |i| i + 1);
        let front: FrontMatter = toml::from_str(front).map_err(|e| {
            let (line, col) = e
                .span()
                .map(|s| line_col(text, front_offset + s.start))
                .unwrap_or((2, 1));
            let mut message = e.message().trim_end().to_owned();
            if message.starts_with("unknown field") {
                message
                    .push_str("; front matter accepts `limit`, `lastmod`, `aliases` and `weight`");
            }
            err(line, col, message)
        })?;
        for alias in &front.aliases {
            if !is_slug(alias) {
                return Err(err(2, 1, format!("alias `{alias}` is not a valid slug")));
            }
        }
        pages.push(Page {
            slug: slug.to_owned(),
            path: path.to_owned(),
            display,
            front,
            body: body.to_owned(),
            body_line,
        });
    }
    pages.sort_by(|a, b| (a.front.weight, &a.slug).cmp(&(b.front.weight, &b.slug)));
    Ok(pages)
}

/// Splits `+++\n<toml>\n+++\n<body>`; returns front matter, body and the body's first line.
fn split_front_matter(text: &str) -> Option<(&str, &str, usize)> {
    let text_nl = text.strip_prefix("\u{feff}").unwrap_or(text);
    let rest = text_nl
        .strip_prefix("+++\n")
        .or_else(|| text_nl.strip_prefix("+++\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_line = front.matches('\n').count() + 3;
            return Some((front, body, body_line));
        }
        offset += line.len();
    }
    None
}

/// A link found in rendered Markdown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// The destination after rewriting, as written into the page.
    pub href: String,
}

/// Markdown rendered to HTML, with what the link check needs.
#[derive(Clone, Debug, Default)]
pub struct Rendered {
    /// The HTML fragment.
    pub html: String,
    /// Explicit heading ids (`## … {#id}`), in order.
    pub ids: Vec<String>,
    /// Every link destination, after rewriting.
    pub links: Vec<Link>,
    /// Raw HTML found in the Markdown; it was escaped, and callers refuse it.
    pub raw_html: Vec<String>,
}

fn options() -> Options {
    let mut o = Options::empty();
    o.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    o.insert(Options::ENABLE_TABLES);
    o.insert(Options::ENABLE_STRIKETHROUGH);
    o
}

/// Renders Markdown to HTML. `rewrite` maps a root-relative link (`/docs/x/#a`) to its
/// localized form (`/fr/docs/x/#a`); raw HTML is escaped and reported, never passed through.
pub fn render(markdown: &str, rewrite: &dyn Fn(&str) -> Option<String>) -> Rendered {
    let mut out = Rendered::default();
    let mut in_code_block = false;
    let events = Parser::new_ext(markdown, options()).map(|event| match event {
        Event::Start(Tag::CodeBlock(kind)) => {
            in_code_block = true;
            Event::Start(Tag::CodeBlock(kind))
        }
        Event::End(pulldown_cmark::TagEnd::CodeBlock) => {
            in_code_block = false;
            Event::End(pulldown_cmark::TagEnd::CodeBlock)
        }
        Event::Text(text) if in_code_block && text.contains("://") => {
            Event::Html(isolate_urls(&text).into())
        }
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => {
            if let Some(id) = &id {
                out.ids.push(id.to_string());
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            })
        }
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let dest_url = match rewrite(&dest_url) {
                Some(new) => CowStr::from(new),
                None => dest_url,
            };
            out.links.push(Link {
                href: dest_url.to_string(),
            });
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            })
        }
        Event::Html(html) | Event::InlineHtml(html) => {
            out.raw_html.push(html.to_string());
            Event::Text(html)
        }
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    out.html = sanitize(&html);
    out
}

/// Escapes code-block text and wraps each URL in `<bdi dir="ltr">`, so a URL keeps its
/// order inside a right-to-left error string (a Hebrew message ending with its doc URL).
/// Plain-text errors cannot carry isolation marks; HTML can isolate instead.
fn isolate_urls(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    for (i, token) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let start = token.find("https://").or_else(|| token.find("http://"));
        match start {
            Some(at) => {
                let (before, rest) = token.split_at(at);
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                let (url, after) = rest.split_at(end);
                let _ = pulldown_cmark_escape::escape_html(&mut out, before);
                out.push_str("<bdi dir=\"ltr\">");
                let _ = pulldown_cmark_escape::escape_html(&mut out, url);
                out.push_str("</bdi>");
                let _ = pulldown_cmark_escape::escape_html(&mut out, after);
            }
            None => {
                let _ = pulldown_cmark_escape::escape_html(&mut out, token);
            }
        }
    }
    out
}

/// Renders one paragraph of inline Markdown (site chrome) without the `<p>` wrapper.
pub fn render_inline(markdown: &str, rewrite: &dyn Fn(&str) -> Option<String>) -> Rendered {
    let mut r = render(markdown, rewrite);
    let trimmed = r.html.trim_end();
    if let Some(inner) = trimmed
        .strip_prefix("<p>")
        .and_then(|s| s.strip_suffix("</p>"))
        && !inner.contains("<p>")
    {
        r.html = inner.to_owned();
    }
    r
}

/// Link destinations in a Markdown snippet, as written.
pub fn links(markdown: &str) -> Vec<String> {
    Parser::new_ext(markdown, options())
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.to_string()),
            _ => None,
        })
        .collect()
}

/// The explicit heading ids of a page skeleton (the same in every locale).
pub fn skeleton_ids(page: &Page) -> Vec<String> {
    Parser::new_ext(&page.body, options())
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { id: Some(id), .. }) => Some(id.to_string()),
            _ => None,
        })
        .collect()
}

/// The raw HTML tags in a Markdown snippet (for refusing HTML in catalogs).
pub fn raw_html(markdown: &str) -> Vec<String> {
    // Every HTML block and inline tag starts with `<`: most prose has none, and needs no
    // parse (this runs on every message of every catalog, before anything else).
    if !markdown.contains('<') {
        return Vec::new();
    }
    Parser::new_ext(markdown, options())
        .filter_map(|e| match e {
            Event::Html(h) | Event::InlineHtml(h) => Some(h.trim().to_owned()),
            _ => None,
        })
        .collect()
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    // Heading ids are the language-independent anchors; code classes carry the language.
    for tag in ["h1", "h2", "h3", "h4", "h5", "h6"] {
        b.add_tag_attributes(tag, ["id"]);
    }
    b.add_tag_attributes("code", ["class"]);
    b.add_tags(["bdi"]);
    b.add_tag_attributes("bdi", ["dir"]);
    b.url_schemes(HashSet::from(["http", "https", "mailto"]));
    b.link_rel(None);
    b
});

/// Second line of defence: whatever the Markdown produced, only safe tags, attributes and
/// URL schemes reach a page (no `<script>`, no `javascript:` links, no event handlers).
fn sanitize(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_rewrite(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn explicit_heading_ids_become_anchors() {
        let r = render("## Causes fréquentes {#common-causes}\n", &no_rewrite);
        assert_eq!(r.ids, ["common-causes"]);
        assert!(
            r.html
                .contains("<h2 id=\"common-causes\">Causes fréquentes</h2>"),
            "{}",
            r.html
        );
    }

    #[test]
    fn heading_ids_can_be_spaced_so_tera_does_not_read_a_comment() {
        // Skeletons go through Tera first, where `{#` opens a comment.
        let r = render("## {{ x }} { #common-causes }\n", &no_rewrite);
        assert_eq!(r.ids, ["common-causes"]);
    }

    #[test]
    fn internal_links_are_rewritten_and_collected() {
        let r = render("[x](/docs/a/#b)", &|u: &str| {
            u.strip_prefix('/').map(|u| format!("/fr/{u}"))
        });
        assert_eq!(
            r.links,
            [Link {
                href: "/fr/docs/a/#b".into()
            }]
        );
        assert!(r.html.contains("href=\"/fr/docs/a/#b\""));
    }

    #[test]
    fn urls_in_code_blocks_are_isolated_left_to_right() {
        let r = render(
            "```text\nשגיאה: ראו https://example.org/docs/x/ <b>\n```\n",
            &no_rewrite,
        );
        assert!(
            r.html
                .contains("ראו <bdi dir=\"ltr\">https://example.org/docs/x/</bdi> &lt;b&gt;"),
            "{}",
            r.html
        );
    }

    #[test]
    fn raw_html_is_escaped_and_reported() {
        let r = render("a <script>alert(1)</script> b", &no_rewrite);
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert_eq!(r.raw_html.len(), 2);
    }

    #[test]
    fn javascript_links_never_reach_the_page() {
        let r = render("[x](javascript:alert(1))", &no_rewrite);
        assert!(!r.html.contains("javascript:"), "{}", r.html);
    }

    #[test]
    fn inline_markdown_in_code_spans_is_not_html() {
        assert!(raw_html("use `<seconds>` here").is_empty());
        assert_eq!(raw_html("a <b>bold</b>"), ["<b>", "</b>"]);
    }

    #[test]
    fn front_matter_is_split_from_the_body() {
        let (front, body, line) =
            split_front_matter("+++\nlimit = \"x\"\n+++\n## A {#a}\n").unwrap();
        assert_eq!((front, body, line), ("limit = \"x\"\n", "## A {#a}\n", 4));
    }

    #[test]
    fn unknown_front_matter_key_names_file_and_line() {
        let source = SiteSource::from_files([(
            "content/docs/p.md",
            "+++\nlimit = \"x\"\ncolour = 1\n+++\nbody\n",
        )]);
        let err = load_pages(&source).unwrap_err().to_string();
        assert!(
            err.starts_with("<bundled>/content/docs/p.md:3:1: unknown field `colour`"),
            "{err}"
        );
    }
}
