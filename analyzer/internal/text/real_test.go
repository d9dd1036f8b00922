package text

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// realRecord is one message of testdata/real-messages.txt or
// testdata/not-signing.txt.
type realRecord struct {
	name, source string
	want, not    []string
	first, fix   string
	values       [][2]string
	text         string
}

func readRecords(t *testing.T, path string) []realRecord {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []realRecord
	for _, chunk := range strings.Split("\n"+string(b), "\n@@@ ")[1:] {
		head, body, ok := strings.Cut(chunk, "\n---\n")
		if !ok {
			t.Fatalf("%s: record %q has no --- line", path, strings.SplitN(chunk, "\n", 2)[0])
		}
		lines := strings.Split(head, "\n")
		// A batch's notes written between records would become the text of
		// the record above them and could be what matches it.
		if strings.Contains(strings.ToLower(body), "before any change") {
			t.Fatalf("%s: record %q: notes about a batch belong in the header, not after a record", path, lines[0])
		}
		r := realRecord{name: lines[0], text: body}
		for _, l := range lines[1:] {
			k, v, _ := strings.Cut(l, ":")
			v = strings.TrimSpace(v)
			switch k {
			case "source":
				r.source = v
			case "want":
				r.want = strings.Fields(v)
			case "not":
				r.not = strings.Fields(v)
			case "first":
				r.first = v
			case "fix":
				r.fix = v
			case "value":
				kind, val, _ := strings.Cut(v, "=")
				r.values = append(r.values, [2]string{kind, val})
			}
		}
		out = append(out, r)
	}
	return out
}

// judge says why a real message was not diagnosed right, or "" when it was:
// every wanted message found, none of the unwanted, the first likely cause
// of the first wanted one the expected one, every value extracted whole.
func judge(r realRecord, res Result) string {
	byID := map[string]*Match{}
	for i := range res.Matches {
		byID[res.Matches[i].Entry.ID] = &res.Matches[i]
	}
	for _, id := range r.want {
		if byID[id] == nil {
			return "missing " + id
		}
	}
	for _, id := range r.not {
		if byID[id] != nil {
			return "unwanted " + id
		}
	}
	if r.first != "" {
		m := byID[r.want[0]]
		if len(m.Causes) == 0 || !strings.Contains(strings.ToLower(m.Causes[0]), strings.ToLower(r.first)) {
			c := ""
			if len(m.Causes) > 0 {
				c = m.Causes[0]
			}
			return "first cause " + strconv.Quote(c) + " does not say " + strconv.Quote(r.first)
		}
	}
	if r.fix != "" {
		m := byID[r.want[0]]
		if !strings.Contains(m.Fix+" "+m.Confirm, r.fix) {
			return "fix and confirm do not say " + strconv.Quote(r.fix)
		}
	}
	for _, kv := range r.values {
		found := false
		for _, m := range res.Matches {
			if hasValue(m.Values, kv[0], kv[1]) {
				found = true
			}
		}
		if !found {
			return "value " + kv[0] + " " + strconv.Quote(kv[1]) + " not extracted"
		}
	}
	return ""
}

// TestRealMessages measures the share of real messages diagnosed right. The
// floor is what the catalogue reaches now; it may only go up.
func TestRealMessages(t *testing.T) {
	recs := readRecords(t, "testdata/real-messages.txt")
	right := 0
	for _, r := range recs {
		if why := judge(r, Analyze([]byte(r.text))); why != "" {
			t.Logf("MISS %s (%s): %s", r.name, r.source, why)
			continue
		}
		right++
	}
	t.Logf("real messages diagnosed right: %d of %d", right, len(recs))
	if right < realMessagesFloor {
		t.Errorf("%d of %d real messages diagnosed right, fewer than the %d reached before", right, len(recs), realMessagesFloor)
	}
}

const realMessagesFloor = 50

