// Package lego shows what lego, the Go ACME client (github.com/go-acme/lego/v4), prints
// when a CA answers with errdocs' problem document: its tests decode the document of a real
// `errdocs serve` into lego's acme.ProblemDetails, as lego's own sender does, in every
// locale. The package has no code of its own: it is a separate module so that the export
// filler in ../ stays free of lego and of Debian's source package.
package lego
