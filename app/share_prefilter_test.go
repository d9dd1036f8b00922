package app

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// textEveryPattern is scrubber.text without its checks of what a match
// needs: every pattern on every string.
func textEveryPattern(s *scrubber, t string) string {
	re := shareRegexps()
	if s.exact != nil {
		t = s.replaceExact(t)
	}
	if !s.opts.DeviceIDs {
		t = s.replace(t, re.modernUDID, maskDeviceID)
		t = s.replace(t, re.hex40, maskCertID)
		t = s.replace(t, re.hex64, maskCertID)
		t = s.replace(t, re.colonHex, maskCertID)
		t = s.replace(t, re.deviceName, maskDeviceName)
	}
	if !s.opts.Names {
		t = re.certName.ReplaceAllStringFunc(t, func(m string) string {
			sub := re.certName.FindStringSubmatch(m)
			if sub[2] != maskName {
				s.count(maskName, sub[2])
			}
			return sub[1] + ": " + maskName + sub[3]
		})
		t = s.replace(t, re.email, maskName)
	}
	return t
}

// TestScrubSkipsOnlyStringsNoPatternCanMatch: the scrubber runs a pattern
// only on strings long enough and holding the characters its matches need;
// on every string of a report, of the pasted texts and of values at those
// bounds, it masks and counts exactly what running every pattern does.
func TestScrubSkipsOnlyStringsNoPatternCanMatch(t *testing.T) {
	var texts []string
	var gather func(v any)
	gather = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for _, e := range x {
				gather(e)
			}
		case []any:
			for _, e := range x {
				gather(e)
			}
		case string:
			texts = append(texts, x)
		}
	}
	r := handMadeReport(shareNow)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var generic any
	if err := json.Unmarshal(b, &generic); err != nil {
		t.Fatal(err)
	}
	gather(generic)
	for _, p := range pastedSecrets {
		texts = append(texts, p.text)
	}
	// Values the report does not hold: only the patterns find them.
	udid, hex40, hex64 := "00008101-000A1B2C3D4E5F61", strings.Repeat("a1", 20), strings.Repeat("b2", 32)
	colon := strings.TrimSuffix(strings.Repeat("3A:", 20), ":")
	texts = append(texts,
		udid, strings.ReplaceAll(udid, "-", ""), udid[:len(udid)-1], hex40, hex40[1:], hex64, hex64[1:],
		colon, colon[1:], strings.ReplaceAll(colon, ":", " "),
		"Jane's iPhone", "Jane’s iPad Pro", "Janes iPhone", "J's Mac",
		"Apple Development: Jane Doe (AB12CD34EF)", "Apple Development: Jane Doe AB12CD34EF", "Apple Development (AB12CD34EF)",
		"jane@example.com", "jane at example.com", "1A2B3C4D-1111-2222-3333-444455556666", "1A2B3C4D-1111-2222-3333-44445555666", "")
	for _, opts := range []shareOptions{{}, {DeviceIDs: true}, {Names: true}, {DeviceIDs: true, Names: true}} {
		for _, inText := range []bool{false, true} {
			// Two scrubbers that know the same private values (the
			// report's), one with the checks and one without.
			newScrubber := func() *scrubber {
				s := &scrubber{opts: opts, keep: map[string]bool{}, values: map[string]string{}, stats: scrubStats{}, seen: map[string]bool{}, yield: func() {}}
				var again any
				json.Unmarshal(b, &again)
				s.collect(again, "", nil)
				s.build()
				return s
			}
			got, want := newScrubber(), newScrubber()
			for _, text := range texts {
				g := got.walk(text, "", nil, inText)
				w := textEveryPattern(want, text)
				if inText && !opts.DeviceIDs {
					w = want.replace(w, shareRegexps().uuid, maskDeviceID)
				}
				if g != w {
					t.Errorf("opts %+v, inText %v: %q scrubbed to %q, every pattern gives %q", opts, inText, text, g, w)
				}
			}
			if gs, ws := got.stats, want.stats; len(gs) != len(ws) {
				t.Errorf("opts %+v: left out %v, every pattern %v", opts, gs, ws)
			} else {
				for k, v := range ws {
					if gs[k] != v {
						t.Errorf("opts %+v: left out %v, every pattern %v", opts, gs, ws)
					}
				}
			}
		}
	}
	if len(texts) < 50 {
		t.Fatalf("only %d strings compared", len(texts))
	}
}

// TestEncodeShareInTurnsMakesTheSameLink: the page's encoder, which gives
// the thread back between strings and pieces of JSON, makes the same link
// as encoding in one go, for a report near the bounds (JSON of more than
// one piece).
func TestEncodeShareInTurnsMakesTheSameLink(t *testing.T) {
	r := &report.Report{Findings: []report.Finding{}, Artifacts: []report.Artifact{report.NewArtifact("App.ipa", bundleWith(maxShareElements/costNode-10, 0))}}
	for _, opts := range []shareOptions{{}, {DeviceIDs: true, Names: true}} {
		whole, err := encodeShare(r, []string{"App.ipa"}, opts, shareNow)
		if err != nil {
			t.Fatal(err)
		}
		turns := 0
		inTurns, err := encodeShareYielding(r, []string{"App.ipa"}, opts, shareNow, func() { turns++ })
		if err != nil {
			t.Fatal(err)
		}
		if inTurns.Data != whole.Data || string(inTurns.JSON) != string(whole.JSON) || len(inTurns.Stats) != len(whole.Stats) {
			t.Errorf("opts %+v: the link made in turns differs (%d and %d characters)", opts, len(inTurns.Data), len(whole.Data))
		}
		// The page reuses its compressors: the link is what a new one makes.
		var fresh bytes.Buffer
		w, _ := flate.NewWriter(&fresh, flate.BestCompression)
		w.Write(whole.JSON)
		w.Close()
		if want := shareVersion + base64.RawURLEncoding.EncodeToString(fresh.Bytes()); whole.Data != want {
			t.Errorf("opts %+v: a reused compressor made another link", opts)
		}
		if len(whole.JSON) <= 16<<10 || turns < 100 {
			t.Errorf("opts %+v: %d bytes of JSON, %d turns: the report does not exercise the turns", opts, len(whole.JSON), turns)
		}
	}
}
