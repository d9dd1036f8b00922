package main

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/signdoctor/signdoctor/internal/staticsite"
)

func runServe(e *env, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := fs.String("dir", "web/build", "the static site folder that make build writes")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "signdoctor serve: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	if _, err := os.Stat(filepath.Join(*dir, "index.html")); err != nil {
		fmt.Fprintf(e.stderr, "signdoctor serve: %s has no index.html; build the site first with \"make build\"\n", *dir)
		return exitUsage
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "signdoctor serve: %v\n", err)
		return exitUsage
	}
	fmt.Fprintf(e.stderr, "signdoctor: serving %s on http://%s/\n", *dir, ln.Addr())
	srv := &http.Server{Handler: staticsite.Handler(*dir), ReadHeaderTimeout: 10 * time.Second,
		// A slow or idle client cannot hold a connection for ever; writing
		// app.wasm (megabytes) over a slow link fits well within WriteTimeout.
		ReadTimeout: 30 * time.Second, WriteTimeout: 2 * time.Minute, IdleTimeout: 60 * time.Second}
	if err := srv.Serve(ln); err != nil {
		fmt.Fprintf(e.stderr, "signdoctor serve: %v\n", err)
		return exitUsage
	}
	return exitOK
}
