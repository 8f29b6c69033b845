#!/usr/bin/env python3
"""Writes tests/data/accept-language-corpus.tsv: several hundred generated Accept-Language
headers (fixed seed, so the file is the same on every run), in the column format of
accept-language.tsv: header, expected locale on the bundled site, the generator's class.

The expected column is errdocs' own answer, filled in by
`ERRDOCS_BLESS_CORPUS=1 cargo test --test it negotiation::the_corpus` after a
regeneration (this script writes `?`). The corpus drives every door that negotiates
(tests/it/negotiation.rs) and the differential check against Apache
(.ci/checks/40-apache-negotiation.sh).
"""
import random
import sys
from pathlib import Path

SEED = 14
SITE = ["fr", "en", "de", "es", "it", "pt-BR", "ja", "zh-CN", "ru", "he"]
REGIONAL = ["de-DE", "de-AT", "de-CH", "en-US", "en-GB", "en-AU", "es-ES", "es-MX", "es-419",
            "fr-CA", "fr-BE", "fr-CH", "it-IT", "it-CH", "pt-PT", "pt-BR", "ja-JP", "ru-RU",
            "ru-UA", "he-IL", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-CN"]
TRADITIONAL = ["zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW"]
UNSUPPORTED = ["ko", "nl", "pl", "sv", "tr", "ar", "hi", "vi", "uk", "cs", "ko-KR", "nl-BE",
               "ar-EG", "sw", "fa"]
ALIASES = ["iw", "iw-IL", "in", "ji"]
EXTENDED = ["en-US-x-twain", "en-US-u-ca-gregory", "de-DE-u-co-phonebk", "fr-x-private",
            "ja-JP-u-ca-japanese", "es-419-u-nu-latn"]
GARBAGE = ["??bad", "", ";;;", "en;q=2", "de;q=0.5555", "en;level=1", "ja;q=", "x", "123",
           "en--US", "é", "日本語", "de\u00e9", "-en", "en-", "fr;q=abc", "a" * 9,
           "it;q=.5", "en;Q=0.5", "ru ; q = 0.5"]
QS = ["1", "0.9", "0.8", "0.7", "0.5", "0.3", "0.2", "0.1", "0.05", "0.001", "1.0", "0.500"]


def tag(rng):
    pool = rng.choice([SITE, REGIONAL, REGIONAL, UNSUPPORTED, TRADITIONAL])
    return rng.choice(pool)


def weighted(t, q):
    return t if q is None else f"{t};q={q}"


def ordered(rng, n, descending=True):
    qs = sorted(rng.sample(QS[1:], n), key=float, reverse=descending)
    tags = [tag(rng) for _ in range(n)]
    first = [] if rng.random() < 0.5 else [None]
    items = [weighted(tags[0], None if first else qs[0])]
    items += [weighted(t, q) for t, q in zip(tags[1:], qs[1:])]
    return ", ".join(items)


def generate():
    rng = random.Random(SEED)
    out = []

    def add(kind, header):
        if "\t" in header or "\n" in header:
            raise SystemExit(f"a header cannot hold a tab or a newline: {header!r}")
        out.append((header, kind))

    # The cases of issue 14, first.
    for h in ["de;q=0, de-AT", "fr;q=0, *", "fr;q=0", "ja;q=0, ja, it;q=0.9", "de, é;q=0.9",
              "en-US-x-twain", "en-US-u-ca-gregory", "iw", "iw-IL", "zh-TW, ja, fr"]:
        add("issue-14", h)
    for t in SITE + UNSUPPORTED[:6]:
        add("single", t)
    for t in REGIONAL + TRADITIONAL:
        add("regional", t)
    for t in ALIASES:
        add("alias", t)
        add("alias", f"{t}, {rng.choice(SITE)};q=0.5")
    for t in EXTENDED:
        add("extension", t)
        add("extension", f"{t}, {rng.choice(SITE)};q=0.8")
    for _ in range(110):
        add("q-ordered", ordered(rng, rng.randint(2, 5)))
    for _ in range(70):
        add("out-of-order", ordered(rng, rng.randint(2, 4), descending=False))
    for _ in range(60):
        n = rng.randint(2, 4)
        q = rng.choice(QS[1:8])
        add("ties", ", ".join(weighted(tag(rng), rng.choice([q, None if q == "1" else q]))
                              for _ in range(n)))
    for _ in range(60):
        excluded = rng.choice(SITE + REGIONAL)
        others = [weighted(tag(rng), rng.choice(QS)) for _ in range(rng.randint(0, 3))]
        variant = rng.choice([excluded, excluded.split("-")[0] + "-" + rng.choice(["AT", "CA", "US", "BR", "XX"]), "*"])
        items = [f"{excluded};q=0", variant] + others
        rng.shuffle(items)
        add("q-zero", ", ".join(items))
    for _ in range(30):
        items = [weighted(tag(rng), rng.choice(QS)) for _ in range(rng.randint(0, 3))]
        items.insert(rng.randint(0, len(items)), weighted("*", rng.choice(QS + [None])))
        add("wildcard", ", ".join(items))
    for _ in range(40):
        items = [weighted(tag(rng), rng.choice(QS + [None])) for _ in range(rng.randint(1, 3))]
        cased = []
        for item in items:
            item = "".join(c.upper() if rng.random() < 0.4 else c.lower() for c in item)
            sep = rng.choice(["", " ", "  "])
            cased.append(item.replace(";", sep + ";" + sep))
        add("case-and-spacing", (rng.choice([",", ", ", " ,  "])).join(cased))
    for _ in range(40):
        t = tag(rng)
        items = [weighted(t, rng.choice(QS + ["0"])), weighted(t, rng.choice(QS + ["0"]))]
        items += [weighted(tag(rng), rng.choice(QS)) for _ in range(rng.randint(0, 2))]
        rng.shuffle(items)
        add("duplicates", ", ".join(items))
    for _ in range(30):
        items = [weighted(rng.choice(UNSUPPORTED), rng.choice(QS + [None]))
                 for _ in range(rng.randint(1, 3))]
        add("unsupported-only", ", ".join(items))
    for _ in range(60):
        items = [weighted(tag(rng), rng.choice(QS + [None])) for _ in range(rng.randint(0, 3))]
        for _ in range(rng.randint(1, 2)):
            items.insert(rng.randint(0, len(items)), rng.choice(GARBAGE))
        add("garbage", ", ".join(items))
    for _ in range(30):
        t = rng.choice(TRADITIONAL)
        items = [t] + [weighted(tag(rng), rng.choice(QS)) for _ in range(rng.randint(0, 3))]
        add("traditional-chinese", ", ".join(items))
    seen, unique = set(), []
    for header, kind in out:
        # An empty header is "no preference", not "no header": a `-` would say the latter.
        if header.strip() and header not in seen:
            seen.add(header)
            unique.append((header, kind))
    return unique


def main():
    target = Path(__file__).with_name("accept-language-corpus.tsv")
    lines = [
        "# Generated by accept-language-corpus.py (seed %d): do not edit, regenerate." % SEED,
        "# header<TAB>errdocs' answer on the bundled site (default fr)<TAB>generator class",
        "# The answers are errdocs' own (ERRDOCS_BLESS_CORPUS=1 cargo test --test it negotiation::the_corpus).",
    ]
    lines += [f"{h}\t?\t{k}" for h, k in generate()]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 3} headers → {target.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
