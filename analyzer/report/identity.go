package report

import "time"

func init() { RegisterFacts("identity", func() Facts { return new(Identity) }) }

// Identity is a .p12/.pfx file: a signing certificate with its private key,
// as Keychain Access exports it and CI imports it. The password is never part
// of it.
type Identity struct {
	// Password is "accepted", "wrong" or "not given" (the file needs one).
	Password  string `json:"password"`
	Decrypted bool   `json:"decrypted"`
	// The signing certificate (the first certificate), once decrypted.
	CommonName string    `json:"common_name,omitempty"`
	CertKind   string    `json:"cert_kind,omitempty"`
	Team       string    `json:"team,omitempty"`
	NotBefore  time.Time `json:"not_before,omitzero"`
	NotAfter   time.Time `json:"not_after,omitzero"`
	Expired    bool      `json:"expired,omitempty"`
	SHA1       string    `json:"sha1,omitempty"`
	// PrivateKey: the file holds a private key; KeyMatches: it is the
	// certificate's.
	PrivateKey bool `json:"private_key"`
	KeyMatches bool `json:"key_matches"`
	// Certificates are the other certificates, by common name.
	Certificates []string `json:"certificates,omitempty"`
	// IntermediateIncluded: the certificate's issuer (Apple WWDR or Developer
	// ID CA) is among them.
	IntermediateIncluded bool `json:"intermediate_included"`
	ChainVerified        bool `json:"chain_verified,omitempty"`
	// How the file is protected, and which tools read it.
	MAC            string   `json:"mac,omitempty"`
	MACIterations  int      `json:"mac_iterations,omitempty"`
	CertEncryption string   `json:"cert_encryption,omitempty"`
	KeyEncryption  string   `json:"key_encryption,omitempty"`
	Readers        string   `json:"readers,omitempty"`
	FriendlyNames  []string `json:"friendly_names,omitempty"`
	// Error says why a decrypted file gave no identity.
	Error string `json:"error,omitempty"`
}

func (*Identity) ArtifactKind() string { return "identity" }
