package report

// Policy is what a CI policy file (.signdoctor.json) did to a report: which
// checks it turned off, and which of its acceptances matched nothing (a
// finding that was accepted and no longer occurs, to be removed from the
// file, as linters report unused suppressions).
type Policy struct {
	// Config is the policy file's path.
	Config   string   `json:"config"`
	Disabled []string `json:"disabled,omitempty"`
	// Accepted counts the findings its acceptances matched.
	Accepted int          `json:"accepted"`
	Unused   []Acceptance `json:"unused,omitempty"`
}

// Acceptance accepts the findings of one check whose subject matches a
// pattern ("*" any run of characters, "?" one), for a reason.
type Acceptance struct {
	Check   string `json:"check"`
	Subject string `json:"subject"`
	Reason  string `json:"reason"`
}
