package text

import (
	"os"
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
	for _, path := range []string{"testdata/not-signing.txt", "testdata/heldout2-not-signing.txt", "testdata/heldout3-not-signing.txt", "testdata/heldout4-not-signing.txt", "testdata/heldout5-not-signing.txt", "testdata/heldout6-not-signing.txt", "testdata/heldout7-not-signing.txt", "testdata/heldout8-not-signing.txt", "testdata/heldout9-not-signing.txt", "testdata/heldout12-not-signing.txt", "testdata/heldout13-not-signing.txt", "testdata/heldout14-not-signing.txt", "testdata/heldout15-not-signing.txt", "testdata/heldout17-not-signing.txt", "testdata/heldout18-not-signing.txt", "testdata/heldout19-not-signing.txt", "testdata/heldout22-not-signing.txt", "testdata/heldout25-not-signing.txt", "testdata/heldout26-not-signing.txt", "testdata/heldout29-not-signing.txt", "testdata/heldout35-not-signing.txt", "testdata/heldout37-not-signing.txt", "testdata/heldout38-not-signing.txt", "testdata/heldout39-not-signing.txt", "testdata/heldout40-not-signing.txt", "testdata/heldout41-not-signing.txt", "testdata/heldout42-not-signing.txt", "testdata/heldout43-not-signing.txt", "testdata/heldout44-not-signing.txt", "testdata/heldout45-not-signing.txt", "testdata/heldout46-not-signing.txt", "testdata/heldout47-not-signing.txt", "testdata/heldout48-not-signing.txt", "testdata/heldout49-not-signing.txt", "testdata/heldout50-not-signing.txt", "testdata/heldout51-not-signing.txt", "testdata/heldout52-not-signing.txt", "testdata/heldout53-not-signing.txt", "testdata/heldout54-not-signing.txt", "testdata/heldout55-not-signing.txt", "testdata/heldout56-not-signing.txt", "testdata/heldout57-not-signing.txt", "testdata/heldout58-not-signing.txt", "testdata/heldout59-not-signing.txt", "testdata/heldout60-not-signing.txt", "testdata/heldout61-not-signing.txt", "testdata/heldout62-not-signing.txt", "testdata/heldout63-not-signing.txt", "testdata/heldout64-not-signing.txt", "testdata/heldout65-not-signing.txt", "testdata/heldout66-not-signing.txt", "testdata/heldout67-not-signing.txt", "testdata/heldout68-not-signing.txt", "testdata/heldout69-not-signing.txt", "testdata/heldout70-not-signing.txt", "testdata/heldout71-not-signing.txt", "testdata/heldout72-not-signing.txt", "testdata/heldout73-not-signing.txt", "testdata/heldout74-not-signing.txt", "testdata/heldout75-not-signing.txt", "testdata/heldout76-not-signing.txt", "testdata/heldout77-not-signing.txt", "testdata/heldout78-not-signing.txt", "testdata/heldout79-not-signing.txt", "testdata/heldout80-not-signing.txt", "testdata/heldout81-not-signing.txt", "testdata/heldout82-not-signing.txt", "testdata/heldout83-not-signing.txt", "testdata/heldout84-not-signing.txt", "testdata/heldout85-not-signing.txt", "testdata/heldout86-not-signing.txt", "testdata/heldout87-not-signing.txt", "testdata/heldout88-not-signing.txt", "testdata/heldout89-not-signing.txt", "testdata/heldout90-not-signing.txt", "testdata/heldout91-not-signing.txt", "testdata/heldout92-not-signing.txt", "testdata/heldout93-not-signing.txt", "testdata/heldout94-not-signing.txt", "testdata/heldout95-not-signing.txt", "testdata/heldout96-not-signing.txt", "testdata/heldout97-not-signing.txt", "testdata/heldout98-not-signing.txt", "testdata/heldout99-not-signing.txt", "testdata/heldout100-not-signing.txt", "testdata/heldout101-not-signing.txt", "testdata/heldout102-not-signing.txt", "testdata/heldout103-not-signing.txt", "testdata/heldout104-not-signing.txt", "testdata/heldout105-not-signing.txt", "testdata/heldout106-not-signing.txt", "testdata/heldout107-not-signing.txt", "testdata/heldout108-not-signing.txt", "testdata/heldout109-not-signing.txt", "testdata/heldout110-not-signing.txt", "testdata/heldout111-not-signing.txt", "testdata/heldout112-not-signing.txt", "testdata/heldout113-not-signing.txt", "testdata/heldout114-not-signing.txt", "testdata/heldout115-not-signing.txt", "testdata/heldout116-not-signing.txt", "testdata/heldout117-not-signing.txt", "testdata/heldout118-not-signing.txt", "testdata/heldout119-not-signing.txt", "testdata/heldout120-not-signing.txt", "testdata/heldout121-not-signing.txt", "testdata/heldout122-not-signing.txt", "testdata/heldout123-not-signing.txt", "testdata/heldout124-not-signing.txt", "testdata/heldout125-not-signing.txt", "testdata/heldout126-not-signing.txt", "testdata/heldout127-not-signing.txt", "testdata/heldout128-not-signing.txt"} {
		for _, r := range readRecords(t, path) {
			for _, m := range Analyze([]byte(r.text)).Matches {
				if m.Entry.Severity != Info {
					t.Errorf("%s (%s): %s %s on %q", r.name, r.source, m.Entry.Severity, m.Entry.ID, m.Excerpt)
				}
			}
		}
	}
}

