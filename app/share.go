package app

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// A share link carries the report, never the files: the report's JSON with
// identifying details removed (unless the user asks to keep them), wrapped
// with when, from which files and by which signdoctor it was made, deflated
// and base64url-encoded into the URL fragment, which browsers do not send to
// the server. Nothing ties a link to a real analysis: the page that opens one
// says so, shows its findings and facts as text, and takes explanations and
// fixes from its own checks only.

// shareFragmentKey starts the fragment of a share link: #report=2.<data>.
const shareFragmentKey = "report="

// shareVersion is the format of the data after the key: "2." holds a
// shareEnvelope. Links of format "1." (the bare report) still open.
const (
	shareVersion   = "2."
	shareVersionV1 = "1."
)

// Limits on the link itself: the encoded text and the inflated JSON. The
// report's shape is bounded in share_bounds.go.
const (
	maxShareEncoded = 256 << 10
	maxShareJSON    = 2 << 20
)

// shareEnvelope is what a link of format 2 holds.
type shareEnvelope struct {
	// Signdoctor is the version of the page that made the link.
	Signdoctor string    `json:"signdoctor"`
	Made       time.Time `json:"made"`
	// Files are the names of the files analysed ("pasted text" for text).
	Files []string `json:"files"`
	// DeviceIDs and Names say whether the maker chose to include them.
	DeviceIDs bool            `json:"device_ids_included"`
	Names     bool            `json:"names_included"`
	Report    json.RawMessage `json:"report"`
}

// shareMeta is what a link says about its report. Known is false for links
// of format 1, which say nothing.
type shareMeta struct {
	Known     bool
	Version   string
	Made      time.Time
	Files     []string
	DeviceIDs bool
	Names     bool
}

// sharedReport is an opened link.
type sharedReport struct {
	Report *report.Report
	Meta   shareMeta
}

// shareEncoded is a link's data, the JSON it holds (for the preview) and
// what was left out.
type shareEncoded struct {
	Data  string
	JSON  []byte
	Stats scrubStats
}

// encodeShare turns a report into the data part of a share link, leaving out
// what opts does not keep, and says what it left out. A report past the
// bounds a page opens is refused: the JSON download carries it instead.
func encodeShare(r *report.Report, files []string, opts shareOptions, made time.Time) (*shareEncoded, error) {
	return encodeShareYielding(r, files, opts, made, nil)
}

