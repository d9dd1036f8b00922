// Package diff compares two versions of an artifact — two binaries, two
// provisioning profiles, two entitlements files, two certificates or two
// bundles — and lists what changed in the facts a signing problem usually
// hides in: entitlements, flags, team, certificates, hash types, the
// designated requirement, devices and dates.
//
// It works on the report facts the parsers produce, so it is a pure function
// of data already bounded by those parsers.
package diff

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Kind of a change.
const (
	Changed = "changed"
	Added   = "added"   // present only in the second version
	Removed = "removed" // present only in the first version
)

// Change is one difference between the two versions.
type Change struct {
	// Where names the part compared: "" for the artifact itself, the
	// architecture of a slice ("arm64"), or a path inside a bundle, then the
	// architecture ("Payload/App.app/Frameworks/Kit.framework [arm64]").
	Where string `json:"where,omitempty"`
	// Field is the fact, in the JSON report's names ("team", "flags",
	// "entitlements: com.apple.security.app-sandbox", "device", "slice" …).
	Field string `json:"field"`
	Kind  string `json:"kind"`
	Old   string `json:"old,omitempty"`
	New   string `json:"new,omitempty"`
	// Note says what the change means, where it means more than itself
	// (a new designated requirement loses what the system granted the old).
	Note string `json:"note,omitempty"`
}

// RequirementNote explains a changed designated requirement (TN3127).
const RequirementNote = "The designated requirement changed: macOS identifies the new build as different code, " +
	"so privacy permissions (TCC: camera, microphone, files, accessibility, automation) and keychain items the " +
	"old build was granted do not carry over — users are asked again and keychain access prompts or fails. " +
	"Sign every build with the same identity, identifier and team so the requirement stays the same."

// Result is the comparison of two artifacts.
type Result struct {
	KindA, KindB string
	// Comparable is false when the two artifacts are of kinds that cannot be
	// compared (a profile and a binary); Changes is then empty.
	Comparable bool
	Changes    []Change
}

// maxChanges caps the list (two unrelated bundles could differ everywhere).
const maxChanges = 2000

// Artifacts compares the facts of a (the old version) with b (the new one).
func Artifacts(a, b report.Artifact) Result {
	r := Result{KindA: a.Kind, KindB: b.Kind}
	d := &differ{}
	switch fa := a.Facts.(type) {
	case *report.MachO:
		if fb, ok := b.Facts.(*report.MachO); ok {
			r.Comparable = true
			d.machO("", fa, fb)
		}
	case *report.Profile:
		if fb, ok := b.Facts.(*report.Profile); ok {
			r.Comparable = true
			d.profile("", fa, fb)
		}
	case *report.Entitlements:
		if fb, ok := b.Facts.(*report.Entitlements); ok {
			r.Comparable = true
			d.str("", "format", fa.Format, fb.Format)
			d.entitlements("", fa.Entitlements, fb.Entitlements)
		}
	case *report.Certificate:
		if fb, ok := b.Facts.(*report.Certificate); ok {
			r.Comparable = true
			d.certificate("", fa, fb)
		}
	case *report.Bundle:
		if fb, ok := b.Facts.(*report.Bundle); ok {
			r.Comparable = true
			d.bundle(fa, fb)
		}
	}
	r.Changes = d.changes
	return r
}

type differ struct {
	changes []Change
}

func (d *differ) add(c Change) {
	if len(d.changes) < maxChanges {
		d.changes = append(d.changes, c)
	}
}

func (d *differ) str(where, field, a, b string) {
	switch {
	case a == b:
	case a == "":
		d.add(Change{Where: where, Field: field, Kind: Added, New: b})
	case b == "":
		d.add(Change{Where: where, Field: field, Kind: Removed, Old: a})
	default:
		d.add(Change{Where: where, Field: field, Kind: Changed, Old: a, New: b})
	}
}

