// Package profile reads Apple provisioning profiles (.mobileprovision,
// .provisionprofile): a CMS SignedData whose content is a property list, and
// the bare property lists some tools write. It decodes every key developers
// look at, derives the profile's kind and platforms, and checks the signature:
// the CMS holds, the payload is the one Apple signed, and the signer chains to
// a pinned Apple root at the signing time.
package profile

import (
	"bytes"
	"crypto/x509"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/internal/cms"
	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
)

// MaxSize bounds a profile file. Real ones are 4-20 KiB; one with a thousand
// devices and dozens of certificates stays under 1 MiB.
const MaxSize = 4 << 20

// Format is how the profile is stored.
type Format string

const (
	FormatCMSXML    Format = "cms-xml"    // CMS with an XML plist (what Apple ships)
	FormatCMSBinary Format = "cms-binary" // CMS with a binary plist
	FormatBare      Format = "bare-plist" // a plist without the CMS (not installable)
)

// Kind is what the profile is for.
type Kind string

const (
	Development    Kind = "development"
	AdHoc          Kind = "ad-hoc"
	AppStore       Kind = "app-store"
	Enterprise     Kind = "enterprise"
	DeveloperID    Kind = "developer-id"
	MacDevelopment Kind = "mac-development"
	MacAppStore    Kind = "mac-app-store"
)

// Platform names as Apple's marketing uses them.
const (
	IOS      = "iOS"
	TVOS     = "tvOS"
	MacOS    = "macOS"
	VisionOS = "visionOS"
	WatchOS  = "watchOS"
)

// Certificate is one entry of DeveloperCertificates.
type Certificate struct {
	Raw  []byte
	Cert *x509.Certificate // nil when Err is set
	Err  error
	Kind string // certs.Kind
	Team string
}

// Profile is a parsed provisioning profile.
type Profile struct {
	Format Format
	// Plist is the whole payload dictionary, values normalised
	// (string, bool, int64, float64, []byte, time.Time, []any, map[string]any).
	Plist map[string]any

	AppIDName                   string
	ApplicationIdentifierPrefix []string
	CreationDate                time.Time
	ExpirationDate              time.Time
	Platform                    []string // as written ("iOS", "OSX", "xrOS" …)
	IsXcodeManaged              bool
	LocalProvision              bool
	DeveloperCertificates       []Certificate
	DEREncodedProfile           []byte
	Entitlements                map[string]any
	ProvisionedDevices          []string
	ProvisionsAllDevices        bool
	TeamIdentifier              []string
	TeamName                    string
	TimeToLive                  int
	UUID                        string
	Name                        string
	Version                     int

	// Derived.
	Kind      Kind
	Platforms []string // iOS, tvOS, macOS, visionOS, watchOS; iOS when Platform is absent
	Team      string
	AppID     string // application-identifier (com.apple.application-identifier on macOS)
	// GetTaskAllow is the Entitlements' get-task-allow; nil when absent.
	GetTaskAllow *bool

	// Signature is nil for a bare plist.
	Signature *Signature
}

// Signature is what the CMS says and whether it holds.
type Signature struct {
	Signer       *x509.Certificate
	Certificates []*x509.Certificate
	SigningTime  time.Time
	// Err: the CMS signature does not verify. Tampered: more precisely, the
	// payload is not the one that was signed.
	Err      error
	Tampered bool
	// Chain is leaf to root when ChainErr is nil.
	Chain    []*x509.Certificate
	ChainErr error
	// AppleSigned: the signature holds, the chain ends at a pinned Apple root
	// (or a test root the caller trusts) at the signing time, and the signer
	// is Apple's profile-signing certificate, not a developer's.
	AppleSigned bool
	// NotAppleReason says, in words, why AppleSigned is false.
	NotAppleReason string
}

// Error is a file that cannot be read as a profile.
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }

func errorf(format string, args ...any) error { return &Error{fmt.Sprintf(format, args...)} }

