package text

import "os"

// In the browser the page fetches the model; under the wasm test runner it
// is read from the package's folder, so the tests see what the page sees.
func init() {
	if b, err := os.ReadFile("likeness.model"); err == nil {
		_ = UseLikenessModel(b)
	}
}
