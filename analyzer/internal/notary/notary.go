// Package notary reads the JSON logs of Apple's notary service (what
// `xcrun notarytool log ID` prints, and the log file altool's
// --notarization-info pointed to) and altool's own JSON output, and explains
// every issue in them: what it means, how to fix it, and which local check
// finds the same problem before submitting.
package notary

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// MaxSize is the largest log Parse accepts. Real logs are a few KiB; one
// with an issue for every file of a big app stays well under this.
const MaxSize = 4 << 20

// MaxIssues caps the issues kept from one log.
const MaxIssues = 5000

// Log is one notary log.
type Log struct {
	LogFormatVersion int
	JobID            string // jobId (notarytool), RequestUUID (altool)
	Status           string // Accepted, Invalid, Rejected, In Progress
	StatusSummary    string
	StatusCode       int
	HasStatusCode    bool
	ArchiveFilename  string
	UploadDate       time.Time // zero when absent or unreadable
	UploadDateText   string
	SHA256           string
	TicketContents   []TicketEntry
	Issues           []Issue
	// Truncated is true when the log had more than MaxIssues issues.
	Truncated bool
	// Format is "notarytool" (the service's log) or "altool" (altool's output).
	Format string
}

// TicketEntry is one piece of code the notarization ticket covers.
type TicketEntry struct {
	Path            string
	DigestAlgorithm string
	CDHash          string
	Arch            string
}

// Issue is one problem the notary service reported.
type Issue struct {
	Severity     string // error or warning
	Code         string // usually empty (null in the log)
	Path         string
	Message      string
	DocURL       string
	Architecture string
}

// wire mirrors the JSON; fields whose type varies between versions are raw.
type wire struct {
	LogFormatVersion json.RawMessage `json:"logFormatVersion"`
	JobID            string          `json:"jobId"`
	Status           string          `json:"status"`
	StatusSummary    string          `json:"statusSummary"`
	StatusCode       json.RawMessage `json:"statusCode"`
	ArchiveFilename  string          `json:"archiveFilename"`
	UploadDate       string          `json:"uploadDate"`
	SHA256           string          `json:"sha256"`
	TicketContents   json.RawMessage `json:"ticketContents"`
	Issues           json.RawMessage `json:"issues"`

	// altool --output-format json
	NotarizationInfo   *altoolInfo     `json:"notarization-info"`
	NotarizationUpload *altoolInfo     `json:"notarization-upload"`
	ProductErrors      json.RawMessage `json:"product-errors"`
}

type altoolInfo struct {
	RequestUUID   string          `json:"RequestUUID"`
	Status        string          `json:"Status"`
	StatusMessage string          `json:"Status Message"`
	StatusCode    json.RawMessage `json:"Status Code"`
	LogFileURL    string          `json:"LogFileURL"`
	Date          string          `json:"Date"`
}

type wireIssue struct {
	Severity     string          `json:"severity"`
	Code         json.RawMessage `json:"code"`
	Path         string          `json:"path"`
	Message      string          `json:"message"`
	DocURL       string          `json:"docUrl"`
	Architecture string          `json:"architecture"`
}

type wireTicket struct {
	Path            string `json:"path"`
	DigestAlgorithm string `json:"digestAlgorithm"`
	CDHash          string `json:"cdhash"`
	Arch            string `json:"arch"`
}

type wireProductError struct {
	Code     json.RawMessage `json:"code"`
	Message  string          `json:"message"`
	UserInfo struct {
		Description string `json:"NSLocalizedDescription"`
		Reason      string `json:"NSLocalizedFailureReason"`
	} `json:"userInfo"`
}

// ErrNotNotaryLog says the JSON is valid but is not a notary log.
var ErrNotNotaryLog = errors.New("JSON without the fields of a notary log (jobId, status, issues)")

// Sniff says whether the first bytes of a file look like a notary log: a
// JSON object that names the fields only notary logs have.
func Sniff(head []byte) bool {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(h) == 0 || h[0] != '{' {
		return false
	}
	for _, k := range []string{`"jobId"`, `"logFormatVersion"`, `"notarization-info"`, `"notarization-upload"`, `"archiveFilename"`} {
		if bytes.Contains(h, []byte(k)) {
			return true
		}
	}
	return bytes.Contains(h, []byte(`"product-errors"`)) && bytes.Contains(h, []byte(`"tool-version"`))
}

