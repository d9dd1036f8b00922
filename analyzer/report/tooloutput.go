package report

func init() { RegisterFacts("tool-output", func() Facts { return new(ToolOutput) }) }

// ToolOutput is the output of one of Apple's tools pasted as text (codesign,
// spctl, pkgutil, security, stapler, notarytool), read as facts. Fields keeps
// every line the tool printed under the tool's own name for it; the other
// fields are what follows from them, named as in the Mach-O and certificate
// facts.
type ToolOutput struct {
	// Tool is "codesign -d", "codesign --verify", "spctl --assess",
	// "pkgutil --check-signature", "security find-identity",
	// "security cms -D", "stapler validate", "notarytool info" or
	// "notarytool log".
	Tool string `json:"tool"`
	// Command is the command line pasted above the output.
	Command string `json:"command,omitempty"`
	// Line and EndLine are the lines of the paste the output covers.
	Line    int         `json:"line"`
	EndLine int         `json:"end_line"`
	Fields  []ToolField `json:"fields,omitempty"`

	// codesign -d
	// Signature is adhoc or certificate.
	Signature  string `json:"signature,omitempty"`
	Identifier string `json:"identifier,omitempty"`
	Team       string `json:"team,omitempty"`
	// Flags are the CodeDirectory flags by name, from the flags word.
	Flags []string `json:"flags,omitempty"`
	// Leaf is the first Authority; CertKind the certificate type its name
	// shows (Developer ID Application, Apple Development, …).
	Leaf        string   `json:"leaf,omitempty"`
	CertKind    string   `json:"cert_kind,omitempty"`
	Authorities []string `json:"authorities,omitempty"`
	// Timestamp is "yes" (Timestamp= printed), "no" (the output is complete
	// and has none) or absent when the paste does not say.
	Timestamp    string         `json:"timestamp,omitempty"`
	Entitlements map[string]any `json:"entitlements,omitempty"`
	Requirements []string       `json:"requirements,omitempty"`

	// codesign --verify, spctl, stapler, notarytool info: the verdict as
	// the tool gave it (valid, invalid, accepted, rejected, stapled,
	// not-stapled, or the submission status).
	Verdict string `json:"verdict,omitempty"`
	// Errors are the failure lines printed (codesign --verify).
	Errors   []string `json:"errors,omitempty"`
	Added    []string `json:"file_added,omitempty"`
	Modified []string `json:"file_modified,omitempty"`
	Missing  []string `json:"file_missing,omitempty"`

	// security find-identity
	Identities []ToolIdentity `json:"identities,omitempty"`
	// pkgutil --check-signature
	Certificates []ToolCertificate `json:"certificates,omitempty"`

	// Note says what the text cannot show that the file would.
	Note string `json:"note,omitempty"`
}

func (*ToolOutput) ArtifactKind() string { return "tool-output" }

// ToolField is one line of the output: the tool's name for it and its value.
type ToolField struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// ToolIdentity is one identity security find-identity listed.
type ToolIdentity struct {
	SHA1 string `json:"sha1"`
	Name string `json:"name"`
	// Valid: listed among the valid identities.
	Valid bool `json:"valid"`
	// Problem is the reason printed after it (CSSMERR_TP_CERT_EXPIRED …).
	Problem string `json:"problem,omitempty"`
}

// ToolCertificate is one certificate of pkgutil's certificate chain.
type ToolCertificate struct {
	CommonName string `json:"common_name"`
	Expires    string `json:"expires,omitempty"`
	SHA256     string `json:"sha256,omitempty"`
	SHA1       string `json:"sha1,omitempty"`
}
