package lego_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/go-acme/lego/v4/acme"
)

// legoUserAgent is what lego 4.9.1's command line sends (lego-cli, then its acme library).
const legoUserAgent = "lego-cli/4.9.1 xenolf-acme/4.9.1 (release; linux; amd64)"

// server is a running `errdocs serve` on a free loopback port.
type server struct {
	base string
	cmd  *exec.Cmd
}

func start(t *testing.T) *server {
	t.Helper()
	bin := os.Getenv("ERRDOCS_BIN")
	if bin == "" {
		bin = filepath.Join("..", "..", "..", "target", "release", "errdocs")
	}
	bin, err := filepath.Abs(bin)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("errdocs binary: %v (cargo build --release, or set ERRDOCS_BIN)", err)
	}
	// A free port: the kernel picks one, errdocs binds it right after.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	cmd := exec.Command(bin, "serve", "--addr", addr)
	cmd.Dir = t.TempDir() // no errdocs.toml here: the site bundled into the binary
	// Its request log would bury the test's output; warnings and errors still show.
	cmd.Env = append(os.Environ(), "ERRDOCS_LOG=warn")
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &server{base: "http://" + addr, cmd: cmd}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if res, err := http.Get(s.base + "/healthz"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return s
			}
		}
	}
	t.Fatalf("errdocs serve did not answer on %s", addr)
	return nil
}

// problem fetches a problem document and decodes it as lego's sender decodes an error
// response (acme/api/internal/sender.checkError): json.Unmarshal into ProblemDetails, then
// the request's method and URL.
func (s *server) problem(t *testing.T, path, acceptLanguage, userAgent string) (*acme.ProblemDetails, map[string]any, *http.Response) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, s.base+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept-Language", acceptLanguage)
	req.Header.Set("User-Agent", userAgent)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("%s: %d %v %s", path, res.StatusCode, err, body)
	}
	var details *acme.ProblemDetails
	if err := json.Unmarshal(body, &details); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	details.Method = req.Method
	details.URL = req.URL.String()
	var raw map[string]any
	if err := json.Unmarshal(body, &raw); err != nil {
		t.Fatal(err)
	}
	return details, raw, res
}

func locales(t *testing.T, s *server) []string {
	res, err := http.Get(s.base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var health struct {
		Locales []string `json:"locales"`
	}
	if err := json.NewDecoder(res.Body).Decode(&health); err != nil {
		t.Fatal(err)
	}
	sort.Strings(health.Locales)
	return health.Locales
}

// record appends what lego prints to $ARTIFACTS/clients/lego.txt (CI keeps it) and logs it.
func record(t *testing.T, lines []string) {
	t.Log("\n" + strings.Join(lines, "\n"))
	dir := os.Getenv("ARTIFACTS")
	if dir == "" {
		return
	}
	if err := os.MkdirAll(filepath.Join(dir, "clients"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "clients", "lego.txt"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

const domainPath = "/api/v1/problems/certificates-per-domain?retry-after=2026-03-04T05:06:07Z&identifier=example.org"

// lego prints the detail as it came, UTF-8 and all: a reader of every locale sees their
// own language, and the URL of the help page.
func TestLegoPrintsTheDetailOfEveryLocaleAsIs(t *testing.T) {
	s := start(t)
	all := locales(t, s)
	if len(all) < 2 {
		t.Fatalf("locales: %v", all)
	}
	var lines []string
	nonASCII := 0
	for _, locale := range all {
		details, raw, res := s.problem(t, domainPath, locale, legoUserAgent)
		if details.Type != "urn:ietf:params:acme:error:rateLimited" || details.HTTPStatus != http.StatusTooManyRequests {
			t.Errorf("%s: type %q status %d", locale, details.Type, details.HTTPStatus)
		}
		// lego is not a client that escapes: it gets the reader's language.
		if got := res.Header.Get("Content-Language"); got != locale {
			t.Errorf("%s: Content-Language %q", locale, got)
		}
		printed := details.Error()
		want := fmt.Sprintf("acme: error: 429 :: GET :: %s%s :: urn:ietf:params:acme:error:rateLimited :: %s", s.base, domainPath, raw["detail"])
		if printed != want {
			t.Errorf("%s:\n got %q\nwant %q", locale, printed, want)
		}
		if !strings.Contains(printed, raw["doc"].(string)) {
			t.Errorf("%s: the help URL is not printed: %q", locale, printed)
		}
		if strings.Contains(printed, `\x`) || strings.Contains(printed, `\u`) || !utf8.ValidString(printed) {
			t.Errorf("%s: escaped or broken: %q", locale, printed)
		}
		if strings.IndexFunc(printed, func(r rune) bool { return r > 127 }) >= 0 {
			nonASCII++
		}
		lines = append(lines, locale+"\t"+printed)
	}
	// Most locales write letters outside ASCII: lego showed them, unescaped.
	if nonASCII < len(all)/2 {
		t.Errorf("only %d of %d locales printed non-ASCII text", nonASCII, len(all))
	}
	record(t, lines)
}

// The 503 of the load balancer's limit reaches lego the same way.
func TestLegoReadsTheLoadBalancersLimitAsA503(t *testing.T) {
	s := start(t)
	details, _, _ := s.problem(t, "/api/v1/problems/overall-requests?retry-after=2026-03-04T05:06:07Z&identifier=203.0.113.7", "ja", legoUserAgent)
	if details.HTTPStatus != http.StatusServiceUnavailable || !strings.HasPrefix(details.Error(), "acme: error: 503 :: GET :: ") {
		t.Errorf("%d %q", details.HTTPStatus, details.Error())
	}
}
