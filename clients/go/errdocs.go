// Package errdocs fills the messages of `errdocs export --format json` for a rate limiter
// written in Go: it loads index.json and the <locale>.json files, substitutes the
// per-occurrence {placeholders} (no grammar: they are never selected on) and builds the same
// RFC 9457 / RFC 8555 problem document as errdocs itself, with its headers. Only the
// standard library: a limiter adds no dependency to use it.
package errdocs

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Index is index.json: the locales of the site and their fallback chains.
type Index struct {
	Format        int                 `json:"format"`
	DefaultLocale string              `json:"default-locale"`
	Locales       map[string][]string `json:"locales"`
	// LocaleOrder is errdocs.toml's order of the locales.
	LocaleOrder []string `json:"locale-order"`
	// EscapingClients are the User-Agent prefixes of ACME clients that print non-ASCII as
	// escapes (certbot): errdocs' one list.
	EscapingClients []string `json:"escaping-clients"`
}

// Placeholder says how to fill one {name}: "datetime" (the instant in UTC, written with
// Pattern) or "text" (as is).
type Placeholder struct {
	Kind    string `json:"kind"`
	Pattern string `json:"pattern,omitempty"`
}

// Limit is one limit in one locale.
type Limit struct {
	Title        string                     `json:"title"`
	Message      string                     `json:"message"`
	Placeholders []string                   `json:"placeholders"`
	Doc          string                     `json:"doc"`
	Args         map[string]json.RawMessage `json:"args"`
	Status       int                        `json:"status"`
}

// Export is one locale's file, <locale>.json.
type Export struct {
	Format       int                    `json:"format"`
	Locale       string                 `json:"locale"`
	ProblemType  string                 `json:"problem-type"`
	Status       int                    `json:"status"`
	Placeholders map[string]Placeholder `json:"placeholders"`
	Limits       map[string]Limit       `json:"limits"`
}

// Exports is a whole export folder.
type Exports struct {
	Index   Index
	Locales map[string]*Export
}

// Load reads index.json and every locale file it lists from dir.
func Load(dir string) (*Exports, error) {
	var index Index
	if err := readJSON(filepath.Join(dir, "index.json"), &index); err != nil {
		return nil, err
	}
	exports := &Exports{Index: index, Locales: map[string]*Export{}}
	for locale := range index.Locales {
		var export Export
		if err := readJSON(filepath.Join(dir, locale+".json"), &export); err != nil {
			return nil, err
		}
		exports.Locales[locale] = &export
	}
	if exports.Locales[index.DefaultLocale] == nil {
		return nil, fmt.Errorf("%s: default-locale %q has no file", filepath.Join(dir, "index.json"), index.DefaultLocale)
	}
	return exports, nil
}

func readJSON(path string, into any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, into); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Locale returns the export of a locale the site publishes, else the default locale's.
// Negotiate Accept-Language against Index.Locales first (golang.org/x/text/language's
// Matcher does RFC 4647 matching); this package does not parse the header itself.
func (e *Exports) Locale(tag string) *Export {
	if export, ok := e.Locales[tag]; ok {
		return export
	}
	return e.Locales[e.Index.DefaultLocale]
}

// EscapesNonASCII reports whether a client sending this User-Agent prints non-ASCII text as
// escapes (certbot's acme library writes "für" as "f\xfcr"), by index.json's list.
func (e *Exports) EscapesNonASCII(userAgent string) bool {
	userAgent = strings.TrimLeft(userAgent, " \t")
	for _, prefix := range e.Index.EscapingClients {
		if strings.HasPrefix(userAgent, prefix) {
			return true
		}
	}
	return false
}

// Choose returns the export to answer one denial of limit from, for a reader of tag behind
// userAgent: errdocs' rule for clients that escape non-ASCII (README, "ACME clients"). The
// reader's locale (Locale(tag)) unless the client escapes non-ASCII and the document's
// title or detail is not ASCII; then the first locale, in errdocs.toml order, whose are. The
// Link and doc URL are the same in every locale: the help page still opens in the reader's
// language. When no locale is ASCII, the reader's stays.
func (e *Exports) Choose(tag, userAgent, limit string, occ Occurrence) *Export {
	reader := e.Locale(tag)
	if !e.EscapesNonASCII(userAgent) || reader.isASCII(limit, occ) {
		return reader
	}
	for _, locale := range e.Index.LocaleOrder {
		if export := e.Locales[locale]; export != nil && export != reader && export.isASCII(limit, occ) {
			return export
		}
	}
	return reader
}

// isASCII reports whether the title and the filled message of limit are plain ASCII.
func (e *Export) isASCII(limit string, occ Occurrence) bool {
	detail, err := e.Message(limit, occ)
	return err == nil && isASCII(detail) && isASCII(e.Limits[limit].Title)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] > 127 {
			return false
		}
	}
	return true
}

// Occurrence holds the per-occurrence values of one denial, by placeholder name:
// instants for "datetime" placeholders ("retry-after"), text for the others ("identifier").
type Occurrence struct {
	Times map[string]time.Time
	Texts map[string]string
}

// Problem is the RFC 9457 / RFC 8555 problem document errdocs builds, field for field.
type Problem struct {
	Type   string         `json:"type"`
	Status int            `json:"status"`
	Title  string         `json:"title"`
	Detail string         `json:"detail"`
	Limit  string         `json:"limit"`
	Doc    string         `json:"doc"`
	Args   map[string]any `json:"args"`
}

