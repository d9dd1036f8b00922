package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// buildVersion is what the go command recorded in the binary: the module
// version (v1.2.3 for go install …@v1.2.3, a pseudo-version for @latest on
// an untagged commit, "(devel)" for a build in a checkout), the commit and
// whether the tree had uncommitted changes (stamped by go build in a git
// checkout), and the Go version.
type buildVersion struct {
	Module   string
	Version  string
	Commit   string
	Time     string
	Modified bool
	Go       string
}

// Set by make dist (-ldflags -X) from git, for binaries built where the go
// command stamps no vcs information (a git worktree, -buildvcs=false).
var (
	releaseVersion string
	releaseCommit  string
)

// readBuildVersion reads the build info; ok is false in a binary built
// without module support (never for go build or go install today).
func readBuildVersion() (buildVersion, bool) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return buildVersion{}, false
	}
	v := buildVersion{Module: bi.Main.Path, Version: bi.Main.Version, Go: bi.GoVersion}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Commit = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	if v.Commit == "" {
		v.Commit = pseudoVersionCommit(v.Version)
	}
	if releaseVersion != "" {
		v.Version = releaseVersion
	}
	if releaseCommit != "" {
		v.Commit, v.Modified = releaseCommit, false
	}
	return v, true
}

// pseudoVersionCommit is the 12-digit commit prefix a pseudo-version ends
// with (v0.0.0-20261202143000-abcdef123456): go install …@latest or @commit
// on an untagged commit records no vcs settings, only this.
func pseudoVersionCommit(version string) string {
	version, _, _ = strings.Cut(version, "+")
	i := strings.LastIndexByte(version, '-')
	if i < 0 || len(version)-i-1 != 12 {
		return ""
	}
	rev := version[i+1:]
	for _, c := range rev {
		if !strings.ContainsRune("0123456789abcdef", c) {
			return ""
		}
	}
	if j := strings.LastIndexAny(version[:i], ".-"); j < 0 || len(version[:i])-j-1 != 14 {
		return ""
	}
	return rev
}

// String is the version line: "signdoctor v1.2.3 (commit abc…, 2026-…) go1.26.8".
func (v buildVersion) String() string {
	var b strings.Builder
	b.WriteString("signdoctor ")
	if v.Version == "" {
		b.WriteString("(unknown version)")
	} else {
		b.WriteString(v.Version)
	}
	var about []string
	if v.Commit != "" {
		c := "commit " + v.Commit
		if v.Modified {
			c += " with uncommitted changes"
		}
		about = append(about, c)
	}
	if v.Time != "" {
		about = append(about, v.Time)
	}
	if len(about) > 0 {
		b.WriteString(" (" + strings.Join(about, ", ") + ")")
	}
	if v.Go != "" {
		b.WriteString(" " + v.Go)
	}
	return b.String()
}

// toolVersion is the version SARIF's driver names: the module version,
// or the commit for a development build.
func (v buildVersion) toolVersion() string {
	if v.Version != "" && v.Version != "(devel)" {
		return v.Version
	}
	if v.Commit != "" {
		return "(devel) " + v.Commit
	}
	return ""
}

func runVersion(e *env, args []string) int {
	if len(args) > 0 {
		fmt.Fprintln(e.stderr, "Usage: signdoctor version")
		return exitUsage
	}
	v, ok := readBuildVersion()
	if !ok {
		fmt.Fprintln(e.stdout, "signdoctor (no build information in this binary)")
		return exitOK
	}
	fmt.Fprintln(e.stdout, v.String())
	return exitOK
}