// Parse reads a profile and checks its signature against trust (certs.Apple()
// in production; tests pass certs.WithRoots(testCA)).
func Parse(b []byte, trust *certs.Trust) (*Profile, error) {
	if len(b) > MaxSize {
		return nil, errorf("%d bytes is more than a provisioning profile holds (limit %d)", len(b), MaxSize)
	}
	if len(b) == 0 {
		return nil, errorf("the file is empty")
	}
	if trust == nil {
		trust = certs.Apple()
	}
	if IsBarePlist(b) {
		p, err := parsePayload(b)
		if err != nil {
			return nil, errorf("the property list (no CMS signature around it) cannot be read as a profile: %v", err)
		}
		p.Format = FormatBare
		return p, nil
	}
	if b[0] != 0x30 {
		if bytes.HasPrefix(bytes.TrimLeft(b, " \t\r\n"), []byte("<")) {
			return nil, errorf("the file looks like XML but is not a complete property list, and has no CMS signature around it")
		}
		return nil, errorf("the file is neither a CMS-signed profile nor a property list")
	}
	sd, err := cms.Parse(b)
	if err != nil {
		return nil, errorf("the CMS signature around the profile cannot be read: %v", cms.Message(err))
	}
	if len(sd.Content) == 0 {
		return nil, errorf("the CMS signature carries no profile (its content is empty or detached)")
	}
	sig := checkSignature(sd, trust)
	p, err := parsePayload(sd.Content)
	if err != nil {
		who := "its signer is unknown"
		if sig.Signer != nil {
			who = fmt.Sprintf("signed by %q", commonName(sig.Signer))
			if !sig.AppleSigned {
				who += ", not by Apple"
			}
		}
		return nil, errorf("the profile's property list cannot be read (%s): %v", who, err)
	}
	p.Format = FormatCMSXML
	if bytes.HasPrefix(sd.Content, []byte("bplist")) {
		p.Format = FormatCMSBinary
	}
	if sig.SigningTime.IsZero() && !sig.AppleSigned && sig.ChainErr != nil {
		// No signing-time attribute: judge at the creation date instead.
		sig.Chain, sig.ChainErr = trust.VerifyChain(sig.Signer, sig.Certificates, p.CreationDate)
		judgeApple(sig, trust)
	}
	p.Signature = sig
	return p, nil
}

// IsBarePlist says whether b starts like a property list (XML or binary).
func IsBarePlist(b []byte) bool {
	return entitlements.Sniff(b) == entitlements.FormatXML || entitlements.Sniff(b) == entitlements.FormatBinary
}

// HasProfileKeys says whether the first bytes of a bare plist name the keys
// every profile has, so a recognizer can tell a profile payload from other
// property lists.
func HasProfileKeys(head []byte) bool {
	return bytes.Contains(head, []byte("ExpirationDate")) && bytes.Contains(head, []byte("TeamIdentifier"))
}

func checkSignature(sd *cms.SignedData, trust *certs.Trust) *Signature {
	sig := &Signature{Signer: sd.Signer, Certificates: sd.Certificates, SigningTime: sd.SigningTime}
	if err := sd.Verify(nil); err != nil {
		sig.Err = errors.New(cms.Message(err))
		sig.Tampered = cms.IsReason(err, cms.DigestMismatch)
	}
	at := sd.SigningTime
	if at.IsZero() {
		at = time.Time{} // decided by Parse once the creation date is known
	}
	if sd.Signer == nil {
		sig.ChainErr = errors.New("the CMS does not carry its signer's certificate")
	} else if !at.IsZero() {
		sig.Chain, sig.ChainErr = trust.VerifyChain(sd.Signer, sd.Certificates, at)
	} else {
		sig.ChainErr = errors.New("the CMS has no signing time")
	}
	judgeApple(sig, trust)
	return sig
}

func judgeApple(sig *Signature, trust *certs.Trust) {
	sig.AppleSigned = false
	switch {
	case sig.Signer == nil:
		sig.NotAppleReason = "the signature does not carry its signer's certificate"
	case sig.Tampered:
		sig.NotAppleReason = "the profile was changed after it was signed"
	case sig.Err != nil:
		sig.NotAppleReason = "the signature does not verify: " + sig.Err.Error()
	case sig.ChainErr != nil:
		sig.NotAppleReason = fmt.Sprintf("the signer %q does not chain to an Apple root: %v", commonName(sig.Signer), sig.ChainErr)
	case certs.Kind(sig.Signer) != "":
		sig.NotAppleReason = fmt.Sprintf("it is signed with a developer's certificate (%q), not by Apple's provisioning service", commonName(sig.Signer))
	default:
		root := sig.Chain[len(sig.Chain)-1]
		if !trust.IsTestRoot(root) && !isAppleOrg(sig.Signer) {
			sig.NotAppleReason = fmt.Sprintf("its signer %q is not an Apple certificate", commonName(sig.Signer))
			return
		}
		sig.AppleSigned, sig.NotAppleReason = true, ""
	}
}

func isAppleOrg(c *x509.Certificate) bool {
	for _, o := range c.Subject.Organization {
		if o == "Apple Inc." {
			return true
		}
	}
	return false
}

