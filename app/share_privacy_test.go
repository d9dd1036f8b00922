package app

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// The privacy test: links made from every kind of input, with nothing
// ticked, carry none of the private values the analyzer found in them.
// Those values are gathered here from the typed report, not by the scrubber,
// and searched for in the link's JSON. Corpus files are read in place (they
// hold real people's names and device IDs, never written anywhere); the
// generated cases and the pasted texts always run.

// pastedSecrets are texts as people paste them, with every form of device
// ID, a device name, a person's name and a certificate fingerprint.
var pastedSecrets = []struct {
	text    string
	secrets []string
}{
	{`Provisioning profile "iOS Team Provisioning Profile: com.example.app" doesn't include the currently selected device "Jane Doe's iPhone" (identifier 00008030-001A2B3C4D5E6F70).`,
		[]string{"00008030-001A2B3C4D5E6F70", "00008030001A2B3C4D5E6F70", "Jane Doe"}},
	{`error: Device a1b2c3d4e5f60718293a4b5c6d7e8f9012345678 is not registered in the provisioning profile`,
		[]string{"a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"}},
	{`The device 1A2B3C4D-1111-2222-3333-444455556666 is not included in the provisioning profile`,
		[]string{"1A2B3C4D-1111-2222-3333-444455556666"}},
	{`Signing certificate "Apple Development: Jane Doe (AB12CD34EF)" not found: No certificate for team 'Doe Family Apps' matching 'Apple Development: Jane Doe (AB12CD34EF)' found`,
		[]string{"Jane Doe"}},
	{"codesign --force --sign 3A1F5C0B9D7E2A4C6B8D0F1E3A5C7B9D1F2E4A6C App.app\nApp.app: errSecInternalComponent",
		[]string{"3A1F5C0B9D7E2A4C6B8D0F1E3A5C7B9D1F2E4A6C"}},
	{`Xcode couldn't find any iOS App Development provisioning profiles matching 'com.example.app'. Device "Jane’s MacBook Pro" (00008103-000A1B2C3D4E5F60) is not registered.`,
		[]string{"00008103-000A1B2C3D4E5F60", "Jane’s MacBook Pro"}},
}

// privateValues lists what the typed report says is private: device IDs,
// certificate fingerprints and serial numbers, people's names in
// certificate names and team names, devices named in pasted text.
func privateValues(r *report.Report) (ids, names []string) {
	cert := func(c report.Certificate) {
		ids = append(ids, c.SHA1, c.SHA256, c.Serial)
		names = append(names, nameIn(c.CommonName))
	}
	profile := func(p *report.Profile) {
		if p == nil {
			return
		}
		ids = append(ids, p.DeviceIDs...)
		names = append(names, p.TeamName)
		for _, c := range p.Certificates {
			cert(c)
		}
	}
	macho := func(m *report.MachO) {
		if m == nil {
			return
		}
		for _, s := range m.Slices {
			names = append(names, nameIn(s.Leaf))
			for _, a := range s.Authorities {
				names = append(names, nameIn(a))
			}
			for _, c := range s.Certificates {
				cert(c)
			}
		}
	}
	var nodes func([]report.BundleNode)
	nodes = func(ns []report.BundleNode) {
		for _, n := range ns {
			profile(n.Profile)
			macho(n.MachO)
			nodes(n.Children)
		}
	}
	for _, a := range r.Artifacts {
		switch f := a.Facts.(type) {
		case *report.Profile:
			profile(f)
		case *report.Certificate:
			cert(*f)
		case *report.MachO:
			macho(f)
		case *report.Bundle:
			nodes(f.Code)
		case *report.Text:
			for _, m := range f.Matches {
				for _, v := range m.Values {
					switch v.Kind {
					case "device", "device_name":
						ids = append(ids, v.Value)
					case "identity":
						names = append(names, nameIn(v.Value))
					}
				}
			}
		}
	}
	return ids, names
}

// keptValues lists what identifies no person and a link must keep: team
// IDs, App IDs, profile UUIDs, CDHashes, notary submission IDs.
func keptValues(r *report.Report) []string {
	var out []string
	profile := func(p *report.Profile) {
		if p != nil {
			out = append(out, p.Team, p.AppID, p.UUID)
		}
	}
	macho := func(m *report.MachO) {
		if m != nil {
			for _, s := range m.Slices {
				out = append(out, s.CDHash, s.Team)
			}
		}
	}
	var nodes func([]report.BundleNode)
	nodes = func(ns []report.BundleNode) {
		for _, n := range ns {
			profile(n.Profile)
			macho(n.MachO)
			nodes(n.Children)
		}
	}
	for _, a := range r.Artifacts {
		switch f := a.Facts.(type) {
		case *report.Profile:
			profile(f)
		case *report.MachO:
			macho(f)
		case *report.Bundle:
			nodes(f.Code)
		case *report.Notary:
			out = append(out, f.JobID)
		}
	}
	return out
}

// nameLeaks says whether name occurs in js other than inside a dotted
// identifier (com.icyleaf.ios, where a person's handle is part of a bundle
// ID, which a link keeps) or as one of the kept values (a fixture's team
// named like its ID).
func nameLeaks(js, name string, kept []string) bool {
	for _, k := range kept {
		if k == name {
			return false
		}
	}
	for i := 0; ; {
		j := strings.Index(js[i:], name)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(name)
		dotted := start > 0 && js[start-1] == '.' || end < len(js) && js[end] == '.'
		if !dotted {
			return true
		}
		i = end
	}
}

