//! `errdocs export --format netlify|apache|nginx`: what a static host needs so that a
//! language-neutral URL (`/`, `/docs/{slug}/`) answers a 302 to the reader's language before
//! any page loads, with `errdocs serve`'s precedence as far as the host allows (the `lang`
//! cookie, then `Accept-Language`, then the default locale). Pure functions of the rendered
//! [`Site`]: every URL a rule names is one the static build writes, so a rule can never point
//! at a page that does not exist. The text of each file is built here; writing it goes
//! through the export's output guard.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use anyhow::bail;

use crate::locale::Locale;
use crate::site::{Role, Site};

/// Deprecated language codes browsers still send, with the code CLDR replaces them by
/// (`iw` → `he`): a host rule that names only the modern code would miss them, and the shared
/// vectors (`tests/data/accept-language.tsv`) expect them mapped. Only pairs whose modern code
/// the site publishes are used.
const LANGUAGE_ALIASES: &[(&str, &str)] = &[
    ("iw", "he"),
    ("in", "id"),
    ("ji", "yi"),
    ("jw", "jv"),
    ("mo", "ro"),
];

// The same names and headers as `errdocs serve`.
use crate::negotiate::{
    LANG_COOKIE as COOKIE, NEGOTIATED_CACHE_CONTROL as CACHE_CONTROL, NEGOTIATED_VARY as VARY,
};
/// Longest `Accept-Language` value `errdocs serve` reads; hosts that can tell ignore longer
/// ones too.
const MAX_HEADER: usize = crate::negotiate::MAX_HEADER;

/// What the host rules are made of, read from a rendered site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Negotiable {
    /// The published locales, in `errdocs.toml` order (the reference first).
    pub locales: Vec<Locale>,
    /// The locale of a reader nothing else tells about.
    pub default: Locale,
    /// Language-neutral URL paths without the leading `/` (`""`, `docs/{slug}/`): each has a
    /// chooser page in the build, and `{locale}/{path}` exists for every locale.
    pub neutral: Vec<String>,
    /// Old path → new path (aliases), without the leading `/`.
    pub moved: BTreeMap<String, String>,
    /// Locales that have their own `{locale}/404.html`.
    pub not_found: Vec<Locale>,
}

impl Negotiable {
    /// Reads the neutral URLs, aliases and 404 pages of a rendered site, refusing paths a
    /// host configuration could not carry safely (anything beyond letters, digits and
    /// `-._~/`).
    pub fn of(site: &Site) -> anyhow::Result<Negotiable> {
        let locales = site.catalog.locales().to_vec();
        let default = site.catalog.reference().clone();
        let mut neutral = Vec::new();
        for (key, asset) in &site.files {
            // The choosers: language-neutral pages at `/` and `/docs/{slug}/`.
            if asset.role != Role::Chooser {
                continue;
            }
            let Some(dir) = key.strip_suffix("index.html") else {
                continue;
            };
            for locale in &locales {
                if !site
                    .files
                    .contains_key(&format!("{locale}/{dir}index.html"))
                {
                    bail!(
                        "`/{dir}` has a chooser page but no `/{locale}/{dir}`: a host rule would send readers to a missing page; publish the page in every locale or report this as a bug"
                    );
                }
            }
            neutral.push(dir.to_owned());
        }
        let not_found = locales
            .iter()
            .filter(|l| {
                site.files
                    .get(&format!("{l}/404.html"))
                    .is_some_and(|a| a.role == Role::NotFound)
            })
            .cloned()
            .collect();
        let negotiable = Negotiable {
            locales,
            default,
            neutral,
            moved: site.redirects.clone(),
            not_found,
        };
        for path in negotiable
            .neutral
            .iter()
            .chain(negotiable.moved.keys())
            .chain(negotiable.moved.values())
        {
            if let Some(c) = path
                .chars()
                .find(|c| !(c.is_ascii_alphanumeric() || "-._~/".contains(*c)))
            {
                bail!(
                    "`/{path}` holds {c:?}, which a host configuration cannot carry safely; rename the page or alias (content/docs/) with letters, digits and `-` only"
                );
            }
        }
        Ok(negotiable)
    }

