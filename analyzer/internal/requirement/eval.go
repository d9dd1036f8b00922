package requirement

import (
	"bytes"
	"crypto/sha1"
	"crypto/x509"
	"encoding/asn1"
	"encoding/hex"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// Context is what a signature says about the code being judged.
type Context struct {
	// Identifier is the signing identifier (the CodeDirectory's).
	Identifier string
	// Chain is the certificate chain, leaf first, root last. It should be the
	// chain as verified (to an Apple root or not); nil for ad hoc code.
	Chain []*x509.Certificate
	// InfoPlist and Entitlements are the bound Info.plist and entitlements;
	// nil when the code has none.
	InfoPlist    map[string]any
	Entitlements map[string]any
	// CDHashes are the code's CDHashes (20 bytes each), any of which a
	// cdhash condition may name.
	CDHashes [][]byte
	// AppleRoot says whether a certificate is one of Apple's root
	// certificates. Nil leaves Apple anchor conditions undetermined.
	AppleRoot func(*x509.Certificate) bool
	// Platform is the CodeDirectory's platform field (non-zero only for
	// Apple's platform binaries).
	Platform int32
	// Notarized is whether the code is known to be notarized; nil when
	// unknown (the answer lives in Apple's ticket database).
	Notarized *bool
}

// Result is the outcome of evaluating a requirement.
type Result struct {
	// Satisfied: the requirement holds.
	Satisfied bool
	// Undetermined: the outcome depends on something only the Mac doing the
	// check knows (trust settings, a notarization ticket, …). Satisfied is
	// then false.
	Undetermined bool
	// Clauses are the top-level conditions joined by "and" (one clause when
	// the requirement is not an "and"), each with its own outcome.
	Clauses []Clause
}

// Clause is one top-level condition and why it holds or fails.
type Clause struct {
	Text         string
	Satisfied    bool
	Undetermined bool
	Why          string
}

// Failed returns the clauses that do not hold (undetermined ones included).
func (r Result) Failed() []Clause {
	var out []Clause
	for _, c := range r.Clauses {
		if !c.Satisfied {
			out = append(out, c)
		}
	}
	return out
}

// truth is a three-valued outcome.
type truth int8

const (
	no truth = iota
	yes
	unknown
)

// EvaluateText compiles a requirement and evaluates it.
func EvaluateText(text string, ctx *Context) (Result, error) {
	n, err := ParseRequirement(text)
	if err != nil {
		return Result{}, err
	}
	return Evaluate(n, ctx), nil
}

// Evaluate judges a requirement against a signature's context, clause by
// clause, with the semantics of Apple's requirement interpreter.
func Evaluate(req *Node, ctx *Context) Result {
	if ctx == nil {
		ctx = &Context{}
	}
	ev := &evaluator{ctx: ctx}
	var res Result
	all := yes
	for _, c := range conjuncts(req) {
		t, why := ev.eval(c, 0)
		res.Clauses = append(res.Clauses, Clause{Text: c.String(), Satisfied: t == yes, Undetermined: t == unknown, Why: why})
		all = and3(all, t)
	}
	res.Satisfied, res.Undetermined = all == yes, all == unknown
	return res
}

// conjuncts flattens a chain of "and", whichever way it is grouped.
func conjuncts(n *Node) []*Node {
	if n == nil || n.Raw != 0 || n.Op != OpAnd {
		return []*Node{n}
	}
	return append(conjuncts(n.Left), conjuncts(n.Right)...)
}

func and3(a, b truth) truth {
	switch {
	case a == no || b == no:
		return no
	case a == unknown || b == unknown:
		return unknown
	}
	return yes
}

func or3(a, b truth) truth {
	switch {
	case a == yes || b == yes:
		return yes
	case a == unknown || b == unknown:
		return unknown
	}
	return no
}

type evaluator struct{ ctx *Context }

// Marker extensions Apple puts on its certificates.
var (
	oidAppleSoftwareSigning = []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x63, 0x64, 0x06, 22} // 1.2.840.113635.100.6.22
	appleCodeSigningCA      = "Apple Code Signing Certification Authority"
)

func (ev *evaluator) cert(slot int32) *x509.Certificate {
	n := int64(len(ev.ctx.Chain))
	i := int64(slot)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil
	}
	return ev.ctx.Chain[i]
}

func slotName(slot int32) string {
	switch slot {
	case SlotLeaf:
		return "leaf"
	case SlotRoot:
		return "root"
	}
	return fmt.Sprintf("certificate %d", slot)
}

