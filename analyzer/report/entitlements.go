package report

func init() { RegisterFacts("entitlements", func() Facts { return new(Entitlements) }) }

// Entitlements is an entitlements file (.entitlements, .xcent, .plist or a
// DER blob): its keys and values, and what each key means.
type Entitlements struct {
	// Format is xml, binary-plist or der.
	Format string `json:"format"`
	// DERForm, for DER input: "codesign" when the blob is exactly what
	// codesign writes, "apple-noncanonical" for Apple's structure written
	// differently, "bare-set" for the form some third-party signers write.
	DERForm string `json:"der_form,omitempty"`
	// Platform is macOS or iOS when the keys tell (iOS stands for the iOS
	// family), empty when they do not.
	Platform string `json:"platform,omitempty"`
	// AppID is application-identifier (com.apple.application-identifier on
	// macOS), prefix included.
	AppID string `json:"app_id,omitempty"`
	// Team is com.apple.developer.team-identifier.
	Team string `json:"team,omitempty"`
	// Entitlements are the keys and values as written.
	Entitlements map[string]any `json:"entitlements"`
	// Keys describe each key, in key order.
	Keys []EntitlementKey `json:"keys"`
	// UnexpandedVariables lists build variables left in keys or values, as
	// "path: $(VARIABLE)".
	UnexpandedVariables []string `json:"unexpanded_variables,omitempty"`
}

func (*Entitlements) ArtifactKind() string { return "entitlements" }

// EntitlementKey is what signdoctor knows about one entitlement key.
type EntitlementKey struct {
	Key   string `json:"key"`
	Value any    `json:"value"`
	// Known is false for a key signdoctor has no entry for: unknown, not wrong.
	Known   bool   `json:"known"`
	Meaning string `json:"meaning,omitempty"`
	// Restriction: restricted (a provisioning profile must authorise it),
	// validation-required (macOS runs it unauthorised but clears the
	// entitlements-validated flag), unrestricted, apple-only or unknown; for
	// the platform the file is for (the stricter one when that is unknown).
	Restriction string   `json:"restriction"`
	ValueType   string   `json:"value_type,omitempty"`
	Platforms   []string `json:"platforms,omitempty"`
	// Group: identity, capability, sandbox, hardened-runtime, debugging, private.
	Group string `json:"group,omitempty"`
}