// designatedRequirement compares the requirement each build is judged by:
// the explicit one, else the one the system makes for it. A change between
// two known requirements carries RequirementNote.
func (d *differ) designatedRequirement(w string, a, b *report.MachOSlice) {
	ra, rb := a.Requirement, b.Requirement
	field := "requirement"
	if ra == "" && rb == "" {
		ra, rb, field = a.ImplicitRequirement, b.ImplicitRequirement, "implicit_requirement"
	}
	before := len(d.changes)
	d.str(w, field, ra, rb)
	if len(d.changes) > before {
		if c := &d.changes[len(d.changes)-1]; c.Kind == Changed {
			c.Note = RequirementNote
		}
	}
}

func (d *differ) boolean(where, field string, a, b bool) {
	if a != b {
		d.add(Change{Where: where, Field: field, Kind: Changed, Old: fmt.Sprint(a), New: fmt.Sprint(b)})
	}
}

func (d *differ) num(where, field string, a, b int64) {
	if a != b {
		d.add(Change{Where: where, Field: field, Kind: Changed, Old: fmt.Sprint(a), New: fmt.Sprint(b)})
	}
}

func (d *differ) date(where, field string, a, b time.Time) {
	if !a.Equal(b) {
		d.str(where, field, fmtTime(a), fmtTime(b))
	}
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func timePtr(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return *t
}

// list compares two lists in order: same elements in the same order is no
// change; otherwise the whole lists are shown (hash types, authorities).
func (d *differ) list(where, field string, a, b []string) {
	if strings.Join(a, "\x00") != strings.Join(b, "\x00") {
		d.str(where, field, strings.Join(a, ", "), strings.Join(b, ", "))
	}
}

// set compares two lists as sets, one change per element added or removed
// (flags, platforms, devices).
func (d *differ) set(where, field string, a, b []string) {
	inA, inB := toSet(a), toSet(b)
	for _, v := range sortedKeys(inA) {
		if !inB[v] {
			d.add(Change{Where: where, Field: field, Kind: Removed, Old: v})
		}
	}
	for _, v := range sortedKeys(inB) {
		if !inA[v] {
			d.add(Change{Where: where, Field: field, Kind: Added, New: v})
		}
	}
}

func toSet(l []string) map[string]bool {
	m := make(map[string]bool, len(l))
	for _, v := range l {
		m[v] = true
	}
	return m
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// entitlements compares two entitlement dictionaries key by key.
func (d *differ) entitlements(where string, a, b map[string]any) {
	for _, k := range sortedKeys(a) {
		va := render(a[k])
		if vb, ok := b[k]; !ok {
			d.add(Change{Where: where, Field: "entitlements: " + k, Kind: Removed, Old: va})
		} else if rb := render(vb); rb != va {
			d.add(Change{Where: where, Field: "entitlements: " + k, Kind: Changed, Old: va, New: rb})
		}
	}
	for _, k := range sortedKeys(b) {
		if _, ok := a[k]; !ok {
			d.add(Change{Where: where, Field: "entitlements: " + k, Kind: Added, New: render(b[k])})
		}
	}
}

// render writes a value the way the JSON report does (maps with sorted keys),
// strings without quotes.
func render(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func (d *differ) machO(where string, a, b *report.MachO) {
	d.boolean(where, "universal", a.Universal, b.Universal)
	sa, sb := slicesByArch(a), slicesByArch(b)
	for _, arch := range sortedKeys(sa) {
		if _, ok := sb[arch]; !ok {
			d.add(Change{Where: where, Field: "slice", Kind: Removed, Old: arch})
		}
	}
	for _, arch := range sortedKeys(sb) {
		if _, ok := sa[arch]; !ok {
			d.add(Change{Where: where, Field: "slice", Kind: Added, New: arch})
		}
	}
	for _, arch := range sortedKeys(sa) {
		if y, ok := sb[arch]; ok {
			w := arch
			if where != "" {
				w = where + " [" + arch + "]"
			}
			d.slice(w, sa[arch], y)
		}
	}
}

func slicesByArch(m *report.MachO) map[string]*report.MachOSlice {
	out := map[string]*report.MachOSlice{}
	for i := range m.Slices {
		s := &m.Slices[i]
		arch := s.Arch
		// Two slices with one name (rare, malformed) stay apart.
		for n := 2; out[arch] != nil; n++ {
			arch = fmt.Sprintf("%s#%d", s.Arch, n)
		}
		out[arch] = s
	}
	return out
}

func (d *differ) slice(w string, a, b *report.MachOSlice) {
	d.str(w, "signature", a.Signature, b.Signature)
	d.str(w, "identifier", a.Identifier, b.Identifier)
	d.str(w, "team", a.Team, b.Team)
	d.str(w, "cert_kind", a.CertKind, b.CertKind)
	d.str(w, "leaf", a.Leaf, b.Leaf)
	d.str(w, "leaf_team", a.LeafTeam, b.LeafTeam)
	d.list(w, "authorities", a.Authorities, b.Authorities)
	d.certificates(w, a.Certificates, b.Certificates)
	d.list(w, "hashes", a.Hashes, b.Hashes)
	d.set(w, "flags", a.Flags, b.Flags)
	d.boolean(w, "timestamp", a.Timestamp, b.Timestamp)
	d.str(w, "min_os", a.MinOS, b.MinOS)
	d.str(w, "platform", a.Platform, b.Platform)
	d.str(w, "sdk", a.SDK, b.SDK)
	d.designatedRequirement(w, a, b)
	d.entitlements(w, a.Entitlements, b.Entitlements)
	d.boolean(w, "verified", a.Verified, b.Verified)
	d.boolean(w, "trusted", a.Trusted, b.Trusted)
	d.boolean(w, "encrypted", a.Encrypted, b.Encrypted)
	d.str(w, "cdhash", a.CDHash, b.CDHash)
	d.date(w, "signing_time", timePtr(a.SigningTime), timePtr(b.SigningTime))
}

// certificates compares certificate lists by fingerprint, naming each.
func (d *differ) certificates(w string, a, b []report.Certificate) {
	key := func(c report.Certificate) string {
		if c.SHA1 != "" {
			return c.SHA1
		}
		return c.CommonName + "|" + fmtTime(c.NotAfter)
	}
	label := func(c report.Certificate) string {
		s := c.CommonName
		if c.SHA1 != "" {
			s += " (SHA-1 " + c.SHA1 + ")"
		}
		if !c.NotAfter.IsZero() {
			s += ", expires " + c.NotAfter.UTC().Format("2006-01-02")
		}
		return s
	}
	ma, mb := map[string]report.Certificate{}, map[string]report.Certificate{}
	for _, c := range a {
		ma[key(c)] = c
	}
	for _, c := range b {
		mb[key(c)] = c
	}
	for _, k := range sortedKeys(ma) {
		if _, ok := mb[k]; !ok {
			d.add(Change{Where: w, Field: "certificate", Kind: Removed, Old: label(ma[k])})
		}
	}
	for _, k := range sortedKeys(mb) {
		if _, ok := ma[k]; !ok {
			d.add(Change{Where: w, Field: "certificate", Kind: Added, New: label(mb[k])})
		}
	}
}

func (d *differ) profile(w string, a, b *report.Profile) {
	d.str(w, "profile_name", a.ProfileName, b.ProfileName)
	d.str(w, "uuid", a.UUID, b.UUID)
	d.str(w, "profile_kind", a.ProfileKind, b.ProfileKind)
	d.set(w, "platforms", a.Platforms, b.Platforms)
	d.str(w, "team", a.Team, b.Team)
	d.str(w, "app_id", a.AppID, b.AppID)
	d.date(w, "created", a.Created, b.Created)
	d.date(w, "expires", a.Expires, b.Expires)
	d.num(w, "time_to_live", int64(a.TimeToLive), int64(b.TimeToLive))
	d.boolean(w, "xcode_managed", a.XcodeManaged, b.XcodeManaged)
	d.boolean(w, "all_devices", a.AllDevices, b.AllDevices)
	d.num(w, "devices", int64(a.Devices), int64(b.Devices))
	d.set(w, "device", a.DeviceIDs, b.DeviceIDs)
	d.boolean(w, "apple_signed", a.AppleSigned, b.AppleSigned)
	d.certificates(w, a.Certificates, b.Certificates)
	d.entitlements(w, a.Entitlements, b.Entitlements)
}

func (d *differ) certificate(w string, a, b *report.Certificate) {
	d.str(w, "common_name", a.CommonName, b.CommonName)
	d.str(w, "cert_kind", a.CertKind, b.CertKind)
	d.str(w, "team", a.Team, b.Team)
	d.str(w, "issuer", a.Issuer, b.Issuer)
	d.date(w, "not_before", a.NotBefore, b.NotBefore)
	d.date(w, "not_after", a.NotAfter, b.NotAfter)
	d.str(w, "sha1", a.SHA1, b.SHA1)
	d.boolean(w, "apple_issued", a.AppleIssued, b.AppleIssued)
	d.boolean(w, "expired", a.Expired, b.Expired)
}

// bundle compares every piece of code by its path inside the bundle. The
// top-level folder name (App.app, Payload/App.app) may differ between the two
// archives, so paths are compared from the first bundle component on.
func (d *differ) bundle(a, b *report.Bundle) {
	na, nb := flatten(a.Code), flatten(b.Code)
	for _, p := range sortedKeys(na) {
		if _, ok := nb[p]; !ok {
			d.add(Change{Where: p, Field: "code", Kind: Removed, Old: na[p].Type})
		}
	}
	for _, p := range sortedKeys(nb) {
		if _, ok := na[p]; !ok {
			d.add(Change{Where: p, Field: "code", Kind: Added, New: nb[p].Type})
		}
	}
	for _, p := range sortedKeys(na) {
		y, ok := nb[p]
		if !ok {
			continue
		}
		x := na[p]
		d.str(p, "identifier", x.Identifier, y.Identifier)
		d.str(p, "signature", x.Signature, y.Signature)
		d.str(p, "team", x.Team, y.Team)
		d.str(p, "status", x.Status, y.Status)
		d.boolean(p, "stapled_ticket", x.StapledTicket, y.StapledTicket)
		switch {
		case x.MachO != nil && y.MachO != nil:
			d.machO(p, x.MachO, y.MachO)
		case x.MachO != nil || y.MachO != nil:
			d.boolean(p, "has_macho", x.MachO != nil, y.MachO != nil)
		}
		switch {
		case x.Profile != nil && y.Profile != nil:
			d.profile(p+" (profile)", x.Profile, y.Profile)
		case x.Profile != nil:
			d.add(Change{Where: p, Field: "profile", Kind: Removed, Old: x.Profile.ProfileName})
		case y.Profile != nil:
			d.add(Change{Where: p, Field: "profile", Kind: Added, New: y.Profile.ProfileName})
		}
	}
}

// maxNodes caps the nodes a bundle contributes.
const maxNodes = 10000

func flatten(nodes []report.BundleNode) map[string]*report.BundleNode {
	out := map[string]*report.BundleNode{}
	var walk func([]report.BundleNode, int)
	walk = func(ns []report.BundleNode, depth int) {
		if depth > 64 {
			return
		}
		for i := range ns {
			if len(out) >= maxNodes {
				return
			}
			n := &ns[i]
			p := relative(n.Path)
			for k := 2; out[p] != nil; k++ {
				p = fmt.Sprintf("%s#%d", relative(n.Path), k)
			}
			out[p] = n
			walk(n.Children, depth+1)
		}
	}
	walk(nodes, 0)
	return out
}

// relative drops what precedes the outermost bundle's contents: "Payload/",
// "App.xcarchive/Products/Applications/" and the outer bundle's own name, so
// App 1.0.ipa and App 1.1.ipa compare by what is inside.
func relative(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		switch {
		case strings.HasSuffix(s, ".app"), strings.HasSuffix(s, ".appex"), strings.HasSuffix(s, ".framework"), strings.HasSuffix(s, ".bundle"), strings.HasSuffix(s, ".xpc"):
			rest := strings.Join(parts[i+1:], "/")
			if rest == "" {
				return "(main bundle)"
			}
			return rest
		}
	}
	return p
}