// Line numbers count every input line, blank ones and quote markers alone on
// a line included, and quote markers do not end up in values.
func TestQuotedLinesAndNumbers(t *testing.T) {
	in := "When trying to submit:\r\n\r\n> \n> Swift Console.app: rejected (the code is valid but does not seem to be an app)\n"
	r := Analyze([]byte(in))
	if len(r.Matches) != 1 || r.Matches[0].Entry.ID != "text-spctl-not-an-app" {
		t.Fatalf("got %v", ids(r))
	}
	m := r.Matches[0]
	if m.Line != 4 {
		t.Errorf("line %d, want 4", m.Line)
	}
	if !hasValue(m.Values, "path", "Swift Console.app") {
		t.Errorf("values %v, want path Swift Console.app", m.Values)
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

// Xcode's plural form ("doesn't include the A, B, and C entitlements and
// doesn't match the entitlements file's values for the D and E
// entitlements", as issue 13 quotes it): every name is read, and those no
// profile can grant are said plainly.
func TestPluralEntitlementLists(t *testing.T) {
	in := `Provisioning profile "iOS Team Provisioning Profile: com.example.app" doesn't include the com.apple.developer.exposure-notification, com.apple.private.security.no-sandbox, task_for_pid-allow, and platform-application entitlements and doesn't match the entitlements file's values for the com.apple.developer.icloud-container-identifiers and com.apple.developer.ubiquity-kvstore-identifier entitlements.`
	r := Analyze([]byte(in))
	var missing, value *Match
	for i := range r.Matches {
		switch r.Matches[i].Entry.ID {
		case "text-profile-missing-entitlement":
			missing = &r.Matches[i]
		case "text-profile-entitlement-value":
			value = &r.Matches[i]
		}
	}
	if missing == nil || value == nil {
		t.Fatalf("got %v", ids(r))
	}
	for _, e := range []string{"com.apple.developer.exposure-notification", "com.apple.private.security.no-sandbox", "task_for_pid-allow", "platform-application"} {
		if !hasValue(missing.Values, "entitlement", e) {
			t.Errorf("missing-entitlement values %v lack %s", missing.Values, e)
		}
	}
	for _, e := range []string{"com.apple.developer.icloud-container-identifiers", "com.apple.developer.ubiquity-kvstore-identifier"} {
		if !hasValue(value.Values, "entitlement", e) {
			t.Errorf("entitlement-value values %v lack %s", value.Values, e)
		}
	}
	causes := strings.Join(missing.Causes, " ")
	for _, want := range []string{"com.apple.private.security.no-sandbox is Apple-private", "platform-application is Apple-private", "exposure-notification is a managed entitlement"} {
		if !strings.Contains(causes, want) {
			t.Errorf("causes do not say %q: %s", want, causes)
		}
	}
}

// Xcode's "None of the valid provisioning profiles allowed the specified
// entitlements: a, b, c." names every entitlement, the last without its
// full stop.
func TestEntitlementsNoProfileAllows(t *testing.T) {
	in := "Code Sign error: No matching provisioning profiles found: None of the valid provisioning profiles allowed the specified entitlements: com.apple.developer.icloud-container-identifiers, com.apple.developer.associated-domains, com.apple.developer.ubiquity-kvstore-identifier."
	for _, m := range Analyze([]byte(in)).Matches {
		if m.Entry.ID != "text-profile-missing-entitlement" {
			continue
		}
		for _, e := range []string{"com.apple.developer.icloud-container-identifiers", "com.apple.developer.associated-domains", "com.apple.developer.ubiquity-kvstore-identifier"} {
			if !hasValue(m.Values, "entitlement", e) {
				t.Errorf("values %v lack %s", m.Values, e)
			}
		}
		return
	}
	t.Fatalf("text-profile-missing-entitlement not found: %v", ids(Analyze([]byte(in))))
}

// Near misses of the context rules the second held-out set led to: each
// rule changes the answer only where the surroundings say so.
func TestContextNearMisses(t *testing.T) {
	first := func(in, id string) (string, bool) {
		for _, m := range Analyze([]byte(in)).Matches {
			if m.Entry.ID == id {
				if len(m.Causes) == 0 {
					return "", true
				}
				return m.Causes[0], true
			}
		}
		return "", false
	}
	for _, c := range []struct {
		name, text, id string
		found          bool
		firstSays      string // "" when the entry's own first cause must stay first
	}{
		{"spctl accepted is no failure", "Foo.app: accepted\nsource=Notarized Developer ID\norigin=Developer ID Application: Foo Ltd (ABCDE12345)", "text-gatekeeper-unverified", false, ""},
		{"spctl rejected, unnotarized", "Foo.app: rejected\nsource=Unnotarized Developer ID", "text-gatekeeper-unverified", true, ""},
		{"spctl rejected, notarized: policy", "Foo.app: rejected\nsource=Notarized Developer ID\norigin=Developer ID", "text-gatekeeper-unverified", true, "App Store only"},
		{"app target needs a team", `Signing for "LoopFollow" requires a development team. Select a development team in the Signing & Capabilities editor.`, "text-requires-development-team", true, ""},
		{"pod resource bundle needs a team", `Signing for "Foo-FooResources" requires a development team. Select a development team in the Signing & Capabilities editor.`, "text-requires-development-team", true, "resource bundle"},
		{"killed at launch", "$ ./tool\nzsh: killed     ./tool", "text-killed-at-launch", true, ""},
		{"killed after hours", "the service runs for a while and after a few hours:\nzsh: killed     ./tool", "text-killed-at-launch", false, ""},
		{"killed for memory", "The app crashes because of low-memory\n\n> <Warning>: Application 'UIKitApplication:com.acme.x[0x1828]' exited abnormally with signal 9: Killed: 9", "text-killed-at-launch", false, ""},
		{"system extension failed validation", "(OSSystemExtensionErrorDomain error 9.)", "text-system-extension-rejected", true, "restricted entitlements"},
		{"kmutil bad code signature", "Error Domain=KMErrorDomain Code=29 \"Authenticating extension failed: Bad code signature\"", "text-kext-not-loaded", true, "changed after signing"},
		{"dlopen, library signature invalid", "dlopen(/x/plugins/libfoo.dylib, 5): no suitable image found.  Did find:\n\t/x/plugins/libfoo.dylib: code signature invalid for '/x/plugins/libfoo.dylib'", "text-code-signature-invalid", true, "library or plug-in"},
		{"signing certificate expired", "security: CSSMERR_TP_CERT_EXPIRED\nThe certificate has expired", "text-cert-expired", true, ""},
		{"registry certificate expired", "npm ERR! request to https://registry.example.org/x.tgz failed, reason: certificate has expired", "text-cert-expired", false, ""},
		{"framework bundle format", "/x/App.app/Frameworks/Foo.framework: bundle format unrecognized, invalid, or unsuitable", "text-bundle-format", true, "Info.plist"},
		{"app bundle format", "/x/App.app: bundle format unrecognized, invalid, or unsuitable", "text-bundle-format", true, ""},
		{"stapler usage", "Error: Failed to staple your application with code: 64\n\nUsage: stapler staple [-q] [-v] path", "text-stapler-failed", true, "usage"},
		{"keychain dialog refused to codesign", "codesign: SecKeychainItemCopyAccess: User interaction is not allowed.", "text-user-interaction-not-allowed", true, ""},
		{"keychain dialog refused to another app", "getAuthToken error : User interaction is not allowed.", "text-user-interaction-not-allowed", false, ""},
		{"package resource bundle needs a team", "/x/SourcePackages/checkouts/pkg/Package.swift: error: Signing for \"Pkg_PkgResources\" requires a development team. Select a development team in the Signing & Capabilities editor.", "text-requires-development-team", true, "Swift Package Manager"},
		{"underscored app target needs a team", `Signing for "My_App" requires a development team. Select a development team in the Signing & Capabilities editor.`, "text-requires-development-team", true, ""},
		{"certificate of a team of one's own", `No signing certificate "iOS Development" found: No "iOS Development" signing certificate matching team ID "ABCDE12345" with a private key was found.`, "text-no-signing-certificate", true, ""},
		{"certificate of another's team", "None of your accounts are a member of 'ABCDE12345': An unexpected error occurred.\nNo signing certificate \"iOS Development\" found: No \"iOS Development\" signing certificate matching team ID \"ABCDE12345\" with a private key was found.", "text-no-signing-certificate", true, "ABCDE12345"},
		{"identity not found on a desk", "error: The specified item could not be found in the keychain.", "text-identity-not-found", true, ""},
		{"identity not found in CI", "Jenkins build: error: The specified item could not be found in the keychain.", "text-identity-not-found", true, "unlock"},
		{"signing certificate revoked", "MyApp.app: CSSMERR_TP_CERT_REVOKED", "text-cert-revoked", true, ""},
		{"e-mail certificate revoked in a TLS trust store", `crypto/x509: verify-cert rejected CN=user@example.com: "Cert Verify Result: CSSMERR_TP_CERT_REVOKED"`, "text-cert-revoked", false, ""},
		{"code signing required alone", "Code Signing Error: Code signing is required for product type 'Application' in SDK 'iOS 11.4'", "text-requires-development-team", true, ""},
		{"code signing required after another error", "Code Signing Error: Provisioning profile \"Ext\" has app ID \"com.example.app.ext\", which does not match the bundle ID \"com.example.app\".\nCode Signing Error: Code signing is required for product type 'App Extension' in SDK 'iOS 11.4'", "text-requires-development-team", false, ""},
		{"altool upload refused the login", "Unable to upload your app for notarization. (-1011)", "text-notary-auth", true, ""},
		{"URL loading error -1011", "Error Domain=NSURLErrorDomain Code=-1011 \"(null)\"", "text-notary-auth", false, ""},
		{"export needs a profile", `error: exportArchive: "Runner.app" requires a provisioning profile.`, "text-no-profiles-found", true, ""},
		{"profile needs a capability", `"Runner" requires a provisioning profile with the Push Notifications feature.`, "text-no-profiles-found", false, ""},
		{"framework target given a profile", `Code Signing Error: UnityFramework does not support provisioning profiles, but provisioning profile Apple_Dist has been manually specified. Set the provisioning profile value to "Automatic" in the build settings editor.`, "text-conflicting-provisioning-settings", true, "UnityFramework is a kind of target that takes no provisioning profile"},
		{"a target without profiles is no capability", `Code Signing Error: UnityFramework does not support provisioning profiles, but provisioning profile Apple_Dist has been manually specified.`, "text-profile-doesnt-support", false, ""},
		{"profile without a capability, long form", `Provisioning profile "Foo AppStore" does not support the App Groups capability.`, "text-profile-doesnt-support", true, ""},
		{"damaged in prose", "It tells me the executable is damaged and I should move it to the trash when trying to run it.", "text-gatekeeper-damaged", true, ""},
		{"damaged without the dialog", "The disk image is damaged; download it again.", "text-gatekeeper-damaged", false, ""},
		{"an Info.plist key is no entitlement", `ERROR ITMS-90713: "Missing Info.plist value. A value for the Info.plist key 'CFBundleIconName' is missing in the bundle 'org.name.app'."`, "text-invalid-entitlements", false, ""},
		{"an entitlement key in a file", `ERROR ITMS-90046: "Invalid Code Signing Entitlements. Your application bundle's signature contains code signing entitlements that are not supported on iOS. Specifically, value 'development' for key 'aps-environment' in 'Payload/EMQ.app/EMQ' is not supported."`, "text-invalid-entitlements", true, ""},
		{"library refused by system policy", `dyld[1]: Library not loaded: @rpath/libfoo.dylib Reason: tried: '/x/libfoo.dylib' (code signature in <no uuid> '/x/libfoo.dylib' not valid for use in process: library load disallowed by system policy)`, "text-gatekeeper-unverified", true, "quarantined"},
		{"app refused by Gatekeeper", `"Foo" cannot be opened because the developer cannot be verified.`, "text-gatekeeper-unverified", true, ""},
		{"signature format unreadable", "foo: invalid or unsupported format for signature\nIn architecture: x86_64", "text-code-signature-modified", true, "cstemp"},
		{"ITMS-90164 with get-task-allow", `ERROR ITMS-90164: "Invalid Code Signing Entitlements. The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile. According to the provisioning profile, the bundle contains a key value that is not allowed: 'true' for the key 'get-task-allow' in 'Payload/A.app/A'."`, "text-get-task-allow", true, ""},
		{"framework with an ad hoc signature", "Failed to verify code signature of /var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.o0FBbl/extracted/Runner.app/Frameworks/objective_c.framework : 0xe8008014 (The executable contains an invalid signature.)", "text-app-no-valid-signature", true, "objective_c.framework inside the app"},
		{"app with an invalid signature", "Error 0xe8008014: The executable contains an invalid signature. AMDeviceSecureInstallApplication(0, device, url, options, install_callback, 0)", "text-app-no-valid-signature", true, ""},
		{"spctl on a bare tool", "`spctl --assess --type execute` rejects that shape with `the code is valid but does not seem to be an app`", "text-spctl-not-an-app", true, ""},
		{"plural features list", `error: exportArchive "Project.app" requires a provisioning profile with the App Groups, Apple Pay, Associated Domains, and Push Notifications features.`, "text-profile-doesnt-support", true, ""},
		{"damaged, cannot be installed", `"App is damaged and cannot be installed"`, "text-gatekeeper-damaged", true, ""},
		{"stapler record not found", `CloudKit query for A.app (2/abc) failed due to "Record not found".` + "\nThe staple and validate action failed! Error 65.", "text-stapler-failed", true, "not yet accepted"},
		{"no altool while notarizing", "Error notarizing:\nxcrun: error: unable to find utility \"altool\", not a developer tool or in PATH", "text-altool-retired", true, ""},
		{"no altool for an App Store upload", "xcrun altool --upload-app -f App.ipa -t ios\nxcrun: error: unable to find utility \"altool\", not a developer tool or in PATH", "text-altool-retired", false, ""},
		{"kill at exec retold on macOS", "Cross-compiled darwin/arm64 binaries get SIGKILLed at exec on Apple Silicon.", "text-killed-at-launch", true, ""},
		{"kill at launch retold elsewhere", "On Android the app gets killed on launch by the low-memory killer.", "text-killed-at-launch", false, ""},
		{"damaged alert retold without is", `On macOS if you see "this application Damaged and Can't Be Opened!"`, "text-gatekeeper-damaged", true, ""},
		{"a PDF damaged", "My PDF got damaged and can't be opened in Preview.", "text-gatekeeper-damaged", false, ""},
		{"the alert's reason alone", "Cannot be opened, the developer cannot be verified", "text-gatekeeper-unverified", true, ""},
		{"a developer account not verified", "Your developer account cannot be verified. Please contact support.", "text-gatekeeper-unverified", false, ""},
		{"installer identity not found", "productsign: error: Could not find appropriate signing identity for “Developer ID Installer: Acme (ABCDE12345)”.", "text-identity-not-found", true, "installer certificate"},
		{"a .p12 given as the identity", "pkgbuild: error: Could not find appropriate signing identity for “/x/installer.p12”.", "text-identity-not-found", true, ".p12 file"},
		{"a page that does not match", "Termination Reason: Namespace CODESIGNING, Code 2 Invalid Page", "text-code-signature-invalid", true, "changed after signing"},
		{"code signature invalid at launch", "Exception Type: EXC_CRASH (Code Signature Invalid)\nTermination Reason: Namespace CODESIGNING, Code 0x1", "text-code-signature-invalid", true, ""},
		{"LaunchServices: damaged or incomplete", "You can’t open the application “Foo” because it may be damaged or incomplete.", "text-app-cant-be-opened", true, ""},
		{"build settings name a profile UUID not installed", "Code Sign error: No matching provisioning profile found: Your build settings specify a provisioning profile with the UUID “0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9”, however, no such provisioning profile was found.", "text-no-profiles-found", true, "not installed on this Mac"},
		{"no matching profiles, no UUID", "Code Sign error: No matching provisioning profiles found", "text-no-profiles-found", true, ""},
	} {
		got, found := first(c.text, c.id)
		if found != c.found {
			t.Errorf("%s: found %v, want %v (%v)", c.name, found, c.found, ids(Analyze([]byte(c.text))))
			continue
		}
		if !found {
			continue
		}
		own := Lookup(c.id).Causes[0]
		switch {
		case c.firstSays == "" && got != own:
			t.Errorf("%s: first cause %q, want the entry's own %q", c.name, got, own)
		case c.firstSays != "" && !strings.Contains(got, c.firstSays):
			t.Errorf("%s: first cause %q does not say %q", c.name, got, c.firstSays)
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

// Gatekeeper's alerts in macOS's other languages are read by their reason
// (developer not verified, no malware check) or the advice to move the app
// to the Trash; a document that is damaged or cannot be opened is not one.
func TestLocalizedGatekeeperAlerts(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"„Foo“ kann nicht geöffnet werden, da der Entwickler nicht verifiziert werden kann.", "text-gatekeeper-unverified"},
		{"Impossibile aprire “Foo” perché lo sviluppatore non può essere verificato.", "text-gatekeeper-unverified"},
		{"无法打开“Foo”，因为无法验证开发者。", "text-gatekeeper-unverified"},
		{"“Foo”は、開発元を検証できないため開けません。", "text-gatekeeper-unverified"},
		{"„Foo“ ist beschädigt und kann nicht geöffnet werden. Du solltest es in den Papierkorb legen.", "text-gatekeeper-damaged"},
		{"“Foo”已损坏,无法打开。你应该将它移到废纸篓。", "text-gatekeeper-damaged"},
		{"无法打开“Foo”，因为 Apple 无法检查其是否包含恶意软件。", "text-gatekeeper-unverified"},
		{"macOS 打开 Foo 提示应用已损坏", "text-gatekeeper-damaged"},
		{"Windows 打开 Foo.zip 提示文件已损坏", ""},
		{"Apple无法验证“Foo”是否包含可能危害Mac安全或泄漏隐私的恶意软件。", "text-gatekeeper-unverified"},
		{"„Apple konnte nicht überprüfen, ob ‚Foo‘ frei von Schadsoftware ist“", "text-gatekeeper-unverified"},
		{"Apple n’a pas pu confirmer que « Foo » ne contenait pas de logiciel malveillant", "text-gatekeeper-unverified"},
		{"Apple no pudo verificar que «Foo» no contenga software malicioso", "text-gatekeeper-unverified"},
		{"A Apple não conseguiu verificar se o Foo está livre de software malicioso", "text-gatekeeper-unverified"},
		{"Appleは、“Foo”にMacに損害を与えたり、プライバシーを侵害する可能性のあるマルウェアが含まれていないことを検証できませんでした。", "text-gatekeeper-unverified"},
		{"‘Foo’은(는) Apple에서 악성 소프트웨어가 있는지 확인할 수 없기 때문에 열 수 없습니다.", "text-gatekeeper-unverified"},
		{"Next to \"Foo was blocked to protect your Mac\", click Open Anyway.", "text-gatekeeper-unverified"},
		{"Apple n’a pas pu confirmer cet achat. Restaurez vos achats ou réessayez.", ""},
		{"A Apple não conseguiu verificar uma transação recente.", ""},
		{"The update was blocked to protect your Mac from an unknown extension.", ""},
		{"「\"Foo.app\" は壊れているため開けません。ディスクイメージを取り出す必要があります。」", "text-gatekeeper-damaged"},
		{"“Foo”将对您的电脑造成伤害。您应该将它移到废纸篓。", "text-gatekeeper-will-damage"},
		{"Mac 上打开 Word 文档，提示文档已损坏", ""},
		{"Die Datei „Bericht.docx“ ist beschädigt und kann nicht geöffnet werden.", ""},
		{"Die Datei kann nicht geöffnet werden, da sie von einem anderen Prozess verwendet wird.", ""},
		{"Impossibile aprire il file perché è danneggiato.", ""},
		{"No se puede abrir el archivo porque está dañado.", ""},
		{"개발자를 확인할 수 없기 때문에 'Foo.vst'을(를) 열 수 없습니다.", "text-gatekeeper-unverified"},
		{"“Foo.dmg” is damaged and can’t be opened. You should eject the disk image.", "text-gatekeeper-damaged"},
		{"“Report” is damaged and can’t be opened. You should eject the disk.", ""},
		{"On macOS the app won't start, it says its damaged and says to delete it.", "text-gatekeeper-damaged"},
		{"Acrobat says the PDF is damaged and could not be repaired.", ""},
	} {
		got := ids(Analyze([]byte(c.text)))
		found := false
		for _, id := range got {
			found = found || id == c.want
			if c.want == "" && strings.HasPrefix(id, "text-gatekeeper") {
				t.Errorf("%q: %s, want no Gatekeeper alert", c.text, id)
			}
		}
		if c.want != "" && !found {
			t.Errorf("%q: %v, want %s", c.text, got, c.want)
		}
	}
}

// App Store Connect's signing rejections as Transporter and the e-mail word
// them: a binary or a Mac bundle signed with a certificate the profile does
// not hold, a Mac App Store package signed with the wrong installer
// certificate, a signature without application-identifier; the same
// upload's Info.plist rejection is no signing finding.
func TestAppStoreConnectSigningRejections(t *testing.T) {
	for _, c := range []struct{ text, want, lead string }{
		{`ERROR ITMS-90237: "The product archive package's signature is invalid. Ensure that it is signed with your "3rd Party Mac Developer Installer" certificate."`, "text-invalid-signature-upload", "Mac Installer Distribution"},
		{"ITMS-90284: Invalid Code Signing - The executable\n'Airclone.app/Contents/Resources/<plugin>.bundle' must be signed with the\ncertificate that is contained in the provisioning profile.", "text-profile-missing-certificate", "certificate"},
		{`ERROR ITMS-90179: "Invalid Code Signing. The executable 'Payload/App.app/App' must be signed with the certificate that is contained in the provisioning profile."`, "text-profile-missing-certificate", "certificate"},
		{`ERROR ITMS-90075: "This bundle is invalid. The application-identifier entitlement is missing; it should contain your 10-character Apple Developer ID, followed by a dot, followed by your bundle identifier."`, "text-missing-application-identifier", "entitlements file"},
		{`ERROR ITMS-90242: "The product archive is invalid. The Info.plist must contain a LSApplicationCategoryType key, whose value is the UTI for a valid category."`, "", ""},
	} {
		r := Analyze([]byte(c.text))
		if c.want == "" {
			for _, m := range r.Matches {
				if m.Entry.Severity != Info {
					t.Errorf("%q: %s %s, want none", c.text, m.Entry.Severity, m.Entry.ID)
				}
			}
			continue
		}
		if len(r.Matches) == 0 || r.Matches[0].Entry.ID != c.want {
			t.Errorf("%q: %v, want %s first", c.text, ids(r), c.want)
			continue
		}
		if cs := r.Matches[0].Causes; len(cs) == 0 || !strings.Contains(cs[0], c.lead) {
			t.Errorf("%q: first cause %q, want one saying %q", c.text, cs, c.lead)
		}
	}
}

// node-forge's wrong-password message is a signing matter only where the
// paste places it in Apple code signing.
func TestForgeP12MessageNeedsAppleContext(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"✖ Failed when trying to find previously uploaded Apple Distribution Certificate\nPKCS#12 MAC could not be verified. Invalid password?", true},
		{"loading client.p12 for the TLS connection failed: PKCS#12 MAC could not be verified. Invalid password?", false},
	} {
		if got := hasID(Analyze([]byte(c.text)), "text-p12-import-failed"); got != c.want {
			t.Errorf("%q: text-p12-import-failed found %v, want %v", c.text, got, c.want)
		}
	}
}

// xcodebuild's closing list is read as the CodeSign step failing only when
// CodeSign is the command it names; the same step in a log that built, or
// another failed command, is not a signing failure.
func TestBuildCommandsFailedCodeSign(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The following build commands failed:\n\tCodeSign /Users/user/DerivedData/Build/Products/Debug-iphoneos/App.app (in target 'App' from project 'App')\n(1 failure)", true},
		{"[        ] The following build commands failed:\n[        ]      CodeSign /Users/<USER>/build/macos/Build/Products/Release/App.app (in target 'Runner' from project 'Runner')", true},
		{"CodeSign /Users/user/DerivedData/Build/Products/Debug-iphoneos/App.app (in target 'App' from project 'App')\n** BUILD SUCCEEDED **", false},
		{"The following build commands failed:\n\tCompileSwift normal arm64 /Users/user/App/View.swift\n(1 failure)", false},
	} {
		if got := hasID(Analyze([]byte(c.text)), "text-codesign-command-failed"); got != c.want {
			t.Errorf("%q: codesign-command-failed %v, want %v", c.text, got, c.want)
		}
	}
	for _, s := range []string{
		`error: An empty identity is not valid when signing a binary for the product type 'Command-line Tool'. (in target 'tool' from project 'tool')`,
		`An empty identity is not valid when signing a binary for the 'Application' product type.`,
	} {
		found := false
		for _, m := range Analyze([]byte(s)).Matches {
			found = found || m.Entry.ID == "text-requires-development-team"
		}
		if !found {
			t.Errorf("%q: no text-requires-development-team", s)
		}
	}
}