// Message fills the message of limit with the values of one occurrence. A placeholder
// without a value is an error, as it is in errdocs.
func (e *Export) Message(limit string, occ Occurrence) (string, error) {
	l, ok := e.Limits[limit]
	if !ok {
		return "", fmt.Errorf("unknown limit %q", limit)
	}
	pairs := make([]string, 0, 2*len(l.Placeholders))
	for _, name := range l.Placeholders {
		value, err := e.fill(name, occ)
		if err != nil {
			return "", fmt.Errorf("limit %q: %w", limit, err)
		}
		pairs = append(pairs, "{"+name+"}", value)
	}
	return strings.NewReplacer(pairs...).Replace(l.Message), nil
}

func (e *Export) fill(name string, occ Occurrence) (string, error) {
	switch kind := e.Placeholders[name]; kind.Kind {
	case "datetime":
		when, ok := occ.Times[name]
		if !ok {
			return "", fmt.Errorf("placeholder {%s} needs an instant", name)
		}
		return FormatPattern(kind.Pattern, when)
	case "text":
		text, ok := occ.Texts[name]
		if !ok {
			return "", fmt.Errorf("placeholder {%s} needs a text", name)
		}
		return text, nil
	default:
		return "", fmt.Errorf("placeholder {%s} has unknown kind %q", name, kind.Kind)
	}
}

// Problem builds the problem document of one denial of limit and the headers that go with
// it: Content-Type, Content-Language, Link (rel="help", the language-neutral page) and,
// when the occurrence has a "retry-after" instant, Retry-After as an HTTP date.
func (e *Export) Problem(limit string, occ Occurrence) (*Problem, http.Header, error) {
	detail, err := e.Message(limit, occ)
	if err != nil {
		return nil, nil, err
	}
	l := e.Limits[limit]
	args := map[string]any{}
	for name, value := range l.Args {
		args[name] = value
	}
	for name, when := range occ.Times {
		args[name] = when.UTC().Format(time.RFC3339Nano)
	}
	for name, text := range occ.Texts {
		args[name] = text
	}
	header := http.Header{}
	header.Set("Content-Type", "application/problem+json")
	header.Set("Content-Language", e.Locale)
	header.Set("Link", "<"+l.Doc+`>;rel="help"`)
	if when, ok := occ.Times["retry-after"]; ok {
		header.Set("Retry-After", when.UTC().Format(http.TimeFormat))
	}
	problem := &Problem{Type: e.ProblemType, Status: l.Status, Title: l.Title,
		Detail: detail, Limit: limit, Doc: l.Doc, Args: args}
	return problem, header, nil
}

// Write sends the problem document of one denial: headers, status, JSON body.
func (e *Export) Write(w http.ResponseWriter, limit string, occ Occurrence) error {
	problem, header, err := e.Problem(limit, occ)
	if err != nil {
		return err
	}
	for name, values := range header {
		w.Header()[name] = values
	}
	w.WriteHeader(problem.Status)
	return json.NewEncoder(w).Encode(problem)
}

// FormatPattern writes an instant, in UTC, with a numeric UTS 35 date pattern as the export
// gives it: y, yyyy (the year, padded to the letter count), yy (two digits), M/MM, d/dd,
// H/HH, m/mm, s/ss (padded to the letter count), 'quoted literals' (two quotes in a row
// write one) and any other non-letter as is. Other letters (month names, time zones…) are
// an error: errdocs exports numeric patterns only.
func FormatPattern(pattern string, when time.Time) (string, error) {
	t := when.UTC()
	var out strings.Builder
	runes := []rune(pattern)
	for i := 0; i < len(runes); {
		c := runes[i]
		if c == '\'' {
			if i+1 < len(runes) && runes[i+1] == '\'' {
				out.WriteRune('\'')
				i += 2
				continue
			}
			// A quoted literal, where two quotes write one.
			for i++; i < len(runes); i++ {
				if runes[i] == '\'' {
					if i+1 < len(runes) && runes[i+1] == '\'' {
						out.WriteRune('\'')
						i++
						continue
					}
					i++
					break
				}
				out.WriteRune(runes[i])
			}
			continue
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			out.WriteRune(c)
			i++
			continue
		}
		width := 1
		for i+width < len(runes) && runes[i+width] == c {
			width++
		}
		i += width
		var value int
		switch c {
		case 'y':
			value = t.Year()
			if width == 2 {
				value %= 100
			} else {
				// y, yyy, yyyy: the year, padded to the letter count only.
				out.WriteString(pad(value, width))
				continue
			}
		case 'M':
			value = int(t.Month())
		case 'd':
			value = t.Day()
		case 'H':
			value = t.Hour()
		case 'm':
			value = t.Minute()
		case 's':
			value = t.Second()
		default:
			return "", fmt.Errorf("date pattern %q: field %q is not numeric", pattern, strings.Repeat(string(c), width))
		}
		if width > 2 {
			return "", fmt.Errorf("date pattern %q: field %q is not numeric", pattern, strings.Repeat(string(c), width))
		}
		out.WriteString(pad(value, width))
	}
	return out.String(), nil
}

func pad(value, width int) string {
	s := strconv.Itoa(value)
	for len(s) < width {
		s = "0" + s
	}
	return s
}
