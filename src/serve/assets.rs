//! The site as the server answers it: every output file of a [`Site`], prepared at load with
//! its URL, headers and strong ETag, so that a request only looks up a table and clones
//! reference-counted bytes.
//!
//! Compression is lazy: a file's gzip or brotli variant is made the first time a client asks
//! for that encoding, at a quality that costs about a millisecond per page, and kept. A start
//! or a `--watch` rebuild therefore compresses nothing, and a rebuild hands the variants
//! already made for unchanged bytes over to the new site ([`Served::new`] with the previous
//! one), so an edit never recompresses what did not change.
//!
//! URLs resolve to entries of this table and nothing else: no file path is ever derived from
//! a URL, so no URL can reach a byte outside the site.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, OnceLock};

use actix_web::HttpRequest;
use actix_web::http::header::{
    ACCEPT_ENCODING, AcceptEncoding, Encoding, EntityTag, Header, HeaderValue,
};
use actix_web::web::Bytes;

use crate::catalog::Catalog;
use crate::locale::Locale;
use crate::site::{Role, Site};

/// Compressing a body smaller than this costs more than it saves.
const MIN_COMPRESS: usize = 256;

/// How long each kind of response may be kept, and by whom. Pages and files carry no
/// language negotiation (the locale is in the URL), so shared caches may keep them; HTML
/// stays short-lived so that a deploy shows up within minutes, revalidated by ETag.
pub(crate) mod cache {
    /// Pages, the 404 page and unversioned static files.
    pub(crate) const PAGE: &str = "public, max-age=300";
    /// Static files requested with their content version (`/style.css?v=…`): the URL
    /// changes whenever the file does, so it may be kept for a year.
    pub(crate) const VERSIONED: &str = "public, max-age=31536000, immutable";
    /// The sitemap.
    pub(crate) const SITEMAP: &str = "public, max-age=3600";
    /// Old URLs that moved for good.
    pub(crate) const MOVED: &str = "public, max-age=86400";
    /// Anything chosen from `Accept-Language` or the `lang` cookie: only the reader's own
    /// browser may keep it, and must ask again each time.
    pub(crate) const NEGOTIATED: &str = crate::negotiate::NEGOTIATED_CACHE_CONTROL;
    /// Everything in `--watch` mode, where files change under the author's hands.
    pub(crate) const WATCH: &str = "no-cache";
    /// Health checks, live-reload polls, error overlays.
    pub(crate) const NEVER: &str = "no-store";
}

/// The script tag `--watch` adds to every HTML page for live reload.
pub(crate) const LIVE_SCRIPT: &str = "<script src=\"/_errdocs/live.js\" defer></script>\n";

/// What a URL leads to.
#[derive(Debug, PartialEq)]
pub(crate) enum Route {
    /// A file, by index into [`Served::files`].
    File(usize),
    /// A language-neutral page (`/`, `/docs/{slug}/`): what follows `/{lang}/` in the
    /// localized URL (`""`, `docs/{slug}/`).
    Neutral(String),
    /// An old URL kept alive by a front-matter alias, and the URL it moved to.
    Moved(String),
}

/// The result of looking a path up.
#[derive(Debug, PartialEq)]
pub(crate) enum Lookup<'a> {
    /// The path is a route.
    Found(&'a Route),
    /// The path is a variant of a route (missing trailing slash, `index.html`, other
    /// case): the canonical URL.
    Canonical(String),
    /// Nothing here.
    Missing,
}

/// One encoding of a file.
#[derive(Clone, Debug)]
pub(crate) struct Variant {
    /// The bytes as sent.
    pub(crate) body: Bytes,
    /// Its strong ETag: each encoding is its own representation (RFC 9110 §8.8.3).
    pub(crate) etag: EntityTag,
    /// The same, rendered once for the header.
    pub(crate) etag_header: HeaderValue,
}

/// What kind of file, for caching and the error overlay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An HTML page.
    Html,
    /// A file from `static/` (stylesheet, scripts).
    Static,
    /// The sitemap and other generated files.
    Other,
}

/// The compressed variants of one body, made on first demand. Each cell holds `None` once
/// the encoding turned out no smaller than the original. Shared (`Arc`) between the sites
/// of successive `--watch` rebuilds for as long as the bytes stay the same.
#[derive(Debug, Default)]
pub(crate) struct Compressed {
    gzip: OnceLock<Option<Variant>>,
    brotli: OnceLock<Option<Variant>>,
}