// What end users paste: the malware alert retold with "whether", amfid's
// decimal CSSMERR_TP_CERT_REVOKED and installd's unknown error where it
// failed to verify the signature are read; the same words about anything
// else, another decimal code and installd's unknown error or lost
// connection without a failed signature check are not.
func TestEndUserPastes(t *testing.T) {
	for _, c := range []struct {
		in, id string
		want   bool
	}{
		{`Apple could not verify whether "boringNotch" is free of malware that could damage your Mac or violate your privacy.`, "text-gatekeeper-unverified", true},
		{`We could not verify whether the backup is free of errors.`, "text-gatekeeper-unverified", false},
		{"amfid\t/Applications/Foo.app/Contents/MacOS/Foo signature not valid: -2147409652", "text-cert-revoked", true},
		{"amfid\t/Applications/Foo.app/Contents/MacOS/Foo signature not valid: -2147409651", "text-cert-revoked", false},
		{"Failed to verify code signature of /private/var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.XhVlHm/extracted/AltStore.app : 0xe8008001 (An unknown error has occurred.)", "text-app-no-valid-signature", true},
		{"ERROR: Could not connect to lockdownd: 0xe8008001 (An unknown error has occurred.)", "text-app-no-valid-signature", false},
		{"Failed to verify code signature of /private/var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.4TdWwd/extracted/Altstore.app : 0xe800800d (There was an error communicating with your device.)", "text-app-no-valid-signature", false},
	} {
		got := false
		for _, m := range Analyze([]byte(c.in)).Matches {
			got = got || m.Entry.ID == c.id
		}
		if got != c.want {
			t.Errorf("%q: %s found %v, want %v", c.in, c.id, got, c.want)
		}
	}
}

