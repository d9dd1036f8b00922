package report

// RequirementEval is the outcome of evaluating a code requirement against one
// signature (the --requirement option, the web app's requirement box). The
// Mach-O facts carry it per slice as requirement_eval.
type RequirementEval struct {
	// Text is the requirement as codesign prints it.
	Text      string `json:"text"`
	Satisfied bool   `json:"satisfied"`
	// Undetermined: the outcome depends on the Mac doing the check (trust
	// settings, notarization ticket); Satisfied is then false.
	Undetermined bool                `json:"undetermined,omitempty"`
	Clauses      []RequirementClause `json:"clauses"`
	// Error says why the requirement could not be compiled (with line and
	// column); the other fields are then empty.
	Error string `json:"error,omitempty"`
}

// RequirementClause is one top-level condition (the parts joined by "and").
type RequirementClause struct {
	Text         string `json:"text"`
	Satisfied    bool   `json:"satisfied"`
	Undetermined bool   `json:"undetermined,omitempty"`
	Why          string `json:"why"`
}