/// A compression function.
type Encoder = fn(&[u8]) -> Vec<u8>;

/// One file, ready to send.
#[derive(Clone, Debug)]
pub(crate) struct File {
    /// The rendered bytes it was prepared from: a rebuild that hands over the very same
    /// buffer (a page whose inputs did not change) gets this file back as it is.
    source: Arc<[u8]>,
    /// The bytes as written by `build`.
    pub(crate) identity: Variant,
    /// The identity bytes' hash, which names the compressed variants' ETags.
    hash: String,
    /// gzip and brotli variants, for a compressible type and size only.
    compressed: Option<Arc<Compressed>>,
    /// `Content-Type`.
    pub(crate) content_type: HeaderValue,
    /// The language of the content, if any.
    pub(crate) locale: Option<Locale>,
    /// `Content-Language`, if any.
    pub(crate) content_language: Option<HeaderValue>,
    /// What kind of file.
    pub(crate) kind: Kind,
}

impl File {
    /// The variant the client prefers, by its `Accept-Encoding` (actix-web's typed header:
    /// q-values, `identity;q=0`, `*`), and the `Content-Encoding` to announce. The chosen
    /// compressed variant is made now if this is its first request; when it would not be
    /// smaller, the identity bytes are sent.
    pub(crate) fn choose(&self, req: &HttpRequest) -> (&Variant, Option<&'static str>) {
        let Some(compressed) = &self.compressed else {
            return (&self.identity, None);
        };
        if !req.headers().contains_key(ACCEPT_ENCODING) {
            return (&self.identity, None);
        }
        let Ok(accept) = AcceptEncoding::parse(req) else {
            return (&self.identity, None);
        };
        let supported = [Encoding::brotli(), Encoding::gzip(), Encoding::identity()];
        let (cell, encode, suffix, name): (_, Encoder, _, _) =
            match accept.negotiate(supported.iter()) {
                Some(e) if e == Encoding::brotli() => (&compressed.brotli, brotli, "br", "br"),
                Some(e) if e == Encoding::gzip() => (&compressed.gzip, gzip, "gz", "gzip"),
                _ => return (&self.identity, None),
            };
        let variant = cell.get_or_init(|| {
            let body = &self.identity.body;
            smaller(encode(body), body, &self.hash, suffix)
        });
        match variant {
            Some(v) => (v, Some(name)),
            None => (&self.identity, None),
        }
    }

    /// Whether the response depends on `Accept-Encoding`: for every file that may be
    /// compressed, whether or not a compressed variant exists yet, so that caches key on it
    /// from the first response on.
    pub(crate) fn varies_by_encoding(&self) -> bool {
        self.compressed.is_some()
    }
}

/// A loaded site, prepared for serving.
#[derive(Debug)]
pub(crate) struct Served {
    /// The catalogs, for problem documents, 404 negotiation and the error overlay.
    pub(crate) catalog: Arc<Catalog>,
    /// URL path (`/fr/docs/x/`) → what it leads to.
    pub(crate) routes: HashMap<String, Route>,
    /// Lower-cased URL path → the canonical one, for case variants.
    lower: HashMap<String, String>,
    /// Every served file.
    pub(crate) files: Vec<File>,
    /// Each locale's 404 page, by index into `files`.
    not_found: HashMap<Locale, usize>,
    /// How many help pages the site has.
    pub(crate) pages: usize,
}

