package analyzer

import "github.com/signdoctor/signdoctor/analyzer/internal/text"

// UseTextLikenessModel installs the model that names, as a guess, the known
// message a paste with none reads like (the web app fetches the model, the
// command line has it built in).
func UseTextLikenessModel(b []byte) error { return text.UseLikenessModel(b) }

// TextLikenessLoaded says whether pasted text gets such guesses.
func TextLikenessLoaded() bool { return text.LikenessLoaded() }