func commonName(c *x509.Certificate) string {
	if c.Subject.CommonName != "" {
		return c.Subject.CommonName
	}
	return c.Subject.String()
}

// parsePayload reads the property list and every key developers look at.
func parsePayload(b []byte) (*Profile, error) {
	m, err := readPlist(b)
	if err != nil {
		return nil, err
	}
	if _, ok := m["ExpirationDate"]; !ok {
		if _, ok := m["TeamIdentifier"]; !ok {
			return nil, errors.New("the property list has neither ExpirationDate nor TeamIdentifier: it is not a provisioning profile")
		}
	}
	p := &Profile{Plist: m}
	var problems []string
	str := func(key string) string {
		v, ok := m[key]
		if !ok {
			return ""
		}
		s, ok := v.(string)
		if !ok {
			problems = append(problems, fmt.Sprintf("%s is a %s, not a string", key, entitlements.TypeName(v)))
		}
		return s
	}
	strs := func(key string) []string {
		v, ok := m[key]
		if !ok {
			return nil
		}
		arr, ok := v.([]any)
		if !ok {
			problems = append(problems, fmt.Sprintf("%s is a %s, not an array", key, entitlements.TypeName(v)))
			return nil
		}
		out := make([]string, 0, len(arr))
		for _, e := range arr {
			if s, ok := e.(string); ok {
				out = append(out, s)
			} else {
				problems = append(problems, fmt.Sprintf("%s holds a %s, not a string", key, entitlements.TypeName(e)))
			}
		}
		return out
	}
	boolean := func(key string) bool {
		v, ok := m[key]
		if !ok {
			return false
		}
		bv, ok := v.(bool)
		if !ok {
			problems = append(problems, fmt.Sprintf("%s is a %s, not a boolean", key, entitlements.TypeName(v)))
		}
		return bv
	}
	integer := func(key string) int {
		v, ok := m[key]
		if !ok {
			return 0
		}
		switch n := v.(type) {
		case int64:
			if n > -1<<31 && n < 1<<31 {
				return int(n)
			}
		case uint64:
			if n < 1<<31 {
				return int(n)
			}
		}
		problems = append(problems, fmt.Sprintf("%s is not a small integer", key))
		return 0
	}
	date := func(key string) time.Time {
		v, ok := m[key]
		if !ok {
			problems = append(problems, key+" is missing")
			return time.Time{}
		}
		t, ok := v.(time.Time)
		if !ok {
			problems = append(problems, fmt.Sprintf("%s is a %s, not a date", key, entitlements.TypeName(v)))
		}
		return t.UTC()
	}
	p.AppIDName = str("AppIDName")
	p.ApplicationIdentifierPrefix = strs("ApplicationIdentifierPrefix")
	p.CreationDate = date("CreationDate")
	p.ExpirationDate = date("ExpirationDate")
	p.Platform = strs("Platform")
	p.IsXcodeManaged = boolean("IsXcodeManaged")
	p.LocalProvision = boolean("LocalProvision")
	p.ProvisionedDevices = strs("ProvisionedDevices")
	p.ProvisionsAllDevices = boolean("ProvisionsAllDevices")
	p.TeamIdentifier = strs("TeamIdentifier")
	p.TeamName = str("TeamName")
	p.TimeToLive = integer("TimeToLive")
	p.UUID = str("UUID")
	p.Name = str("Name")
	p.Version = integer("Version")
	if v, ok := m["DER-Encoded-Profile"]; ok {
		if d, ok := v.([]byte); ok {
			p.DEREncodedProfile = d
		} else {
			problems = append(problems, "DER-Encoded-Profile is not data")
		}
	}
	if v, ok := m["Entitlements"]; ok {
		if e, ok := v.(map[string]any); ok {
			p.Entitlements = e
		} else {
			problems = append(problems, "Entitlements is not a dictionary")
		}
	}
	if v, ok := m["DeveloperCertificates"]; ok {
		arr, ok := v.([]any)
		if !ok {
			problems = append(problems, "DeveloperCertificates is not an array")
		}
		for i, e := range arr {
			d, ok := e.([]byte)
			if !ok {
				problems = append(problems, fmt.Sprintf("DeveloperCertificates[%d] is not data", i))
				continue
			}
			c := Certificate{Raw: d}
			c.Cert, c.Err = x509.ParseCertificate(d)
			if c.Err != nil {
				c.Err = fmt.Errorf("DeveloperCertificates[%d] is not a certificate: %v", i, c.Err)
			} else {
				c.Kind, c.Team = certs.Kind(c.Cert), certs.Team(c.Cert)
			}
			p.DeveloperCertificates = append(p.DeveloperCertificates, c)
		}
	}
	if len(problems) > 0 {
		sort.Strings(problems)
		return nil, errorf("%s", strings.Join(problems, "; "))
	}
	p.derive()
	return p, nil
}

