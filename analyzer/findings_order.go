package analyzer

import (
	"strconv"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// The report puts the root cause first: the same finding made on several
// places (slices of a universal file, nested bundles, profiles) becomes one
// finding with its places listed, and a finding that follows from another
// (an expired profile's certificates) sits under it.

// consequences says which findings follow from which: when a finding of a
// cause check and one of an effect check are about the same place (every
// place of the effect is a place of the cause), the effect is listed under
// the cause. The effects would not be worth reading on their own: they go
// away with the cause, or could not be checked because of it.
var consequences = []struct {
	cause   string
	effects []string
}{
	// An expired profile: its certificates have expired with it, usually.
	{"profile-expired", []string{"profile-no-valid-cert", "profile-cert-expired", "profile-cert-expiring"}},
	// A profile changed after Apple signed it no longer verifies as Apple's.
	{"profile-tampered", []string{"profile-not-apple-signed"}},
	// A signature that cannot be read: nothing in it can be checked.
	{"macho-signature-truncated", signatureDependents},
	{"macho-signature-invalid", signatureDependents},
	// A broken CMS: the signer, the timestamp and what the requirement says
	// about the signer can no longer be checked.
	{"macho-cms-invalid", []string{"macho-untrusted-chain", "macho-no-secure-timestamp", "macho-cdhash-mismatch",
		"req-designated-unsatisfied", "req-designated-anchor-apple", "req-designated-root-pinned", "req-unsatisfied"}},
	// A seal that cannot be read fails every sealed file.
	{"bundle-seal-invalid", []string{"bundle-sealed-plist-changed", "bundle-seal-added", "bundle-seal-modified", "bundle-seal-removed"}},
	// Pasted messages: the expired profile is why it is "not valid".
	{"text-profile-expired", []string{"text-embedded-profile-invalid", "text-install-no-valid-profile"}},
	{"text-cert-expired", []string{"text-identity-not-found", "text-identity-no-longer-valid"}},
}

var signatureDependents = []string{"macho-cms-invalid", "macho-cdhash-mismatch", "macho-page-hash-mismatch",
	"macho-special-slot-mismatch", "macho-untrusted-chain", "macho-no-secure-timestamp", "macho-no-hardened-runtime",
	"req-designated-unsatisfied", "req-designated-anchor-apple", "req-designated-root-pinned", "req-unsatisfied"}

// arrangeFindings merges repeated findings, links consequences to their
// causes, orders the findings root cause first and gives each its Ref.
func arrangeFindings(fs []report.Finding) []report.Finding {
	fs = mergePlaces(fs)
	cause := linkCauses(fs)
	order := report.CauseOrder(fs, func(i int) int { return cause[i] })
	out := make([]report.Finding, len(fs))
	ref := make([]string, len(fs))
	count := map[string]int{}
	for pos, i := range order {
		count[fs[i].ID]++
		ref[i] = fs[i].ID + "#" + strconv.Itoa(count[fs[i].ID])
		out[pos] = fs[i]
		out[pos].Ref = ref[i]
	}
	for pos, i := range order {
		if c := cause[i]; c >= 0 {
			out[pos].Cause = ref[c]
		}
	}
	return out
}

// mergePlaces turns findings of the same check with the same severity and
// message into one finding listing its places. Fixes that differ by place
// are kept, one per line.
func mergePlaces(fs []report.Finding) []report.Finding {
	type key struct{ id, sev, msg string }
	first := map[key]int{}
	var out []report.Finding
	for _, f := range fs {
		k := key{f.ID, string(f.Severity), f.Message}
		i, seen := first[k]
		if !seen {
			first[k] = len(out)
			out = append(out, f)
			continue
		}
		m := &out[i]
		if len(m.Places) == 0 {
			m.Places = []string{m.Subject}
		}
		if !contains(m.Places, f.Subject) {
			m.Places = append(m.Places, f.Subject)
		}
		if f.Fix != "" && !contains(strings.Split(m.Fix, "\n"), f.Fix) {
			if m.Fix != "" {
				m.Fix += "\n"
			}
			m.Fix += f.Fix
		}
	}
	for i := range out {
		if len(out[i].Places) == 1 {
			out[i].Places = nil // the same finding twice on one place
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// places returns the subjects a finding was made on.
func places(f *report.Finding) []string {
	if len(f.Places) > 0 {
		return f.Places
	}
	return []string{f.Subject}
}

// linkCauses returns, for each finding, the index of the finding it
// follows from, or -1.
func linkCauses(fs []report.Finding) []int {
	effectOf := map[string][]string{} // effect check -> cause checks
	for _, c := range consequences {
		for _, e := range c.effects {
			effectOf[e] = append(effectOf[e], c.cause)
		}
	}
	byID := map[string][]int{}
	for i, f := range fs {
		byID[f.ID] = append(byID[f.ID], i)
	}
	cause := make([]int, len(fs))
	for i := range fs {
		cause[i] = -1
		for _, cid := range effectOf[fs[i].ID] {
			for _, j := range byID[cid] {
				if covers(places(&fs[j]), places(&fs[i])) {
					cause[i] = j
					break
				}
			}
			if cause[i] >= 0 {
				break
			}
		}
	}
	return cause
}

// covers says whether every place of an effect is a place of its cause. A
// pasted message's places are lines: any line of the same text will do.
func covers(cause, effect []string) bool {
	for _, e := range effect {
		ok := false
		for _, c := range cause {
			if c == e || sameText(c, e) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// sameText says whether two subjects are lines of the same pasted text
// ("name: line 3").
func sameText(a, b string) bool {
	i, j := strings.LastIndex(a, ": line "), strings.LastIndex(b, ": line ")
	return i > 0 && j > 0 && a[:i] == b[:j]
}