func (ev *evaluator) noCert(slot int32) string {
	if len(ev.ctx.Chain) == 0 {
		return "the code has no certificate chain (ad hoc or unsigned)"
	}
	return fmt.Sprintf("the chain has no %s (it has %d certificates)", slotName(slot), len(ev.ctx.Chain))
}

func commonName(c *x509.Certificate) string {
	if c.Subject.CommonName != "" {
		return c.Subject.CommonName
	}
	return c.Subject.String()
}

func (ev *evaluator) eval(n *Node, depth int) (truth, string) {
	if n == nil {
		return no, "empty requirement"
	}
	if depth > maxDepth {
		return unknown, "nested too deeply"
	}
	if n.Raw != 0 {
		if n.Raw&opGenericFalse != 0 {
			return no, fmt.Sprintf("opcode %d is unknown to this version and counts as false", n.Raw&^opFlagMask)
		}
		return ev.eval(n.Left, depth+1)
	}
	switch n.Op {
	case OpFalse:
		return no, "never holds"
	case OpTrue:
		return yes, "always holds"
	case OpIdent:
		if ev.ctx.Identifier == n.Str {
			return yes, fmt.Sprintf("the signing identifier is %q", n.Str)
		}
		return no, fmt.Sprintf("the signing identifier is %q, not %q", ev.ctx.Identifier, n.Str)
	case OpAppleAnchor:
		return ev.appleSigned()
	case OpAppleGenericAnchor:
		return ev.appleAnchored()
	case OpAnchorHash:
		c := ev.cert(n.Slot)
		if c == nil {
			return no, ev.noCert(n.Slot)
		}
		sum := sha1.Sum(c.Raw)
		if bytes.Equal(sum[:], n.Hash) {
			return yes, fmt.Sprintf("the %s (%s) has that SHA-1", slotName(n.Slot), commonName(c))
		}
		return no, fmt.Sprintf("the %s (%s) has SHA-1 %s", slotName(n.Slot), commonName(c), strings.ToUpper(hex.EncodeToString(sum[:])))
	case OpInfoKeyValue, OpInfoKeyField:
		return ev.dictField("Info.plist", ev.ctx.InfoPlist, n.Str, n.Match)
	case OpEntitlementField:
		return ev.dictField("entitlements", ev.ctx.Entitlements, n.Str, n.Match)
	case OpAnd, OpOr:
		l, lw := ev.eval(n.Left, depth+1)
		r, rw := ev.eval(n.Right, depth+1)
		if n.Op == OpAnd {
			t := and3(l, r)
			switch {
			case t == yes:
				return yes, "both hold"
			case l != yes && r != yes:
				return t, fmt.Sprintf("%s: %s; %s: %s", n.Left, lw, n.Right, rw)
			case l != yes:
				return t, fmt.Sprintf("%s: %s", n.Left, lw)
			}
			return t, fmt.Sprintf("%s: %s", n.Right, rw)
		}
		t := or3(l, r)
		switch {
		case l == yes:
			return yes, fmt.Sprintf("%s: %s", n.Left, lw)
		case r == yes:
			return yes, fmt.Sprintf("%s: %s", n.Right, rw)
		}
		return t, fmt.Sprintf("neither alternative holds: %s: %s; %s: %s", n.Left, lw, n.Right, rw)
	case OpNot:
		t, why := ev.eval(n.Left, depth+1)
		switch t {
		case yes:
			return no, "the negated condition holds: " + why
		case no:
			return yes, "the negated condition fails: " + why
		}
		return unknown, why
	case OpCDHash:
		for _, h := range ev.ctx.CDHashes {
			if bytes.Equal(h, n.Hash) {
				return yes, "the code has that CDHash"
			}
		}
		if len(ev.ctx.CDHashes) == 0 {
			return no, "the code has no CDHash (it is not signed)"
		}
		var have []string
		for _, h := range ev.ctx.CDHashes {
			have = append(have, hex.EncodeToString(h))
		}
		return no, "the code's CDHash is " + strings.Join(have, " or ")
	case OpCertField:
		c := ev.cert(n.Slot)
		if c == nil {
			return no, ev.noCert(n.Slot)
		}
		return ev.certField(c, n)
	case OpCertGeneric:
		c := ev.cert(n.Slot)
		if c == nil {
			return no, ev.noCert(n.Slot)
		}
		has := hasExtension(c, n.OID)
		what := fmt.Sprintf("the %s (%s) %s extension %s", slotName(n.Slot), commonName(c), map[bool]string{true: "has", false: "lacks"}[has], oidText(n.OID))
		var v any
		if has {
			v = true
		}
		if t := matchValue(n.Match, v, has); t == yes {
			return yes, what
		}
		return no, what + markerHint(n)
	case OpCertPolicy:
		c := ev.cert(n.Slot)
		if c == nil {
			return no, ev.noCert(n.Slot)
		}
		has := hasPolicy(c, n.OID)
		what := fmt.Sprintf("the %s (%s) %s policy %s", slotName(n.Slot), commonName(c), map[bool]string{true: "has", false: "lacks"}[has], oidText(n.OID))
		var v any
		if has {
			v = true
		}
		return matchValue(n.Match, v, has), what
	case OpCertFieldDate:
		c := ev.cert(n.Slot)
		if c == nil {
			// Apple matches a missing certificate as an absent value.
			return matchValue(n.Match, nil, false), ev.noCert(n.Slot)
		}
		tm, ok := extensionDate(c, n.OID)
		if !ok {
			return matchValue(n.Match, nil, false), fmt.Sprintf("the %s (%s) has no date in extension %s", slotName(n.Slot), commonName(c), oidText(n.OID))
		}
		return matchValue(n.Match, tm, true), fmt.Sprintf("the %s (%s) extension %s is %s", slotName(n.Slot), commonName(c), oidText(n.OID), tm.Format("2006-01-02 15:04:05 -0700"))
	case OpTrustedCert, OpTrustedCerts:
		return unknown, "depends on the certificate trust settings of the Mac doing the check, which signdoctor cannot see"
	case OpNamedAnchor, OpNamedCode:
		return unknown, fmt.Sprintf("refers to %q, a requirement stored inside Security.framework on the Mac", n.Str)
	case OpPlatform:
		if ev.ctx.Platform == n.Platform {
			return yes, fmt.Sprintf("the platform is %d", n.Platform)
		}
		return no, fmt.Sprintf("the CodeDirectory's platform is %d, not %d (only Apple's platform binaries have one)", ev.ctx.Platform, n.Platform)
	case OpNotarized:
		if ev.ctx.Notarized == nil {
			return unknown, "notarization is known only to Apple's ticket database (or a stapled ticket)"
		}
		if *ev.ctx.Notarized {
			return yes, "the code is notarized"
		}
		return no, "the code is not notarized"
	case OpLegacyDevID:
		return unknown, "the legacy Developer ID policy is decided by the Mac's Gatekeeper configuration"
	}
	return no, fmt.Sprintf("opcode %d cannot be evaluated", n.Op)
}

