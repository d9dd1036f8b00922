package report

import "time"

func init() { RegisterFacts("dmg", func() Facts { return new(DMG) }) }

// DMG is a disk image as `codesign -dvv` and `spctl -a -t open
// --context context:primary-signature` see it. The file system inside the
// image is not read.
type DMG struct {
	Format    string `json:"format"` // "UDIF" or "encrypted (encrcdsa)"
	Encrypted bool   `json:"encrypted,omitempty"`
	// Signature is unsigned, valid or invalid.
	Signature     string    `json:"signature"`
	Identifier    string    `json:"identifier,omitempty"`
	Team          string    `json:"team,omitempty"`
	Hash          string    `json:"hash,omitempty"`
	CDHash        string    `json:"cdhash,omitempty"`
	Leaf          string    `json:"leaf,omitempty"`
	CertKind      string    `json:"cert_kind,omitempty"`
	ChainVerified bool      `json:"chain_verified,omitempty"`
	SigningTime   time.Time `json:"signing_time,omitzero"`
	Timestamp     time.Time `json:"timestamp,omitzero"`
	// Failures say what does not verify and what changed.
	Failures []string `json:"failures,omitempty"`
	// StapledTicket: a notarization ticket is stapled in the signature.
	StapledTicket bool `json:"stapled_ticket"`
	// Ticket is what the stapled ticket says, nil when none is stapled.
	Ticket *Ticket `json:"ticket,omitempty"`
	// NotInspected says what signdoctor does not look at.
	NotInspected string `json:"not_inspected"`
}

func (*DMG) ArtifactKind() string { return "dmg" }
