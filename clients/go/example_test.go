package errdocs_test

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	errdocs "example.org/errdocs/clients/go"
)

// denyCertificate answers a new-order request refused by certificates-per-domain, in the
// reader's language (tag: Accept-Language negotiated against exports.Index.Locales), or
// in one the client can print (certbot escapes non-ASCII).
func denyCertificate(w http.ResponseWriter, r *http.Request, exports *errdocs.Exports, tag, domain string, retryAfter time.Time) {
	occ := errdocs.Occurrence{
		Times: map[string]time.Time{"retry-after": retryAfter},
		Texts: map[string]string{"identifier": domain},
	}
	export := exports.Choose(tag, r.UserAgent(), "certificates-per-domain", occ)
	if err := export.Write(w, "certificates-per-domain", occ); err != nil {
		http.Error(w, "cannot build the problem document", http.StatusInternalServerError)
	}
}

func TestADeniedCertificateIsAnsweredWithErrdocsProblemAndHeaders(t *testing.T) {
	exports := load(t)
	when := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
	for _, tag := range []string{"de", "ja", "he"} {
		w := httptest.NewRecorder()
		r := httptest.NewRequest(http.MethodPost, "/acme/new-order", nil)
		r.Header.Set("User-Agent", legoUserAgent)
		denyCertificate(w, r, exports, tag, "example.org", when)
		if w.Code != http.StatusTooManyRequests {
			t.Errorf("%s: status %d", tag, w.Code)
		}
		for name, want := range map[string]string{
			"Content-Type":     "application/problem+json",
			"Content-Language": tag,
			"Retry-After":      "Wed, 04 Mar 2026 05:06:07 GMT",
		} {
			if got := w.Header().Get(name); got != want {
				t.Errorf("%s: %s %q, want %q", tag, name, got, want)
			}
		}
		want := message(t, "certificates-per-domain", tag, legoUserAgent, errdocs.Occurrence{
			Times: map[string]time.Time{"retry-after": when},
			Texts: map[string]string{"identifier": "example.org"},
		})
		if got := decode(t, w.Body.Bytes()); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %v, want %v", tag, got, want)
		}
	}
}

func TestCertbotIsAnsweredInALocaleItCanPrint(t *testing.T) {
	exports := load(t)
	when := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
	for _, tag := range []string{"de", "ja", "ru", "he"} {
		w := httptest.NewRecorder()
		r := httptest.NewRequest(http.MethodPost, "/acme/new-order", nil)
		r.Header.Set("User-Agent", certbotUserAgent)
		denyCertificate(w, r, exports, tag, "example.org", when)
		got := decode(t, w.Body.Bytes())
		want := message(t, "certificates-per-domain", tag, certbotUserAgent, errdocs.Occurrence{
			Times: map[string]time.Time{"retry-after": when},
			Texts: map[string]string{"identifier": "example.org"},
		})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %v, want %v", tag, got, want)
		}
		if lang := w.Header().Get("Content-Language"); lang == tag {
			t.Errorf("%s: certbot got the reader's locale, whose text it escapes", tag)
		}
	}
}

// README's Go snippets are this package's tested code, copied: each ```go block must be
// found, as is, in one of the package's files.
func TestTheReadmeGoSnippetsAreThisPackagesCode(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("*.go")
	var code strings.Builder
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		code.Write(text)
	}
	blocks := strings.Split(string(readme), "```go\n")[1:]
	if len(blocks) == 0 {
		t.Fatal("README has no ```go block")
	}
	for _, block := range blocks {
		snippet := block[:strings.Index(block, "```")]
		if !strings.Contains(code.String(), snippet) {
			t.Errorf("README's Go snippet is not in clients/go/*.go:\n%s", snippet)
		}
	}
}
