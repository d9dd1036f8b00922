//go:build !js

package analyzer

import "github.com/signdoctor/signdoctor/analyzer/internal/text"

// TextLikenessModel is the built-in model's file, which the site generator
// writes among the site's files for the web app to fetch.
func TextLikenessModel() []byte { return text.BuiltinLikenessModel() }