// readPlist reads the payload with the bounded plist readers (depth,
// element count and size are limited before the recursive decoder runs).
func readPlist(b []byte) (map[string]any, error) {
	var m map[string]any
	var err error
	switch entitlements.Sniff(b) {
	case entitlements.FormatXML:
		m, err = entitlements.ParseXML(b)
	case entitlements.FormatBinary:
		m, err = entitlements.ParseBinary(b)
	default:
		if bytes.Contains(b[:min(len(b), 64)], []byte("<?xml")) {
			return nil, errors.New("the XML does not start a property list")
		}
		return nil, errors.New("the content is not a property list")
	}
	if err != nil {
		var ee *entitlements.Error
		if errors.As(err, &ee) {
			if ee.Offset >= 0 {
				return nil, fmt.Errorf("%s (at byte %d of the property list)", ee.Msg, ee.Offset)
			}
			return nil, errors.New(ee.Msg)
		}
		return nil, err
	}
	return m, nil
}

// derive fills Kind, Platforms, Team and AppID from the keys.
func (p *Profile) derive() {
	seen := map[string]bool{}
	for _, pl := range p.Platform {
		name := PlatformName(pl)
		if !seen[name] {
			seen[name] = true
			p.Platforms = append(p.Platforms, name)
		}
	}
	if len(p.Platforms) == 0 {
		// Profiles from before Platform existed (about 2016) are iOS ones.
		p.Platforms = []string{IOS}
	}
	switch {
	case len(p.TeamIdentifier) > 0:
		p.Team = p.TeamIdentifier[0]
	default:
		if s, ok := p.Entitlements["com.apple.developer.team-identifier"].(string); ok {
			p.Team = s
		} else if len(p.ApplicationIdentifierPrefix) > 0 {
			p.Team = p.ApplicationIdentifierPrefix[0]
		}
	}
	for _, k := range []string{"application-identifier", "com.apple.application-identifier"} {
		if s, ok := p.Entitlements[k].(string); ok {
			p.AppID = s
			break
		}
	}
	if b, ok := p.Entitlements["get-task-allow"].(bool); ok {
		p.GetTaskAllow = &b
	}
	mac := p.IsMac()
	switch {
	case p.ProvisionsAllDevices && mac:
		p.Kind = DeveloperID
	case p.ProvisionsAllDevices:
		p.Kind = Enterprise
	case len(p.ProvisionedDevices) > 0 && mac:
		p.Kind = MacDevelopment
	case len(p.ProvisionedDevices) > 0 && p.GetTaskAllow != nil && *p.GetTaskAllow:
		p.Kind = Development
	case len(p.ProvisionedDevices) > 0:
		p.Kind = AdHoc
	case mac:
		p.Kind = MacAppStore
	default:
		p.Kind = AppStore
	}
}

// IsMac says whether the profile is for macOS apps.
func (p *Profile) IsMac() bool {
	for _, pl := range p.Platforms {
		if pl == MacOS {
			return true
		}
	}
	return false
}

// PlatformName turns a Platform value into the name developers know.
func PlatformName(s string) string {
	switch strings.ToLower(s) {
	case "ios":
		return IOS
	case "tvos":
		return TVOS
	case "osx", "macos":
		return MacOS
	case "xros", "visionos":
		return VisionOS
	case "watchos":
		return WatchOS
	}
	return s
}

// BundleID is the App ID without its team prefix ("com.example.app", "*").
func (p *Profile) BundleID() string {
	if i := strings.IndexByte(p.AppID, '.'); i >= 0 {
		return p.AppID[i+1:]
	}
	return p.AppID
}

// IsWildcard says whether the App ID ends in "*".
func (p *Profile) IsWildcard() bool { return strings.HasSuffix(p.AppID, "*") }

// HasDevice reports whether id is in ProvisionedDevices, comparing without
// regard to case (Apple's portal upper-cases Mac provisioning UDIDs, devices
// report them either way).
func (p *Profile) HasDevice(id string) bool {
	for _, d := range p.ProvisionedDevices {
		if strings.EqualFold(d, id) {
			return true
		}
	}
	return false
}