impl Served {
    /// Prepares a site: routes, headers, ETags. With `watch`, every HTML page also loads
    /// the live-reload script. Compressed variants that `previous` (the site this one
    /// replaces) already made for the same bytes are kept; the rest are made on demand.
    ///
    /// One pass over the site's outputs, by [`Role`]: each arm is a few lines, and the
    /// routes table is filled in that one pass (a second would walk every file again).
    pub(crate) fn new(site: Site, watch: bool, previous: Option<&Served>) -> Served {
        let Site {
            catalog,
            pages,
            files: outputs,
            redirects,
        } = site;
        let mut routes = HashMap::new();
        for (from, to) in &redirects {
            routes.insert(format!("/{from}"), Route::Moved(format!("/{to}")));
        }
        let unchanged: HashMap<*const u8, &File> = previous
            .map(|p| p.files.iter().map(|f| (f.source.as_ptr(), f)).collect())
            .unwrap_or_default();
        let reuse: HashMap<&str, &Arc<Compressed>> = previous
            .map(|p| {
                p.files
                    .iter()
                    .filter_map(|f| Some((f.hash.as_str(), f.compressed.as_ref()?)))
                    .collect()
            })
            .unwrap_or_default();
        let mut files = Vec::new();
        let mut not_found = HashMap::new();
        for (key, asset) in outputs {
            let url = match key.strip_suffix("index.html") {
                Some(dir) => format!("/{dir}"),
                None => format!("/{key}"),
            };
            match asset.role {
                // An alias page of the static build: the server answers 301 instead.
                Role::Alias => continue,
                // A chooser page of the static build: the server negotiates instead.
                Role::Chooser => {
                    routes.insert(url.clone(), Route::Neutral(url[1..].to_owned()));
                    continue;
                }
                Role::NotFound => {
                    if let Some(locale) = &asset.locale {
                        not_found.insert(locale.clone(), files.len());
                    }
                }
                _ => {}
            }
            let kind = match asset.role {
                Role::Sitemap => Kind::Other,
                _ if asset.content_type.starts_with("text/html") => Kind::Html,
                _ => Kind::Static,
            };
            routes.insert(url, Route::File(files.len()));
            if let Some(file) = unchanged.get(&asset.body.as_ptr())
                && Arc::ptr_eq(&file.source, &asset.body)
            {
                files.push((*file).clone());
                continue;
            }
            let body = if watch && kind == Kind::Html {
                Bytes::from(inject_before_body_end(&asset.body, LIVE_SCRIPT.as_bytes()))
            } else {
                // No copy: the response bodies share the rendered site's buffer.
                Bytes::from_owner(asset.body.clone())
            };
            files.push(prepare(
                body,
                asset.body,
                &asset.content_type,
                asset.locale,
                kind,
                &reuse,
            ));
        }
        // Browsers ask for `/favicon.ico` on pages that link no icon (and some tools always
        // do): send them to the site's SVG icon rather than answer 404.
        if routes.contains_key("/favicon.svg") && !routes.contains_key("/favicon.ico") {
            routes.insert(
                "/favicon.ico".to_owned(),
                Route::Moved("/favicon.svg".to_owned()),
            );
        }
        let lower = routes
            .keys()
            .map(|k| (k.to_lowercase(), k.clone()))
            .collect();
        Served {
            // The pages are rendered: their messages are no longer needed.
            catalog: Arc::new(catalog.without_pages()),
            routes,
            lower,
            files,
            not_found,
            pages: pages.len(),
        }
    }

    /// Resolves a percent-decoded URL path. Variants a good static host accepts lead to
    /// their canonical URL: a missing trailing slash, an explicit `index.html`, another
    /// letter case.
    pub(crate) fn lookup(&self, path: &str) -> Lookup<'_> {
        if let Some(route) = self.routes.get(path) {
            return Lookup::Found(route);
        }
        let stem = path.strip_suffix("index.html").unwrap_or(path);
        let mut candidates = vec![stem.to_owned()];
        if !stem.ends_with('/') {
            candidates.push(format!("{stem}/"));
        }
        for candidate in candidates {
            if candidate != path && self.routes.contains_key(&candidate) {
                return Lookup::Canonical(candidate);
            }
            if let Some(canonical) = self.lower.get(&candidate.to_lowercase()) {
                return Lookup::Canonical(canonical.clone());
            }
        }
        Lookup::Missing
    }

    /// The 404 page of a locale (the reference locale's when that one has none).
    pub(crate) fn not_found(&self, locale: &Locale) -> Option<&File> {
        self.not_found
            .get(locale)
            .or_else(|| self.not_found.get(self.catalog.reference()))
            .map(|&i| &self.files[i])
    }

    /// The published locales.
    pub(crate) fn locales(&self) -> &[Locale] {
        self.catalog.locales()
    }

    /// The published locale a URL segment names, ignoring case (`FR` → `fr`).
    pub(crate) fn published(&self, segment: &str) -> Option<&Locale> {
        self.locales()
            .iter()
            .find(|l| l.to_string().eq_ignore_ascii_case(segment))
    }
}

/// Inserts `insert` before the last `</body>` (or at the end when there is none).
pub(crate) fn inject_before_body_end(html: &[u8], insert: &[u8]) -> Vec<u8> {
    const END: &[u8] = b"</body>";
    let at = html
        .windows(END.len())
        .rposition(|w| w.eq_ignore_ascii_case(END))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + insert.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(insert);
    out.extend_from_slice(&html[at..]);
    out
}

