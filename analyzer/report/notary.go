package report

import "time"

func init() { RegisterFacts("notary", func() Facts { return new(Notary) }) }

// Notary is a notary service log (xcrun notarytool log, or altool's output),
// with its issues grouped by file and architecture and each one explained.
type Notary struct {
	// Format is notarytool (the service's JSON log) or altool.
	Format        string `json:"format"`
	JobID         string `json:"job_id"`
	Status        string `json:"status"`
	StatusSummary string `json:"status_summary,omitempty"`
	// StatusExplanation says in plain words what the status means and what
	// comes next.
	StatusExplanation string     `json:"status_explanation,omitempty"`
	StatusCode        *int       `json:"status_code,omitempty"`
	ArchiveFilename   string     `json:"archive_filename,omitempty"`
	UploadDate        *time.Time `json:"upload_date,omitempty"`
	SHA256            string     `json:"sha256,omitempty"`
	// TicketContents is the code the notarization ticket covers (accepted
	// submissions only).
	TicketContents []NotaryTicketEntry `json:"ticket_contents,omitempty"`
	IssueCount     int                 `json:"issue_count"`
	Groups         []NotaryGroup       `json:"groups"`
	// Truncated is true when the log had more issues than signdoctor keeps.
	Truncated bool `json:"truncated,omitempty"`
}

func (*Notary) ArtifactKind() string { return "notary" }

// NotaryTicketEntry is one piece of code in the ticket.
type NotaryTicketEntry struct {
	Path            string `json:"path"`
	DigestAlgorithm string `json:"digest_algorithm,omitempty"`
	CDHash          string `json:"cdhash"`
	Arch            string `json:"arch,omitempty"`
}

// NotaryGroup is the issues of one file and architecture.
type NotaryGroup struct {
	Path         string        `json:"path"`
	Architecture string        `json:"architecture,omitempty"`
	Issues       []NotaryIssue `json:"issues"`
}

// NotaryIssue is one issue as the service reported it, with signdoctor's
// explanation: Check is the check that reports it (signdoctor explain
// Check), LocalChecks the checks that find the same problem in the binary
// before submitting.
type NotaryIssue struct {
	Severity    string   `json:"severity"`
	Code        string   `json:"code,omitempty"`
	Message     string   `json:"message"`
	DocURL      string   `json:"doc_url,omitempty"`
	Check       string   `json:"check"`
	Title       string   `json:"title,omitempty"`
	Explanation string   `json:"explanation,omitempty"`
	LocalChecks []string `json:"local_checks,omitempty"`
}
