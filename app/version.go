package app

import (
	"runtime/debug"
	"sync"
)

// signdoctorVersion names the build that runs: the module version when it
// has one, else the commit it was built from (with "+changes" when the
// working tree differed), else "development build". Share links carry it.
var signdoctorVersion = sync.OnceValue(func() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "development build"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev == "" {
		return "development build"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if modified == "true" {
		rev += "+changes"
	}
	return "commit " + rev
})
