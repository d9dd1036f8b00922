package app

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// A share link carries the report, never the files: the report's JSON with
// identifying details removed (unless the user asks to keep them), deflated
// and base64url-encoded into the URL fragment, which browsers do not send to
// the server.

// shareFragmentKey starts the fragment of a share link: #report=1.<data>.
const shareFragmentKey = "report="

// shareVersion is the format of the data after the key; a later format gets
// a new number and old links keep decoding.
const shareVersion = "1."

// Limits for decoding a link, which anyone can craft: the encoded text, the
// inflated JSON, and how much of a report is kept.
const (
	maxShareEncoded   = 256 << 10
	maxShareJSON      = 2 << 20
	maxShareFindings  = 5000
	maxShareArtifacts = 500
)

// privateKeys are the JSON fields left out of a link unless the user ticks
// the box: device UDIDs and certificate serial numbers.
var privateKeys = map[string]bool{"device_ids": true, "serial": true}

// udidInText finds modern device UDIDs (00008030-001A2B3C4D5E6F70) in finding
// messages, the one place an ID can appear outside the private fields.
// Compiled on first use: a regexp compiled at start-up is the page's cold
// load's.
var udidInText = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{16}\b`)
})

// encodeShare turns a report into the data part of a share link.
func encodeShare(r *report.Report, includePrivate bool) (string, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return "", err
	}
	if !includePrivate {
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			return "", err
		}
		v = stripPrivate(v, "")
		if b, err = json.Marshal(v); err != nil {
			return "", err
		}
	}
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := w.Write(b); err != nil {
		return "", err
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	return shareVersion + base64.RawURLEncoding.EncodeToString(buf.Bytes()), nil
}

// stripPrivate removes private fields and masks UDIDs in messages.
func stripPrivate(v any, key string) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if privateKeys[k] {
				delete(x, k)
				continue
			}
			x[k] = stripPrivate(e, k)
		}
	case []any:
		for i, e := range x {
			x[i] = stripPrivate(e, key)
		}
	case string:
		if key == "message" || key == "fix" {
			return udidInText().ReplaceAllString(x, "[device ID]")
		}
	}
	return v
}

// decodeShare reads the data part of a share link back into a report. The
// result is only ever rendered as text.
func decodeShare(data string) (*report.Report, error) {
	data = strings.TrimSpace(data)
	if len(data) > maxShareEncoded {
		return nil, errors.New("the link is too long to be a signdoctor report")
	}
	rest, ok := strings.CutPrefix(data, shareVersion)
	if !ok {
		return nil, errors.New("the link was made by another version of signdoctor, or is cut short")
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
	var r report.Report
	if err := json.Unmarshal(js, &r); err != nil {
		return nil, fmt.Errorf("the link does not hold a report (%v)", err)
	}
	if len(r.Findings) > maxShareFindings {
		r.Findings = r.Findings[:maxShareFindings]
	}
	if len(r.Artifacts) > maxShareArtifacts {
		r.Artifacts = r.Artifacts[:maxShareArtifacts]
	}
	for i := range r.Findings {
		if r.Findings[i].Severity.Rank() > 2 {
			r.Findings[i].Severity = report.Info // an unknown word never styles or counts as an error
		}
	}
	if r.Findings == nil {
		r.Findings = []report.Finding{}
	}
	r.Sort()
	return &r, nil
}

// shareFragment returns the data of a share link from a URL fragment, or "".
func shareFragment(fragment string) string {
	data, ok := strings.CutPrefix(fragment, shareFragmentKey)
	if !ok {
		return ""
	}
	return data
}
