package entitlements

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/internal/testcorpus"

	"howett.net/plist"
)

// corpusDir is the corpus folder; it skips the test when the corpus is absent.
func corpusDir(t testing.TB) string { return testcorpus.Dir(t) }

func corpusPath(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(corpusDir(t), rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("corpus not available (%v)", err)
	}
	return p
}

const sampleXML = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>application-identifier</key>
	<string>ABCDE12345.com.example.app</string>
	<key>com.apple.developer.team-identifier</key>
	<string>ABCDE12345</string>
	<key>get-task-allow</key>
	<true/>
	<key>keychain-access-groups</key>
	<array>
		<string>ABCDE12345.com.example.app</string>
	</array>
	<key>com.example.number</key>
	<integer>-42</integer>
	<key>com.example.nested</key>
	<dict><key>inner</key><array><false/><integer>300</integer></array></dict>
</dict>
</plist>
`

func sampleMap() map[string]any {
	return map[string]any{
		"application-identifier":              "ABCDE12345.com.example.app",
		"com.apple.developer.team-identifier": "ABCDE12345",
		"get-task-allow":                      true,
		"keychain-access-groups":              []any{"ABCDE12345.com.example.app"},
		"com.example.number":                  int64(-42),
		"com.example.nested":                  map[string]any{"inner": []any{false, int64(300)}},
	}
}

func TestParseXMLLeadingWhitespace(t *testing.T) {
	for _, lead := range []string{"", "\n\n  \t", "\xef\xbb\xbf", "\r\n"} {
		m, f, err := Parse([]byte(lead + sampleXML))
		if err != nil {
			t.Fatalf("lead %q: %v", lead, err)
		}
		if f != FormatXML {
			t.Errorf("lead %q: format %s", lead, f)
		}
		if !reflect.DeepEqual(m, sampleMap()) {
			t.Errorf("lead %q: got %#v", lead, m)
		}
	}
}

func TestParseXMLRefusals(t *testing.T) {
	cases := map[string]string{
		"array at top":  `<?xml version="1.0"?><plist version="1.0"><array><string>x</string></array></plist>`,
		"broken":        `<?xml version="1.0"?><plist version="1.0"><dict><key>a</key></plist>`,
		"too deep":      `<plist><dict><key>a</key>` + strings.Repeat("<array>", MaxDepth+2) + strings.Repeat("</array>", MaxDepth+2) + `</dict></plist>`,
		"many elements": `<plist><array>` + strings.Repeat("<true/>", MaxElements+1) + `</array></plist>`,
	}
	for name, in := range cases {
		if _, _, err := Parse([]byte(in)); err == nil {
			t.Errorf("%s: parsed", name)
		}
	}
	if _, _, err := Parse([]byte("hello world")); !errors.Is(err, ErrNotEntitlements) {
		t.Errorf("text: %v", err)
	}
}

func TestParseBinary(t *testing.T) {
	bin, err := plist.Marshal(sampleMap(), plist.BinaryFormat)
	if err != nil {
		t.Fatal(err)
	}
	m, f, err := Parse(bin)
	if err != nil {
		t.Fatal(err)
	}
	if f != FormatBinary || !reflect.DeepEqual(m, sampleMap()) {
		t.Errorf("format %s, got %#v", f, m)
	}
	for i := 0; i < len(bin); i++ {
		ParseBinary(bin[:i]) // must not panic on any truncation
	}
}

// bplistOf builds a binary plist from raw objects (each already encoded) with
// one-byte references and offsets; top is object 0.
func bplistOf(objects ...[]byte) []byte {
	var b bytes.Buffer
	b.WriteString("bplist00")
	var offsets []int
	for _, o := range objects {
		offsets = append(offsets, b.Len())
		b.Write(o)
	}
	table := b.Len()
	for _, off := range offsets {
		b.WriteByte(byte(off))
	}
	trailer := make([]byte, 32)
	trailer[6], trailer[7] = 1, 1
	binary.BigEndian.PutUint64(trailer[8:], uint64(len(objects)))
	binary.BigEndian.PutUint64(trailer[24:], uint64(table))
	b.Write(trailer)
	return b.Bytes()
}

func TestParseBinaryHostile(t *testing.T) {
	// A dictionary whose value is an array that contains itself.
	cycle := bplistOf([]byte{0xd1, 1, 2}, []byte{0x51, 'k'}, []byte{0xa1, 2})
	if _, err := ParseBinary(cycle); err == nil {
		t.Error("self-containing array parsed")
	}
	// Shared arrays: each level holds the next one 15 times; expanding
	// naively gives 15^8 values.
	objs := [][]byte{{0xd1, 1, 2}, {0x51, 'k'}}
	for lvl := 0; lvl < 8; lvl++ {
		arr := []byte{0xaf, 0x10, 15}
		for i := 0; i < 15; i++ {
			arr = append(arr, byte(3+lvl))
		}
		objs = append(objs, arr)
	}
	objs = append(objs, []byte{0x09})
	if _, err := ParseBinary(bplistOf(objs...)); err == nil || !strings.Contains(err.Error(), "elements") {
		t.Errorf("exponential sharing: %v", err)
	}
	// A string length pointing past the end.
	if _, err := ParseBinary(bplistOf([]byte{0xd1, 1, 2}, []byte{0x5f, 0x10, 200}, []byte{0x09})); err == nil {
		t.Error("overlong string parsed")
	}
}

func TestDERRoundTrip(t *testing.T) {
	der, err := EncodeDER(sampleMap())
	if err != nil {
		t.Fatal(err)
	}
	if Sniff(der) != FormatDER {
		t.Fatalf("encoded DER not sniffed: % x", der[:8])
	}
	m, info, err := DecodeDERInfo(der)
	if err != nil {
		t.Fatal(err)
	}
	if !info.AppleForm || info.Version != 1 || !info.Canonical {
		t.Errorf("info %+v", info)
	}
	if !reflect.DeepEqual(m, sampleMap()) {
		t.Errorf("got %#v", m)
	}
	for i := 0; i < len(der); i++ {
		if _, err := DecodeDER(der[:i]); err == nil {
			t.Errorf("truncated to %d bytes decoded", i)
		}
	}
	if _, err := EncodeDER(map[string]any{"x": 1.5}); err == nil {
		t.Error("a real encoded")
	}
	for _, v := range []int64{0, 1, 127, 128, 255, 256, -1, -128, -129, 1 << 40, -1 << 62} {
		der, _ := EncodeDER(map[string]any{"n": v})
		m, err := DecodeDER(der)
		if err != nil || m["n"] != v {
			t.Errorf("integer %d: %v %v", v, m, err)
		}
	}
}

func TestDERMalformed(t *testing.T) {
	cases := map[string][]byte{
		"empty":          {},
		"indefinite":     {0x70, 0x80, 0x02, 0x01, 0x01, 0xb0, 0x00, 0x00, 0x00},
		"huge length":    {0x70, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x02},
		"trailing":       {0x70, 0x05, 0x02, 0x01, 0x01, 0xb0, 0x00, 0x00},
		"no version":     {0x70, 0x02, 0xb0, 0x00},
		"bad key":        {0x70, 0x0b, 0x02, 0x01, 0x01, 0xb0, 0x06, 0x30, 0x04, 0x02, 0x01, 0x01, 0x05},
		"long boolean":   {0x31, 0x08, 0x30, 0x06, 0x0c, 0x01, 'k', 0x01, 0x02, 0xff},
		"unknown tag":    {0x31, 0x07, 0x30, 0x05, 0x0c, 0x01, 'k', 0x05, 0x00},
		"duplicate key":  {0x31, 0x10, 0x30, 0x06, 0x0c, 0x01, 'k', 0x01, 0x01, 0xff, 0x30, 0x06, 0x0c, 0x01, 'k', 0x01, 0x01, 0xff},
		"bad utf8":       {0x31, 0x08, 0x30, 0x06, 0x0c, 0x01, 'k', 0x0c, 0x01, 0xff},
		"outer sequence": {0x30, 0x00},
	}
	for name, b := range cases {
		if _, err := DecodeDER(b); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
	// Nesting deeper than MaxDepth.
	inner := derTLV(derUTF8String, []byte("x"))
	for i := 0; i < MaxDepth+3; i++ {
		inner = derTLV(derSequence, inner)
	}
	entry := derTLV(derSequence, append(derTLV(derUTF8String, []byte("k")), inner...))
	deep := derTLV(derAppl16, append(derTLV(derInteger, []byte{1}), derTLV(derContext16, entry)...))
	if _, err := DecodeDER(deep); err == nil {
		t.Error("deep nesting decoded")
	}
}

// derBlobsInZip returns the DER (slot 7) and XML (slot 5) entitlement blobs
// of each Mach-O file in a corpus zip, found by their blob magic.
func derBlobsInZip(t *testing.T, rel string) map[string][2][]byte {
	t.Helper()
	zr, err := zip.OpenReader(corpusPath(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	out := map[string][2][]byte{}
	for _, f := range zr.File {
		if f.UncompressedSize64 > 20<<20 || strings.HasPrefix(f.Name, "__MACOSX") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			continue
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			continue
		}
		blob := func(magic uint32) []byte {
			var m [4]byte
			binary.BigEndian.PutUint32(m[:], magic)
			i := bytes.Index(b, m[:])
			if i < 0 || i+8 > len(b) {
				return nil
			}
			n := int(binary.BigEndian.Uint32(b[i+4:]))
			if n < 8 || i+n > len(b) {
				return nil
			}
			return b[i+8 : i+n]
		}
		if d := blob(0xfade7172); d != nil {
			out[f.Name] = [2][]byte{d, blob(0xfade7171)}
		}
	}
	return out
}

func TestDERCorpusAppleForm(t *testing.T) {
	blobs := derBlobsInZip(t, "bundles/appinfo-apple-tv.ipa")
	if len(blobs) == 0 {
		t.Fatal("no DER entitlements found in the tvOS app")
	}
	for name, b := range blobs {
		der, xml := b[0], b[1]
		m, info, err := DecodeDERInfo(der)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !info.AppleForm || info.Version != 1 || !info.Canonical {
			t.Errorf("%s: info %+v", name, info)
		}
		if m["com.apple.developer.team-identifier"] != "3WJ3AZZMPP" || m["get-task-allow"] != true {
			t.Errorf("%s: %v", name, m)
		}
		x, err := ParseXML(xml)
		if err != nil {
			t.Fatal(err)
		}
		if d := CompareXMLDER(x, m); len(d) != 0 {
			t.Errorf("%s: XML and DER differ: %v", name, d)
		}
		enc, err := EncodeDER(x)
		if err != nil || !bytes.Equal(enc, der) {
			t.Errorf("%s: our encoding of the XML differs from codesign's DER\n got % x\nwant % x", name, enc, der)
		}
	}
}

func TestDERCorpusBareSet(t *testing.T) {
	for _, rel := range []string{"bundles/appinfo-embedded.ipa", "bundles/appinfo-macos.zip"} {
		blobs := derBlobsInZip(t, rel)
		if len(blobs) == 0 {
			t.Fatalf("%s: no DER entitlements", rel)
		}
		for name, b := range blobs {
			m, info, err := DecodeDERInfo(b[0])
			if err != nil {
				t.Fatalf("%s %s: %v", rel, name, err)
			}
			if info.AppleForm || info.Canonical {
				t.Errorf("%s %s: the bare-SET form reported as %+v", rel, name, info)
			}
			x, err := ParseXML(b[1])
			if err != nil {
				t.Fatal(err)
			}
			if d := CompareXMLDER(x, m); len(d) != 0 {
				t.Errorf("%s %s: XML and DER differ: %v", rel, name, d)
			}
		}
	}
}

func TestCorpusEntitlementFiles(t *testing.T) {
	dir := corpusPath(t, "entitlements")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		m, f, err := Parse(b)
		if err != nil || f != FormatXML || len(m) == 0 {
			t.Errorf("%s: %v %s %d keys", e.Name(), err, f, len(m))
			continue
		}
		// Every corpus file also survives DER and binary-plist round trips.
		der, err := EncodeDER(m)
		if err != nil {
			t.Errorf("%s: %v", e.Name(), err)
			continue
		}
		back, err := DecodeDER(der)
		if err != nil || len(CompareXMLDER(m, back)) != 0 {
			t.Errorf("%s: DER round trip: %v %v", e.Name(), err, CompareXMLDER(m, back))
		}
	}
}

func TestCompareXMLDER(t *testing.T) {
	xml := map[string]any{"a": true, "b": []any{"x", "y"}, "c": int64(1), "same": "s"}
	der := map[string]any{"b": []any{"x"}, "c": uint64(1), "d": false, "same": "s"}
	got := CompareXMLDER(xml, der)
	var keys []string
	for _, d := range got {
		keys = append(keys, d.Key)
	}
	if strings.Join(keys, ",") != "a,b,d" {
		t.Errorf("differences %v", got)
	}
	if s := got[1].String(); s != `b is ["x", "y"] in the XML entitlements but ["x"] in the DER entitlements` {
		t.Errorf("text %q", s)
	}
}

func TestParseBinaryHugeCounts(t *testing.T) {
	// A dictionary whose count (an 8-byte integer) is 2^63: doubling it for
	// the key and value references must not wrap around.
	huge := []byte{0xdf, 0x13, 0x80, 0, 0, 0, 0, 0, 0, 0}
	if _, err := ParseBinary(bplistOf(huge, []byte{0x09})); err == nil {
		t.Error("huge dictionary parsed")
	}
	arr := []byte{0xaf, 0x13, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}
	if _, err := ParseBinary(bplistOf([]byte{0xd1, 1, 2}, []byte{0x51, 'k'}, arr)); err == nil {
		t.Error("huge array parsed")
	}
}
