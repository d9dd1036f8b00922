package analyzer

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A universal binary whose one signature's SuperBlob holds no CodeDirectory
// (its index names the blob as another slot): the Mach-O facts and
// macho-slices-differ read the primary CodeDirectory without asking whether
// there is one, and the whole file became an internal error. Found by
// make robustness with the security review's files as seeds.
func TestSignatureWithoutCodeDirectory(t *testing.T) {
	b64, err := os.ReadFile(filepath.Join(casesDir, "macho-slices-differ", "one-slice-unsigned", "tool.b64"))
	if err != nil {
		t.Fatal(err)
	}
	bin, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(string(b64)), ""))
	if err != nil {
		t.Fatal(err)
	}
	sb := bytes.Index(bin, []byte{0xfa, 0xde, 0x0c, 0xc0})
	if sb < 0 {
		t.Fatal("no SuperBlob in the fixture")
	}
	count := binary.BigEndian.Uint32(bin[sb+8:])
	renamed := 0
	for i := uint32(0); i < count; i++ {
		at := sb + 12 + int(i)*8
		if typ := binary.BigEndian.Uint32(bin[at:]); typ == 0 || typ >= 0x1000 && typ < 0x1005 {
			binary.BigEndian.PutUint32(bin[at:], 6) // an unused special slot
			renamed++
		}
	}
	if renamed == 0 {
		t.Fatal("no CodeDirectory in the fixture's index")
	}
	rep, err := Analyze(context.Background(), []File{{Name: "tool", Size: int64(len(bin)), R: bytes.NewReader(bin)}}, Options{Now: defaultCaseTime})
	if err != nil {
		t.Fatal(err)
	}
	invalid := false
	for _, f := range rep.Findings {
		switch f.ID {
		case "internal-check-failed", "input-internal-error":
			t.Errorf("%s: %s", f.ID, f.Message)
		case "macho-signature-invalid":
			invalid = true
		}
	}
	if !invalid {
		t.Errorf("no macho-signature-invalid finding: %+v", rep.Findings)
	}
}
