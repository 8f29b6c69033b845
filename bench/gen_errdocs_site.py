#!/usr/bin/env python3
"""Generate the errdocs equivalent of gen_hugo_site.py's synthetic site (P pages x L locales).

Standard library only; deterministic for a given (P, L, body-bytes, seed). The Hugo
generator (../shared/bench/gen_hugo_site.py, or --hugo-generator PATH) is imported from
its path, not copied: its word lists, sentence/paragraph generators and page_body() produce
the prose, with the same seeds, so each page in each locale carries the same text as the Hugo
page (same sizes, same Markdown features), rearranged into errdocs' shape:

  errdocs.toml                           base-url, default-locale (first locale), locales
  content/limits.toml                    one limit, pointing at page-0001
  content/docs/page-NNNN.md              language-neutral skeleton: front matter (lastmod,
                                         weight), headings with explicit { #section-N } ids,
                                         lists, blockquote, the fenced code block, and a
                                         {{ t(id="...") }} call for every piece of prose
  locales/<lang>/docs/page-NNNN.ftl      that page's prose in <lang>: title, description and
                                         one message per heading, paragraph and list item
  locales/<lang>/site.ftl, errors.ftl    site chrome and limiter messages (fr and en from the
                                         repository; other locales get en's with their own
                                         language-name)
  templates/, static/                    copied from the repository

Page structure. An errdocs skeleton is shared by every locale, but the Hugo generator writes
a variable number of sections per locale (Russian words are long, Chinese ones short), so the
structure of each page is the reference locale's (fr) and every other locale's prose is fitted
into it: its own headings, paragraphs, list items and quote in order; surplus paragraphs are
appended to the last one and surplus headings dropped; when paragraphs run short, the longest
is split at a sentence boundary; missing headings, list items or a missing quote are generated
with the Hugo generator's own functions. The generator prints the mean Markdown bytes per page
of both sites (errdocs measured after substituting the messages) so the sizes can be compared.

Differences from the Hugo site, on purpose: internal links are written language-neutral
(/docs/page-NNNN/, errdocs localizes them) and the prev/next links carry a #section-1
fragment so the build's fragment check has work to do; every page has a `description`
(errdocs requires one; here it is `{ title }`, no extra prose).

Usage: python3 bench/gen_errdocs_site.py --out DIR [--pages 200] [--locales 10]
       [--body-bytes 3000] [--seed 1] [--hugo-generator PATH] [--repo DIR]
"""
import argparse
import datetime as _dt
import importlib.util
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_HUGO_GEN = os.environ.get(
    "HUGO_GEN",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "bench",
                 "gen_hugo_site.py"))
LIMIT_ID = "registrations-per-ip"