// Apple's tools' own words met in the forty-fifth round: altool's
// deprecation warning, stapler on a file type it cannot staple, pkgutil's
// status of an unsigned package, and security find-identity listing an
// identity with its trust error next to an openssl command; prose naming
// them is not the error.
func TestToolOutputWords(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{`"message": "altool has been deprecated for notarization and starting in fall 2023 will no longer be supported by the Apple notary service."`, "text-altool-retired"},
		{"Processing: /tmp/x\nStapler is incapable of working with Folder files.", "text-stapler-failed"},
		{"pkgutil --check-signature x.pkg\nPackage \"x.pkg\":\n   Status: no signature\n", "text-not-signed"},
		{"$ security find-identity -p codesigning\n  1) DF40E24B... \"Local Signing\" (CSSMERR_TP_NOT_TRUSTED)\n$ security find-certificate -c \"Local Signing\" -p | openssl x509 -checkend 0", "text-cert-not-trusted"},
	} {
		r := Analyze([]byte(c.text))
		found := false
		for _, m := range r.Matches {
			found = found || m.Entry.ID == c.want
		}
		if !found {
			t.Errorf("%q: got %v, want %s", c.text, ids(r), c.want)
		}
	}
	readNoError(t,
		"Altool deprecated in favor of notarytool",
		"Our script reads the status line; a no signature status fails the job.",
		"curl: (60) SSL certificate problem: CSSMERR_TP_NOT_TRUSTED",
	)
}

// What the forty-seventh round's Q&A pages quote: installd's "Failed to
// verify code signature of X." without its code (with one, the code's entry
// speaks), automatic signing's "Missing A, B, and C entitlements." (a
// runtime "Missing X entitlement" is not that list), and a guide's table of
// symptoms and causes, whose rows name errors no tool printed; the same
// error outside the table, or in a table of another kind, is read. A bare
// errSecItemNotFound is any keychain call's, not a missing signing identity.
func TestQAPageWords(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{`The error message typically appears as:` + "\n" + `> "Failed to verify code signature of [app name].`, "text-app-no-valid-signature", ""},
		{"Failed to verify code signature of <App.app>.", "text-app-no-valid-signature", ""},
		{"Failed to verify code signature of /private/var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.AbCdEf/extracted/App.app : 0xe8008017 (A signed resource has been added, modified, or deleted.)", "text-signed-resource-modified", "text-app-no-valid-signature"},
		{"Errors: Missing com.apple.developer.in-app-purchase, com.apple.developer.in-app-purchase.non-consumable, and com.apple.developer.in-app-purchase.subscription entitlements. Automatic signing failed Xcode failed to provision this target.", "text-profile-missing-entitlement", "text-automatic-signing-failed"},
		{"| Symptom | Likely Cause |\n|---|---|\n| errSecInternalComponent in CI | Keychain locked |\n\nOur build then failed:\n/Users/ci/build/App.app: errSecInternalComponent", "text-errsec-internal-component", ""},
		{"| Step | Result |\n|---|---|\n| Archive | error: Provisioning profile \"match AppStore com.example.app\" doesn't include signing certificate \"Apple Distribution: Example (ABCDE12345)\". |", "text-profile-missing-certificate", ""},
		{"codesign --sign \"Developer ID Application: Example (ABCDE12345)\" App.app\nApp.app: errSecItemNotFound", "text-identity-not-found", ""},
	} {
		r := Analyze([]byte(c.text))
		got := map[string]bool{}
		for _, m := range r.Matches {
			got[m.Entry.ID] = true
		}
		if !got[c.want] || c.not != "" && got[c.not] {
			t.Errorf("%q: got %v, want %s and not %q", c.text, ids(r), c.want, c.not)
		}
	}
	r := Analyze([]byte("Errors: Missing com.apple.developer.in-app-purchase, com.apple.developer.in-app-purchase.non-consumable, and com.apple.developer.in-app-purchase.subscription entitlements."))
	if len(r.Matches) != 1 || !hasValue(r.Matches[0].Values, "entitlement", "com.apple.developer.in-app-purchase.subscription") ||
		!strings.Contains(r.Matches[0].Causes[0], "In-App Purchase needs no entitlement") {
		t.Errorf("in-app purchase list: got %v", r.Matches)
	}
	readNothing(t,
		"| Symptom | Likely Cause |\n|---|---|\n| \"Provisioning profile doesn't include signing certificate\" | Profile generated with different cert than the one in keychain |\n| errSecInternalComponent in CI | Keychain locked or set-key-partition-list not called |",
		"SecItemCopyMatching returned errSecItemNotFound (-25300) for the refresh token after the update",
	)
}

// The forty-ninth round's words: Sparkle's updater when the new version
// does not satisfy the running one's designated requirement (the
// requirement read whole), codesign's errSecCSInternalError, which is not
// a modified signature, and codesign_allocate's malformed object, which is
// the binary's fault, not the tools'; the same phrases in other sentences
// are not read.
func TestUpdaterRequirementAndInternalError(t *testing.T) {
	sparkle := `Sparkle: Code signature of the new version doesn't match the old version: anchor apple generic and identifier "com.example.app" and certificate leaf[subject.OU] = ABCDE12345. Please ensure that old and new app is signed using exactly the same certificate.`
	readFirst(t, "text-csreq-67050", sparkle)
	if r := Analyze([]byte(sparkle)); len(r.Matches) > 0 && !hasValue(r.Matches[0].Values, "requirement", `anchor apple generic and identifier "com.example.app" and certificate leaf[subject.OU] = ABCDE12345`) {
		t.Errorf("values %v, want the requirement", r.Matches[0].Values)
	}
	readFirst(t, "text-codesign-internal-error",
		"arm64/HelloWorld: replacing existing signature\narm64/HelloWorld: internal error in Code Signing subsystem",
		"SecStaticCodeCheckValidity returned -67048",
	)
	for _, r := range Analyze([]byte("arm64/HelloWorld: internal error in Code Signing subsystem")).Matches {
		if r.Entry.ID == "text-code-signature-modified" {
			t.Errorf("an internal error read as a modified signature")
		}
	}
	allocate := "/x/codesign_allocate: object: /tmp/app malformed object (code signature data at offset 84976 with a size of 18944, overlaps string table at offset 79844 with a size of 74050467)\n/tmp/app: the codesign_allocate helper tool cannot be found or used"
	readFirst(t, "text-codesign-allocate-failed", allocate)
	if r := Analyze([]byte(allocate)); len(r.Matches) == 0 || len(r.Matches[0].Hints) == 0 || !strings.Contains(r.Matches[0].Hints[0], "overlaps string table") {
		t.Errorf("codesign_allocate's malformed object: no hint naming its reason")
	}
	if r := Analyze([]byte("/tmp/app: the codesign_allocate helper tool cannot be found or used")); len(r.Matches) == 0 || len(r.Matches[0].Hints) != 0 {
		t.Errorf("a missing helper alone: got a malformed-object hint or no match")
	}
	readNothing(t,
		"Otherwise, the gardenlet might perform operations of the new version that doesn't match the old version of the deployed seed system components.",
		"error: internal error in the build subsystem, please retry",
		"Build 67048 passed.",
	)
}