fn prepare(
    body: Bytes,
    source: Arc<[u8]>,
    content_type: &str,
    locale: Option<Locale>,
    kind: Kind,
    reuse: &HashMap<&str, &Arc<Compressed>>,
) -> File {
    let hash = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(&body));
    let compressed = (compressible(content_type) && body.len() >= MIN_COMPRESS).then(|| {
        reuse
            .get(hash.as_str())
            .map(|c| Arc::clone(c))
            .unwrap_or_default()
    });
    File {
        source,
        identity: variant(body, hash.clone()),
        hash,
        compressed,
        content_type: header_value(content_type),
        content_language: locale.as_ref().map(|l| header_value(&l.to_string())),
        locale,
        kind,
    }
}

fn smaller(compressed: Vec<u8>, original: &[u8], hash: &str, suffix: &str) -> Option<Variant> {
    (compressed.len() < original.len())
        .then(|| variant(Bytes::from(compressed), format!("{hash}-{suffix}")))
}

fn variant(body: Bytes, tag: String) -> Variant {
    let etag = EntityTag::new_strong(tag);
    let etag_header = header_value(&etag.to_string());
    Variant {
        body,
        etag,
        etag_header,
    }
}

/// Text formats compress well; images and fonts already are compressed.
fn compressible(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || content_type.starts_with("application/xml")
        || content_type.starts_with("application/javascript")
        || content_type.starts_with("application/json")
        || content_type.starts_with("image/svg+xml")
}

/// gzip level 6 (zlib's default): within a few percent of level 9 on HTML, several times
/// faster, which matters now that it runs while a client waits.
fn gzip(body: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(body);
    encoder.finish().unwrap_or_default()
}

fn brotli(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        // Quality 5 and a 4 MiB window: about a millisecond for a page, still well ahead of
        // gzip in size. Quality 11 costs tens of milliseconds a page, too much to make a
        // client wait for (see docs/BENCHMARKS.md, "Lazy compression").
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
        let _ = writer.write_all(body);
    }
    out
}