// heldOutSets are the held-out rounds, each gathered after the fixes for
// the one before and measured before any change for it: firstSight is how
// many of its messages were diagnosed right then, the honest estimate for
// messages signdoctor has not seen; floor is how many are now, and may only
// go up; notSigning says the round has texts that are not Apple code
// signing (counted here, asserted to get no error in TestNotSigning).
var heldOutSets = []struct {
	file, which string
	floor       int
	notSigning  bool
	firstSight  string
}{
	{"heldout-messages.txt", "first", 39, false, "34 of 39"},
	{"heldout2-messages.txt", "second", 99, true, "83 of 99"},
	{"heldout3-messages.txt", "third", 30, true, "27 of 30"},
	// 24 of 25 after the fix; the not-signing texts got no error.
	{"heldout4-messages.txt", "fourth", 24, true, "17 of 25"},
	{"heldout5-messages.txt", "fifth", 18, true, "14 of 18"},
	{"heldout6-messages.txt", "sixth", 51, true, "43 of 51, none of 23 not-signing with an error"},
	{"heldout7-messages.txt", "seventh", 49, true, "41 of 49, none of 6 not-signing with an error"},
	// Five of the ten misses were "library load disallowed by system policy".
	{"heldout8-messages.txt", "eighth", 31, true, "21 of 31, 1 of 5 not-signing with an error"},
	{"heldout9-messages.txt", "ninth", 30, true, "25 of 30, none of 3 not-signing with an error"},
	{"heldout10-messages.txt", "tenth", 30, false, "20 of 30"},
	{"heldout11-messages.txt", "eleventh", 32, false, "24 of 32"},
	{"heldout12-messages.txt", "twelfth", 35, true, "33 of 35, none of 9 not-signing with an error"},
	{"heldout13-messages.txt", "thirteenth", 35, true, "24 of 35, none of 5 (then 2) not-signing with an error"},
	{"heldout14-messages.txt", "fourteenth", 26, true, "24 of 26, the one not-signing text without an error"},
	{"heldout15-messages.txt", "fifteenth", 18, true, "17 of 18, none of 3 not-signing with an error"},
	// The .NET iOS SDK's own wordings were not read at all.
	{"heldout16-messages.txt", "sixteenth", 15, false, "5 of 15"},
	// The not-signing error was a RubyGems certificate that "is expired".
	{"heldout17-messages.txt", "seventeenth", 40, true, "35 of 40, 1 of 15 not-signing with an error"},
	{"heldout18-messages.txt", "eighteenth", 21, true, "20 of 21, none of 9 not-signing with an error"},
	{"heldout19-messages.txt", "nineteenth", 12, true, "10 of 12, none of 2 not-signing with an error"},
	// Expired installer certificates as people report them were not read.
	{"heldout20-messages.txt", "twentieth", 13, false, "5 of 13"},
	{"heldout21-messages.txt", "twenty-first", 10, false, "9 of 10"},
	// The not-signing error was a Kubernetes client certificate that "has expired".
	{"heldout22-messages.txt", "twenty-second", 12, true, "12 of 12, 1 of 6 not-signing with an error"},
	{"heldout23-messages.txt", "twenty-third", 11, false, "10 of 11"},
	// Every miss was a Gatekeeper alert in the system's own language.
	{"heldout25-messages.txt", "twenty-fifth", 28, true, "16 of 28, none of 4 not-signing with an error"},
	// The not-signing error was a PDF that Preview calls damaged.
	{"heldout26-messages.txt", "twenty-sixth", 15, true, "10 of 15, 1 of 3 not-signing with an error"},
	{"heldout27-messages.txt", "twenty-seventh", 14, false, "12 of 14"},
	{"heldout28-messages.txt", "twenty-eighth", 9, false, "5 of 9"},
	{"heldout29-messages.txt", "twenty-ninth", 6, true, "5 of 6, none of 8 not-signing with an error"},
	{"heldout30-messages.txt", "thirtieth", 5, false, "0 of 5"},
	{"heldout31-messages.txt", "thirty-first", 12, false, "8 of 12"},
	{"heldout32-messages.txt", "thirty-second", 9, false, "9 of 9"},
	{"heldout33-messages.txt", "thirty-third", 6, false, "3 of 6"},
	{"heldout34-messages.txt", "thirty-fourth", 12, false, "6 of 12"},
	{"heldout35-messages.txt", "thirty-fifth", 27, true, "22 of 27, none of 3 not-signing with an error"},
	{"heldout36-messages.txt", "thirty-sixth", 24, false, "20 of 24"},
	// Still missed: ios-deploy printing 0x800801c, and a console wrap
	// splitting "self-sig/ned root".
	{"heldout37-messages.txt", "thirty-seventh", 37, true, "30 of 39, none of 8 not-signing with an error"},
	{"heldout38-messages.txt", "thirty-eighth", 52, true, "43 of 53, none of 9 not-signing with an error"},
	// Three of the four misses were a wrapper's own words (msbuild's codesign
	// exit status, fastlane match's expired certificate).
	{"heldout39-messages.txt", "thirty-ninth", 44, true, "40 of 44, none of 8 not-signing with an error"},
	{"heldout40-messages.txt", "fortieth", 36, true, "30 of 36 (27 as first labelled), 1 of 8 not-signing with an error"},
	{"heldout41-messages.txt", "forty-first", 34, true, "30 of 34, none of 15 not-signing with an error"},
	// One want corrected after the first count (22 of 35 with it).
	{"heldout42-messages.txt", "forty-second", 35, true, "21 of 35, 1 of 11 not-signing with an error"},
	// The last four records were added and counted after the first two fixes.
	{"heldout43-messages.txt", "forty-third", 25, true, "22 of 25 (18 of the first 21), none of 4 not-signing with an error"},
	{"heldout44-messages.txt", "forty-fourth", 25, true, "19 of 25, 1 of 6 not-signing with an error"},
	// One want corrected after the first count (13 of 18 with it); the last
	// five records were added and counted after the fixes.
	{"heldout45-messages.txt", "forty-fifth", 22, true, "17 of 23 (12 of the first 18), none of 7 not-signing with an error"},
	// One want corrected after the first count (amfid's -2147409652 is a revoked
	// certificate); 18 of 21 with it too. The last five records were added and
	// counted after the first three fixes.
	{"heldout46-messages.txt", "forty-sixth", 25, true, "23 of 26 (18 of the first 21), none of 7 not-signing with an error"},
	// The not-signing error was Keychain Services' errors in a guide's table.
	{"heldout47-messages.txt", "forty-seventh", 22, true, "19 of 22, 1 of 8 not-signing with an error"},
	// One want corrected after the first count (a personal team's capabilities
	// are text-profile-doesnt-support); 20 of 24 with it too. The last five
	// records and one not-signing text were added and counted after the fixes.
	{"heldout48-messages.txt", "forty-eighth", 29, true, "24 of 29 (20 of the first 24), none of 6 not-signing with an error"},
	// The internal error's record wants the entry added after the first count.
	{"heldout49-messages.txt", "forty-ninth", 30, true, "28 of 30, none of 6 not-signing with an error"},
	// One want corrected after the first count (Xcode's failed qualification
	// is read by its reason lines); 26 of 29 with it.
	{"heldout50-messages.txt", "fiftieth", 29, true, "25 of 29, none of 8 not-signing with an error"},
	// A kext waiting for approval had no entry; the four records wanting
	// text-kext-not-approved were counted before it was added. The last five
	// records and one not-signing text were added and counted after the
	// first fixes.
	{"heldout51-messages.txt", "fifty-first", 28, true, "18 of 28 (14 of the first 23), 1 of 8 not-signing with an error"},
	// One want corrected before the first commit (a failed -R test is
	// text-csreq-67050); 26 of 30 with the first pick.
	{"heldout52-messages.txt", "fifty-second", 29, true, "27 of 30, none of 7 not-signing with an error"},
	{"heldout53-messages.txt", "fifty-third", 26, true, "24 of 26, none of 7 not-signing with an error"},
	// One want corrected after the first count (launchd's namespace-3 exit
	// reason is text-code-signature-invalid); a miss with either pick.
	{"heldout54-messages.txt", "fifty-fourth", 29, true, "25 of 30, none of 5 (then 2) not-signing with an error"},
	{"heldout55-messages.txt", "fifty-fifth", 29, true, "14 of 29, none of 7 not-signing with an error"},
	// One want corrected after the first count (codesign's "invalid resource
	// directory", -67023, is the signature's own seal of the resources:
	// text-code-signature-modified); 12 of 16 with it.
	{"heldout56-messages.txt", "fifty-sixth", 16, true, "11 of 16, none of 7 not-signing with an error"},
	{"heldout57-messages.txt", "fifty-seventh", 19, true, "16 of 20, none of 6 not-signing with an error"},
	{"heldout58-messages.txt", "fifty-eighth", 30, true, "29 of 30, none of 6 not-signing with an error"},
	{"heldout59-messages.txt", "fifty-ninth", 23, true, "21 of 23, none of 5 (then 2) not-signing with an error"},
	{"heldout60-messages.txt", "sixtieth", 18, true, "12 of 20, none of 6 not-signing with an error"},
	{"heldout61-messages.txt", "sixty-first", 22, true, "9 of 22, 3 of 7 not-signing with an error"},
	{"heldout62-messages.txt", "sixty-second", 30, true, "28 of 30, none of 6 not-signing with an error"},
	{"heldout63-messages.txt", "sixty-third", 22, true, "14 of 22, none of 4 not-signing with an error"},
	{"heldout64-messages.txt", "sixty-fourth", 23, true, "22 of 23, none of 6 not-signing with an error"},
	{"heldout65-messages.txt", "sixty-fifth", 23, true, "14 of 23, none of 5 (then 2) not-signing with an error"},
	{"heldout66-messages.txt", "sixty-sixth", 24, true, "1 of 25, none of 6 not-signing with an error"},
	{"heldout67-messages.txt", "sixty-seventh", 16, true, "9 of 20, none of 5 (then 2) not-signing with an error"},
	{"heldout68-messages.txt", "sixty-eighth", 23, true, "17 of 23, none of 5 (then 2) not-signing with an error"},
	{"heldout69-messages.txt", "sixty-ninth", 20, true, "13 of 20, 1 of 9 not-signing with an error"},
	{"heldout70-messages.txt", "seventieth", 21, true, "16 of 21, none of 7 not-signing with an error"},
	{"heldout71-messages.txt", "seventy-first", 19, true, "15 of 19, none of 4 not-signing with an error"},
	{"heldout72-messages.txt", "seventy-second", 10, true, "8 of 10, none of 35 not-signing with an error"},
	{"heldout73-messages.txt", "seventy-third", 21, true, "15 of 22, none of 6 not-signing with an error"},
	{"heldout74-messages.txt", "seventy-fourth", 16, true, "10 of 15 (then 1 of 1), none of 9 not-signing with an error"},
	{"heldout75-messages.txt", "seventy-fifth", 17, true, "13 of 17, none of 6 not-signing with an error"},
	{"heldout76-messages.txt", "seventy-sixth", 17, true, "16 of 17, none of 6 not-signing with an error"},
	{"heldout77-messages.txt", "seventy-seventh", 16, true, "13 of 17, none of 4 not-signing with an error"},
	{"heldout78-messages.txt", "seventy-eighth", 24, true, "14 of 24, none of 5 (then 2) not-signing with an error"},
	{"heldout79-messages.txt", "seventy-ninth", 20, true, "15 of 15 (then 2 of 2 moved from not-signing, then 1 of 2, then 0 of 1), 2 of 4 not-signing with an error or warning (then none of 2, then none of 1)"},
	{"heldout80-messages.txt", "eightieth", 9, true, "6 of 7 (then 2 of 2), none of 4 (then 6) not-signing with an error"},
	{"heldout81-messages.txt", "eighty-first", 15, true, "4 of 8 (then 2 of 5, then 2 of 2), none of 5 (then 2) not-signing with an error"},
	{"heldout82-messages.txt", "eighty-second", 16, true, "11 of 16, none of 6 not-signing with an error"},
	{"heldout83-messages.txt", "eighty-third", 13, true, "9 of 13, none of 8 not-signing with an error"},
	{"heldout84-messages.txt", "eighty-fourth", 18, true, "5 of 8 (then 4 of 6, then 2 of 2, then 2 of 2), none of 5 not-signing with an error"},
	{"heldout85-messages.txt", "eighty-fifth", 13, true, "7 of 11 (then 3 of 3), none of 5 (then 1) not-signing with an error"},
	{"heldout86-messages.txt", "eighty-sixth", 16, true, "6 of 11 (then 2 of 5), none of 4 (then 1) not-signing with an error"},
	{"heldout87-messages.txt", "eighty-seventh", 20, true, "9 of 13 (then 1 of 7), none of 4 not-signing with an error"},
	{"heldout88-messages.txt", "eighty-eighth", 16, true, "8 of 13 (then 0 of 3), none of 5 not-signing with an error"},
	{"heldout89-messages.txt", "eighty-ninth", 11, true, "6 of 12, none of 4 not-signing with an error"},
	{"heldout90-messages.txt", "ninetieth", 13, true, "10 of 10 (then 2 of 2, then 0 of 1), none of 8 (then 2) not-signing with an error"},
	{"heldout91-messages.txt", "ninety-first", 16, true, "8 of 14 (then 2 of 2), none of 5 not-signing with an error"},
	{"heldout92-messages.txt", "ninety-second", 11, true, "5 of 9 (then 0 of 2), none of 4 not-signing with an error"},
	{"heldout93-messages.txt", "ninety-third", 20, true, "8 of 15 (then 5 of 8), none of 6 (then 3) not-signing with an error"},
	{"heldout94-messages.txt", "ninety-fourth", 24, true, "7 of 19 (then 5 of 7), none of 7 (then 3) not-signing with an error"},
	{"heldout95-messages.txt", "ninety-fifth", 16, true, "10 of 17, none of 8 not-signing with an error"},
	{"heldout96-messages.txt", "ninety-sixth", 16, true, "3 of 15 (then 1 of 3), none of 6 not-signing with an error"},
	{"heldout97-messages.txt", "ninety-seventh", 26, true, "16 of 18 (then 4 of 5, then 2 of 3), none of 6 not-signing with an error"},
	{"heldout98-messages.txt", "ninety-eighth", 20, true, "16 of 20, none of 6 not-signing with an error"},
	{"heldout99-messages.txt", "ninety-ninth", 11, true, "9 of 11, none of 7 (then 3) not-signing with an error"},
	{"heldout100-messages.txt", "hundredth", 24, true, "12 of 17 (then 4 of 5, then 2 of 2), none of 7 (then 2) not-signing with an error"},
	{"heldout101-messages.txt", "hundred-and-first", 21, true, "12 of 17 (then 3 of 4), none of 7 (then 1) not-signing with an error"},
	{"heldout102-messages.txt", "hundred-and-second", 17, true, "5 of 18, none of 6 not-signing with an error"},
	{"heldout103-messages.txt", "hundred-and-third", 22, true, "16 of 18 (then 3 of 4), none of 7 (then 1) not-signing with an error"},
	{"heldout104-messages.txt", "hundred-and-fourth", 15, true, "10 of 14 (then 1 of 3), none of 5 not-signing with an error"},
	{"heldout105-messages.txt", "hundred-and-fifth", 21, true, "12 of 24, none of 5 not-signing with an error"},
	{"heldout106-messages.txt", "hundred-and-sixth", 15, true, "6 of 15 (then 2 of 2), none of 6 (then 1) not-signing with an error"},
	{"heldout107-messages.txt", "hundred-and-seventh", 20, true, "13 of 17 (then 2 of 4), none of 6 not-signing with an error"},
	{"heldout108-messages.txt", "hundred-and-eighth", 15, true, "9 of 15, none of 8 not-signing with an error"},
	{"heldout109-messages.txt", "hundred-and-ninth", 23, true, "12 of 18 (then 5 of 5), none of 7 not-signing with an error"},
	{"heldout110-messages.txt", "hundred-and-tenth", 15, true, "9 of 18, none of 6 not-signing with an error"},
	{"heldout111-messages.txt", "hundred-and-eleventh", 23, true, "12 of 16 (then 4 of 7), none of 7 (then 4) not-signing with an error; 14 of 16 before six first: lines were corrected, before any change"},
	{"heldout112-messages.txt", "hundred-and-twelfth", 10, true, "3 of 12, none of 6 not-signing with an error"},
	{"heldout113-messages.txt", "hundred-and-thirteenth", 16, true, "9 of 19, none of 6 not-signing with an error"},
	{"heldout114-messages.txt", "hundred-and-fourteenth", 18, true, "10 of 12 (then 3 of 6), none of 6 not-signing with an error"},
	{"heldout115-messages.txt", "hundred-and-fifteenth", 13, true, "11 of 14, none of 6 not-signing with an error"},
	{"heldout116-messages.txt", "hundred-and-sixteenth", 14, true, "7 of 14 (then 3 of 3), none of 4 (then 1) not-signing with an error; 8 of 14 before any change once one wrong first: line was corrected"},
	{"heldout117-messages.txt", "hundred-and-seventeenth", 16, true, "10 of 15 (then 0 of 2, then 1 of 2), none of 5 not-signing with an error"},
	{"heldout118-messages.txt", "hundred-and-eighteenth", 14, true, "9 of 13 (then 1 of 1), none of 5 (then 1) not-signing with an error"},
	{"heldout119-messages.txt", "hundred-and-nineteenth", 17, true, "10 of 17, none of 5 not-signing with an error"},
	// One want corrected after the first count (Xcode's "requires a
	// provisioning profile with the ... feature" is text-profile-doesnt-support);
	// a miss with either pick. The last seven records were added and counted
	// after the first fixes.
	{"heldout120-messages.txt", "hundred-and-twentieth", 21, true, "12 of 14 (then 4 of 7), none of 7 not-signing with an error"},
	{"heldout121-messages.txt", "hundred-and-twenty-first", 23, true, "19 of 23, none of 5 not-signing with an error"},
	{"heldout122-messages.txt", "hundred-and-twenty-second", 21, true, "8 of 18 (then 1 of 6), none of 7 (then 1) not-signing with an error"},
	{"heldout123-messages.txt", "hundred-and-twenty-third", 13, true, "3 of 15, none of 6 not-signing with an error"},
	{"heldout124-messages.txt", "hundred-and-twenty-fourth", 20, true, "16 of 20, none of 7 not-signing with an error"},
	{"heldout125-messages.txt", "hundred-and-twenty-fifth", 16, true, "10 of 16, none of 5 not-signing with an error"},
	{"heldout126-messages.txt", "hundred-and-twenty-sixth", 12, true, "11 of 14, none of 2 not-signing with an error"},
	{"heldout127-messages.txt", "hundred-and-twenty-seventh", 13, true, "10 of 13, none of 7 not-signing with an error"},
	{"heldout128-messages.txt", "hundred-and-twenty-eighth", 21, true, "10 of 15 (then 1 of 2, then 8 of 8), none of 4 (then 4) not-signing with an error"},
	{"heldout129-messages.txt", "hundred-and-twenty-ninth", 10, true, "7 of 10, none of 3 not-signing with an error"},
	{"heldout130-messages.txt", "hundred-and-thirtieth", 14, true, "11 of 15, 1 of 4 not-signing with an error"},
	{"heldout131-messages.txt", "hundred-and-thirty-first", 17, true, "10 of 17, none of 5 not-signing with an error"},
	{"heldout132-messages.txt", "hundred-and-thirty-second", 19, true, "15 of 19, 1 of 6 not-signing with an error"},
	{"heldout133-messages.txt", "hundred-and-thirty-third", 18, true, "13 of 18, none of 5 not-signing with an error"},
	{"heldout134-messages.txt", "hundred-and-thirty-fourth", 3, true, "0 of 6, none of 4 not-signing with an error (2 more drew a true warning and were taken out)"},
	{"heldout135-messages.txt", "hundred-and-thirty-fifth", 18, true, "13 of 18, none of 6 not-signing with an error"},
	{"heldout136-messages.txt", "hundred-and-thirty-sixth", 15, true, "13 of 14 (then 0 of 1), none of 4 (then 1) not-signing with an error"},
	{"heldout137-messages.txt", "hundred-and-thirty-seventh", 14, true, "11 of 14, none of 5 not-signing with an error"},
	{"heldout138-messages.txt", "hundred-and-thirty-eighth", 17, true, "5 of 17, none of 5 not-signing with an error"},
	{"heldout139-messages.txt", "hundred-and-thirty-ninth", 16, true, "6 of 16, none of 6 not-signing with an error"},
	{"heldout140-messages.txt", "hundred-and-fortieth", 14, true, "3 of 16, none of 3 not-signing with an error"},
	{"heldout141-messages.txt", "hundred-and-forty-first", 18, true, "1 of 18, none of 5 not-signing with an error"},
	{"heldout142-messages.txt", "hundred-and-forty-second", 13, true, "8 of 15, none of 7 not-signing with an error"},
	{"heldout143-messages.txt", "hundred-and-forty-third", 16, true, "3 of 20, none of 5 not-signing with an error"},
	{"heldout144-messages.txt", "hundred-and-forty-fourth", 6, true, "5 of 6, none of 5 not-signing with an error"},
	{"heldout145-messages.txt", "hundred-and-forty-fifth", 14, true, "9 of 15, none of 6 not-signing with an error"},
	{"heldout146-messages.txt", "hundred-and-forty-sixth", 15, true, "9 of 15, none of 6 not-signing with an error"},
	{"heldout147-messages.txt", "hundred-and-forty-seventh", 18, true, "15 of 18, none of 5 not-signing with an error"},
	{"heldout148-messages.txt", "hundred-and-forty-eighth", 12, true, "7 of 12 (8 of 12 once one first: line worded without reading the entry was corrected), none of 5 not-signing with an error"},
	{"heldout149-messages.txt", "hundred-and-forty-ninth", 16, true, "6 of 16, 1 of 5 not-signing with an error"},
	{"heldout150-messages.txt", "hundred-and-fiftieth", 13, true, "6 of 13, none of 7 not-signing with an error"},
	{"heldout151-messages.txt", "hundred-and-fifty-first", 14, true, "5 of 15, none of 7 not-signing with an error"},
	{"heldout152-messages.txt", "hundred-and-fifty-second", 5, true, "5 of 5, none of 7 not-signing with an error"},
	{"heldout153-messages.txt", "hundred-and-fifty-third", 13, true, "7 of 15, none of 7 not-signing with an error"},
	{"heldout154-messages.txt", "hundred-and-fifty-fourth", 7, true, "6 of 10, none of 6 not-signing with an error"},
	{"heldout155-messages.txt", "hundred-and-fifty-fifth", 7, true, "6 of 7, none of 6 not-signing with an error"},
	{"heldout156-messages.txt", "hundred-and-fifty-sixth", 12, true, "11 of 12, none of 5 not-signing with an error"},
	{"heldout157-messages.txt", "hundred-and-fifty-seventh", 5, true, "3 of 3 (5 of 5 with two documentation records measured before any change for them), none of 7 not-signing with an error (5 first, 2 added later)"},
	{"heldout158-messages.txt", "hundred-and-fifty-eighth", 15, true, "11 of 15, none of 5 not-signing with an error"},
	{"heldout159-messages.txt", "hundred-and-fifty-ninth", 15, true, "13 of 15, 1 of 6 not-signing with an error"},
	{"heldout160-messages.txt", "hundred-and-sixtieth", 15, true, "6 of 15, none of 5 not-signing with an error"},
	{"heldout161-messages.txt", "hundred-and-sixty-first", 15, true, "15 of 15, none of 5 not-signing with an error"},
	{"heldout162-messages.txt", "hundred-and-sixty-second", 14, true, "10 of 15, none of 5 not-signing with an error; 14 of 15 after"},
	{"heldout163-messages.txt", "hundred-and-sixty-third", 17, true, "10 of 18, none of 5 not-signing with an error; 17 of 18 after"},
	{"heldout164-messages.txt", "hundred-and-sixty-fourth", 14, true, "10 of 15, none of 4 not-signing with an error; 14 of 15 after"},
	{"heldout165-messages.txt", "hundred-and-sixty-fifth", 17, true, "14 of 17, none of 5 not-signing with an error; 17 of 17 after"},
	{"heldout166-messages.txt", "hundred-and-sixty-sixth", 17, true, "14 of 17, none of 5 not-signing with an error; 17 of 17 after"},
	{"heldout167-messages.txt", "hundred-and-sixty-seventh", 16, true, "8 of 16 (9 of 16 once one want chosen against the App Store entry that supersedes it was corrected), none of 5 not-signing with an error; 16 of 16 after"},
	{"heldout168-messages.txt", "hundred-and-sixty-eighth", 19, true, "14 of 19, none of 5 not-signing with an error; 19 of 19 after"},
	{"heldout169-messages.txt", "hundred-and-sixty-ninth", 15, true, "7 of 17 (9 of 17 once two wants chosen without reading the entries were corrected), none of 5 not-signing with an error; 15 of 17 after"},
	{"heldout170-messages.txt", "hundred-and-seventieth", 18, true, "15 of 19, none of 6 not-signing with an error; 18 of 19 after"},
	{"heldout171-messages.txt", "hundred-and-seventy-first", 12, true, "7 of 12, none of 6 not-signing with an error; 12 of 12 after"},
	{"heldout172-messages.txt", "hundred-and-seventy-second", 15, true, "11 of 16, none of 4 not-signing with an error; 15 of 16 after"},
	// One want corrected after the first count (iOS App Signer's own alert
	// is text-cert-not-trusted's, the missing intermediate first); 13 of 15
	// with it.
	{"heldout173-messages.txt", "hundred-and-seventy-third", 14, true, "12 of 15 (13 of 15 once one want chosen without reading the entries was corrected), none of 7 not-signing with an error; 14 of 15 after"},
	{"heldout174-messages.txt", "hundred-and-seventy-fourth", 19, true, "17 of 19, none of 5 not-signing with an error; 19 of 19 after"},
	{"heldout175-messages.txt", "hundred-and-seventy-fifth", 15, true, "14 of 15, none of 6 not-signing with an error; 15 of 15 after"},
	{"heldout176-messages.txt", "hundred-and-seventy-sixth", 17, true, "13 of 17, none of 6 not-signing with an error; 17 of 17 after"},
	{"heldout177-messages.txt", "hundred-and-seventy-seventh", 13, true, "7 of 14, none of 6 not-signing with an error; 13 of 14 after"},
	{"heldout178-messages.txt", "hundred-and-seventy-eighth", 12, true, "5 of 15, none of 6 not-signing with an error; 12 of 15 after"},
	{"heldout179-messages.txt", "hundred-and-seventy-ninth", 18, true, "18 of 18, none of 5 not-signing with an error; 18 of 18 after, the notarytool log led by its Invalid"},
	{"heldout180-messages.txt", "hundred-and-eightieth", 4, true, "1 of 4, none of 4 not-signing with an error; 4 of 4 after"},
	{"heldout181-messages.txt", "hundred-and-eighty-first", 10, true, "7 of 10, none of 6 not-signing with an error; 10 of 10 after"},
	{"heldout182-messages.txt", "hundred-and-eighty-second", 12, true, "0 of 17, none of 5 not-signing with an error; 12 of 17 after"},
	{"heldout183-messages.txt", "hundred-and-eighty-third", 12, true, "4 of 12, none of 6 not-signing with an error; 12 of 12 after"},
	{"heldout184-messages.txt", "hundred-and-eighty-fourth", 15, true, "10 of 16, none of 6 not-signing with an error; 15 of 16 after"},
	{"heldout185-messages.txt", "hundred-and-eighty-fifth", 17, true, "11 of 18, 1 of 7 not-signing with an error; 17 of 18 after"},
	{"heldout186-messages.txt", "hundred-and-eighty-sixth", 20, true, "15 of 20, none of 4 not-signing with an error; 20 of 20 after"},
	{"heldout189-messages.txt", "hundred-and-eighty-ninth", 17, true, "11 of 19, none of 5 not-signing with an error; 17 of 19 after"},
	{"heldout190-messages.txt", "hundred-and-ninetieth", 18, true, "7 of 18, none of 6 not-signing with an error; 18 of 18 after"},
	{"heldout187-messages.txt", "hundred-and-eighty-seventh", 9, true, "1 of 9, none of 5 not-signing with an error; 9 of 9 after"},
	{"heldout188-messages.txt", "hundred-and-eighty-eighth", 18, true, "11 of 18, none of 5 not-signing with an error; 18 of 18 after"},
	{"heldout192-messages.txt", "hundred-and-ninety-second", 9, true, "4 of 11, none of 3 not-signing with an error; 9 of 11 after"},
	{"heldout191-messages.txt", "hundred-and-ninety-first", 15, true, "4 of 15, none of 6 not-signing with an error; 15 of 15 after"},
	{"heldout193-messages.txt", "hundred-and-ninety-third", 5, true, "2 of 6, none of 4 not-signing with an error; 5 of 6 after"},
	{"heldout196-messages.txt", "hundred-and-ninety-sixth", 11, true, "9 of 13, none of 4 not-signing with an error; 11 of 13 after"},
	{"heldout195-messages.txt", "hundred-and-ninety-fifth", 18, true, "15 of 18, none of 5 not-signing with an error; 18 of 18 after"},
	{"heldout194-messages.txt", "hundred-and-ninety-fourth", 18, true, "10 of 18, none of 3 not-signing with an error; 18 of 18 after"},
	{"heldout197-messages.txt", "hundred-and-ninety-seventh", 8, true, "7 of 9, none of 5 not-signing with an error; 8 of 9 after"},
	{"heldout199-messages.txt", "hundred-and-ninety-ninth", 15, true, "11 of 16, none of 6 not-signing with an error; 15 of 16 after"},
	{"heldout200-messages.txt", "two-hundredth", 15, true, "13 of 15, none of 5 not-signing with an error; 15 of 15 after"},
	{"heldout198-messages.txt", "hundred-and-ninety-eighth", 17, true, "14 of 18, none of 6 not-signing with an error; 17 of 18 after"},
	{"heldout201-messages.txt", "two-hundred-and-first", 16, true, "11 of 16, none of 4 not-signing with an error; 16 of 16 after"},
	{"heldout202-messages.txt", "two-hundred-and-second", 14, true, "10 of 14, none of 5 not-signing with an error; 14 of 14 after"},
	{"heldout204-messages.txt", "two-hundred-and-fourth", 15, true, "13 of 15, none of 6 not-signing with an error; 15 of 15 after"},
	{"heldout203-messages.txt", "two-hundred-and-third", 14, true, "7 of 15, none of 7 not-signing with an error; 14 of 15 after"},
	{"heldout205-messages.txt", "two-hundred-and-fifth", 10, true, "4 of 11, none of 3 not-signing with an error; 10 of 11 after"},
	{"heldout206-messages.txt", "two-hundred-and-sixth", 11, true, "5 of 13, none of 6 not-signing with an error; 11 of 13 after"},
	{"heldout207-messages.txt", "two-hundred-and-seventh", 10, true, "8 of 11, none of 7 not-signing with an error; 10 of 11 after"},
	{"heldout208-messages.txt", "two-hundred-and-eighth", 16, true, "6 of 16, none of 5 not-signing with an error; 16 of 16 after"},
	{"heldout209-messages.txt", "two-hundred-and-ninth", 8, true, "3 of 12, none of 3 not-signing with an error; 8 of 10 after (two moved to the look-alikes)"},
	{"heldout210-messages.txt", "two-hundred-and-tenth", 14, true, "14 of 15, none of 5 not-signing with an error; 14 of 15 after"},
	{"heldout211-messages.txt", "two-hundred-and-eleventh", 14, true, "10 of 15, none of 5 not-signing with an error; 14 of 15 after"},
	{"heldout217-messages.txt", "two-hundred-and-seventeenth", 14, true, "12 of 15, none of 7 not-signing with an error; 14 of 15 after"},
	{"heldout215-messages.txt", "two-hundred-and-fifteenth", 8, true, "5 of 9, none of 4 not-signing with an error; 8 of 9 after"},
	{"heldout216-messages.txt", "two-hundred-and-sixteenth", 16, true, "13 of 16, none of 6 not-signing with an error; 16 of 16 after"},
	{"heldout218-messages.txt", "two-hundred-and-eighteenth", 14, true, "6 of 15, none of 6 not-signing with an error; 14 of 15 after"},
	{"heldout212-messages.txt", "two-hundred-and-twelfth", 13, true, "5 of 15, none of 5 not-signing with an error; 13 of 15 after"},
	{"heldout213-messages.txt", "two-hundred-and-thirteenth", 2, true, "0 of 2, none of 5 not-signing with an error (the forums in the pages corpus are mined out); 2 of 2 after"},
	{"heldout214-messages.txt", "two-hundred-and-fourteenth", 16, true, "12 of 16, none of 6 not-signing with an error; 16 of 16 after"},
	{"heldout219-messages.txt", "two-hundred-and-nineteenth", 3, true, "2 of 6, none of 4 not-signing with an error; 3 of 6 after"},
	{"heldout220-messages.txt", "two-hundred-and-twentieth", 15, true, "8 of 16, none of 3 not-signing with an error; 15 of 16 after"},
	{"heldout222-messages.txt", "two-hundred-and-twenty-second", 14, true, "11 of 15, none of 5 not-signing with an error; 14 of 15 after"},
	{"heldout221-messages.txt", "two-hundred-and-twenty-first", 15, true, "14 of 15, none of 5 not-signing with an error; 15 of 15 after"},
	{"heldout223-messages.txt", "two-hundred-and-twenty-third", 16, true, "15 of 16, none of 5 not-signing with an error; 16 of 16 after"},
	{"heldout226-messages.txt", "two-hundred-and-twenty-sixth", 12, true, "10 of 15, 2 of 7 not-signing with an error; 12 of 15 after"},
	{"heldout224-messages.txt", "two-hundred-and-twenty-fourth", 15, true, "10 of 15, none of 7 not-signing with an error; 15 of 15 after"},
	{"heldout225-messages.txt", "two-hundred-and-twenty-fifth", 9, true, "6 of 9, none of 3 not-signing with an error; 9 of 9 after"},
	{"heldout229-messages.txt", "two-hundred-and-twenty-ninth", 4, true, "1 of 5, none of 5 not-signing with an error; 4 of 5 after"},
	{"heldout227-messages.txt", "two-hundred-and-twenty-seventh", 11, true, "7 of 11, none of 5 not-signing with an error; 11 of 11 after"},
	{"heldout228-messages.txt", "two-hundred-and-twenty-eighth", 13, true, "10 of 13, none of 4 not-signing with an error; 13 of 13 after"},
}

