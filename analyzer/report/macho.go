package report

import "time"

func init() { RegisterFacts("macho", func() Facts { return new(MachO) }) }

// MachO is what a Mach-O file's signature says, slice by slice, in the terms
// codesign -dvvv uses.
type MachO struct {
	Universal bool         `json:"universal"`
	Slices    []MachOSlice `json:"slices"`
}

func (*MachO) ArtifactKind() string { return "macho" }

// MachOSlice is one architecture of a Mach-O file.
type MachOSlice struct {
	// Arch as lipo and codesign print it: x86_64, arm64, arm64e, i386, armv7, ppc7400 …
	Arch     string `json:"arch"`
	FileType string `json:"file_type,omitempty"` // execute, dylib, bundle …
	// Signature is unsigned, adhoc, linker-signed, certificate, cd-only (a
	// CodeDirectory with neither a CMS signature nor the adhoc flag: at most
	// ad hoc in effect) or invalid.
	Signature  string `json:"signature"`
	Identifier string `json:"identifier,omitempty"`
	Team       string `json:"team,omitempty"` // TeamIdentifier of the CodeDirectory
	// CDHash is the primary CodeDirectory's hash as codesign prints
	// CandidateCDHash (the strongest hash type, 20 bytes, lower-case hex).
	CDHash string   `json:"cdhash,omitempty"`
	Hashes []string `json:"hashes,omitempty"` // hash type per CodeDirectory, in slot order
	Flags  []string `json:"flags"`            // CodeDirectory flags by name
	// Timestamp says the CMS carries a secure (RFC 3161) timestamp.
	Timestamp          bool       `json:"timestamp"`
	TimestampTime      *time.Time `json:"timestamp_time,omitempty"`
	TimestampAuthority string     `json:"timestamp_authority,omitempty"`
	SigningTime        *time.Time `json:"signing_time,omitempty"`
	MinOS              string     `json:"min_os,omitempty"`
	Platform           string     `json:"platform,omitempty"`
	// SDK is the SDK version the file records; "n/a" when it records 0, as
	// otool -l and vtool print it.
	SDK      string `json:"sdk,omitempty"`
	Leaf     string `json:"leaf,omitempty"`      // signing certificate CN
	CertKind string `json:"cert_kind,omitempty"` // Apple Development, Developer ID Application …
	LeafTeam string `json:"leaf_team,omitempty"` // signing certificate OU
	// Authorities are the certificate chain's CNs, leaf first, as codesign prints Authority=.
	Authorities []string `json:"authorities,omitempty"`
	// Certificates are the CMS's certificates, leaf first, then each issuer
	// the CMS carries.
	Certificates []Certificate `json:"certificates,omitempty"`
	// SignedCDHashes are the CDHashes the CMS signed (attribute
	// 1.2.840.113635.100.9.1), lower-case hex, in CodeDirectory order.
	SignedCDHashes []string `json:"signed_cdhashes,omitempty"`
	// Entitlements and EntitlementsDER are left out when the signature has
	// no such blob; an empty dictionary is kept ({}): it is there, empty.
	Entitlements    map[string]any `json:"entitlements,omitzero"`
	EntitlementsDER map[string]any `json:"entitlements_der,omitzero"`
	// Requirement is the designated requirement as text (or the raw blob in
	// hex when it could not be decompiled).
	Requirement string `json:"requirement,omitempty"`
	// RequirementError says why the requirements blob could not be decompiled.
	RequirementError string `json:"requirement_error,omitempty"`
	// ImplicitRequirement is the designated requirement the system makes when
	// the signature carries none (codesign prints it after "# designated => ").
	ImplicitRequirement string `json:"implicit_requirement,omitempty"`
	// RequirementEval is the user's requirement (--requirement, the web app's
	// requirement box) evaluated against this slice.
	RequirementEval *RequirementEval `json:"requirement_eval,omitempty"`
	// Verified: every page, special slot, CDHash attribute and the CMS
	// signature match. The chain is judged separately (Trusted).
	Verified bool `json:"verified"`
	// Trusted: the certificate chain ends at a pinned Apple root, valid at the
	// timestamp or signing time.
	Trusted  bool     `json:"trusted"`
	Failures []string `json:"failures,omitempty"`
	// Encrypted: FairPlay-encrypted (App Store), pages cannot be checked.
	Encrypted       bool                 `json:"encrypted,omitempty"`
	CodeDirectories []MachOCodeDirectory `json:"code_directories,omitempty"`
	// StaticLibrary is set when the slice is an ar archive of object files
	// (lipo -create of static libraries): never signed, never loaded.
	StaticLibrary *StaticLibrary `json:"static_library,omitempty"`
	Offset        int64          `json:"offset"`
	Size          int64          `json:"size"`
}

// MachOCodeDirectory is one CodeDirectory of a slice.
type MachOCodeDirectory struct {
	Slot         string   `json:"slot"`    // "0" or "0x1000" …
	Version      string   `json:"version"` // 0x20400 …
	Hash         string   `json:"hash"`    // sha1, sha256 …
	CDHash       string   `json:"cdhash"`  // 20 bytes, lower-case hex
	Flags        []string `json:"flags"`
	PageSize     uint64   `json:"page_size"`
	CodeLimit    uint64   `json:"code_limit"`
	CodeSlots    uint32   `json:"code_slots"`
	SpecialSlots uint32   `json:"special_slots"`
	Identifier   string   `json:"identifier"`
	Team         string   `json:"team,omitempty"`
	ExecSegFlags []string `json:"exec_seg_flags,omitempty"`
	Runtime      string   `json:"runtime,omitempty"` // hardened-runtime version
	Platform     uint8    `json:"platform,omitempty"`
}

// StaticLibrary is what a static library slice holds, as `ar -t` lists it.
type StaticLibrary struct {
	// Members are the first member names (up to 200), the symbol table left out.
	Members     []string `json:"members"`
	MemberCount int      `json:"member_count"`
	// Objects counts the members that are Mach-O object files.
	Objects     int  `json:"objects"`
	SymbolTable bool `json:"symbol_table"` // a ranlib table of contents (__.SYMDEF)
	// Problem says why the listing stopped before the end of the archive.
	Problem string `json:"problem,omitempty"`
}
