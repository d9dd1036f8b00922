//go:build js

package app

import (
	"bytes"
	"os"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestPageHasherMatchesGo runs under Node (make test's wasm step): the
// browser page hasher must give Go's digests, page for page, for every hash
// type and a short last page — first without web/digest.js (a digest call per
// page from Go), then with it loaded (one call per batch).
func TestPageHasherMatchesGo(t *testing.T) {
	hasher := pageHasher()
	if hasher == nil {
		t.Skip("no SubtleCrypto in this JS host")
	}
	code := make([]byte, 5*4096+123)
	for i := range code {
		code[i] = byte(i * 7)
	}
	check := func(how string) {
		for _, ht := range []uint8{1, 2, 3, 4} {
			got, err := hasher(ht, code, 4096)
			if err != nil {
				t.Fatalf("%s, hash type %d: %v", how, ht, err)
			}
			want, _ := goDigests(ht, code, 4096)
			if !bytes.Equal(got, want) || len(got) != 6*digestSize(ht) {
				t.Errorf("%s, hash type %d: %d bytes of digests differ from Go's %d", how, ht, len(got), len(want))
			}
		}
	}
	check("page by page")
	src, err := os.ReadFile("../web/digest.js")
	if err != nil {
		t.Fatal(err)
	}
	goapp.Window().Call("eval", string(src))
	defer goapp.Window().Set("signdoctorDigestPages", goapp.Undefined())
	if !goapp.Window().Get("signdoctorDigestPages").Truthy() {
		t.Fatal("digest.js did not define signdoctorDigestPages")
	}
	check("digest.js")
}