// TestHeldOutMessages scores every held-out round against its floor and
// logs its texts that are not Apple code signing yet get an error.
func TestHeldOutMessages(t *testing.T) {
	for _, s := range heldOutSets {
		t.Run(s.which, func(t *testing.T) {
			t.Logf("%s held-out set at first sight: %s", s.which, s.firstSight)
			scoreHeldOut(t, "testdata/"+s.file, s.which, s.floor)
			if s.notSigning {
				countNotSigning(t, "testdata/"+strings.Replace(s.file, "-messages", "-not-signing", 1), s.which)
			}
		})
	}
}

// TestHeldOut24NotSigning measures the twenty-fourth not-signing set,
// gathered after the fixes for the twenty-third held-out set: certificates
// and signing keys of other ecosystems (SAML, JWT, Authenticode, jarsigner,
// NuGet, GPG, S/MIME, SSH, cosign) that expire or fail: 9 of the 31 texts
// got an error at first sight; none after a certificate that expired or is
// not trusted or revoked was read as a signing one only where the paste
// places it in Apple code signing. 4 texts added by an audit of other broad
// entries (an interpreter killed for memory, shell scripts not executable)
// all got an error before their fix. TestNotSigning asserts none of the 35.
func TestHeldOut24NotSigning(t *testing.T) {
	countNotSigning(t, "testdata/heldout24-not-signing.txt", "twenty-fourth")
}

