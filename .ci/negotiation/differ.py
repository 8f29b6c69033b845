#!/usr/bin/env python3
"""Sends every header of the corpus to errdocs serve and to Apache's mod_negotiation, and
explains every disagreement by one policy class of docs/SERVE.md ("errdocs and Apache").
Exits 1 on a disagreement no class explains, or when a server does not answer as expected.
Standard library only (CI installs nothing for it)."""
import argparse
import collections
import re
import socket
import sys
import urllib.parse


def get(url, header):
    """The status and headers of GET url, with `Accept-Language: header` sent as raw bytes
    (a client library would refuse the non-ASCII ones the corpus holds)."""
    u = urllib.parse.urlsplit(url)
    lines = [f"GET {u.path} HTTP/1.1", f"Host: {u.netloc}"]
    request = ("\r\n".join(lines) + "\r\n").encode()
    if header is not None:
        request += b"Accept-Language: " + header.encode("utf-8") + b"\r\n"
    request += b"Connection: close\r\n\r\n"
    with socket.create_connection((u.hostname, u.port), timeout=30) as s:
        s.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    status = int(head[0].split()[1])
    headers = {}
    for line in head[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers


def errdocs_choice(url, header):
    status, headers = get(url, header)
    if status != 302:
        raise SystemExit(f"errdocs answered {status} to {header!r}")
    return headers["location"].strip("/").split("/")[0]


def apache_choice(url, header):
    status, headers = get(url, header)
    if status != 200:
        raise SystemExit(f"Apache answered {status} to {header!r}")
    return headers.get("content-language", "")


# --- What the header says, read the way each server reads it ------------------------------

Q_STRICT = re.compile(r"^(0(\.[0-9]{0,3})?|1(\.0{0,3})?)$")
RANGE = re.compile(r"^([A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*|\*)$")
ALIASES = {"iw": "he", "in": "id", "ji": "yi"}
TRADITIONAL = re.compile(r"^zh-(tw|hk|mo|hant)(-|$)", re.I)


class Item:
    def __init__(self, raw):
        self.raw = raw
        tag, _, weight = raw.strip(" \t").partition(";")
        self.tag = tag.strip(" \t").lower()
        weight = weight.strip(" \t")
        self.strict = bool(RANGE.match(self.tag)) and all(ord(c) < 128 for c in raw)
        self.q = 1.0
        if weight:
            m = re.match(r"^[qQ]=(.*)$", weight)
            if not m or not Q_STRICT.match(m.group(1)):
                self.strict = False
            try:
                # Apache reads the weight leniently (atof after `q=`).
                self.q = float(weight.split("=", 1)[1]) if "=" in weight else 1.0
            except ValueError:
                self.q = 0.0

    @property
    def language(self):
        return self.tag.split("-")[0]


def items(header):
    return [Item(part) for part in header.split(",") if part.strip(" \t")]


def base(tag):
    return tag.lower().split("-")[0]


# --- The policy classes, most specific first; each returns True when it explains ----------

def named(item, locale):
    """Whether an item names the locale outright: the same tag, or a prefix (`pt` → `pt-BR`)."""
    low = locale.lower()
    return item.tag == low or low.startswith(item.tag + "-")


def malformed(header, e, a, site):
    """An item errdocs drops as malformed (a weight over 1 or with 4 decimals, a parameter
    other than q, spaces around `=`) that Apache reads anyway, naming one of the answers."""
    return any(not i.strict and i.language in (base(e), base(a)) for i in items(header))


def alias(header, e, a, site):
    """A deprecated tag errdocs replaces with CLDR's (iw → he); Apache compares strings."""
    return any(ALIASES.get(i.language) == base(e) for i in items(header) if i.q > 0)


def duplicate_exclusion(header, e, a, site):
    """A tag listed with q=0 and again with q > 0: errdocs lets the exclusion win, Apache
    reads the other item (or its 0.001 prefix match) and answers that language."""
    its = items(header)
    zero = {i.tag for i in its if i.q == 0}
    return any(i.tag in zero and i.q > 0 and i.language == base(a) for i in its)


def traditional_chinese(header, e, a, site):
    """A Traditional Chinese tag: errdocs tries the other listed languages before zh-CN
    (traditional-chinese = "after-others"); Apache's prefix rule gives zh-CN at q 0.001,
    or Apache prefers another language where errdocs' last resort is zh-CN."""
    its = items(header)
    simplified = any(i.language == "zh" and not TRADITIONAL.match(i.tag) and i.q > 0 for i in its)
    return (not simplified and any(TRADITIONAL.match(i.tag) for i in its)
            and "zh-cn" in (e.lower(), a.lower()))


def wildcard(header, e, a, site):
    """`*` with q > 0: Apache gives every locale the header does not name the wildcard's q;
    errdocs ignores it (the wildcard never beats a language the reader named)."""
    its = items(header)
    return any(i.tag == "*" and i.q > 0 for i in its) and not any(
        i.language == base(a) for i in its if i.tag != "*" and i.q > 0)


def regional(header, e, a, site):
    """A regional tag (`de-AT`) matches its language's locale (`de`) at the tag's own q in
    errdocs; Apache gives that match q 0.001, after every language named outright."""
    its = [i for i in items(header) if i.q > 0 and i.tag != "*"]
    # The q at which Apache reaches its answer outright (exact or prefix), 0 through its
    # 0.001 prefix rule or the wildcard.
    apache_q = max((i.q for i in its if named(i, a)), default=0.0)
    for i in its:
        regional_tag = i.language in (base(e), base(a)) and not (named(i, e) or named(i, a))
        if regional_tag and (i.language == base(a) or i.q >= apache_q):
            return True
    return False


def ties(header, e, a, site):
    """Equal q: errdocs keeps the header's order, Apache breaks the tie by LanguagePriority."""
    its = [i for i in items(header) if i.q > 0 and i.tag != "*"]

    def q_of(locale):
        qs = [i.q for i in its if named(i, locale)]
        return max(qs) if qs else None

    qe, qa = q_of(e), q_of(a)
    return qe is not None and qe == qa


def excluded_fallback(header, e, a, site):
    """Nothing acceptable and the default (fr) excluded with q=0: errdocs answers the first
    locale not excluded, Apache's Fallback answers the first of LanguagePriority anyway."""
    return any(i.q == 0 and named(i, a) for i in items(header))


CLASSES = [
    ("malformed-item", malformed),
    ("deprecated-alias", alias),
    ("duplicate-exclusion-wins", duplicate_exclusion),
    ("traditional-chinese", traditional_chinese),
    ("wildcard", wildcard),
    ("regional-tag-at-its-own-q", regional),
    ("tie-in-header-order", ties),
    ("excluded-default", excluded_fallback),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--errdocs", required=True)
    ap.add_argument("--apache", required=True)
    ap.add_argument("--locales", required=True)
    ap.add_argument("--report", required=True)
    args = ap.parse_args()
    site = args.locales.split()
    headers = []
    for line in open(args.corpus, encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            headers.append(line.split("\t")[0])
    counts = collections.Counter()
    examples = {}
    unexplained = []
    report = []
    for header in headers:
        e = errdocs_choice(args.errdocs, header)
        a = apache_choice(args.apache, header)
        if e.lower() == a.lower():
            counts["agree"] += 1
            continue
        cls = next((name for name, test in CLASSES if test(header, e, a, site)), None)
        if cls is None:
            unexplained.append((header, e, a))
            cls = "UNEXPLAINED"
        counts[cls] += 1
        examples.setdefault(cls, (header, e, a))
        report.append(f"{cls}\t{header}\terrdocs={e}\tapache={a}")
    total = len(headers)
    summary = [f"{total} headers: errdocs and Apache agree on {counts['agree']} "
               f"({100 * counts['agree'] / total:.0f} %)"]
    for name, _ in CLASSES + [("UNEXPLAINED", None)]:
        if counts[name]:
            h, e, a = examples[name]
            summary.append(f"  {name}: {counts[name]} (e.g. {h!r}: errdocs {e}, Apache {a})")
    with open(args.report, "w", encoding="utf-8") as f:
        f.write("\n".join(summary + [""] + report) + "\n")
    print("\n".join(summary))
    if unexplained:
        print(f"{len(unexplained)} disagreements no policy class of docs/SERVE.md explains:",
              file=sys.stderr)
        for h, e, a in unexplained:
            print(f"  {h!r}: errdocs {e}, Apache {a}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