// Parse reads a notary log. It never panics; malformed input is an error.
func Parse(b []byte) (*Log, error) {
	if len(b) > MaxSize {
		return nil, fmt.Errorf("%d bytes is more than a notary log holds (limit %d)", len(b), MaxSize)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	var w wire
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&w); err != nil {
		return nil, fmt.Errorf("not valid JSON: %w", err)
	}
	l := &Log{Format: "notarytool"}
	switch {
	case w.NotarizationInfo != nil || w.NotarizationUpload != nil || len(w.ProductErrors) > 0:
		l.Format = "altool"
		info := w.NotarizationInfo
		if info == nil {
			info = w.NotarizationUpload
		}
		if info != nil {
			l.JobID, l.Status, l.StatusSummary = info.RequestUUID, info.Status, info.StatusMessage
			l.StatusCode, l.HasStatusCode = intOf(info.StatusCode)
			l.UploadDateText = info.Date
		}
		if len(w.ProductErrors) > 0 && !isNull(w.ProductErrors) {
			var pes []wireProductError
			if err := json.Unmarshal(w.ProductErrors, &pes); err != nil {
				return nil, fmt.Errorf("product-errors: %w", err)
			}
			for _, pe := range pes {
				msg := pe.Message
				if msg == "" {
					msg = strings.TrimSpace(pe.UserInfo.Description + " " + pe.UserInfo.Reason)
				}
				l.Issues = append(l.Issues, Issue{Severity: "error", Code: codeOf(pe.Code), Message: msg})
				if len(l.Issues) >= MaxIssues {
					l.Truncated = true
					break
				}
			}
		}
	default:
		if w.JobID == "" && w.Status == "" && len(w.Issues) == 0 && len(w.LogFormatVersion) == 0 {
			return nil, ErrNotNotaryLog
		}
		l.LogFormatVersion, _ = intOf(w.LogFormatVersion)
		l.JobID, l.Status, l.StatusSummary = w.JobID, w.Status, w.StatusSummary
		l.StatusCode, l.HasStatusCode = intOf(w.StatusCode)
		l.ArchiveFilename, l.SHA256, l.UploadDateText = w.ArchiveFilename, w.SHA256, w.UploadDate
		if len(w.Issues) > 0 && !isNull(w.Issues) {
			var wi []wireIssue
			if err := json.Unmarshal(w.Issues, &wi); err != nil {
				return nil, fmt.Errorf("issues: %w", err)
			}
			if len(wi) > MaxIssues {
				wi, l.Truncated = wi[:MaxIssues], true
			}
			for _, i := range wi {
				l.Issues = append(l.Issues, Issue{
					Severity: strings.ToLower(i.Severity), Code: codeOf(i.Code), Path: i.Path,
					Message: i.Message, DocURL: i.DocURL, Architecture: i.Architecture,
				})
			}
		}
		if len(w.TicketContents) > 0 && w.TicketContents[0] == '[' {
			var wt []wireTicket
			if err := json.Unmarshal(w.TicketContents, &wt); err != nil {
				return nil, fmt.Errorf("ticketContents: %w", err)
			}
			if len(wt) > MaxIssues {
				wt = wt[:MaxIssues]
			}
			for _, t := range wt {
				l.TicketContents = append(l.TicketContents, TicketEntry(t))
			}
		}
	}
	if l.UploadDateText != "" {
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05 -0700", "2006-01-02T15:04:05Z0700"} {
			if t, err := time.Parse(layout, l.UploadDateText); err == nil {
				l.UploadDate = t.UTC()
				break
			}
		}
	}
	return l, nil
}

func isNull(r json.RawMessage) bool { return string(bytes.TrimSpace(r)) == "null" }

func intOf(r json.RawMessage) (int, bool) {
	s := strings.Trim(string(bytes.TrimSpace(r)), `"`)
	if s == "" || s == "null" {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// codeOf renders an issue code, which the service writes as null, a number
// or a string.
func codeOf(r json.RawMessage) string {
	s := strings.TrimSpace(string(r))
	if s == "" || s == "null" {
		return ""
	}
	var str string
	if json.Unmarshal(r, &str) == nil {
		return str
	}
	if len(s) > 40 {
		s = s[:40]
	}
	return s
}

// Accepted says whether the service accepted the submission.
func (l *Log) Accepted() bool {
	return strings.EqualFold(l.Status, "Accepted") || strings.EqualFold(l.Status, "success")
}

// Group is the issues of one file and architecture.
type Group struct {
	Path         string
	Architecture string
	Issues       []Issue
}

// Groups returns the issues grouped by path, then architecture, in the order
// of their paths; within a group, issues keep the log's order.
func (l *Log) Groups() []Group {
	index := map[[2]string]int{}
	var out []Group
	for _, is := range l.Issues {
		k := [2]string{is.Path, is.Architecture}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, Group{Path: is.Path, Architecture: is.Architecture})
		}
		out[i].Issues = append(out[i].Issues, is)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Path != out[j].Path {
			return out[i].Path < out[j].Path
		}
		return out[i].Architecture < out[j].Architecture
	})
	return out
}