// The fifty-fifth round's words: a framework refusing at run time for an
// entitlement the signature lacks (HealthKit, CloudKit, the key-value
// store, app group containers, PassKit) is not a profile that lacks it, nor
// automatic signing's list; Sign in with Apple's unknown error 1000 is read
// but not its other codes; NetworkExtension's "permission denied" is only
// information (the user may have declined); a free team's containers.
func TestCapabilityEntitlementsAtRunTime(t *testing.T) {
	for _, c := range []struct{ text, value string }{
		{`HKHealthStore requestAuthorization: Error Domain=com.apple.healthkit Code=4 "Missing com.apple.developer.healthkit entitlement."`, "com.apple.developer.healthkit"},
		{`*** Terminating app due to uncaught exception 'CKException', reason: 'The application is missing required entitlement com.apple.developer.icloud-services'`, "com.apple.developer.icloud-services"},
		{`NSUbiquitousKeyValueStore error: com.example.app has no valid com.apple.developer.ubiquity-kvstore-identifier entitlement`, "com.apple.developer.ubiquity-kvstore-identifier"},
		{`containermanagerd	-[MCMClientConnection createOrLookupContainerWithContainerIdentity:createIfNecessary:transient:useLocking:withError:](798): com.example.app not entitled to retrieve container class 7 with identifier group.com.example.shared`, "group.com.example.shared"},
		{`container_create_or_lookup_app_group_path_by_app_group_identifier: client is not entitled`, ""},
		{`Error Domain=PKPassKitErrorDomain Code=4 "No entitlement for merchant identifier: merchant.com.example" UserInfo={NSLocalizedDescription=No entitlement for merchant identifier: merchant.com.example}`, "merchant.com.example"},
	} {
		r := Analyze([]byte(c.text))
		if len(r.Matches) != 1 || r.Matches[0].Entry.ID != "text-capability-entitlement-missing" {
			t.Errorf("%q: got %v", c.text, ids(r))
			continue
		}
		if c.value != "" && !hasValue(r.Matches[0].Values, "entitlement", c.value) && !hasValue(r.Matches[0].Values, "value", c.value) {
			t.Errorf("%q: values %v lack %s", c.text, r.Matches[0].Values, c.value)
		}
	}
	for _, s := range []string{
		"Errors: Missing com.apple.developer.in-app-purchase, com.apple.developer.in-app-purchase.non-consumable, and com.apple.developer.in-app-purchase.subscription entitlements.",
		"Missing com.apple.developer.healthkit entitlement.",
		"Entitlements check: missing com.apple.developer.applesignin entitlement in App.entitlements",
	} {
		if hasID(Analyze([]byte(s)), "text-capability-entitlement-missing") {
			t.Errorf("%q: read as a run-time refusal", s)
		}
	}
	readFirst(t, "text-sign-in-with-apple-failed", `Error Domain=com.apple.AuthenticationServices.AuthorizationError Code=1000 "(null)"`)
	readNothing(t,
		`Error Domain=com.apple.AuthenticationServices.AuthorizationError Code=1001 "(null)"`,
		`SKErrorDomain error 2`,
	)
	for _, s := range []string{
		`Failed to load the configuration: Error Domain=NEVPNErrorDomain Code=5 "permission denied" UserInfo={NSLocalizedDescription=permission denied}`,
		`Failed to load configurations: Error Domain=NEConfigurationErrorDomain Code=10 "permission denied" UserInfo={NSLocalizedDescription=permission denied}`,
	} {
		r := Analyze([]byte(s))
		if len(r.Matches) != 1 || r.Matches[0].Entry.ID != "text-network-extension-permission-denied" || r.Matches[0].Entry.Severity != Info {
			t.Errorf("%q: got %v, want only the information entry", s, ids(r))
		}
	}
	readFirst(t, "text-missing-application-identifier", "> Trying to initialize a container without an application ID")
	readFirst(t, "text-free-team-limit", `"Your account does not have sufficient permissions to modify containers."`)
}

// Privileged helpers and launchd jobs (the sixty-seventh round): SMJobBless's
// requirement failures are read as such and lead with its two-way check, a
// requirement check next to an ad hoc signature leads with the ad hoc
// signature, launchd's OS_REASON_CODESIGNING leads with a file changed
// after signing, and a launch constraint on one's own launchd job does not
// lead with Apple's code moved. Their near misses are not read that way.
func TestHelperAndLaunchdMessages(t *testing.T) {
	first := func(text, id string) string {
		t.Helper()
		for _, m := range Analyze([]byte(text)).Matches {
			if m.Entry.ID == id {
				if len(m.Causes) == 0 {
					return ""
				}
				return m.Causes[0]
			}
		}
		t.Errorf("%q: no %s", text, id)
		return ""
	}
	has := func(text, id string) bool {
		for _, m := range Analyze([]byte(text)).Matches {
			if m.Entry.ID == id {
				return true
			}
		}
		return false
	}
	for _, s := range []string{
		`Bless Error: Error Domain=CFErrorDomainLaunchd Code=4 "(null)"`,
		`Something went wrong! CFErrorDomainLaunchd / 4`,
		`SMJobBlessUtil.py: app designated requirement (identifier "com.example.app") doesn't match entry in 'SMAuthorizedClients' (identifier "com.example.other")`,
		`smd: App "com.example.app" did not pass helper check "com.example.app.helper".`,
	} {
		if c := first(s, "text-csreq-67050"); c != smJobBlessLead {
			t.Errorf("%q: first cause %q", s, c)
		}
	}
	adHoc := "Release builds are ad-hoc signed (TeamIdentifier=not set), so SecCodeCheckValidity always fails."
	if c := first(adHoc, "text-csreq-67050"); c != Lookup("text-csreq-67050").Causes[2] {
		t.Errorf("ad hoc client: first cause %q", c)
	}
	for _, s := range []string{
		`Helper bless failed with error Error Domain=CFErrorDomainLaunchd Code=2 "(null)"`,
		`[trajectory-suite] case1 did not pass helper checks on attempt 2, but tracking was captured`,
		"The helper checks its client with SecCodeCheckValidity.\nTeamIdentifier=ABCDE12345",
		"listener:shouldAcceptNewConnection: accepts the Developer ID signed app",
	} {
		if has(s, "text-csreq-67050") {
			t.Errorf("%q: read as a requirement failure", s)
		}
	}

	launchd := "(gui/501/com.example.agent [123]) <Notice>: xpcproxy exited due to OS_REASON_CODESIGNING | When validating /Applications/Example.app/Contents/MacOS/Example:\n  The code contains a Team ID, but validating its signature failed."
	if c := first(launchd, "text-code-signature-invalid"); c != Lookup("text-code-signature-invalid").Causes[2] {
		t.Errorf("launchd: first cause %q", c)
	}
	entitled := "last exit reason = OS_REASON_CODESIGNING\ntaskgated-helper: com.example.agent: Unsatisfied entitlements: com.apple.developer.team-identifier"
	if c := first(entitled, "text-code-signature-invalid"); c == Lookup("text-code-signature-invalid").Causes[2] {
		t.Errorf("launchd with entitlements: first cause %q", c)
	}
	if has("launchd[1]: (com.example.agent) Service exited with abnormal code: 78", "text-code-signature-invalid") {
		t.Error("an agent's own exit code read as a code-signing kill")
	}

	own := "After SMAppService.register() the daemon fails: AMFI: Launch Constraint Violation (enforcing), error info: c[5]p[1]m[1]e[0], (Constraint not matched)"
	if c := first(own, "text-launch-constraint"); c != Lookup("text-launch-constraint").Causes[1] {
		t.Errorf("own daemon: first cause %q", c)
	}
	moved := "Termination Reason: CODESIGNING 4 Launch Constraint Violation\nProcess: Terminal [1225]\nPath: /Users/USER/Documents/Terminal.app/Contents/MacOS/Terminal"
	if c := first(moved, "text-launch-constraint"); c != Lookup("text-launch-constraint").Causes[0] {
		t.Errorf("moved system app: first cause %q", c)
	}
}

// dyld 4 names a rejected library's UUID ("code signature invalid in <UUID>
// 'path' (errno=1)") and a library validation refusal "not valid for use in
// process": both lead with the library's signature, not a missing file; a
// Library not loaded whose reason is a missing file keeps its own cause.
func TestDyldSignatureReasonsLead(t *testing.T) {
	for _, c := range []struct {
		name, text, id, firstSays string
	}{
		{"dyld 4 invalid signature with UUID", "dyld[85476]: Library not loaded: @executable_path/lib/Python\n  Reason: tried: '/A.app/Contents/MacOS/lib/Python' (code signature invalid in <24670B23-D78A-3EAA-BCA8-22FAF877F190> '/A.app/Contents/MacOS/lib/Python' (errno=1) sliceOffset=0x00004000)", "text-code-signature-invalid", "library or plug-in"},
		{"dyld 4 invalid signature, not loaded", "dyld[85476]: Library not loaded: @executable_path/lib/Python\n  Reason: tried: '/A.app/Contents/MacOS/lib/Python' (code signature invalid in <24670B23-D78A-3EAA-BCA8-22FAF877F190> '/A.app/Contents/MacOS/lib/Python' (errno=1) sliceOffset=0x00004000)", "text-library-not-loaded", "rejected for its code signature"},
		{"not loaded, library validation", "dyld: Library not loaded: @executable_path/libpython3.8.dylib\n  Reason: no suitable image found.  Did find:\n\t/x/libpython3.8.dylib: code signature in (/x/libpython3.8.dylib) not valid for use in process using Library Validation: mapped file has no Team ID and is not a platform binary (signed with custom identity or adhoc?)", "text-library-not-loaded", "rejected for its code signature"},
		{"not loaded, file missing (near miss)", "dyld[123]: Library not loaded: @rpath/libshiboken6.abi3.6.3.dylib\n  Reason: tried: '/x/libshiboken6.abi3.6.3.dylib' (no such file)", "text-library-not-loaded", "not in the bundle"},
	} {
		var got string
		found := false
		for _, m := range Analyze([]byte(c.text)).Matches {
			if m.Entry.ID == c.id && len(m.Causes) > 0 {
				got, found = m.Causes[0], true
			}
		}
		if !found {
			t.Errorf("%s: %s not found (%v)", c.name, c.id, ids(Analyze([]byte(c.text))))
			continue
		}
		if !strings.Contains(got, c.firstSays) {
			t.Errorf("%s: first cause %q does not say %q", c.name, got, c.firstSays)
		}
	}
}

// A "damaged" alert whose builder says they are not signing the app leads
// with an unsigned or ad hoc build; "not signing in" is no such statement.
func TestDamagedNotSigningLead(t *testing.T) {
	alert := "“Foo.app” is damaged and can’t be opened. You should move it to the Trash.\n"
	for _, c := range []struct {
		name, text string
		adhoc      bool
	}{
		{"not signing the app", alert + "I am NOT signing the app, PyInstaller builds it on CI.", true},
		{"we're not signing it", alert + "we're not signing it yet", true},
		{"not signing in (near miss)", alert + "I'm not signing in to iCloud on this Mac.", false},
	} {
		found := false
		for _, m := range Analyze([]byte(c.text)).Matches {
			if m.Entry.ID != "text-gatekeeper-damaged" || len(m.Causes) == 0 {
				continue
			}
			found = true
			if got := m.Causes[0] == causeDamagedAdhoc; got != c.adhoc {
				t.Errorf("%s: first cause %q, want ad hoc first %v", c.name, m.Causes[0], c.adhoc)
			}
		}
		if !found {
			t.Errorf("%s: text-gatekeeper-damaged not found (%v)", c.name, ids(Analyze([]byte(c.text))))
		}
	}
}