// appleAnchored is "anchor apple generic": the chain ends at an Apple root.
func (ev *evaluator) appleAnchored() (truth, string) {
	root := ev.cert(SlotRoot)
	switch {
	case root == nil:
		return no, "the code has no certificate chain (ad hoc or unsigned), so nothing anchors it to Apple"
	case ev.ctx.AppleRoot == nil:
		return unknown, "cannot tell whether the root is Apple's"
	case !ev.ctx.AppleRoot(root):
		return no, fmt.Sprintf("the chain ends at %q, which is not an Apple root certificate", commonName(root))
	}
	return yes, fmt.Sprintf("the chain ends at Apple's root %q", commonName(root))
}

// appleSigned is "anchor apple": Apple's own code. The chain ends at an
// Apple root, the first intermediate is Apple Code Signing Certification
// Authority and the leaf carries Apple's software-signing marker.
func (ev *evaluator) appleSigned() (truth, string) {
	t, why := ev.appleAnchored()
	leaf := ev.cert(SlotLeaf)
	if t != yes {
		if leaf == nil {
			why += `; on a Mac only Apple's own platform binaries (in the trust cache) satisfy "anchor apple" without one`
		}
		return t, why + "; " + anchorAppleMeaning + thirdPartyAdvice(leaf)
	}
	inter := ev.cert(-2)
	if leaf != nil && inter != nil && inter != leaf && inter.Subject.CommonName == appleCodeSigningCA &&
		firstOf(inter.Subject.Organization) == "Apple Inc." && hasExtension(leaf, oidAppleSoftwareSigning) {
		return yes, fmt.Sprintf("Apple's own software signing certificate (%s)", commonName(leaf))
	}
	return no, fmt.Sprintf("the chain ends at Apple's root, but the code is signed by %q, not by Apple as its own software; ",
		commonName(leaf)) + anchorAppleMeaning + thirdPartyAdvice(leaf)
}

const anchorAppleMeaning = `"anchor apple" matches only Apple's own code (a leaf issued by Apple Code Signing Certification Authority with marker 1.2.840.113635.100.6.22)`

// thirdPartyAdvice says what to write instead of anchor apple.
func thirdPartyAdvice(leaf *x509.Certificate) string {
	if leaf == nil {
		return ""
	}
	return "; for code signed with an Apple-issued developer certificate write " + ThirdPartyRequirement(firstOf(leaf.Subject.OrganizationalUnit))
}

