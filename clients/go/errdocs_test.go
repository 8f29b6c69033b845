package errdocs_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	errdocs "example.org/errdocs/clients/go"
)

// errdocsBin is the errdocs binary the strings are compared with, exportDir its export.
var errdocsBin, exportDir string

// TestMain runs `errdocs export` once into a temporary folder: every test reads the export
// of the binary it compares with, never a copy kept in the repository.
func TestMain(m *testing.M) {
	bin := os.Getenv("ERRDOCS_BIN")
	if bin == "" {
		bin = filepath.Join("..", "..", "target", "release", "errdocs")
	}
	abs, err := filepath.Abs(bin)
	if err == nil {
		_, err = os.Stat(abs)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "errdocs binary %s: %v (cargo build --release, or set ERRDOCS_BIN)\n", bin, err)
		os.Exit(2)
	}
	errdocsBin = abs
	tmp, err := os.MkdirTemp("", "errdocs-go-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	exportDir = filepath.Join(tmp, "export")
	if out, err := exec.Command(errdocsBin, "export", "--format", "json", "--out", exportDir).CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "errdocs export: %v\n%s", err, out)
		os.RemoveAll(tmp)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(tmp)
	os.Exit(code)
}

func load(t *testing.T) *errdocs.Exports {
	t.Helper()
	exports, err := errdocs.Load(exportDir)
	if err != nil {
		t.Fatal(err)
	}
	return exports
}

// decode reads JSON keeping numbers exact, so 10800 and 10800.0 would differ.
func decode(t *testing.T, data []byte) map[string]any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v map[string]any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("%v in %s", err, data)
	}
	return v
}

// The User-Agents of two ACME clients: certbot escapes non-ASCII, lego does not.
const (
	certbotUserAgent = "CertbotACMEClient/2.11.0 (certbot; Debian GNU/Linux 12 (bookworm)) Authenticator/standalone Installer/None (certonly; flags: n) Py/3.11.2"
	legoUserAgent    = "lego-cli/4.9.1 xenolf-acme/4.9.1 (release; linux; amd64)"
)