// Gatekeeper's developer check retold in a reporter's words, Apple's help
// pages for it and the Russian malware alert; a developer certificate, an
// account or another help page is no such alert.
func TestRetoldDeveloperCheck(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"When opening it on a Macbook, it gives the following error. Unable to verify developer.", true},
		{"Can't run on MacOS - Apple cannot verify developer", true},
		{"I can't run this on MacOS 11.4 due to lack of verification of developer by Apple.", true},
		{"On macOS 12 Im not able to run it, Because the developer isnt recognised by Apple.", true},
		{"https://support.apple.com/guide/mac-help/apple-cant-check-app-for-malicious-software-mchleab3a043/mac", true},
		{"> Apple не удалось подтвердить, что файл «Foo.app» не содержит вредоносного ПО.", true},
		{"On my Mac the script is unable to verify developer certificate chains.", false},
		{"On the Mac mini I could not verify developer account details in Xcode.", false},
		{"The verification of the developer by email is pending.", false},
		{"https://support.apple.com/guide/mac-help/mchlp1101/mac", false},
		{"Mac can not open \"Foo\" because it can not vertify the developer?", true},
		{"App can't be opened cause the developer is no verified...", true},
		{"Mac OS started flagging this app as being from an unverified developer.", true},
		{"In Privacy and security > Open Anyways I was able to start it.", true},
		{"The form can't be opened until the developer is verified by email.", false},
		{"On macOS the docs list what an unverified developer account can do.", false},
	} {
		got := false
		for _, id := range ids(Analyze([]byte(c.text))) {
			got = got || id == "text-gatekeeper-unverified"
		}
		if got != c.want {
			t.Errorf("%q: text-gatekeeper-unverified %v, want %v", c.text, got, c.want)
		}
	}
}

// A Gatekeeper refusal whose builder says they signed with a development
// certificate leads with that cause; a Developer ID signature does not.
func TestGatekeeperDevelopmentSignedLead(t *testing.T) {
	alert := "“Foo” cannot be opened because the developer cannot be verified.\n"
	for _, c := range []struct {
		text string
		dev  bool
	}{
		{alert + "I signed with my development ID. Probably need to change that.", true},
		{alert + "We signed it with an Apple Development certificate.", true},
		{alert + "I signed with my Developer ID and notarized it.", false},
	} {
		found := false
		for _, m := range Analyze([]byte(c.text)).Matches {
			if m.Entry.ID != "text-gatekeeper-unverified" || len(m.Causes) == 0 {
				continue
			}
			found = true
			if got := m.Causes[0] == causeGatekeeperDevelopment; got != c.dev {
				t.Errorf("%q: first cause %q, want development first %v", c.text, m.Causes[0], c.dev)
			}
		}
		if !found {
			t.Errorf("%q: text-gatekeeper-unverified not found", c.text)
		}
	}
}

// Gatekeeper's damaged alert in other languages quoted without its advice
// to move the app to the Trash is read by its subject (a quoted name, an
// .app, the word for an app) where the paste names a Mac; a file or a
// document that is damaged is not the alert, nor is the alert's wording
// with no Mac in sight.
func TestLocalizedDamagedAlertsBySubject(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"macOS: «Foo» повреждено и не может быть открыто.", "text-gatekeeper-damaged"},
		{"macOS: «Приложение повреждено и не может быть открыто»", "text-gatekeeper-damaged"},
		{`macOS: "Foo" hasarlı ve açılamıyor`, "text-gatekeeper-damaged"},
		{`macOS: "Foo.app bị hỏng và không thể mở được"`, "text-gatekeeper-damaged"},
		{`macOS: "Foo" เสียหายและไม่สามารถเปิดได้`, "text-gatekeeper-damaged"},
		{"macOS: „Foo” jest uszkodzony i nie można go otworzyć", "text-gatekeeper-damaged"},
		{`macOS: "Foo" rusak dan tidak dapat dibuka`, "text-gatekeeper-damaged"},
		{"macOS: «Foo» está dañado y no se puede abrir", "text-gatekeeper-damaged"},
		{`En Sequoia: "Foo está dañado y no se puede abrir"`, "text-gatekeeper-damaged"},
		{`macOS: "Foo.app" está danificado e não pode ser aberto`, "text-gatekeeper-damaged"},
		{`macOS: "Foo açılamıyor çünkü geliştiricisi doğrulanamıyor"`, "text-gatekeeper-unverified"},
		{`Jeśli macOS pokaże ostrzeżenie "nie można zweryfikować dewelopera"`, "text-gatekeeper-unverified"},
		{"No se ha podido verificar que «Foo» no contenga software malicioso.", "text-gatekeeper-unverified"},
		{"Jak mogę stwierdzić, że plik jest uszkodzony i nie można go otworzyć?", ""},
		{"Làm thế nào để biết một tệp bị hỏng và không thể mở được?", ""},
		{"Bagaimana saya dapat mengetahui bahwa sebuah file rusak dan tidak dapat dibuka?", ""},
		{"file-damaged = { $file } está dañado y no se puede abrir.", ""},
		{"Word valida el OOXML y aborta con \"El archivo está dañado y no se puede abrir\"", ""},
		{"En el Mac, el archivo está dañado y no se puede abrir.", ""},
		{"На Mac этот файл поврежден и не может быть открыт.", ""},
		{"บน Mac ไฟล์เสียหายและไม่สามารถเปิดได้", ""},
		{`"Foo" hasarlı ve açılamıyor`, ""},
		{`Uygulama imzalı değil, bu yüzden macOS "hasarlı" uyarısı verebilir.`, "text-gatekeeper-damaged"},
		{`macOS'ta disk "hasarlı görünüyor"`, ""},
		{`Disk "hasarlı" görünüyor.`, ""},
	} {
		got := ids(Analyze([]byte(c.text)))
		found := false
		for _, id := range got {
			found = found || id == c.want
			if c.want == "" && strings.HasPrefix(id, "text-gatekeeper") {
				t.Errorf("%q: %s, want no Gatekeeper alert", c.text, id)
			}
		}
		if c.want != "" && !found {
			t.Errorf("%q: %v, want %s", c.text, got, c.want)
		}
	}
}

// Xcode's unavailable bundle identifier retold in Russian ("is already
// taken") is read where a bundle identifier is what is taken.
func TestBundleIDTakenRetoldInRussian(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Bundle Identifier `com.foo.app` уже занят и не может быть зарегистрирован.", true},
		{"Bundle ID com.foo.app уже занят другой командой", true},
		{"Порт 8080 уже занят другим процессом.", false},
		{"Этот логин уже занят, выберите другой.", false},
	} {
		got := false
		for _, id := range ids(Analyze([]byte(c.text))) {
			got = got || id == "text-bundle-id-unavailable"
		}
		if got != c.want {
			t.Errorf("%q: text-bundle-id-unavailable %v, want %v", c.text, got, c.want)
		}
	}
}

// Updaters' own words for Apple code signing, read only where they say it:
// Squirrel.Mac's unsigned running app, ShipIt's requirement check against
// an installed app signed ad hoc, and Gatekeeper's damaged alert quoted as
// a name.
func TestUpdaterSignatureChecks(t *testing.T) {
	const shipIt = "Code signature at URL file:///Users/user/Library/Caches/com.example.app.ShipIt/update.abc/Example.app/ did not pass validation: code failed to satisfy specified code requirement(s)"
	firstCause := func(in, id string) string {
		for _, m := range Analyze([]byte(in)).Matches {
			if m.Entry.ID == id && len(m.Causes) > 0 {
				return m.Causes[0]
			}
		}
		return ""
	}
	if r := Analyze([]byte("Error: Could not get code signature for running application\n    at Server.<anonymous> (/Applications/App.app/Contents/Resources/app.asar/node_modules/electron-updater/out/MacUpdater.js:168:36)")); !hasID(r, "text-not-signed") {
		t.Errorf("Squirrel.Mac's unsigned running app: got %v", ids(r))
	}
	if r := Analyze([]byte("Code signature at URL file:///Users/user/Library/Caches/org.example.app.ShipIt/update.abc/Example.app/ did not pass validation: Code-Objekt is not signed")); !hasID(r, "text-not-signed") {
		t.Errorf("ShipIt's half-localised unsigned code: got %v", ids(r))
	}
	if c := firstCause("The installed app was built locally and has an ad-hoc signature (`TeamIdentifier` is not set).\n"+shipIt, "text-csreq-67050"); !strings.Contains(c, "ad hoc") {
		t.Errorf("installed app signed ad hoc: first cause %q", c)
	}
	if c := firstCause("Both apps are signed with our Developer ID certificate.\n"+shipIt, "text-csreq-67050"); !strings.HasPrefix(c, "Squirrel.Mac (ShipIt)") {
		t.Errorf("no ad hoc signature named: first cause %q, want ShipIt's check", c)
	}
	// A requirement failure outside an updater keeps its usual lead.
	if c := firstCause("/Applications/Example.app: code failed to satisfy specified code requirement(s)", "text-csreq-67050"); strings.Contains(c, "ShipIt") {
		t.Errorf("no updater named: first cause %q", c)
	}
	// codesign reporting the change leads a damaged alert on arm64, not
	// the unsigned download.
	if c := firstCause("\"Helper.app\" is damaged and can't be opened. You should move it to the Trash.\n$ codesign --verify --deep --strict /Applications/Helper.app\n/Applications/Helper.app: invalid signature (code or signature have been modified)\nIn architecture: arm64", "text-gatekeeper-damaged"); !strings.Contains(c, "modified after signing") {
		t.Errorf("damaged with codesign's modified: first cause %q", c)
	}
	if c := firstCause("\"Helper.app\" is damaged and can't be opened. You should move it to the Trash.\nIn architecture: arm64", "text-gatekeeper-damaged"); strings.Contains(c, "modified after signing") {
		t.Errorf("damaged on arm64 without codesign's word: first cause %q", c)
	}
	if r := Analyze([]byte("\"App is damaged\"-alert on v0.4.4\n\nThe workaround is to use: \"sudo spctl --master-disable\".")); !hasID(r, "text-gatekeeper-damaged") {
		t.Errorf("quoted damaged alert: got %v", ids(r))
	}
	// Without the alert's advice, quoted alone it may be any program's.
	for _, s := range []string{`"App is damaged"-alert on v0.4.4`, "\"The file is damaged\" error when opening the spreadsheet\nsudo spctl --master-disable", "the App is damaged by the update\nsudo spctl --master-disable"} {
		if r := Analyze([]byte(s)); hasID(r, "text-gatekeeper-damaged") {
			t.Errorf("%q: read as Gatekeeper's damaged alert", s)
		}
	}
}