// TestNotSigning: text that only looks like a signing failure (a compiler
// killed for memory, npm's exit status 137, prose naming an error) gets no
// error or warning.
func TestNotSigning(t *testing.T) {
	// Every round's not-signing file, found by name so a new round need
	// not be listed here.
	paths, err := filepath.Glob("testdata/*not-signing.txt")
	if err != nil || len(paths) < 100 {
		t.Fatalf("not-signing files: %d found, %v", len(paths), err)
	}
	for _, path := range paths {
		for _, r := range readRecords(t, path) {
			for _, m := range Analyze([]byte(r.text)).Matches {
				if m.Entry.Severity != Info {
					t.Errorf("%s (%s): %s %s on %q", r.name, r.source, m.Entry.Severity, m.Entry.ID, m.Excerpt)
				}
			}
		}
	}
}

// An error's name in an article's or link's title is not the error.
func TestErrorNamesInTitles(t *testing.T) {
	readNothing(t,
		"Resolving errSecInternalComponent errors during code signing forums post",
		"How to fix CSSMERR_TP_NOT_TRUSTED errors",
		"See Fixing errSecInternalComponent for details.",
	)
	for _, s := range []string{
		"/Users/ci/build/Foo.app: errSecInternalComponent",
		"Command CodeSign failed with a nonzero exit code\nerrSecInternalComponent",
	} {
		if r := Analyze([]byte(s)); r.Unknown() {
			t.Errorf("%q: nothing found", s)
		}
	}
}

