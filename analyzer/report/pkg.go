package report

import "time"

func init() { RegisterFacts("pkg", func() Facts { return new(Pkg) }) }

// Pkg is an installer package (.pkg, xar) as pkgutil and Installer see it.
type Pkg struct {
	// PackageKind is "product archive" (productbuild: a Distribution file and
	// component packages) or "component package" (pkgbuild).
	PackageKind string `json:"package_kind"`
	// TOCChecksum is the hash that the signature covers ("sha1"), and
	// TOCChecksumOK whether the table of contents still matches it.
	TOCChecksum   string `json:"toc_checksum,omitempty"`
	TOCChecksumOK bool   `json:"toc_checksum_ok"`
	CreationTime  string `json:"creation_time,omitempty"`
	// Signature is unsigned, valid or invalid (pkgutil --check-signature).
	Signature string `json:"signature"`
	// SignatureStyles lists the signatures present: RSA (<signature>) and CMS
	// (<x-signature>).
	SignatureStyles []string `json:"signature_styles,omitempty"`
	// DoubleHashed: the RSA signature signs the SHA-1 of the TOC checksum.
	DoubleHashed bool `json:"double_hashed,omitempty"`
	// Failures say what does not verify and what changed.
	Failures     []string  `json:"failures,omitempty"`
	Leaf         string    `json:"leaf,omitempty"` // the signing certificate's common name
	CertKind     string    `json:"cert_kind,omitempty"`
	Team         string    `json:"team,omitempty"`
	Certificates []string  `json:"certificates,omitempty"` // common names, leaf first
	LeafExpires  time.Time `json:"leaf_expires,omitzero"`
	// ChainVerified: the chain ends at a pinned Apple root.
	ChainVerified bool      `json:"chain_verified,omitempty"`
	ChainError    string    `json:"chain_error,omitempty"`
	SigningTime   time.Time `json:"signing_time,omitzero"`
	// Timestamp is the CMS's secure timestamp, zero when there is none.
	Timestamp time.Time `json:"timestamp,omitzero"`
	// Distribution facts (product archives).
	Title             string         `json:"title,omitempty"`
	MinOS             string         `json:"min_os,omitempty"`
	HostArchitectures []string       `json:"host_architectures,omitempty"`
	Components        []PkgComponent `json:"components,omitempty"`
	// StapledTicket: `xcrun stapler staple` appended a notarization ticket.
	StapledTicket bool `json:"stapled_ticket"`
	// Ticket is what the stapled ticket says, nil when none is stapled.
	Ticket *Ticket `json:"ticket,omitempty"`
	// Limits say what was not read, and why.
	Limits []string `json:"limits,omitempty"`
}

func (*Pkg) ArtifactKind() string { return "pkg" }

// PkgComponent is one component package (its PackageInfo and payload).
type PkgComponent struct {
	Path            string   `json:"path"` // "" for a component package's root
	Identifier      string   `json:"identifier,omitempty"`
	Version         string   `json:"version,omitempty"`
	InstallLocation string   `json:"install_location,omitempty"`
	Scripts         []string `json:"scripts,omitempty"`
	// Payload is its compression (gzip, pbzx, …) and PayloadFiles how many
	// entries it holds.
	Payload      string    `json:"payload,omitempty"`
	PayloadFiles int       `json:"payload_files"`
	Code         []PkgCode `json:"code,omitempty"`
}

// PkgCode is one Mach-O file in a payload.
type PkgCode struct {
	Path      string `json:"path"`
	Signature string `json:"signature"` // as a Mach-O slice's
	CertKind  string `json:"cert_kind,omitempty"`
	Team      string `json:"team,omitempty"`
	Runtime   bool   `json:"runtime"`
	Timestamp bool   `json:"timestamp"`
	// Skipped says why it was not analysed (too large).
	Skipped string `json:"skipped,omitempty"`
}
