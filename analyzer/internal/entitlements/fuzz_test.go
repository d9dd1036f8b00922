package entitlements

import (
	"bytes"
	"os"
	"testing"

	"github.com/signdoctor/signdoctor/internal/testcorpus"

	"howett.net/plist"
)

func addCorpusSeeds(f *testing.F) {
	for _, p := range testcorpus.Glob("entitlements", "*") {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

func FuzzParseXML(f *testing.F) {
	f.Add([]byte(sampleXML))
	f.Add([]byte("  \n" + sampleXML))
	f.Add([]byte(`<plist><dict><key>a</key><array><dict/></array></dict></plist>`))
	addCorpusSeeds(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ParseXML(b)
		if err == nil && m == nil {
			t.Fatal("nil dictionary without an error")
		}
	})
}

func FuzzParseBinary(f *testing.F) {
	if bin, err := plist.Marshal(sampleMap(), plist.BinaryFormat); err == nil {
		f.Add(bin)
	}
	f.Add(bplistOf([]byte{0xd1, 1, 2}, []byte{0x51, 'k'}, []byte{0xa1, 2}))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ParseBinary(b)
		if err == nil && m == nil {
			t.Fatal("nil dictionary without an error")
		}
	})
}

func FuzzDecodeDER(f *testing.F) {
	if der, err := EncodeDER(sampleMap()); err == nil {
		f.Add(der)
	}
	f.Add([]byte{0x31, 0x08, 0x30, 0x06, 0x0c, 0x01, 'k', 0x01, 0x01, 0xff})
	f.Add([]byte{0x70, 0x05, 0x02, 0x01, 0x01, 0xb0, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		m, info, err := DecodeDERInfo(b)
		if err != nil {
			return
		}
		// Whatever decodes encodes again, and decodes to the same value.
		enc, err := EncodeDERVersion(m, info.Version)
		if err != nil {
			t.Fatalf("decoded value does not encode: %v", err)
		}
		if info.Canonical && !bytes.Equal(enc, b) {
			t.Fatal("canonical blob re-encodes differently")
		}
		back, err := DecodeDER(enc)
		if err != nil || len(CompareXMLDER(m, back)) != 0 {
			t.Fatalf("re-encoded blob decodes differently: %v", err)
		}
	})
}
