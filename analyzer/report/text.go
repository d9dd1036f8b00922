package report

func init() { RegisterFacts("text", func() Facts { return new(Text) }) }

// Text is pasted text (an error message, a log excerpt, a device ID, a
// requirement): the known messages found in it. Matches is empty, never
// absent, when nothing in the text is known.
type Text struct {
	Matches []TextMatch `json:"matches"`
	// Truncated is true when only part of the text was examined (it was
	// longer than signdoctor reads).
	Truncated bool `json:"truncated,omitempty"`
	// Advice is what to do when nothing was recognised.
	Advice string `json:"advice,omitempty"`
	// ToolOutput is true when the text is output of a tool (codesign -d,
	// spctl…), read as facts in artifacts of their own.
	ToolOutput bool `json:"tool_output,omitempty"`
	// ReadsLike is, when no known message is in the text, the message whose
	// reports its words read most like: a guess from wording, never a match.
	ReadsLike *TextGuess `json:"reads_like,omitempty"`
}

// TextGuess names a known message by likeness of words; Score is the cosine
// likeness (0 to 1) that made it the guess.
type TextGuess struct {
	ID    string  `json:"id"`
	Title string  `json:"title"`
	Score float64 `json:"score"`
}

func (*Text) ArtifactKind() string { return "text" }

// TextMatch is one known message found in the text. ID is the check ID that
// explains it (signdoctor explain ID).
type TextMatch struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Severity Severity `json:"severity,omitempty"`
	// Line is the 1-based line of the first occurrence; Count how many times
	// it occurs (capped).
	Line    int    `json:"line,omitempty"`
	Count   int    `json:"count,omitempty"`
	Excerpt string `json:"excerpt,omitempty"`
	// Values are the facts pulled out of the message: entitlement keys, team
	// IDs, bundle IDs, paths, codes (0xe8008018, -67050, CSSMERR_…).
	Values []TextValue `json:"values,omitempty"`
	// Causes are the likely causes, most likely first.
	Causes []string `json:"causes,omitempty"`
	// Hints are remarks that follow from the values found.
	Hints []string `json:"hints,omitempty"`
	// Confirm names the file to drop to confirm the cause.
	Confirm string `json:"confirm,omitempty"`
	// Checks are the local checks that find the same problem in files.
	Checks []string `json:"checks,omitempty"`
}

// TextValue is one extracted fact: kind is entitlement, team, bundle_id,
// path, code, profile, identity, device, capability, requirement, app, value
// or reason.
type TextValue struct {
	Kind  string `json:"kind"`
	Value string `json:"value"`
}
