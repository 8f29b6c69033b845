module example.org/errdocs/clients/go/lego

go 1.19

require github.com/go-acme/lego/v4 v4.9.1

// Debian's golang-github-xenolf-lego-dev: no Go module proxy is reachable, and lego's `acme`
// package needs only the standard library.
replace github.com/go-acme/lego/v4 => /usr/share/gocode/src/github.com/go-acme/lego