// The hundred-and-seventh round's classes, each with its near miss:
// certvalidator's missing issuer only where the issuer is Apple's, a
// revoked certificate's title only where it names an Apple kind, and a
// missing identity led with the intermediate only where the paste says
// an Apple intermediate was missing.
func TestHeldOut107Classes(t *testing.T) {
	apple := `certvalidator.errors.PathBuildingError: Unable to build a validation path for the certificate "Common Name: Developer ID Application: Example (ABCDE12345)" - no issuer matching "Common Name: Developer ID Certification Authority, Organizational Unit: G2, Organization: Apple Inc., Country: US" was found`
	if r := Analyze([]byte(apple)); !hasID(r, "text-chain-to-root") {
		t.Errorf("Developer ID issuer missing: got %v", ids(r))
	}
	readNothing(t,
		`certvalidator.errors.PathBuildingError: Unable to build a validation path for the certificate "Common Name: example.com" - no issuer matching "Common Name: R3, Organization: Let's Encrypt, Country: US" was found`,
		"Let's Encrypt certificate revoked for example.com",
		"TLS certificate revoked after the key leaked",
	)
	if r := Analyze([]byte("macOS Tahoe blocks all DMG releases — Developer ID certificate revoked")); !hasID(r, "text-cert-revoked") {
		t.Errorf("Developer ID certificate revoked: got %v", ids(r))
	}
	for in, id := range map[string]string{
		"Apple processing failed, ITMS-90721 \"Certificate Revoked\"":                        "text-cert-revoked",
		"It seems to me, that we have reached the limit of max 3 distribution certificates.": "text-certificate-limit",
	} {
		if r := Analyze([]byte(in)); !hasID(r, id) {
			t.Errorf("%q: got %v, want %s", in, ids(r), id)
		}
	}
	readNothing(t,
		"We reached the limit of 100 SSL certificates on the free plan.",
		"Let's Encrypt: too many certificates already issued; we hit the rate limit",
	)
	firstCause := func(in, id string) string {
		if m := firstMatch(Analyze([]byte(in)), id); m != nil && len(m.Causes) > 0 {
			return m.Causes[0]
		}
		return ""
	}
	ci := "The release job on GitHub Actions imports the .p12, then codesign reports \"no identity found\"."
	if c := firstCause(ci, "text-identity-not-found"); c == "" || strings.Contains(c, "intermediate") {
		t.Errorf("no intermediate named: first cause %q", c)
	}
	if c := firstCause(ci+"\nInstall the Apple WWDR G3 intermediate certificate before importing.", "text-identity-not-found"); !strings.Contains(c, "intermediate") {
		t.Errorf("WWDR intermediate named: first cause %q", c)
	}
	if c := firstCause(ci+"\nInstall the Apple WWDR G3 intermediate certificate.\n  1) 4E58 \"Apple Development: Example (ABCDE12345)\" (CSSMERR_TP_CERT_EXPIRED)", "text-identity-not-found"); strings.Contains(c, "intermediate") {
		t.Errorf("identity listed as expired: first cause %q", c)
	}
}

// The hundred-and-ninth round (installer packages and disk images):
// Installer's invalid-signature alert, pkgutil's verdict and a package
// certificate's expiry retold, and the damaged alert about a package in
// Chinese; other installers' invalid signatures, a server certificate and
// a damaged archive are not them.
func TestInstallerPackageMessages(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"“Acme.pkg” can’t be installed because its digital signature is invalid.", "text-pkg-signature-invalid"},
		{"The package may have been corrupted or tampered with. Get a new copy of the package and try again.", "text-pkg-signature-invalid"},
		{"`pkgutil --check-signature ./dist/Acme.pkg` shows 'no certificate'", "text-not-signed"},
		{"CodeSignatureVerifier: Error: Code signature verification failed.\nThe certificate on the package expired yesterday.", "text-cert-expired"},
		{"mac中无法安装，提示包已损坏", "text-gatekeeper-damaged"},
	} {
		if r := Analyze([]byte(c.text)); !hasID(r, c.want) {
			t.Errorf("%q: got %v, want %s", c.text, ids(r), c.want)
		}
	}
	readNothing(t,
		"[App Center] Failed to install Acme. The digital signature is invalid.",
		"A file that is required cannot be installed because the cabinet file Acme1.cab has an invalid digital signature.",
		"rpm --checksig acme.rpm says no signature",
		"The certificate on the server expired yesterday.",
		"Mac 上解压提示压缩包已损坏",
		"Windows 打开 Foo.zip 提示包已损坏",
		// Installer's second sentence alone is any package manager's; the
		// alert retold about Android or Windows is not Gatekeeper's.
		"The package may have been corrupted or tampered with. Run apt-get update",
		"Unknown developer warning when installing the APK on my Android phone",
		"The installer shows an unidentified developer alert on Windows 11",
		// Other programs' betas expire, and Android calls files damaged.
		"We shipped 2.3 to testers last week and now: This beta has expired. Please download the latest version from our website.",
		"My Android app says the file is damaged and can't be opened",
		// A user's profile and a CDN's distribution are not Apple's.
		"Missing distribution certificate for the CloudFront distribution",
		"The user profile lacks admin capability",
		"Excel says the file is damaged and cannot be opened.",
	)
}

// Installer's invalid-signature alert leads with the cause the paste
// points to: an old OS X, or a signed distribution referring to packages
// outside it; otherwise a package changed after signing.
func TestPackageSignatureInvalidLead(t *testing.T) {
	for _, c := range []struct{ text, lead string }{
		{`OS X 10.11.6 reports, "Acme.pkg can't be installed because its digital signature is invalid."`, "much newer macOS"},
		{"I have a mac yosemite and Acme.pkg can't be installed because its digital signature is invalid.", "much newer macOS"},
		{"When building a flat distribution with referenced https packages, signed, I get \"installer.pkg can’t be installed because its digital signature is invalid.\"", "component packages outside it"},
		{"Acme.pkg can't be installed because its digital signature is invalid. This is macOS 14.5.", "changed after it was signed"},
	} {
		var m *Match
		r := Analyze([]byte(c.text))
		for i := range r.Matches {
			if r.Matches[i].Entry.ID == "text-pkg-signature-invalid" {
				m = &r.Matches[i]
			}
		}
		if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], c.lead) {
			t.Errorf("%q: want a lead containing %q, got %v", c.text, c.lead, ids(r))
			if m != nil {
				t.Logf("causes: %q", m.Causes)
			}
		}
	}
}

// The hundred-and-fourteenth round's classes, each with its near miss:
// automatic signing that cannot register a target's identifier (Xcode
// Cloud's export, also retold with "could not") leads with the App ID not
// registered, and App Store Connect's invalid signature with its code in
// brackets; another token's invalid signature or a register without an
// identifier are not read.
func TestHeldOut114Classes(t *testing.T) {
	for in, id := range map[string]string{
		`error: exportArchive Automatic signing cannot register bundle identifier "com.example.app.widget".`:           "text-no-profiles-found",
		"the export failed because automatic signing could not register `com.example.app.watch` and found no profiles": "text-no-profiles-found",
		"Fixes the Xcode Cloud invalid signature (90035) by signing the widget for distribution.":                      "text-invalid-signature-upload",
	} {
		r := Analyze([]byte(in))
		if !hasID(r, id) {
			t.Errorf("%q: got %v, want %s", in, ids(r), id)
			continue
		}
		if m := firstMatch(r, id); id == "text-no-profiles-found" && (len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "not registered as an App ID")) {
			t.Errorf("%q: first cause %v", in, m.Causes)
		}
	}
	readNothing(t,
		"JWT verification: invalid signature (9003) for the session token",
		"Automatic signing could not register with the build service; retrying",
	)
	// ITMS-90334 leads with a dynamic package only where the identifier is
	// the bundle's own name with a hash appended.
	lead := func(in string) string {
		if m := firstMatch(Analyze([]byte(in)), "text-signing-identifier-mismatch"); m != nil && len(m.Causes) > 0 {
			return m.Causes[0]
		}
		return ""
	}
	hashed := `ITMS-90334: Invalid Code Signature Identifier. The identifier "Charts-55554944aa11bb22cc33dd44ee55ff6600112233" in your code signature for "Charts" must match its Bundle Identifier "Charts"`
	if c := lead(hashed); !strings.Contains(c, "type: .dynamic") {
		t.Errorf("hashed identifier: first cause %q", c)
	}
	for _, in := range []string{
		`ITMS-90334: Invalid Code Signature Identifier. The identifier "com.example.iphonesimulator.Kit" in your code signature for "Kit" must match its Bundle Identifier "com.example.iphoneos.Kit"`,
		`ITMS-90334: Invalid Code Signature Identifier. The identifier "Charts-55554944aa11bb22cc33dd44ee55ff6600112233" in your code signature for "Charts" must match its Bundle Identifier "com.example.Charts"`,
	} {
		if c := lead(in); c == "" || strings.Contains(c, "type: .dynamic") {
			t.Errorf("%q: first cause %q", in, c)
		}
	}
}

// The hundred-and-fourteenth round's second batch, each with its near
// miss: a team said to hold no distribution certificate leads with the
// missing certificate even beside cloud signing's permission error;
// Developer ID kept for the Account Holder is a role refusal; a profile
// that "lacks" an entitlement is one that does not include it.
func TestHeldOut114SecondBatchClasses(t *testing.T) {
	lead := func(in, id string) string {
		if m := firstMatch(Analyze([]byte(in)), id); m != nil && len(m.Causes) > 0 {
			return m.Causes[0]
		}
		return ""
	}
	noCert := "error: exportArchive Cloud signing permission error\nThe team had no distribution certificate for cloud signing to use."
	if c := lead(noCert, "text-no-signing-certificate"); !strings.HasPrefix(c, "No certificate of that kind") {
		t.Errorf("team without a distribution certificate: first cause %q", c)
	}
	if c := lead("error: exportArchive Cloud signing permission error", "text-no-signing-certificate"); !strings.Contains(c, "cloud-managed") {
		t.Errorf("cloud signing alone: first cause %q", c)
	}
	for in, id := range map[string]string{
		"Only the Account Holder may sign with a Developer ID certificate; our Admin key failed.": "text-team-access-denied",
		"the internal provisioning profile lacks this entitlement":                                "text-profile-missing-entitlement",
	} {
		if r := Analyze([]byte(in)); !hasID(r, id) {
			t.Errorf("%q: got %v, want %s", in, ids(r), id)
		}
	}
	readNothing(t,
		"Only the account owner can change the billing plan.",
		"The license key lacks this entitlement; contact sales to upgrade the plan.",
		"The CloudFront distribution has no certificate attached.",
	)
}