// encodeShareYielding is encodeShare calling yield, if not nil, between its
// steps, the report's strings as it scrubs them and the pieces of JSON it
// compresses: the page passes one that gives its thread back.
func encodeShareYielding(r *report.Report, files []string, opts shareOptions, made time.Time, yield func()) (*shareEncoded, error) {
	if yield == nil {
		yield = func() {}
	}
	if err := checkReportBounds(r); err != nil {
		return nil, fmt.Errorf("the report is too large for a link (%v); download the JSON instead", err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	yield()
	var rep any
	if err := json.Unmarshal(b, &rep); err != nil {
		return nil, err
	}
	yield()
	dropFindingFixes(rep)
	names := make([]any, len(files))
	for i, f := range files {
		names[i] = f
	}
	env := map[string]any{
		"signdoctor":          signdoctorVersion(),
		"made":                made.UTC().Format(time.RFC3339),
		"files":               names,
		"device_ids_included": opts.DeviceIDs,
		"names_included":      opts.Names,
		"report":              rep,
	}
	scrubbed, stats := scrubPrivate(env, opts, yield)
	if b, err = json.Marshal(scrubbed); err != nil {
		return nil, err
	}
	yield()
	if len(b) > maxShareJSON {
		return nil, errors.New("the report is too large for a link; download the JSON instead")
	}
	if err := checkShapeBounds(b); err != nil {
		return nil, fmt.Errorf("the report is too large for a link (%v); download the JSON instead", err)
	}
	var buf bytes.Buffer
	w := shareDeflaters.get()
	defer shareDeflaters.put(w)
	w.Reset(&buf)
	// In pieces, the same stream as one write: the compressor buffers.
	for rest := b; len(rest) > 0; {
		n := min(len(rest), 16<<10)
		if _, err := w.Write(rest[:n]); err != nil {
			return nil, err
		}
		rest = rest[n:]
		yield()
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	data := shareVersion + base64.RawURLEncoding.EncodeToString(buf.Bytes())
	if len(data) > maxShareEncoded {
		return nil, errors.New("the report is too large for a link; download the JSON instead")
	}
	return &shareEncoded{Data: data, JSON: b, Stats: stats}, nil
}

// shareDeflaters keeps compressors for encodeShare: one at the best
// compression holds about a megabyte of tables, which the page would
// otherwise allocate, and collect, for every preview (36 ms of a preview
// after bun's report in chromium). Not a sync.Pool, which every garbage
// collection empties.
var shareDeflaters deflaterList

// deflaterList is a free list of at most two compressors.
type deflaterList struct {
	mu   sync.Mutex
	free []*flate.Writer
}

func (l *deflaterList) get() *flate.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	if n := len(l.free); n > 0 {
		w := l.free[n-1]
		l.free = l.free[:n-1]
		return w
	}
	w, _ := flate.NewWriter(nil, flate.BestCompression)
	return w
}

func (l *deflaterList) put(w *flate.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.free) < 2 {
		l.free = append(l.free, w)
	}
}

// dropFindingFixes removes each finding's own fix from a report decoded as
// generic JSON: a page that opens a link shows its own checks' fixes, never
// a command the link carries, so carrying them would only lengthen the link
// (and they hold file names and identities).
func dropFindingFixes(rep any) {
	m, _ := rep.(map[string]any)
	fs, _ := m["findings"].([]any)
	for _, f := range fs {
		if fm, ok := f.(map[string]any); ok {
			delete(fm, "fix")
		}
	}
}

// decodeShare reads the data part of a share link. Whatever it holds is
// measured before anything is built from it, and what it says is only ever
// shown as text.
func decodeShare(data string) (*sharedReport, error) {
	data = strings.TrimSpace(data)
	if len(data) > maxShareEncoded {
		return nil, errors.New("the link is too long to be a signdoctor report")
	}
	version := shareVersion
	rest, ok := strings.CutPrefix(data, shareVersion)
	if !ok {
		version = shareVersionV1
		if rest, ok = strings.CutPrefix(data, shareVersionV1); !ok {
			return nil, errors.New("the link was made by another version of signdoctor, or is cut short")
		}
	}
	raw, err := base64.RawURLEncoding.DecodeString(rest)
	if err != nil {
		return nil, fmt.Errorf("the link is damaged (%v); copy it again, all of it", err)
	}
	zr := flate.NewReader(bytes.NewReader(raw))
	defer zr.Close()
	js, err := io.ReadAll(io.LimitReader(zr, maxShareJSON+1))
	if err != nil {
		return nil, fmt.Errorf("the link is damaged (%v); copy it again, all of it", err)
	}
	if len(js) > maxShareJSON {
		return nil, errors.New("the report in the link is too large")
	}
	if err := checkShapeBounds(js); err != nil {
		return nil, fmt.Errorf("the report in the link is too large to show: %v", err)
	}
	out := &sharedReport{}
	if version == shareVersion {
		var env shareEnvelope
		if err := json.Unmarshal(js, &env); err != nil {
			return nil, fmt.Errorf("the link does not hold a report (%v)", err)
		}
		js = env.Report
		out.Meta = shareMeta{Known: true, Version: env.Signdoctor, Made: env.Made, Files: env.Files, DeviceIDs: env.DeviceIDs, Names: env.Names}
	}
	var r report.Report
	if err := json.Unmarshal(js, &r); err != nil {
		return nil, fmt.Errorf("the link does not hold a report (%v)", err)
	}
	sanitizeShared(&r) // first: it may add what the page draws (entitlements' meanings)
	if err := checkReportBounds(&r); err != nil {
		return nil, fmt.Errorf("the report in the link is too large to show: %v", err)
	}
	out.Report = &r
	return out, nil
}

// sanitizeShared keeps, of what a link says, the findings and facts, and
// takes every explanation from this page's own checks: a finding's fix, a
// pasted message's causes, a notary issue's explanation and an entitlement's
// meaning are the page's, never the link's. Words the page does not know
// (a severity, a goal) do not style or count as anything.
func sanitizeShared(r *report.Report) {
	for i := range r.Findings {
		f := &r.Findings[i]
		f.Fix = ""
		if f.Severity.Rank() > 2 {
			f.Severity = report.Info
		}
	}
	if r.Findings == nil {
		r.Findings = []report.Finding{}
	}
	r.Sort()
	verdicts := r.Verdicts[:0]
	for _, v := range r.Verdicts {
		if !knownGoal(v.Goal) {
			continue
		}
		switch v.Status {
		case report.Pass, report.Fail, report.Unknown:
		default:
			v.Status = report.Unknown
		}
		verdicts = append(verdicts, v)
	}
	r.Verdicts = verdicts
	for _, a := range r.Artifacts {
		switch f := a.Facts.(type) {
		case *report.Text:
			f.Advice = ""
			if g := f.ReadsLike; g != nil {
				if g.Title = checkTitle(g.ID); g.Title == "" {
					f.ReadsLike = nil
				}
			}
			for i := range f.Matches {
				m := &f.Matches[i]
				m.Title = checkTitle(m.ID)
				m.Causes, m.Hints, m.Confirm = nil, nil, ""
				m.Checks = registered(m.Checks)
			}
		case *report.Notary:
			f.StatusExplanation = ""
			for g := range f.Groups {
				for i := range f.Groups[g].Issues {
					is := &f.Groups[g].Issues[i]
					is.Title, is.Explanation = checkTitle(is.Check), ""
					is.LocalChecks = registered(is.LocalChecks)
					if !analyzer.AppleDocURL(is.DocURL) {
						is.DocURL = ""
					}
				}
			}
		case *report.Entitlements:
			f.Keys = analyzer.DescribeEntitlements(f.Entitlements, f.Platform)
		}
	}
}

func knownGoal(g report.Goal) bool {
	for _, k := range report.Goals {
		if g == k {
			return true
		}
	}
	return false
}

// checkTitle is a registered check's title, or "" for an ID this page does
// not know.
func checkTitle(id string) string {
	if c := analyzer.Lookup(id); c != nil {
		return c.Title
	}
	return ""
}

// registered keeps the IDs of checks this page has.
func registered(ids []string) []string {
	var out []string
	for _, id := range ids {
		if analyzer.Lookup(id) != nil {
			out = append(out, id)
		}
	}
	return out
}

// shareFragment returns the data of a share link from a URL fragment, or "".
func shareFragment(fragment string) string {
	data, ok := strings.CutPrefix(fragment, shareFragmentKey)
	if !ok {
		return ""
	}
	return data
}