    /// Language ranges (lower case) a tag must start with to mean each locale, most specific
    /// first: each locale's own tag, then each language the site publishes (`pt` → `pt-BR`
    /// when there is no plain `pt`), then deprecated aliases (`iw` → `he`).
    pub fn ranges(&self) -> Vec<(String, &Locale)> {
        fn push<'a>(range: String, locale: &'a Locale, out: &mut Vec<(String, &'a Locale)>) {
            if !out.iter().any(|(r, _)| *r == range) {
                out.push((range, locale));
            }
        }
        let mut out: Vec<(String, &Locale)> = Vec::new();
        for locale in &self.locales {
            let tag = locale.to_string().to_ascii_lowercase();
            if tag.contains('-') {
                push(tag, locale, &mut out);
            }
        }
        // A language goes to its plain locale when there is one, else to its first variant.
        let languages: Vec<(String, &Locale)> =
            self.locales.iter().map(|l| (language(l), l)).collect();
        for (lang, _) in &languages {
            let best = languages
                .iter()
                .find(|(l, loc)| l == lang && loc.to_string().eq_ignore_ascii_case(lang))
                .or_else(|| languages.iter().find(|(l, _)| l == lang))
                .map(|(_, loc)| *loc);
            if let Some(best) = best {
                push(lang.clone(), best, &mut out);
            }
        }
        for (old, new) in LANGUAGE_ALIASES {
            if let Some((_, locale)) = out.iter().find(|(r, _)| r == new).cloned() {
                push((*old).to_owned(), locale, &mut out);
            }
        }
        out
    }
}

/// The tags that mean `locale` to a host: its own, then the other ranges that reach it
/// (`pt-BR`, `pt`; `he`, `iw`).
fn tags_of(locale: &Locale, ranges: &[(String, &Locale)]) -> Vec<String> {
    let own = locale.to_string();
    std::iter::once(own.clone())
        .chain(
            ranges
                .iter()
                .filter(|(r, l)| *l == locale && !r.eq_ignore_ascii_case(&own))
                .map(|(r, _)| r.clone()),
        )
        .collect()
}

fn language(locale: &Locale) -> String {
    locale.langid().language.as_str().to_ascii_lowercase()
}

/// Escapes a path or tag for a PCRE pattern (only `.` can occur in the checked paths).
fn re(text: &str) -> String {
    text.replace('.', "\\.")
}

/// `(?:docs/(?:a|b)/)?`-style alternation of the neutral paths, for one regex.
fn neutral_alternation(neutral: &[String]) -> String {
    let paths: Vec<String> = neutral
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| re(p))
        .collect();
    let any_home = neutral.iter().any(|p| p.is_empty());
    match (paths.is_empty(), any_home) {
        (true, _) => String::new(),
        (false, true) => format!("(?:{})?", paths.join("|")),
        (false, false) => format!("(?:{})", paths.join("|")),
    }
}

/// Netlify: `_redirects`, to put at the top of the published folder (or append to the one
/// there). Netlify matches `Language=` against the first language of `Accept-Language` only
/// (its documentation), and lets the `nf_lang` cookie stand for it; a reader whose first
/// language the site does not publish falls through to the chooser page, whose script
/// negotiates the whole list.
pub fn netlify(n: &Negotiable) -> BTreeMap<String, String> {
    let mut out = String::new();
    out.push_str("# errdocs export --format netlify: language-neutral URLs answer 302 to the reader's language.\n");
    out.push_str("# Netlify matches Language= against the first language of Accept-Language, or the nf_lang cookie\n");
    out.push_str("# when set (errdocs' language switcher sets it with lang). Unmatched readers get the chooser page.\n");
    let ranges = n.ranges();
    if !n.moved.is_empty() {
        out.push_str("\n# Old slugs (aliases)\n");
        for (from, to) in &n.moved {
            let _ = writeln!(out, "/{from}  /{to}  301!");
        }
    }
    for path in &n.neutral {
        let _ = writeln!(out, "\n# /{path}");
        for locale in &n.locales {
            let languages = tags_of(locale, &ranges);
            let _ = writeln!(
                out,
                "/{path}  /{locale}/{path}  302!  Language={}",
                languages.join(",")
            );
        }
    }
    if !n.not_found.is_empty() {
        out.push_str("\n# Each locale's own 404 page, then the default locale's for the rest\n");
        for locale in &n.not_found {
            let _ = writeln!(out, "/{locale}/*  /{locale}/404.html  404");
        }
        if n.not_found.contains(&n.default) {
            let _ = writeln!(out, "/*  /{}/404.html  404", n.default);
        }
    }
    BTreeMap::from([("_redirects".to_owned(), out)])
}