// ThirdPartyRequirement is the requirement a third party writes to accept
// code of one team: any Apple-issued certificate whose subject OU is the team.
func ThirdPartyRequirement(team string) string {
	if team == "" {
		team = "TEAMID"
	}
	q := quote([]byte(team), false)
	if !strings.HasPrefix(q, `"`) && !strings.HasPrefix(q, "0x") {
		q = `"` + q + `"`
	}
	return `anchor apple generic and certificate leaf[subject.OU] = ` + q
}

func firstOf(s []string) string {
	if len(s) > 0 {
		return s[0]
	}
	return ""
}

// markerHint explains a marker extension condition on the wrong certificate.
func markerHint(n *Node) string {
	if issue := markerIssue(n); issue != "" {
		return " (" + issue + ")"
	}
	return ""
}

// Subject fields of certificate[subject.X], as Apple's interpreter names them.
var subjectFields = map[string]asn1.ObjectIdentifier{
	"subject.C":        {2, 5, 4, 6},
	"subject.CN":       {2, 5, 4, 3},
	"subject.D":        {2, 5, 4, 13},
	"subject.L":        {2, 5, 4, 7},
	"subject.O":        {2, 5, 4, 10},
	"subject.C-O":      {2, 5, 4, 10, 1},
	"subject.OU":       {2, 5, 4, 11},
	"subject.C-OU":     {2, 5, 4, 11, 1},
	"subject.ST":       {2, 5, 4, 8},
	"subject.C-ST":     {2, 5, 4, 8, 1},
	"subject.STREET":   {2, 5, 4, 9},
	"subject.C-STREET": {2, 5, 4, 9, 1},
	"subject.UID":      {0, 9, 2342, 19200300, 100, 1, 1},
}

var oidEmailAddress = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 1}

func (ev *evaluator) certField(c *x509.Certificate, n *Node) (truth, string) {
	where := fmt.Sprintf("the %s (%s)", slotName(n.Slot), commonName(c))
	if n.Str == "email" {
		var emails []any
		for _, a := range c.Subject.Names {
			if a.Type.Equal(oidEmailAddress) {
				if s, ok := a.Value.(string); ok {
					emails = append(emails, s)
				}
			}
		}
		for _, e := range c.EmailAddresses {
			emails = append(emails, e)
		}
		return matchValue(n.Match, emails, true), fmt.Sprintf("%s has email addresses %v", where, emails)
	}
	oid, ok := subjectFields[n.Str]
	if !ok {
		return no, fmt.Sprintf("%q is not a certificate field Apple's interpreter knows; it always fails", n.Str)
	}
	for _, a := range c.Subject.Names {
		if a.Type.Equal(oid) {
			v := fmt.Sprint(a.Value)
			t := matchValue(n.Match, v, true)
			return t, fmt.Sprintf("%s has %s %q", where, n.Str, v)
		}
	}
	// Apple fails the condition outright when the field is missing, even for
	// "absent".
	return no, fmt.Sprintf("%s has no %s", where, n.Str)
}

func (ev *evaluator) dictField(what string, dict map[string]any, key string, m Match) (truth, string) {
	v, ok := dict[key]
	if !ok || v == nil {
		t := matchValue(m, nil, false)
		if dict == nil {
			return t, fmt.Sprintf("the code has no %s", what)
		}
		return t, fmt.Sprintf("%s has no key %q", what, key)
	}
	return matchValue(m, v, true), fmt.Sprintf("%s %q is %s", what, key, describe(v))
}