// nameIn is the person's name in a certificate's name, "KIND: NAME (ID)".
func nameIn(cn string) string {
	_, rest, ok := strings.Cut(cn, ": ")
	i := strings.LastIndex(rest, " (")
	if !ok || i < 0 || !strings.HasSuffix(rest, ")") {
		return ""
	}
	return strings.TrimSpace(rest[:i])
}

func analyzeForShare(t *testing.T, files []analyzer.File) *report.Report {
	t.Helper()
	rep, err := analyzer.Analyze(context.Background(), files, analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func openFile(t *testing.T, path string) analyzer.File {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	fi, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	return analyzer.File{Name: filepath.Base(path), Size: fi.Size(), R: f}
}

// assertNothingPrivate makes a link with nothing ticked and searches its
// JSON for every private value.
func assertNothingPrivate(t *testing.T, what string, r *report.Report, files []string, extraIDs, extraNames []string) int {
	t.Helper()
	ids, names := privateValues(r)
	ids, names = append(ids, extraIDs...), append(names, extraNames...)
	enc, err := encodeShare(r, files, shareOptions{}, shareNow)
	if err != nil && strings.Contains(err.Error(), "too large for a link") {
		t.Logf("%s: no link: %v", what, err)
		return 0
	}
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	got := mustDecode(t, enc.Data)
	if got.Meta.DeviceIDs || got.Meta.Names {
		t.Errorf("%s: the link says it includes what was not ticked", what)
	}
	js := string(enc.JSON)
	lower := strings.ToLower(js)
	n := 0
	for _, id := range ids {
		if len(id) < 6 {
			continue
		}
		n++
		for _, form := range []string{id, strings.ReplaceAll(id, "-", "")} {
			if strings.Contains(lower, strings.ToLower(form)) {
				t.Errorf("%s: the link carries the private value %q (%d characters)", what, form[:4]+"…", len(form))
			}
		}
	}
	for _, name := range names {
		if len(name) < 3 {
			continue
		}
		n++
		if nameLeaks(js, name, keptValues(r)) {
			t.Errorf("%s: the link carries a person's or team's name (%d characters, starting %q)", what, len(name), name[:2])
		}
	}
	for _, k := range keptValues(r) {
		if len(k) >= 6 && !strings.Contains(js, k) {
			t.Errorf("%s: the link lost %q, which identifies no one", what, k)
		}
	}
	// With both boxes ticked, the values the report holds come back.
	all, err := encodeShare(r, files, shareOptions{DeviceIDs: true, Names: true}, shareNow)
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := json.Marshal(r)
	for _, id := range ids {
		if len(id) >= 6 && strings.Contains(strings.ToLower(string(orig)), strings.ToLower(id)) && !strings.Contains(strings.ToLower(string(all.JSON)), strings.ToLower(id)) {
			t.Errorf("%s: with the box ticked, a device ID or fingerprint is missing (%d characters)", what, len(id))
		}
	}
	return n
}

func TestShareLinksCarryNoPrivateValues(t *testing.T) {
	t.Run("pasted text", func(t *testing.T) {
		var files []analyzer.File
		var secrets []string
		for i, p := range pastedSecrets {
			files = append(files, analyzer.File{Name: "pasted text " + string(rune('a'+i)), Size: int64(len(p.text)), R: strings.NewReader(p.text)})
			secrets = append(secrets, p.secrets...)
		}
		r := analyzeForShare(t, files)
		var ids, names []string
		for _, s := range secrets {
			if strings.ContainsAny(s, " ’'") {
				names = append(names, s)
			} else {
				ids = append(ids, s)
			}
		}
		// Device names are matched as written, like names.
		n := assertNothingPrivate(t, "pasted text", r, []string{"pasted text"}, ids, names)
		t.Logf("pasted text: %d private values looked for", n)
	})

	// The generated cases: the first case of each check, every input kind.
	var generated []string
	checks, _ := filepath.Glob("../testdata/cases/*")
	for _, c := range checks {
		cases, _ := filepath.Glob(filepath.Join(c, "*"))
		if len(cases) > 0 {
			files, _ := filepath.Glob(filepath.Join(cases[0], "*"))
			generated = append(generated, files...)
		}
	}
	var corpus []string
	for _, dir := range []string{"profiles", "certs", "bundles", "notary", "entitlements", "macho"} {
		m := testcorpus.Glob(dir, "*")
		corpus = append(corpus, m...)
	}
	if len(corpus) == 0 {
		t.Log("shared corpus absent: only generated cases and pasted text are tested")
	}
	kinds := map[string]int{}
	total := 0
	for _, path := range append(generated, corpus...) {
		base := filepath.Base(path)
		if base == "want" || base == "options" || strings.HasSuffix(base, ".md") {
			continue
		}
		if fi, err := os.Stat(path); err != nil || fi.IsDir() || fi.Size() > 8<<20 {
			continue
		}
		r := analyzeForShare(t, []analyzer.File{openFile(t, path)})
		for _, a := range r.Artifacts {
			kinds[a.Kind]++
		}
		total += assertNothingPrivate(t, base, r, []string{base}, nil, nil)
	}
	t.Logf("%d files (%d generated), artifacts by kind %v, %d private values looked for", len(generated)+len(corpus), len(generated), kinds, total)
	for _, k := range []string{"profile", "certificate", "macho", "bundle", "entitlements", "notary"} {
		if kinds[k] == 0 {
			t.Errorf("no %s artifact was tested", k)
		}
	}
}