// scoreHeldOut judges every message of a held-out set and fails when fewer
// are diagnosed right than the floor reached before.
func scoreHeldOut(t *testing.T, path, which string, floor int) {
	t.Helper()
	recs := readRecords(t, path)
	right := 0
	for _, r := range recs {
		if why := judge(r, Analyze([]byte(r.text))); why != "" {
			t.Logf("MISS %s (%s): %s", r.name, r.source, why)
			continue
		}
		right++
	}
	t.Logf("%s held-out set diagnosed right: %d of %d", which, right, len(recs))
	if right < floor {
		t.Errorf("%d of %d %s held-out messages diagnosed right, fewer than the %d reached before", right, len(recs), which, floor)
	}
}

// countNotSigning logs the texts of a set that are not Apple code signing
// yet get an error or warning.
func countNotSigning(t *testing.T, path, which string) {
	t.Helper()
	ns := readRecords(t, path)
	wrong := 0
	for _, r := range ns {
		for _, m := range Analyze([]byte(r.text)).Matches {
			if m.Entry.Severity != Info {
				t.Logf("WRONG %s (%s): %s %s on %q", r.name, r.source, m.Entry.Severity, m.Entry.ID, m.Excerpt)
				wrong++
				break
			}
		}
	}
	t.Logf("%s not-signing set with an error or warning: %d of %d", which, wrong, len(ns))
}