// The hundred-and-seventeenth round's classes, each with its near miss:
// notarytool refusing a password without --apple-id, led with altool's
// --username only where the command shows it; Gatekeeper's alert retold
// as "broken" only beside its help page's "signed code"; and a notary
// log led with nested code only where every file named is nested or the
// paste says a bundled file was left unsigned; a launch kill led with the
// unauthorised entitlement only where a restricted one is named; and an
// unrecognised bundle format led with the framework's symlinks only where
// the subcomponent is a Mac framework.
func TestHeldOut117Classes(t *testing.T) {
	firstCause := func(in, id string) string {
		if m := firstMatch(Analyze([]byte(in)), id); m != nil && len(m.Causes) > 0 {
			return m.Causes[0]
		}
		return ""
	}
	refused := "Error: Must provide an Apple ID (--apple-id) to authenticate with an app-specific password."
	if c := firstCause("xcrun notarytool submit app.zip --wait --username id@example.com --password ***\n"+refused, "text-notary-auth"); !strings.Contains(c, "--username") {
		t.Errorf("notarytool with --username: first cause %q", c)
	}
	if c := firstCause("xcrun notarytool submit app.zip --wait --password ***\n"+refused, "text-notary-auth"); c == "" || strings.Contains(c, "--username") {
		t.Errorf("notarytool without --username: first cause %q", c)
	}
	broken := "I get an error that the app is broken. The help page says it is because it differs from the signed app."
	if r := Analyze([]byte(broken)); !hasID(r, "text-gatekeeper-damaged") {
		t.Errorf("broken beside the signed app: got %v", ids(r))
	}
	readNothing(t,
		"I get an error that the app is broken after the update, it crashes on launch.",
		"The dialog says the app is broken; the backup file differs from the last one.",
	)
	nested := "Tauri signs sidecars but not resource files: wsh (bundled as a resource in binaries/bin/) was unsigned.\npath: binaries/bin/wsh-darwin.arm64\n- The binary is not signed with a valid Developer ID certificate."
	if c := firstCause(nested, "text-not-developer-id"); !strings.Contains(c, "nested binary") {
		t.Errorf("bundled file left unsigned: first cause %q", c)
	}
	log := func(paths ...string) string {
		s := `{"status": "Invalid", "issues": [`
		for _, p := range paths {
			s += `{"severity": "error", "path": "` + p + `", "message": "The binary is not signed with a valid Developer ID certificate."},`
		}
		return s + "]}"
	}
	if c := firstCause(log("App.zip/App.app/Contents/Frameworks/Foo.framework/Versions/A/Foo", "App.zip/App.app/Contents/Resources/bin/tool"), "text-not-developer-id"); !strings.Contains(c, "nested binary") {
		t.Errorf("only nested files named: first cause %q", c)
	}
	if c := firstCause(log("App.zip/App.app/Contents/MacOS/App", "App.zip/App.app/Contents/Resources/bin/tool"), "text-not-developer-id"); strings.Contains(c, "nested binary") {
		t.Errorf("the main executable named too: first cause %q", c)
	}
	kill := "Exception Type:  EXC_CRASH (SIGKILL (Code Signature Invalid))\nTermination Reason:    Namespace CODESIGNING, Code 1 Taskgated Invalid Signature"
	if c := firstCause("<key>keychain-access-groups</key>\n<array/>\n"+kill, "text-code-signature-invalid"); !strings.Contains(c, "restricted entitlements") {
		t.Errorf("keychain-access-groups named: first cause %q", c)
	}
	if c := firstCause("<key>com.apple.security.app-sandbox</key>\n<true/>\n"+kill, "text-code-signature-invalid"); strings.Contains(c, "restricted entitlements") {
		t.Errorf("only the sandbox named: first cause %q", c)
	}
	unrecognized := "/tmp/x/Tool.app/Contents/MacOS/tool: bundle format unrecognized, invalid, or unsuitable\n\nIn subcomponent: /private/tmp/x/Tool.app/Contents/"
	if c := firstCause(unrecognized+"Frameworks/nwjs Framework.framework", "text-bundle-format"); !strings.Contains(c, "symlinks") {
		t.Errorf("a Mac framework as the subcomponent: first cause %q", c)
	}
	if c := firstCause(unrecognized+"Resources/helper.bundle", "text-bundle-format"); strings.Contains(c, "symlinks") {
		t.Errorf("a resource bundle as the subcomponent: first cause %q", c)
	}
}

// The hundred-and-twenty-third round's classes, each with its near miss:
// a launch kill retold as a restricted entitlement without a profile
// (read only where the paste reports the launch refused, led with the
// other team or the missing profile where the paste says so); taskgated
// cut short ("no eligible provisioning"); a notary message retold after
// its nested path in backquotes; a release "triggering Gatekeeper"; and
// the damaged alert in Chinese asked about a missing signature on a Mac.
func TestHeldOut123Classes(t *testing.T) {
	firstCause := func(in, id string) string {
		if m := firstMatch(Analyze([]byte(in)), id); m != nil && len(m.Causes) > 0 {
			return m.Causes[0]
		}
		return ""
	}
	for _, s := range []string{
		"The app exits 137 at launch. keychain-access-groups is a restricted entitlement that macOS only authorizes with an embedded provisioning profile, and the bundle embedded no profile.",
		"Finder says the app can't be opened. `keychain-access-groups` is a restricted entitlement: AMFI grants it only when an embedded provisioning profile authorizes it.",
		"The CI bundle is ad-hoc signed with team-scoped groups, which taskgated SIGKILLs at launch.",
		"taskgated-helper: Disallowing com.example.tool because no eligible provisioning pro",
	} {
		if r := Analyze([]byte(s)); !hasID(r, "text-unsatisfied-entitlements") {
			t.Errorf("%q: got %v", s, ids(r))
		}
	}
	readNothing(t,
		"keychain-access-groups is a restricted entitlement that needs an embedded provisioning profile; this guide shows how to add one.",
		"A restricted entitlement such as com.apple.developer.endpoint-security.client requires a provisioning profile from Apple.",
		"taskgated checks provisioning profiles for restricted entitlements.",
	)
	explainer := "The app's executable might claim restricted entitlements that aren't authorised by a provisioning profile. An app with unauthorised entitlements will be killed: zsh: killed OverClaim.app/Contents/MacOS/OverClaim"
	if m := firstMatch(Analyze([]byte(explainer)), "text-unsatisfied-entitlements"); m != nil {
		t.Errorf("restricted entitlements named as a possibility: got %v", ids(Analyze([]byte(explainer))))
	}
	kill := "The process is killed at exec (exit 137). aps-environment is a restricted entitlement: AMFI only grants it when the signature carries a provisioning profile that authorizes it."
	if c := firstCause(kill+" The copy is signed by a different team than the profile it inherited.", "text-unsatisfied-entitlements"); !strings.Contains(c, "another team") {
		t.Errorf("another team said: first cause %q", c)
	}
	if c := firstCause(kill+" The bundle embedded no profile.", "text-unsatisfied-entitlements"); !strings.Contains(c, "No profile is embedded") {
		t.Errorf("no profile said: first cause %q", c)
	}
	if c := firstCause(kill+" The gateway is a bare CLI binary, so it can't carry a provisioning profile.", "text-unsatisfied-entitlements"); !strings.Contains(c, "bare executable") {
		t.Errorf("bare binary said: first cause %q", c)
	}
	if c := firstCause(kill, "text-unsatisfied-entitlements"); strings.Contains(c, "another team") || strings.Contains(c, "No profile is embedded") {
		t.Errorf("no cause said: first cause %q", c)
	}
	retold := func(p string) string {
		return "The release failed notarization:\n\n> `" + p + "` — The binary is not signed with a valid Developer ID certificate."
	}
	if c := firstCause(retold("App.app/Contents/Resources/plugin.tar.gz/lib/libplugin.dylib"), "text-not-developer-id"); !strings.Contains(c, "nested binary") {
		t.Errorf("nested path retold: first cause %q", c)
	}
	if c := firstCause(retold("App.app/Contents/MacOS/App"), "text-not-developer-id"); strings.Contains(c, "nested binary") {
		t.Errorf("main executable retold: first cause %q", c)
	}
	for _, s := range []string{"1.0.5 is triggering Gatekeeper on Tahoe Version 26.2 (25C56) --- is this expected?", "The new build triggers Gatekeeper on every launch."} {
		if r := Analyze([]byte(s)); !hasID(r, "text-gatekeeper-unverified") {
			t.Errorf("%q: got %v", s, ids(r))
		}
	}
	readNothing(t,
		"Installing with npm is not triggering Gatekeeper, only a browser download does.",
		"Does curl trigger Gatekeeper?",
	)
	if r := Analyze([]byte("一打开它就说文件已损坏，请问是不是没有签名？Mac OS 26")); !hasID(r, "text-gatekeeper-damaged") {
		t.Errorf("damaged asked unsigned on a Mac: got %v", ids(r))
	}
	readNothing(t,
		"Windows 上安装包已损坏，没有签名",
		"文档已损坏，没有签名的 PDF 打不开",
	)
}

// The notary service's invalid binary signature leads with the missing
// certificate chain only where the paste says the chain is missing.
func TestNotaryInvalidSignatureChainLead(t *testing.T) {
	firstCause := func(in string) string {
		for _, m := range Analyze([]byte(in)).Matches {
			if m.Entry.ID == "text-binary-signature-invalid" && len(m.Causes) > 0 {
				return m.Causes[0]
			}
		}
		return ""
	}
	const issue = `"message": "The signature of the binary is invalid.",`
	if c := firstCause("Without the full chain, Apple will reject the notarization request:\n" + issue); !strings.Contains(c, "certificate chain is incomplete") {
		t.Errorf("a paste saying the full chain is missing: first cause %q", c)
	}
	// Near miss: the chain named, but as present.
	if c := firstCause("The p12 has the full chain attached.\n" + issue); strings.Contains(c, "certificate chain is incomplete") {
		t.Errorf("a paste saying the chain is attached: first cause %q", c)
	}
}
