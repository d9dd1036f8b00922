package report

import "time"

// Ticket is a stapled notarization ticket as far as it can be read: the
// CDHashes Apple's notary service vouches for, and whether the code it is
// stapled to is among them (Gatekeeper looks the code's own CDHash up in it).
type Ticket struct {
	// Size is the ticket's length in bytes.
	Size int `json:"size"`
	// Read: the contents were read; when false Unread says why and nothing
	// below is known.
	Read   bool   `json:"read"`
	Unread string `json:"unread,omitempty"`
	// Issued is when Apple issued it.
	Issued time.Time `json:"issued,omitzero"`
	// Signer is the common name of the certificate that signed it, and
	// SignatureIntact whether that signature still matches the contents
	// (the chain to Apple's root is not checked).
	Signer          string `json:"signer,omitempty"`
	SignatureIntact bool   `json:"signature_intact"`
	// CDHashes are the entries: "sha256 <20 bytes hex>", "sha1 …".
	CDHashes []string `json:"cdhashes,omitempty"`
	// CodeCDHashes are the code's own CDHashes looked for (each hash type it
	// has; for a package its TOC checksum).
	CodeCDHashes []string `json:"code_cdhashes,omitempty"`
	// NamesCode is yes (one of CodeCDHashes is in the ticket), no, or
	// unknown (the ticket or the code's CDHash cannot be read).
	NamesCode string `json:"names_code"`
}
