//go:build !js

package text

import _ "embed"

// The command line carries the model; the web app fetches it as a file of
// the site when the page has loaded (it would add a fifth to app.wasm).
//
//go:embed likeness.model
var builtinLikeness []byte

func init() { likenessSource = func() []byte { return builtinLikeness } }

// BuiltinLikenessModel is the model file built into this program.
func BuiltinLikenessModel() []byte { return builtinLikeness }