/// nginx: `errdocs-http.conf` (only `map`s, for the `http {}` block) and
/// `errdocs-server.conf` (the `location`s, for the `server {}` whose `root` is the build
/// output). `map` cannot sort by q-value: it takes the first language of the header the site
/// publishes, skipping items with `q=0`.
pub fn nginx(n: &Negotiable) -> BTreeMap<String, String> {
    let ranges = n.ranges();
    let mut languages: Vec<String> = ranges
        .iter()
        .filter(|(r, _)| !r.contains('-'))
        .map(|(r, _)| re(r))
        .collect();
    // Longer codes first, so that `fil` is not read as `fi` plus junk.
    languages.sort_by_key(|l| std::cmp::Reverse(l.len()));
    let mut http = String::new();
    http.push_str("# errdocs export --format nginx: include inside http {}, before the server {} that includes\n");
    http.push_str("# errdocs-server.conf. Maps only: the reader's locale in $errdocs_locale.\n\n");
    http.push_str(
        "# The `lang` cookie (errdocs' language switcher): a published locale, or empty.\n",
    );
    let _ = writeln!(http, "map $cookie_{COOKIE} $errdocs_cookie_locale {{");
    for (range, locale) in &ranges {
        let _ = writeln!(http, "    \"~*^{}(?:-[0-9a-z-]*)?$\" {locale};", re(range));
    }
    http.push_str("    default \"\";\n}\n\n");
    http.push_str("# Accept-Language: the first item (by position, not q-value) whose language is published and\n");
    http.push_str("# whose q is not 0; over-long headers are ignored, as errdocs serve does.\n");
    http.push_str("map $http_accept_language $errdocs_accept_tag {\n");
    let _ = writeln!(http, "    \"~^[\\s\\S]{{{}}}\" \"\";", MAX_HEADER + 1);
    let _ = writeln!(
        http,
        "    \"~*^(?:[^,]*,)*?\\s*(?<errdocs_tag>(?:{})(?:-[0-9a-z]+)*)\\s*(?:;\\s*q\\s*=\\s*(?!0(?:\\.0*)?\\s*(?:,|$))[0-9.]+\\s*)?(?:,|$)\" $errdocs_tag;",
        languages.join("|")
    );
    http.push_str("    default \"\";\n}\n\n");
    http.push_str("map $errdocs_accept_tag $errdocs_accept_locale {\n");
    for (range, locale) in &ranges {
        let _ = writeln!(http, "    \"~*^{}(?:-|$)\" {locale};", re(range));
    }
    let _ = writeln!(http, "    default {};\n}}\n", n.default);
    http.push_str("# The cookie first, then Accept-Language, then the default locale.\n");
    http.push_str("map $errdocs_cookie_locale $errdocs_locale {\n");
    http.push_str("    \"\" $errdocs_accept_locale;\n    default $errdocs_cookie_locale;\n}\n");

    let mut server = String::new();
    server.push_str("# errdocs export --format nginx: include inside the server {} whose root is the build output\n");
    server.push_str("# (errdocs-http.conf must be included in http {}).\n\n");
    server.push_str("# Language-neutral URLs: 302 to the reader's locale.\n");
    for path in &n.neutral {
        let _ = writeln!(server, "location = /{path} {{");
        server.push_str("    absolute_redirect off;\n");
        let _ = writeln!(server, "    add_header Vary \"{VARY}\" always;");
        let _ = writeln!(
            server,
            "    add_header Cache-Control \"{CACHE_CONTROL}\" always;"
        );
        let _ = writeln!(server, "    return 302 /$errdocs_locale/{path};\n}}");
    }
    if !n.moved.is_empty() {
        server.push_str("\n# Old slugs (aliases).\n");
        for (from, to) in &n.moved {
            let _ = writeln!(
                server,
                "location = /{from} {{\n    absolute_redirect off;\n    return 301 /{to};\n}}"
            );
        }
    }
    if !n.not_found.is_empty() {
        server.push_str("\n# Each locale's own 404 page, the default locale's elsewhere.\n");
        for locale in &n.not_found {
            let _ = writeln!(
                server,
                "location /{locale}/ {{\n    error_page 404 /{locale}/404.html;\n}}"
            );
        }
        if n.not_found.contains(&n.default) {
            let _ = writeln!(server, "error_page 404 /{}/404.html;", n.default);
        }
    }
    BTreeMap::from([
        ("errdocs-http.conf".to_owned(), http),
        ("errdocs-server.conf".to_owned(), server),
    ])
}

