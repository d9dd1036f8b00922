package certs

import (
	"testing"
)

// TestEmbeddedIntermediates: intermediates/ holds exactly the pinned
// certificates, each a CA signed by the embedded Apple Root CA, so no byte of
// them is trusted on its source's word.
func TestEmbeddedIntermediates(t *testing.T) {
	var root = Apple().roots[AppleRootCASHA256]
	if root == nil {
		t.Fatal("Apple Root CA's bytes are not loaded")
	}
	want := map[string]bool{WWDRCASHA256: true, WWDRCAG3SHA256: true, DeveloperIDG2SHA256: true}
	got := EmbeddedIntermediates()
	if len(got) != len(want) {
		t.Errorf("intermediates/ holds %d certificates, want %d", len(got), len(want))
	}
	for _, c := range got {
		fp := SHA256Fingerprint(c)
		if !want[fp] {
			t.Errorf("%q (SHA-256 %s) is not pinned", c.Subject.CommonName, fp)
		}
		if !c.IsCA {
			t.Errorf("%q is not a CA", c.Subject.CommonName)
		}
		if err := checkLink(c, root); err != nil {
			t.Errorf("%q is not signed by Apple Root CA: %v", c.Subject.CommonName, err)
		}
	}
}
