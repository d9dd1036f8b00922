package report

import "time"

func init() { RegisterFacts("certificate", func() Facts { return new(Certificate) }) }

// Certificate is a signing certificate as Keychain Access and the developer
// portal describe it.
type Certificate struct {
	CommonName string `json:"common_name"`
	// CertKind is Apple's name for the certificate type: "Apple Development",
	// "Apple Distribution", "iPhone Developer", "Developer ID Application", …,
	// or "not Apple" / "unknown".
	CertKind  string    `json:"cert_kind"`
	Team      string    `json:"team,omitempty"` // subject OU
	Issuer    string    `json:"issuer,omitempty"`
	NotBefore time.Time `json:"not_before"`
	NotAfter  time.Time `json:"not_after"`
	SHA1      string    `json:"sha1"` // upper-case hex, as Keychain Access shows it
	SHA256    string    `json:"sha256,omitempty"`
	Serial    string    `json:"serial,omitempty"` // hex; left out of share links unless asked
	// AppleIssued: the certificate was issued by Apple, either by a verified
	// chain to a pinned Apple root (ChainVerified) or because an Apple-signed
	// profile lists it.
	AppleIssued   bool `json:"apple_issued"`
	ChainVerified bool `json:"chain_verified,omitempty"`
	// IsCA marks a certification authority (root or intermediate), which
	// signs certificates, not code; it has no team.
	IsCA bool `json:"is_ca,omitempty"`
	// Expired is judged at the analysis time.
	Expired bool `json:"expired,omitempty"`
}

func (*Certificate) ArtifactKind() string { return "certificate" }