// message runs `errdocs message LIMIT --lang LOCALE --user-agent UA --format json --arg …`.
func message(t *testing.T, limit, locale, userAgent string, occ errdocs.Occurrence) map[string]any {
	t.Helper()
	args := []string{"message", limit, "--lang", locale, "--user-agent", userAgent, "--format", "json"}
	for name, when := range occ.Times {
		args = append(args, "--arg", name+"="+when.UTC().Format(time.RFC3339))
	}
	for name, text := range occ.Texts {
		args = append(args, "--arg", name+"="+text)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(errdocsBin, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("errdocs %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return decode(t, out)
}

func TestFormatPatternWritesTheNumericFieldsOfEveryWidth(t *testing.T) {
	when := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
	for pattern, want := range map[string]string{
		"yyyy-MM-dd HH:mm:ss":   "2026-03-04 05:06:07",
		"dd/MM/y HH:mm:ss":      "04/03/2026 05:06:07",
		"yy-M-d H:m:s":          "26-3-4 5:6:7",
		"y/MM/dd HH:mm":         "2026/03/04 05:06",
		"y'年'M'月'd'日' HH:mm:ss": "2026年3月4日 05:06:07",
		"'o''clock' HH''mm":     "o'clock 05'06",
		"d.M.yy, HH:mm":         "4.3.26, 05:06",
	} {
		got, err := errdocs.FormatPattern(pattern, when)
		if err != nil || got != want {
			t.Errorf("FormatPattern(%q) = %q, %v; want %q", pattern, got, err, want)
		}
	}
}

func TestFormatPatternWritesTheInstantInUtc(t *testing.T) {
	paris := time.FixedZone("CET", 3600)
	got, err := errdocs.FormatPattern("HH:mm", time.Date(2026, 3, 4, 0, 30, 0, 0, paris))
	if err != nil || got != "23:30" {
		t.Errorf("got %q, %v; want 23:30 (the day before, in UTC)", got, err)
	}
}

func TestFormatPatternRefusesFieldsThatAreNotNumeric(t *testing.T) {
	for _, pattern := range []string{"h:mm a", "d MMM y", "HH:mm z", "EEEE"} {
		if got, err := errdocs.FormatPattern(pattern, time.Now()); err == nil {
			t.Errorf("FormatPattern(%q) = %q, want an error", pattern, got)
		}
	}
}

func TestAMissingPlaceholderValueIsAnError(t *testing.T) {
	export := load(t).Locale("en")
	for name, limit := range export.Limits {
		if len(limit.Placeholders) == 0 {
			continue
		}
		if _, err := export.Message(name, errdocs.Occurrence{}); err == nil {
			t.Errorf("%s: no error without %v", name, limit.Placeholders)
		}
	}
	if _, err := export.Message("no-such-limit", errdocs.Occurrence{}); err == nil {
		t.Error("an unknown limit gave no error")
	}
}

func TestOnlyTheClientsOfTheExportsListEscapeNonASCII(t *testing.T) {
	exports := load(t)
	if len(exports.Index.EscapingClients) == 0 {
		t.Fatal("index.json lists no escaping clients")
	}
	for ua, want := range map[string]bool{certbotUserAgent: true, "acme-python": true, legoUserAgent: false, "": false, "curl/8.0": false} {
		if got := exports.EscapesNonASCII(ua); got != want {
			t.Errorf("EscapesNonASCII(%q) = %v", ua, got)
		}
	}
}

func TestAnUnpublishedLocaleGetsTheDefaultLocale(t *testing.T) {
	exports := load(t)
	if got := exports.Locale("sw").Locale; got != exports.Index.DefaultLocale {
		t.Errorf("sw → %s, want the default %s", got, exports.Index.DefaultLocale)
	}
}

// occurrences are the per-occurrence values each limit is filled with: instants whose
// fields have one digit and two (padding), identifiers of each kind a limiter sends.
var occurrences = []struct {
	when       time.Time
	identifier string
}{
	{time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC), "example.org"},
	{time.Date(2027, 12, 31, 23, 59, 58, 0, time.UTC), "203.0.113.7"},
	{time.Date(2030, 10, 11, 12, 13, 14, 0, time.UTC), "account-0042"},
}

// occurrence gives every placeholder of limit a value by its kind.
func occurrence(t *testing.T, export *errdocs.Export, limit string, i int) errdocs.Occurrence {
	occ := errdocs.Occurrence{Times: map[string]time.Time{}, Texts: map[string]string{}}
	for _, name := range export.Limits[limit].Placeholders {
		switch kind := export.Placeholders[name].Kind; kind {
		case "datetime":
			occ.Times[name] = occurrences[i].when
		case "text":
			occ.Texts[name] = occurrences[i].identifier
		default:
			t.Fatalf("%s: placeholder %s of unknown kind %q", limit, name, kind)
		}
	}
	return occ
}

// The promise of the export: for every limit, locale and occurrence, the Go limiter's
// problem document is errdocs' own, field for field.
func TestEveryLimitInEveryLocaleIsErrdocsOwnProblemDocument(t *testing.T) {
	exports := load(t)
	var locales []string
	for locale := range exports.Index.Locales {
		locales = append(locales, locale)
	}
	sort.Strings(locales)
	if len(locales) < 2 {
		t.Fatalf("the export has %d locales", len(locales))
	}
	compared, withPlaceholders, switched := 0, 0, 0
	for _, locale := range locales {
		export := exports.Locale(locale)
		if export.Locale != locale {
			t.Fatalf("%s.json says locale %q", locale, export.Locale)
		}
		for limit := range export.Limits {
			for i := range occurrences {
				occ := occurrence(t, export, limit, i)
				problem, header, err := export.Problem(limit, occ)
				if err != nil {
					t.Fatalf("%s %s: %v", locale, limit, err)
				}
				body, _ := json.Marshal(problem)
				got := decode(t, body)
				want := message(t, limit, locale, legoUserAgent, occ)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s %s #%d:\n go:      %v\n errdocs: %v", locale, limit, i, got, want)
				}
				if header.Get("Content-Language") != locale {
					t.Errorf("%s %s: Content-Language %q", locale, limit, header.Get("Content-Language"))
				}
				if header.Get("Link") != "<"+problem.Doc+`>;rel="help"` {
					t.Errorf("%s %s: Link %q", locale, limit, header.Get("Link"))
				}
				if i == 0 {
					// The rule for clients that escape non-ASCII, from index.json's list.
					chosen, _, err := exports.Choose(locale, certbotUserAgent, limit, occ).Problem(limit, occ)
					if err != nil {
						t.Fatal(err)
					}
					body, _ := json.Marshal(chosen)
					if got, want := decode(t, body), message(t, limit, locale, certbotUserAgent, occ); !reflect.DeepEqual(got, want) {
						t.Errorf("%s %s with certbot:\n go:      %v\n errdocs: %v", locale, limit, got, want)
					}
					if exports.Choose(locale, certbotUserAgent, limit, occ).Locale != locale {
						switched++
					}
				}
				compared++
				if len(occ.Times)+len(occ.Texts) > 0 {
					withPlaceholders++
				}
				if len(occ.Times)+len(occ.Texts) == 0 {
					// Nothing changes from one occurrence to the next.
					break
				}
			}
		}
	}
	// Each locale has limits with a date and an identifier: the comparison filled them.
	if withPlaceholders < 2*len(locales) {
		t.Errorf("only %d documents with placeholders of %d compared", withPlaceholders, compared)
	}
	// Most locales are not ASCII: certbot got another locale for most limits.
	if switched < len(locales) {
		t.Errorf("certbot got another locale for only %d documents", switched)
	}
	t.Logf("%d problem documents compared in %d locales, %d switched for certbot", compared, len(locales), switched)
}

func TestTheRetryAfterHeaderIsTheHttpDateOfTheInstant(t *testing.T) {
	export := load(t).Locale("en")
	occ := errdocs.Occurrence{
		Times: map[string]time.Time{"retry-after": time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)},
		Texts: map[string]string{"identifier": "example.org"},
	}
	_, header, err := export.Problem("orders-per-account", occ)
	if err != nil {
		t.Fatal(err)
	}
	if got := header.Get("Retry-After"); got != "Sat, 28 Nov 2026 10:00:00 GMT" {
		t.Errorf("Retry-After %q", got)
	}
}
