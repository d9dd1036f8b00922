package analyzer

import (
	"strconv"

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
	// A notary log's issue is why its status is "Invalid"; a signature that
	// is missing or unreadable has no timestamp to find, nor one made by a
	// Developer ID certificate, which codesign timestamps by default.
	{"text-binary-signature-invalid", []string{"text-notary-invalid", "text-no-secure-timestamp"}},
	// codesign that could not process a binary (data past its __LINKEDIT)
	// left it unsigned or half signed: why the notary finds it invalid.
	{"text-codesign-internal-error", []string{"text-binary-signature-invalid"}},
	{"text-not-signed", []string{"text-notary-invalid", "text-no-secure-timestamp"}},
	{"text-not-developer-id", []string{"text-notary-invalid", "text-no-secure-timestamp"}},
	{"text-no-secure-timestamp", []string{"text-notary-invalid"}},
	{"text-no-hardened-runtime", []string{"text-notary-invalid"}},
	// The kernel kills code whose launch constraint fails under the
	// CODESIGNING namespace, and a shell says only "killed".
	{"text-launch-constraint", []string{"text-code-signature-invalid"}},
	{"text-code-signature-invalid", []string{"text-killed-at-launch"}},
	// A hardened runtime refusing code the program wrote is why it was killed.
	{"text-hardened-runtime-exception", []string{"text-killed-at-launch"}},
	// Gatekeeper refusing a quarantined program that is not notarized
	// kills it as it starts: a shell shows only "killed" or exit 137.
	{"text-gatekeeper-unverified", []string{"text-killed-at-launch"}},
	// Entitlements no profile authorises: the kernel's refusal says so.
	{"text-unsatisfied-entitlements", []string{"text-kernel-signature-rejected"}},
	// An installer's "no valid signature" is the sum of its reason.
	{"text-signed-resource-modified", []string{"text-app-no-valid-signature"}},
	{"text-device-not-in-profile", []string{"text-app-no-valid-signature"}},
	{"text-missing-application-identifier", []string{"text-app-no-valid-signature"}},
	// Xcode finds no profile because none has the entitlement, because it
	// has no account to make one with, or because a free team may not.
	{"text-profile-missing-entitlement", []string{"text-no-profiles-found"}},
	{"text-free-team-limit", []string{"text-no-profiles-found", "text-profile-missing-entitlement"}},
	{"text-xcode-account-unavailable", []string{"text-no-profiles-found"}},
	{"text-requires-development-team", []string{"text-no-profiles-found"}},
	// A code object that is not signed fails the bundle it is nested in,
	// Gatekeeper's assessment and the kernel's kext loading; one whose
	// resources are missing is what Gatekeeper calls "damaged".
	{"text-not-signed", []string{"text-nested-code-invalid", "text-gatekeeper-unverified", "text-kext-not-loaded"}},
	{"text-code-signature-modified", []string{"text-kext-not-loaded"}},
	{"text-no-resources", []string{"text-gatekeeper-damaged"}},
	// "Can't be opened" names no reason: the crash or refusal behind it does.
	{"text-sandbox-inheritance", []string{"text-app-cant-be-opened"}},
	{"text-code-signature-invalid", []string{"text-app-cant-be-opened"}},
	{"text-launch-constraint", []string{"text-app-cant-be-opened"}},
	// iOS's "no longer available" is a revoked certificate where the
	// profile still shows days left.
	{"text-cert-revoked", []string{"text-app-no-longer-available"}},
	// A keychain that may not ask its user refuses the import; an identity
	// that was never imported is not found.
	{"text-user-interaction-not-allowed", []string{"text-p12-import-failed"}},
	{"text-p12-import-failed", []string{"text-identity-not-found"}},
	// A restricted entitlement no profile authorises is why the process
	// is killed.
	{"text-unsatisfied-entitlements", []string{"text-killed-at-launch"}},
	// A signature that no longer verifies (a page hash a signer got
	// wrong, a file changed after signing) is why the shell says killed.
	{"text-code-signature-modified", []string{"text-killed-at-launch"}},
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
// are kept, one per line. Linear in the findings: an archive can hold
// hundreds of thousands.
func mergePlaces(fs []report.Finding) []report.Finding {
	type key struct{ id, sev, msg string }
	type merged struct {
		at     int
		places map[string]bool // by subject: the location in words
		fixes  map[string]bool
	}
	groups := map[key]*merged{}
	var out []report.Finding
	for _, f := range fs {
		k := key{f.ID, string(f.Severity), f.Message}
		g := groups[k]
		if g == nil {
			groups[k] = &merged{at: len(out), places: map[string]bool{f.Subject: true}, fixes: map[string]bool{f.Fix: true}}
			out = append(out, f)
			continue
		}
		m := &out[g.at]
		if !g.places[f.Subject] {
			g.places[f.Subject] = true
			if len(m.Places) == 0 {
				m.Places, m.PlaceLocations = []string{m.Subject}, []report.Location{m.Location}
			}
			m.Places, m.PlaceLocations = append(m.Places, f.Subject), append(m.PlaceLocations, f.Location)
		}
		if !g.fixes[f.Fix] {
			g.fixes[f.Fix] = true
			if m.Fix != "" {
				m.Fix += "\n"
			}
			m.Fix += f.Fix
		}
	}
	return out
}

// places returns the locations a finding was made on.
func places(f *report.Finding) []report.Location {
	if len(f.PlaceLocations) > 0 {
		return f.PlaceLocations
	}
	return []report.Location{f.Location}
}

// placeWords returns the subjects a finding was made on, and the pasted
// text each is a line of ("" when it is none). Places are compared by
// their subjects, the locations in words: one short string for each.
func placeWords(f *report.Finding) (subjects, texts []string) {
	subjects = f.Places
	if len(subjects) == 0 {
		subjects = []string{f.Subject}
	}
	texts = make([]string, len(subjects))
	for i, l := range places(f) {
		if i < len(texts) && l.Line > 0 {
			texts[i] = l.File
		}
	}
	return subjects, texts
}

// linkCauses returns, for each finding, the index of the finding it
// follows from, or -1. Candidate causes are found by place, so the work is
// linear in the findings and their places.
func linkCauses(fs []report.Finding) []int {
	effectOf := map[string][]string{} // effect check -> cause checks
	isCause := map[string]bool{}
	for _, c := range consequences {
		isCause[c.cause] = true
		for _, e := range c.effects {
			effectOf[e] = append(effectOf[e], c.cause)
		}
	}
	type at struct{ id, place string }
	causesAt := map[at][]int{} // cause findings by check and place (or pasted text)
	for j := range fs {
		if !isCause[fs[j].ID] {
			continue
		}
		subjects, texts := placeWords(&fs[j])
		for k, p := range subjects {
			causesAt[at{fs[j].ID, p}] = append(causesAt[at{fs[j].ID, p}], j)
			if t := texts[k]; t != "" {
				causesAt[at{fs[j].ID, t}] = append(causesAt[at{fs[j].ID, t}], j)
			}
		}
	}
	sets := map[int]placeSet{}
	cause := make([]int, len(fs))
	for i := range fs {
		cause[i] = -1
		subjects, texts := placeWords(&fs[i])
		first := subjects[0]
		if texts[0] != "" {
			first = texts[0]
		}
	search:
		for _, cid := range effectOf[fs[i].ID] {
			for _, j := range causesAt[at{cid, first}] {
				set, ok := sets[j]
				if !ok {
					set = newPlaceSet(placeWords(&fs[j]))
					sets[j] = set
				}
				if set.covers(subjects, texts) {
					cause[i] = j
					break search
				}
			}
		}
	}
	return cause
}

// placeSet is the places of a cause, and the pasted texts they are in.
type placeSet struct{ places, texts map[string]bool }

func newPlaceSet(subjects, texts []string) placeSet {
	ps := placeSet{places: make(map[string]bool, len(subjects)), texts: map[string]bool{}}
	for i, p := range subjects {
		ps.places[p] = true
		if texts[i] != "" {
			ps.texts[texts[i]] = true
		}
	}
	return ps
}

// covers says whether every place of an effect is a place of the cause. A
// pasted message's places are lines: any line of the same text will do.
func (ps placeSet) covers(subjects, texts []string) bool {
	for i, e := range subjects {
		if ps.places[e] || texts[i] != "" && ps.texts[texts[i]] {
			continue
		}
		return false
	}
	return true
}
