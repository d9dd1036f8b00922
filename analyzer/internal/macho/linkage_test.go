package macho_test

import (
	"bytes"
	stdmacho "debug/macho"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

func TestLinkageCommands(t *testing.T) {
	img := testsign.Build(testsign.Image{
		FileType:    testsign.MHDylib,
		InstallName: "@rpath/libffi.8.dylib",
		Libraries: []testsign.Library{
			{Cmd: testsign.LCLoadDylib, Path: "/usr/lib/libSystem.B.dylib"},
			{Cmd: testsign.LCLoadWeakDylib, Path: "@rpath/Optional.framework/Optional"},
			{Cmd: testsign.LCReexportDylib, Path: "@loader_path/libz.dylib"},
			{Cmd: testsign.LCLoadUpwardDylib, Path: "@executable_path/../Frameworks/Up.framework/Up"},
		},
		RPaths: []string{"@executable_path/../Frameworks", "/usr/lib/swift"},
	})
	f, err := macho.Open(bytes.NewReader(img), int64(len(img)))
	if err != nil {
		t.Fatal(err)
	}
	s := f.Slices[0]
	if s.Err != nil {
		t.Fatal(s.Err)
	}
	want := []macho.Library{
		{Command: "LC_LOAD_DYLIB", Path: "/usr/lib/libSystem.B.dylib"},
		{Command: "LC_LOAD_WEAK_DYLIB", Path: "@rpath/Optional.framework/Optional"},
		{Command: "LC_REEXPORT_DYLIB", Path: "@loader_path/libz.dylib"},
		{Command: "LC_LOAD_UPWARD_DYLIB", Path: "@executable_path/../Frameworks/Up.framework/Up"},
	}
	if !reflect.DeepEqual(s.Libraries, want) {
		t.Errorf("libraries = %+v, want %+v", s.Libraries, want)
	}
	if !reflect.DeepEqual(s.RPaths, []string{"@executable_path/../Frameworks", "/usr/lib/swift"}) {
		t.Errorf("rpaths = %q", s.RPaths)
	}
	if s.InstallName != "@rpath/libffi.8.dylib" {
		t.Errorf("install name = %q", s.InstallName)
	}
	if !s.Libraries[1].Weak() || s.Libraries[0].Weak() {
		t.Error("Weak() wrong")
	}
}

// A path offset that points past the command is a malformed file, not a
// read past the buffer.
func TestLinkageCommandBadOffset(t *testing.T) {
	img := testsign.Build(testsign.Image{Libraries: []testsign.Library{{Cmd: testsign.LCLoadDylib, Path: "/usr/lib/libSystem.B.dylib"}}})
	// The dylib command follows the four fixed commands (3 segments + build version).
	at := 32 + 3*72 + 24
	img[at+8] = 0xff
	f, err := macho.Open(bytes.NewReader(img), int64(len(img)))
	if err != nil {
		t.Fatal(err)
	}
	if f.Slices[0].Err == nil {
		t.Fatal("want a malformed-load-command error")
	}
}

// Every real Mach-O in the corpus: our dylib and rpath load commands agree,
// slice by slice, with the standard library's independent reader.
func TestLinkageAgreesWithDebugMacho(t *testing.T) {
	dir := filepath.Join(testcorpus.Dir(t), "macho")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("corpus not present (%v): skipping the real-file comparison", err)
	}
	compared := 0
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		var thin []*stdmacho.File
		if ff, err := stdmacho.NewFatFile(bytes.NewReader(b)); err == nil {
			for _, a := range ff.Arches {
				thin = append(thin, a.File)
			}
		} else if f, err := stdmacho.NewFile(bytes.NewReader(b)); err == nil {
			thin = append(thin, f)
		} else {
			continue // debug/macho cannot read it: nothing to compare
		}
		ours, err := macho.Open(bytes.NewReader(b), int64(len(b)))
		if err != nil || len(ours.Slices) != len(thin) {
			t.Errorf("%s: ours %v slices (%v), debug/macho %d", e.Name(), ours, err, len(thin))
			continue
		}
		for i, std := range thin {
			var wantLibs, wantRPaths []string
			for _, l := range std.Loads {
				switch l := l.(type) {
				case *stdmacho.Dylib:
					wantLibs = append(wantLibs, l.Name)
				case *stdmacho.Rpath:
					wantRPaths = append(wantRPaths, l.Path)
				}
			}
			var gotLibs []string
			for _, l := range ours.Slices[i].Libraries {
				if l.Command == "LC_LOAD_DYLIB" { // debug/macho decodes only these
					gotLibs = append(gotLibs, l.Path)
				}
			}
			if !slices.Equal(gotLibs, wantLibs) || !slices.Equal(ours.Slices[i].RPaths, wantRPaths) {
				t.Errorf("%s slice %d: libraries %q rpaths %q; debug/macho says %q and %q", e.Name(), i, gotLibs, ours.Slices[i].RPaths, wantLibs, wantRPaths)
			}
			compared++
		}
	}
	t.Logf("%d slices compared", compared)
	if compared == 0 {
		t.Error("no slice compared")
	}
}