/// Apache httpd: `errdocs.conf`, to include in the server configuration or the
/// `<VirtualHost>` whose `DocumentRoot` is the build output, after
/// `Define ERRDOCS_EXPORT <this folder>`; and one type map per neutral URL under
/// `negotiate/`. The `lang` cookie is read first (mod_rewrite); otherwise mod_negotiation
/// picks the variant by q-value (`LanguagePriority` in `errdocs.toml` order, the default
/// first, breaks ties and answers when nothing matches) and the chosen variant's URI
/// redirects to the page.
///
/// Long because it writes the configuration file in the order Apache reads it, one
/// directive group after another; splitting it would scatter one file's text.
pub fn apache(n: &Negotiable) -> BTreeMap<String, String> {
    let ranges = n.ranges();
    let neutral = neutral_alternation(&n.neutral);
    let locales: Vec<String> = n.locales.iter().map(|l| re(&l.to_string())).collect();
    let mut files = BTreeMap::new();
    let mut conf = String::new();
    conf.push_str("# errdocs export --format apache: include in the server configuration or the <VirtualHost>\n");
    conf.push_str("# whose DocumentRoot is the build output, after: Define ERRDOCS_EXPORT /path/of/this/folder\n");
    conf.push_str("# Needs mod_rewrite, mod_negotiation, mod_headers, mod_alias and mod_mime.\n");
    conf.push_str("<IfDefine !ERRDOCS_EXPORT>\n");
    conf.push_str("    Error \"errdocs.conf: Define ERRDOCS_EXPORT as the folder errdocs export --format apache wrote, before including it\"\n");
    conf.push_str("</IfDefine>\n\n");
    conf.push_str("RewriteEngine On\n\n");
    if !n.moved.is_empty() {
        conf.push_str("# Old slugs (aliases).\n");
        for (from, to) in &n.moved {
            let _ = writeln!(conf, "RewriteRule \"^/{}$\" \"/{to}\" [R=301,L]", re(from));
        }
        conf.push('\n');
    }
    conf.push_str("# The `lang` cookie (errdocs' language switcher) first, on neutral URLs only (the first rule\n");
    conf.push_str("# skips the cookie rules for every other URL).\n");
    let _ = writeln!(
        conf,
        "RewriteRule \"!^/{neutral}$\" \"-\" [S={}]",
        ranges.len()
    );
    for (range, locale) in &ranges {
        let _ = writeln!(
            conf,
            "RewriteCond \"%{{HTTP_COOKIE}}\" \"(?:^|;)\\s*{COOKIE}={}(?:-[0-9a-z-]*)?\\s*(?:;|$)\" [NC]",
            re(range)
        );
        let _ = writeln!(conf, "RewriteRule \"^/(.*)$\" \"/{locale}/$1\" [R=302,L]");
    }
    conf.push_str("\n# Then Accept-Language, by q-value: the neutral URL's type map picks a variant, whose URI\n");
    conf.push_str("# (/_errdocs/<path><locale>) redirects to the page.\n");
    let _ = writeln!(
        conf,
        "RewriteRule \"^/({neutral})$\" \"/_errdocs/$1index.var\" [PT,L]"
    );
    let _ = writeln!(
        conf,
        "RewriteRule \"^/_errdocs/({neutral})({})$\" \"/$2/$1\" [R=302,L]",
        locales.join("|")
    );
    conf.push_str("Alias \"/_errdocs/\" \"${ERRDOCS_EXPORT}/negotiate/\"\n");
    conf.push_str("<Directory \"${ERRDOCS_EXPORT}/negotiate\">\n");
    conf.push_str("    Require all granted\n    Options None\n    AddHandler type-map .var\n");
    let _ = writeln!(
        conf,
        "    LanguagePriority {}",
        n.locales
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    );
    conf.push_str("    ForceLanguagePriority Prefer Fallback\n</Directory>\n");
    let _ = writeln!(conf, "<LocationMatch \"^/(?:_errdocs/|{neutral}$)\">");
    let _ = writeln!(conf, "    Header always set Vary \"{VARY}\"");
    let _ = writeln!(
        conf,
        "    Header always set Cache-Control \"{CACHE_CONTROL}\""
    );
    conf.push_str("</LocationMatch>\n");
    if !n.not_found.is_empty() {
        conf.push_str("\n# Each locale's own 404 page, the default locale's elsewhere.\n");
        if n.not_found.contains(&n.default) {
            let _ = writeln!(conf, "ErrorDocument 404 /{}/404.html", n.default);
        }
        for locale in &n.not_found {
            let _ = writeln!(
                conf,
                "<Location \"/{locale}/\">\n    ErrorDocument 404 /{locale}/404.html\n</Location>"
            );
        }
    }
    files.insert("errdocs.conf".to_owned(), conf);
    // One type map per neutral URL; each variant declares the ranges that mean its locale,
    // so `pt` and `pt-PT` reach `pt-BR`, and `iw` reaches `he`.
    let mut map = String::new();
    for locale in &n.locales {
        let languages = tags_of(locale, &ranges);
        let _ = writeln!(
            map,
            "URI: {locale}\nContent-Type: text/html\nContent-Language: {}\n",
            languages.join(", ")
        );
    }
    for path in &n.neutral {
        files.insert(format!("negotiate/{path}index.var"), map.clone());
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negotiable(tags: &[&str]) -> Negotiable {
        let locales: Vec<Locale> = tags.iter().map(|t| t.parse().unwrap()).collect();
        Negotiable {
            default: locales[0].clone(),
            not_found: locales.clone(),
            locales,
            neutral: vec![String::new(), "docs/a/".into()],
            moved: BTreeMap::from([("docs/old/".into(), "docs/a/".into())]),
        }
    }

    fn range_of<'a>(n: &'a Negotiable, range: &str) -> Option<&'a Locale> {
        n.ranges()
            .into_iter()
            .find(|(r, _)| r == range)
            .map(|(_, l)| l)
    }

    #[test]
    fn a_language_whose_only_locale_is_regional_reaches_that_locale() {
        let n = negotiable(&["fr", "pt-BR"]);
        assert_eq!(range_of(&n, "pt").unwrap().to_string(), "pt-BR");
        assert_eq!(range_of(&n, "pt-br").unwrap().to_string(), "pt-BR");
    }

    #[test]
    fn a_plain_locale_wins_its_language_over_a_regional_one() {
        let n = negotiable(&["fr", "en-GB", "en"]);
        assert_eq!(range_of(&n, "en").unwrap().to_string(), "en");
        // The regional tag, more specific, comes before the language.
        let ranges: Vec<String> = n.ranges().into_iter().map(|(r, _)| r).collect();
        let gb = ranges.iter().position(|r| r == "en-gb").unwrap();
        let en = ranges.iter().position(|r| r == "en").unwrap();
        assert!(gb < en, "{ranges:?}");
    }

    #[test]
    fn deprecated_codes_reach_their_modern_locale_only_when_it_is_published() {
        assert_eq!(
            range_of(&negotiable(&["fr", "he"]), "iw")
                .unwrap()
                .to_string(),
            "he"
        );
        assert!(range_of(&negotiable(&["fr", "en"]), "iw").is_none());
    }

    #[test]
    fn netlify_has_a_forced_language_rule_per_neutral_url_and_locale() {
        let text = &netlify(&negotiable(&["fr", "pt-BR"]))["_redirects"];
        assert!(text.contains("/docs/a/  /pt-BR/docs/a/  302!  Language=pt-BR,pt\n"));
        assert!(text.contains("/  /fr/  302!  Language=fr\n"));
        assert!(text.contains("/docs/old/  /docs/a/  301!\n"));
        assert!(text.contains("/pt-BR/*  /pt-BR/404.html  404\n"));
        assert!(text.ends_with("/*  /fr/404.html  404\n"));
        assert!(
            !text.contains("Cookie="),
            "Netlify's Cookie= tests presence only"
        );
    }

    #[test]
    fn nginx_ignores_headers_longer_than_serve_reads() {
        let http = &nginx(&negotiable(&["fr", "en"]))["errdocs-http.conf"];
        assert!(http.contains(&format!("\"~^[\\s\\S]{{{}}}\" \"\";", MAX_HEADER + 1)));
    }

    #[test]
    fn nginx_sends_every_neutral_url_to_the_negotiated_locale_with_vary() {
        let server = &nginx(&negotiable(&["fr", "en"]))["errdocs-server.conf"];
        assert!(server.contains("location = /docs/a/ {"));
        assert!(server.contains("return 302 /$errdocs_locale/docs/a/;"));
        assert!(server.contains("add_header Vary \"Accept-Language, Cookie\" always;"));
        assert!(server.contains("return 301 /docs/a/;"));
    }

    #[test]
    fn apache_writes_one_type_map_per_neutral_url_with_every_locale() {
        let files = apache(&negotiable(&["fr", "he"]));
        let map = &files["negotiate/docs/a/index.var"];
        assert!(map.contains("URI: he\nContent-Type: text/html\nContent-Language: he, iw\n"));
        assert!(files.contains_key("negotiate/index.var"));
        assert!(files["errdocs.conf"].contains("LanguagePriority fr he\n"));
    }
}