def load_hugo_generator(path):
    spec = importlib.util.spec_from_file_location("gen_hugo_site", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot import the Hugo generator from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_body(body):
    """Splits a gen_hugo_site page body into (intro, sections). Each section is a dict
    with heading, paragraph and optional list/code/h3/ol/quote blocks."""
    raw = body.strip("\n").split("\n\n")
    blocks = []
    i = 0
    while i < len(raw):
        b = raw[i]
        if b.startswith("```"):
            # The Rust snippet contains a blank line: join until the closing fence.
            while not (b.count("```") >= 2 and b.rstrip().endswith("```")):
                i += 1
                b += "\n\n" + raw[i]
        blocks.append(b)
        i += 1
    intro = blocks[0]
    sections = []
    for b in blocks[1:]:
        if b.startswith("## "):
            sections.append({"heading": b[3:], "paragraphs": []})
        elif b.startswith("### "):
            sections[-1]["h3"] = b[4:]
        elif b.startswith("```"):
            sections[-1]["code"] = b
        elif b.startswith("- "):
            sections[-1]["list"] = [line[2:] for line in b.split("\n")]
        elif re.match(r"\d+\. ", b):
            sections[-1]["ol"] = [re.sub(r"^\d+\. ", "", line) for line in b.split("\n")]
        elif b.startswith("> "):
            sections[-1]["quote"] = b[2:]
        else:
            sections[-1]["paragraphs"].append(b)
    return intro, sections


def split_sentences(paragraph, code, no_space):
    end = "。 " if code in no_space else ". "
    parts = paragraph.split(end)
    out = [p + end.rstrip() for p in parts[:-1]] + [parts[-1]]
    return [p for p in out if p]


def fit(own_intro, own_sections, ref_sections, g, rng, vocab, code):
    """Fits one locale's prose into the reference structure. Returns (intro, sections)
    with exactly len(ref_sections) sections, each with the reference's extra blocks."""
    n = len(ref_sections)
    paragraphs = [own_intro] + [p for s in own_sections for p in s["paragraphs"]]
    # Surplus paragraphs join the last slot (surplus headings are dropped).
    while len(paragraphs) > n + 1:
        last = paragraphs.pop()
        paragraphs[-1] += " " + last
    # Missing paragraphs: split the longest one at a sentence boundary.
    while len(paragraphs) < n + 1:
        k = max(range(len(paragraphs)), key=lambda j: len(paragraphs[j]))
        sentences = split_sentences(paragraphs[k], code, g.NO_SPACE)
        if len(sentences) < 2:
            paragraphs.append(g.paragraph(rng, vocab, code, code.lower(), 1))
            continue
        half = len(sentences) // 2
        paragraphs[k:k + 1] = [" ".join(sentences[:half]), " ".join(sentences[half:])]
    out = []
    for idx, ref in enumerate(ref_sections):
        own = own_sections[idx] if idx < len(own_sections) else {}
        sec = {
            "heading": own.get("heading")
            or f"{idx + 1}. {g.words(rng, vocab, 3, code)}",
            "paragraph": paragraphs[idx + 1],
        }
        if "list" in ref:
            # Missing list: four generated items, then the reference's two link items with
            # this locale's link texts and URL prefix.
            sec["list"] = own.get("list") or [
                g.words(rng, vocab, rng.randint(3, 7), code) for _ in range(4)
            ] + [
                re.sub(r"\[[^\]]*\]", lambda _m: f"[{g.words(rng, vocab, 2, code)}]",
                       ref["list"][4]),
                re.sub(r"example\.org/[^/]+/", f"example.org/{code.lower()}/", ref["list"][5]),
            ]
        if "code" in ref:
            sec["code"] = ref["code"]
        if "h3" in ref:
            sec["h3"] = own.get("h3") or g.words(rng, vocab, 2, code)
            sec["ol"] = own.get("ol") or [
                g.words(rng, vocab, rng.randint(3, 6), code) for _ in range(4)
            ]
        if "quote" in ref:
            sec["quote"] = own.get("quote") or g.sentence(rng, vocab, code)
        out.append(sec)
    return paragraphs[0], out


LINK = re.compile(r"\]\(/([A-Za-z-]+)/docs/(page-\d{4})/\)")


def neutral_links(text, fragment=""):
    """/fr/docs/page-0001/ -> /docs/page-0001/[#fragment]: errdocs localizes links itself."""
    return LINK.sub(lambda m: f"](/docs/{m.group(2)}/{fragment})", text)


def ftl_value(text):
    """A single-line Fluent value. Prose never contains newlines here; `{` and `}` are the
    only characters Fluent treats specially inside an inline value."""
    assert "\n" not in text, text
    text = text.replace("{", '{"{"}').replace("}", '{"}"}')
    assert text.strip() == text and text, repr(text)
    return text


def tera_safe(block):
    """Wraps a verbatim block in {% raw %} when it contains Tera delimiters."""
    if any(d in block for d in ("{{", "{%", "{#")):
        return "{% raw %}" + block + "{% endraw %}"
    return block


def skeleton(idx, lastmod, sections):
    out = [f"+++\nlastmod = {lastmod}\nweight = {idx}\n+++", '{{ t(id="intro") }}']
    for k, sec in enumerate(sections, 1):
        out.append(f'## {{{{ t(id="s{k}-heading") }}}} {{ #section-{k} }}')
        out.append(f'{{{{ t(id="s{k}-body") }}}}')
        if "list" in sec:
            out.append("\n".join(f'- {{{{ t(id="s{k}-item-{j}") }}}}'
                                 for j in range(1, len(sec["list"]) + 1)))
        if "code" in sec:
            out.append(tera_safe(sec["code"]))
        if "h3" in sec:
            out.append(f'### {{{{ t(id="s{k}-subheading") }}}} {{ #section-{k}-steps }}')
            out.append("\n".join(f'{j}. {{{{ t(id="s{k}-step-{j}") }}}}'
                                 for j in range(1, len(sec["ol"]) + 1)))
        if "quote" in sec:
            out.append(f'> {{{{ t(id="s{k}-quote") }}}}')
    return "\n\n".join(out) + "\n"


def messages(title, intro, sections):
    """(id, value) pairs of one page in one locale, in skeleton order."""
    msgs = [("title", title), ("intro", intro)]
    for k, sec in enumerate(sections, 1):
        msgs.append((f"s{k}-heading", sec["heading"]))
        msgs.append((f"s{k}-body", sec["paragraph"]))
        for j, item in enumerate(sec.get("list", []), 1):
            # Items 5 (prev / next) carry a fragment so the fragment check is exercised.
            msgs.append((f"s{k}-item-{j}", neutral_links(item, "#section-1" if j == 5 else "")))
        if "h3" in sec:
            msgs.append((f"s{k}-subheading", sec["h3"]))
            for j, item in enumerate(sec["ol"], 1):
                msgs.append((f"s{k}-step-{j}", item))
        if "quote" in sec:
            msgs.append((f"s{k}-quote", sec["quote"]))
    return [(i, neutral_links(v)) for i, v in msgs]


def substituted_size(skel, msgs):
    """Bytes of the page's Markdown once every t() call is replaced by its message, and how
    many of them are errdocs-only markup (heading ids, link fragments)."""
    body = skel.split("+++", 2)[2].lstrip("\n")
    values = dict(msgs)
    body = re.sub(r'\{\{ t\(id="([^"]+)"\) \}\}', lambda m: values[m.group(1)], body)
    extra = sum(len(m.group(0)) for m in re.finditer(r" \{ #[a-z0-9-]+ \}|#section-1\)", body))
    return len(body.encode("utf-8")), extra


SITE_FTL_EXTRA = "\n# Generated for the build benchmark: this locale's chrome is the English text.\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="site directory to (re)create")
    ap.add_argument("--pages", "-P", type=int, default=200)
    ap.add_argument("--locales", "-L", type=int, default=10)
    ap.add_argument("--body-bytes", type=int, default=3000,
                    help="approximate Markdown body size per page in bytes (as gen_hugo_site)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--base-url", default="http://127.0.0.1:8080")
    ap.add_argument("--hugo-generator", default=DEFAULT_HUGO_GEN,
                    help="path of gen_hugo_site.py, imported for its words and page_body()")
    ap.add_argument("--repo", default=os.path.dirname(HERE),
                    help="errdocs repository to copy templates/, static/ and catalogs from")
    a = ap.parse_args(argv)

    g = load_hugo_generator(a.hugo_generator)
    if not 1 <= a.locales <= len(g.LOCALES):
        sys.exit(f"--locales must be 1..{len(g.LOCALES)}")
    if a.pages < 1:
        sys.exit("--pages must be >= 1")
    locs = g.LOCALES[:a.locales]
    codes = [c for c, *_ in locs]

    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    os.makedirs(os.path.join(a.out, "content", "docs"))
    for sub in ("templates", "static"):
        shutil.copytree(os.path.join(a.repo, sub), os.path.join(a.out, sub))

    with open(os.path.join(a.out, "errdocs.toml"), "w", encoding="utf-8") as f:
        f.write("# Generated by bench/gen_errdocs_site.py: the build benchmark's site.\n"
                f"base-url = {g.toml_str(a.base_url)}\n"
                f"default-locale = {g.toml_str(codes[0])}\n"
                f"locales = [{', '.join(g.toml_str(c) for c in codes)}]\n")
    with open(os.path.join(a.out, "content", "limits.toml"), "w", encoding="utf-8") as f:
        f.write("# Generated by bench/gen_errdocs_site.py: one limit, documented by page-0001.\n"
                f"[{LIMIT_ID}]\ncount = 10\nwindow = \"3h\"\noverridable = false\n"
                "page = \"page-0001\"\n")

    # Shared catalogs: the repository's where they exist, else English with the locale's name.
    repo_locales = os.path.join(a.repo, "locales")
    for code, name, _dir, _vocab in locs:
        d = os.path.join(a.out, "locales", code)
        os.makedirs(os.path.join(d, "docs"))
        for fname in ("site.ftl", "errors.ftl"):
            src = os.path.join(repo_locales, code, fname)
            if os.path.exists(src):
                shutil.copyfile(src, os.path.join(d, fname))
                continue
            with open(os.path.join(repo_locales, "en", fname), encoding="utf-8") as f:
                text = f.read()
            if fname == "site.ftl":
                text = re.sub(r"(?m)^language-name = .*$", f"language-name = {name}", text)
                text += SITE_FTL_EXTRA
            with open(os.path.join(d, fname), "w", encoding="utf-8") as f:
                f.write(text)

    epoch = _dt.datetime(2024, 1, 1, tzinfo=_dt.timezone.utc)
    ours_total = hugo_total = markup_total = 0
    for i in range(1, a.pages + 1):
        slug = f"page-{i:04d}"
        per_locale = []
        for code, _name, _dir, vocab in locs:
            # Exactly gen_hugo_site.main's draws, in its order: title, lastmod, body.
            rng = random.Random(f"{a.seed}:{code}:{i}")
            title = g.sentence(rng, vocab, code, 3, 6).rstrip(".。")
            lastmod = (epoch + _dt.timedelta(hours=rng.randrange(24 * 365))).strftime(
                "%Y-%m-%dT%H:%M:%SZ")
            body = g.page_body(rng, vocab, code, code.lower(), i, a.pages, a.body_bytes)
            hugo_total += len(body.encode("utf-8"))
            per_locale.append((code, vocab, title, lastmod, parse_body(body)))
        _code, _vocab, _title, ref_lastmod, (ref_intro, ref_sections) = per_locale[0]
        skel = None
        for code, vocab, title, _lastmod, (intro, sections) in per_locale:
            fit_rng = random.Random(f"{a.seed}:{code}:{i}:fit")
            intro, fitted = fit(intro, sections, ref_sections, g, fit_rng, vocab, code)
            if skel is None:
                skel = skeleton(i, ref_lastmod, fitted)
                with open(os.path.join(a.out, "content", "docs", slug + ".md"), "w",
                          encoding="utf-8") as f:
                    f.write(skel)
            msgs = messages(title, intro, fitted)
            size, markup = substituted_size(skel, msgs)
            ours_total += size
            markup_total += markup
            lines = [f"### {slug} in {code} (generated by bench/gen_errdocs_site.py).", ""]
            lines.append(f"title = {ftl_value(msgs[0][1])}")
            lines.append("description = { title }")
            lines += [f"{mid} = {ftl_value(v)}" for mid, v in msgs[1:]]
            with open(os.path.join(a.out, "locales", code, "docs", slug + ".ftl"), "w",
                      encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
    n = a.pages * a.locales
    print(f"{a.out}: {a.pages} pages x {a.locales} locales = {n} pages, "
          f"mean Markdown {ours_total // n} bytes, of which {markup_total // n} heading ids "
          f"and link fragments (Hugo site: {hugo_total // n}), "
          f"locales {','.join(codes)}")


if __name__ == "__main__":
    main()
