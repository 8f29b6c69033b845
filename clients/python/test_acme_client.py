"""What certbot's `acme` library (PyPI `acme`) makes of errdocs' problem documents.

A real `errdocs serve` on a free loopback port answers the problem API; the request goes out
through `acme.client.ClientNetwork` (the library's own HTTP code and User-Agent), and the body
is read with `acme.messages.Error.from_json`, as the library does with a CA's error response.

`str(error)` writes every non-ASCII character as a backslash escape (`f\\xfcr`), so errdocs
answers a User-Agent known to do that with a document in a locale that needs none, keeping the
language-neutral help URL that opens the page in the reader's language (README, "ACME
clients"). What the library prints per locale goes to $ARTIFACTS/clients/certbot.txt.

Run: ERRDOCS_BIN=target/release/errdocs target/ci-venv/bin/python -m unittest discover clients/python
"""

import json
import os
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.request

from acme import client, messages

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.abspath(
    os.environ.get("ERRDOCS_BIN") or os.path.join(HERE, "..", "..", "target", "release", "errdocs")
)
RATE_LIMITED = "urn:ietf:params:acme:error:rateLimited"
# certbot 2.x's User-Agent (certbot/_internal/client.py, determine_user_agent).
CERTBOT_UA = (
    "CertbotACMEClient/2.11.0 (certbot; Debian GNU/Linux 12 (bookworm)) "
    "Authenticator/standalone Installer/None (certonly; flags: n) Py/3.11.2"
)
# A client errdocs knows nothing about: it gets the reader's language.
OTHER_UA = "errdocs-clients-test/1"
DOMAIN = "/api/v1/problems/certificates-per-domain?retry-after=2026-03-04T05:06:07Z&identifier=example.org"


def escaped(text):
    """What acme's Error.__str__ does to each part: backslash escapes for non-ASCII."""
    return text.encode("ascii", "backslashreplace").decode()


class Server:
    """`errdocs serve` with the bundled site on a free loopback port."""

    def __init__(self):
        if not os.path.exists(BIN):
            raise RuntimeError(f"no errdocs binary at {BIN}: cargo build --release, or set ERRDOCS_BIN")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.addr = "127.0.0.1:%d" % s.getsockname()[1]
        self.cwd = tempfile.TemporaryDirectory()
        # Its request log would bury the test's output; warnings and errors still show.
        env = dict(os.environ, ERRDOCS_LOG="warn")
        self.proc = subprocess.Popen([BIN, "serve", "--addr", self.addr], cwd=self.cwd.name, env=env)
        self.base = "http://" + self.addr
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(self.base + "/healthz") as res:
                    self.locales = sorted(json.load(res)["locales"])
                    return
            except OSError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.stop()
                    raise RuntimeError("errdocs serve did not answer on " + self.addr)
                time.sleep(0.05)

    def stop(self):
        self.proc.kill()
        self.proc.wait()
        self.cwd.cleanup()

    def error(self, path, accept_language, user_agent):
        """The document fetched by the acme library's own network code, as an acme Error."""
        net = client.ClientNetwork(key=None, user_agent=user_agent)
        res = net.get(self.base + path, headers={"Accept-Language": accept_language})
        doc = res.json()
        return messages.Error.from_json(doc), doc, res


def setUpModule():
    global SERVER
    SERVER = Server()


def tearDownModule():
    SERVER.stop()


def record(name, lines):
    artifacts = os.environ.get("ARTIFACTS")
    if artifacts:
        os.makedirs(os.path.join(artifacts, "clients"), exist_ok=True)
        with open(os.path.join(artifacts, "clients", name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


class AcmeReadsErrdocsProblems(unittest.TestCase):
    def test_every_locale_is_recognised_as_rate_limited_and_printed_with_escapes(self):
        lines, escaped_locales = [], 0
        for locale in SERVER.locales:
            with self.subTest(locale=locale):
                error, doc, res = SERVER.error(DOMAIN, locale, OTHER_UA)
                self.assertEqual(res.headers["Content-Language"], locale)
                self.assertEqual(error.code, "rateLimited")
                self.assertEqual(error.typ, RATE_LIMITED)
                self.assertEqual(error.detail, doc["detail"])
                printed = str(error)
                lines.append(f"{locale}\t{printed}")
                # The detail as Error.__str__ writes it: every non-ASCII letter escaped.
                self.assertIn(escaped(doc["detail"]), printed)
                printed.encode("ascii")
                if not doc["detail"].isascii():
                    escaped_locales += 1
                    self.assertNotIn(doc["detail"], printed)
                    self.assertRegex(printed, r"\\(x[0-9a-f]{2}|u[0-9a-f]{4})")
        # Most locales need letters outside ASCII: the library escaped them.
        self.assertGreaterEqual(escaped_locales, len(SERVER.locales) // 2)
        record("certbot-without-rule.txt", lines)

    def test_certbots_user_agent_gets_a_readable_document_with_the_help_url(self):
        lines = []
        for locale in SERVER.locales:
            for user_agent in (CERTBOT_UA, "acme-python"):
                with self.subTest(locale=locale, user_agent=user_agent):
                    error, doc, res = SERVER.error(DOMAIN, locale, user_agent)
                    self.assertEqual(error.code, "rateLimited")
                    printed = str(error)
                    self.assertNotRegex(printed, r"\\(x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8})")
                    self.assertTrue(doc["detail"].isascii() and doc["title"].isascii(), doc)
                    self.assertIn(doc["detail"], printed)
                    # The language-neutral URL: it opens the page in the reader's language.
                    self.assertIn(doc["doc"], printed)
                    self.assertEqual(res.headers["Link"], f'<{doc["doc"]}>;rel="help"')
                    self.assertIn("User-Agent", res.headers["Vary"])
                    if user_agent == CERTBOT_UA:
                        lines.append(f"{locale}\t{res.headers['Content-Language']}\t{printed}")
        record("certbot.txt", lines)

    def test_a_reader_whose_language_is_ascii_keeps_it_under_certbot(self):
        # English needs no escape: certbot's reader of English gets English, as before.
        _, doc, res = SERVER.error(DOMAIN, "en", CERTBOT_UA)
        self.assertEqual(res.headers["Content-Language"], "en")
        _, plain, _ = SERVER.error(DOMAIN, "en", OTHER_UA)
        self.assertEqual(doc, plain)


if __name__ == "__main__":
    unittest.main()