/// Header values built from our own data (media types, locale tags, hashes) are always
/// visible ASCII; anything else would be a bug, shown as an empty value rather than a panic.
pub(crate) fn header_value(text: &str) -> HeaderValue {
    HeaderValue::from_str(text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;
    use crate::source::SiteSource;

    fn served() -> Served {
        Served::new(Site::load(&SiteSource::bundled()).unwrap(), false, None)
    }

    fn file<'a>(served: &'a Served, url: &str) -> &'a File {
        let Lookup::Found(Route::File(i)) = served.lookup(url) else {
            panic!("{url} is not a file route");
        };
        &served.files[*i]
    }

    fn accepting(encoding: &str) -> HttpRequest {
        actix_web::test::TestRequest::default()
            .insert_header((ACCEPT_ENCODING, encoding))
            .to_http_request()
    }

    #[test]
    fn compressed_variants_decompress_to_the_page() {
        let served = served();
        let file = file(&served, "/fr/docs/too-many-registrations-for-this-ip/");
        let (gz, encoding) = file.choose(&accepting("gzip"));
        assert_eq!(encoding, Some("gzip"));
        let mut gunzipped = Vec::new();
        flate2::read::GzDecoder::new(&gz.body[..])
            .read_to_end(&mut gunzipped)
            .unwrap();
        assert_eq!(gunzipped, file.identity.body);
        let (br, encoding) = file.choose(&accepting("br, gzip"));
        assert_eq!(encoding, Some("br"));
        let mut unbrotlied = Vec::new();
        brotli::Decompressor::new(&br.body[..], 4096)
            .read_to_end(&mut unbrotlied)
            .unwrap();
        assert_eq!(unbrotlied, file.identity.body);
        assert!(br.body.len() < gz.body.len() && gz.body.len() < file.identity.body.len() / 2);
    }

    #[test]
    fn nothing_is_compressed_before_a_client_asks_and_then_only_once() {
        let served = served();
        assert!(served.files.iter().all(|f| {
            f.compressed
                .as_ref()
                .is_none_or(|c| c.gzip.get().is_none() && c.brotli.get().is_none())
        }));
        let file = file(&served, "/en/");
        let (first, _) = file.choose(&accepting("br"));
        let (second, _) = file.choose(&accepting("br"));
        // The same cached buffer, not a second compression.
        assert_eq!(first.body.as_ptr(), second.body.as_ptr());
        let c = file.compressed.as_ref().unwrap();
        assert!(c.brotli.get().is_some() && c.gzip.get().is_none());
    }

    #[test]
    fn each_encoding_has_its_own_etag() {
        let served = served();
        let file = file(&served, "/en/");
        let tags = [
            file.identity.etag.clone(),
            file.choose(&accepting("gzip")).0.etag.clone(),
            file.choose(&accepting("br")).0.etag.clone(),
        ];
        assert!(
            tags[0].strong_ne(&tags[1])
                && tags[0].strong_ne(&tags[2])
                && tags[1].strong_ne(&tags[2])
        );
    }

    #[test]
    fn identity_is_sent_when_the_client_refuses_compression_or_says_nothing() {
        let served = served();
        let file = file(&served, "/en/");
        assert_eq!(file.choose(&accepting("identity")).1, None);
        assert_eq!(file.choose(&accepting("br;q=0, gzip;q=0")).1, None);
        let bare = actix_web::test::TestRequest::default().to_http_request();
        assert_eq!(file.choose(&bare).1, None);
        assert!(file.varies_by_encoding());
    }

    #[test]
    fn a_rebuild_keeps_the_variants_of_unchanged_bytes_and_drops_the_others() {
        let old = served();
        let url = "/en/";
        let (before, _) = file(&old, url).choose(&accepting("br"));
        let kept = file(&old, url).compressed.clone().unwrap();
        let new = Served::new(
            Site::load(&SiteSource::bundled()).unwrap(),
            false,
            Some(&old),
        );
        assert!(Arc::ptr_eq(
            file(&new, url).compressed.as_ref().unwrap(),
            &kept
        ));
        let (after, _) = file(&new, url).choose(&accepting("br"));
        assert_eq!(before.body.as_ptr(), after.body.as_ptr());
        // In watch mode the pages' bytes differ (live-reload script): nothing is carried over.
        let watched = Served::new(
            Site::load(&SiteSource::bundled()).unwrap(),
            true,
            Some(&old),
        );
        assert!(!Arc::ptr_eq(
            file(&watched, url).compressed.as_ref().unwrap(),
            &kept
        ));
    }

    #[test]
    fn choosers_are_neutral_routes_not_files() {
        let served = served();
        assert_eq!(
            served.lookup("/"),
            Lookup::Found(&Route::Neutral(String::new()))
        );
        assert_eq!(
            served.lookup("/docs/staging-environment/"),
            Lookup::Found(&Route::Neutral("docs/staging-environment/".into()))
        );
    }

    #[test]
    fn slash_index_and_case_variants_lead_to_the_canonical_url() {
        let served = served();
        for variant in [
            "/fr/docs/staging-environment",
            "/fr/docs/staging-environment/index.html",
            "/FR/Docs/Staging-Environment/",
            "/docs/staging-environment",
        ] {
            let expected = if variant.contains("fr") || variant.contains("FR") {
                "/fr/docs/staging-environment/"
            } else {
                "/docs/staging-environment/"
            };
            assert_eq!(
                served.lookup(variant),
                Lookup::Canonical(expected.into()),
                "{variant}"
            );
        }
        assert_eq!(served.lookup("/fr/docs/nope/"), Lookup::Missing);
        assert_eq!(served.lookup("/fr/docs/../../Cargo.toml"), Lookup::Missing);
    }

    #[test]
    fn watch_mode_adds_the_live_reload_script_to_pages_only() {
        let served = Served::new(Site::load(&SiteSource::bundled()).unwrap(), true, None);
        for file in &served.files {
            let has = file
                .identity
                .body
                .windows(LIVE_SCRIPT.len())
                .any(|w| w == LIVE_SCRIPT.as_bytes());
            assert_eq!(has, file.kind == Kind::Html);
        }
    }

    #[test]
    fn injection_goes_before_the_closing_body_tag() {
        assert_eq!(
            inject_before_body_end(b"<p>x</p></BODY></html>", b"<i>"),
            b"<p>x</p><i></BODY></html>"
        );
        assert_eq!(inject_before_body_end(b"<p>x</p>", b"<i>"), b"<p>x</p><i>");
    }
}