func describe(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("%q", x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = describe(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return "a dictionary with keys " + strings.Join(keys, ", ")
	case time.Time:
		return x.UTC().Format("2006-01-02 15:04:05 -0700")
	}
	return fmt.Sprint(v)
}

// matchValue applies a match to a candidate as Apple's Match does. present
// false means the value is absent (kCFNull).
func matchValue(m Match, v any, present bool) truth {
	if !present || v == nil {
		return boolTruth(m.Op == MatchAbsent)
	}
	// An array matches when any element does; Apple then still tries the
	// array itself (which is how an empty array "exists").
	if arr, ok := v.([]any); ok {
		for _, e := range arr {
			if e != nil && matchValue(m, e, true) == yes {
				return yes
			}
		}
	}
	s, isString := v.(string)
	switch m.Op {
	case MatchAbsent:
		return no
	case MatchExists:
		if b, ok := v.(bool); ok && !b {
			return no
		}
		return yes
	case MatchEqual:
		return boolTruth(isString && s == m.Value)
	case MatchContains:
		return boolTruth(isString && m.Value != "" && strings.Contains(s, m.Value))
	case MatchBeginsWith:
		return boolTruth(isString && m.Value != "" && strings.HasPrefix(s, m.Value))
	case MatchEndsWith:
		return boolTruth(isString && m.Value != "" && strings.HasSuffix(s, m.Value))
	case MatchLessThan, MatchGreaterThan, MatchLessEqual, MatchGreaterEqual:
		if !isString {
			return no
		}
		c := compareNumerically(s, m.Value)
		switch m.Op {
		case MatchLessThan:
			return boolTruth(c < 0)
		case MatchGreaterThan:
			return boolTruth(c > 0)
		case MatchLessEqual:
			return boolTruth(c <= 0)
		}
		return boolTruth(c >= 0)
	case MatchOn, MatchBefore, MatchAfter, MatchOnOrBefore, MatchOnOrAfter:
		tm, ok := v.(time.Time)
		if !ok {
			return no
		}
		c := compareAbs(tm, m.Time)
		switch m.Op {
		case MatchOn:
			return boolTruth(c == 0)
		case MatchBefore:
			return boolTruth(c < 0)
		case MatchAfter:
			return boolTruth(c > 0)
		case MatchOnOrBefore:
			return boolTruth(c <= 0)
		}
		return boolTruth(c >= 0)
	}
	return no // unknown match operations never match
}

func boolTruth(b bool) truth {
	if b {
		return yes
	}
	return no
}

// compareAbs compares a time with an absolute time in seconds.
func compareAbs(t time.Time, abs int64) int {
	ts := AbsoluteTime(t)
	switch {
	case ts < abs:
		return -1
	case ts > abs:
		return 1
	case t.Nanosecond() > 0:
		return 1
	}
	return 0
}

// compareNumerically orders strings as CFStringCompare with
// kCFCompareNumerically does: runs of digits compare by value, so "1.10"
// comes after "1.9".
func compareNumerically(a, b string) int {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if isDigit(a[i]) && isDigit(b[j]) {
			si, sj := i, j
			for i < len(a) && isDigit(a[i]) {
				i++
			}
			for j < len(b) && isDigit(b[j]) {
				j++
			}
			na, nb := strings.TrimLeft(a[si:i], "0"), strings.TrimLeft(b[sj:j], "0")
			if len(na) != len(nb) {
				return cmpInt(len(na), len(nb))
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
			continue
		}
		if a[i] != b[j] {
			return cmpInt(int(a[i]), int(b[j]))
		}
		i++
		j++
	}
	return cmpInt(len(a)-i, len(b)-j)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// oidBytes is the DER content of an OID.
func oidBytes(oid asn1.ObjectIdentifier) []byte {
	if len(oid) < 2 || oid[0] < 0 || oid[1] < 0 {
		return nil
	}
	out := appendBase128(nil, uint64(oid[0])*40+uint64(oid[1]))
	for _, a := range oid[2:] {
		if a < 0 {
			return nil
		}
		out = appendBase128(out, uint64(a))
	}
	return out
}

// oidText prints OID content bytes in dotted form (canonical reading).
func oidText(b []byte) string {
	if len(b) == 0 {
		return "(empty OID)"
	}
	return appleOIDString(b, 0, len(b))
}

func hasPolicy(c *x509.Certificate, oid []byte) bool {
	for _, p := range c.Policies {
		if b, err := p.MarshalBinary(); err == nil && bytes.Equal(b, oid) {
			return true
		}
	}
	for _, p := range c.PolicyIdentifiers {
		if bytes.Equal(oidBytes(p), oid) {
			return true
		}
	}
	return false
}

func hasExtension(c *x509.Certificate, oid []byte) bool {
	for _, e := range c.Extensions {
		if bytes.Equal(oidBytes(e.Id), oid) {
			return true
		}
	}
	return false
}

// extensionDate reads an extension whose value is a UTF8String holding a
// GeneralizedTime, the only form Apple's interpreter accepts.
func extensionDate(c *x509.Certificate, oid []byte) (time.Time, bool) {
	for _, e := range c.Extensions {
		if !bytes.Equal(oidBytes(e.Id), oid) {
			continue
		}
		var s string
		if _, err := asn1.UnmarshalWithParams(e.Value, &s, "utf8"); err != nil {
			return time.Time{}, false
		}
		abs, err := parseGeneralizedTime(s)
		if err != nil || abs > math.MaxInt64/2 || abs < math.MinInt64/2 {
			return time.Time{}, false
		}
		return TimeOf(abs), true
	}
	return time.Time{}, false
}
