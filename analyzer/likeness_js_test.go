package analyzer

import "os"

// In the browser the page fetches the text likeness model; under the wasm
// test runner it is read from its folder, so the cases' results are the
// page's.
func init() {
	if b, err := os.ReadFile("internal/text/likeness.model"); err == nil {
		_ = UseTextLikenessModel(b)
	}
}
