package report

import "time"

func init() { RegisterFacts("profile", func() Facts { return new(Profile) }) }

// Profile is what a provisioning profile says, in the terms Xcode and the
// developer portal use.
type Profile struct {
	ProfileName string `json:"profile_name,omitempty"` // the profile's Name key
	UUID        string `json:"uuid,omitempty"`
	// ProfileKind is development, ad-hoc, app-store, enterprise, developer-id,
	// mac-development or mac-app-store.
	ProfileKind  string    `json:"profile_kind"`
	Platforms    []string  `json:"platforms"`
	Team         string    `json:"team"`
	TeamName     string    `json:"team_name,omitempty"`
	AppIDName    string    `json:"app_id_name,omitempty"`
	AppID        string    `json:"app_id"` // application-identifier, prefix included
	Created      time.Time `json:"created"`
	Expires      time.Time `json:"expires"`
	TimeToLive   int       `json:"time_to_live,omitempty"` // days
	XcodeManaged bool      `json:"xcode_managed,omitempty"`
	Devices      int       `json:"devices"`
	AllDevices   bool      `json:"all_devices"`
	// DeviceIDs are the provisioned device UDIDs. Share links leave them out
	// unless the user asks.
	DeviceIDs   []string `json:"device_ids,omitempty"`
	AppleSigned bool     `json:"apple_signed"`
	// NotAppleSigned says why apple_signed is false, in words.
	NotAppleSigned string `json:"not_apple_signed,omitempty"`
	// Tampered: the payload is not the one that was signed.
	Tampered     bool           `json:"tampered,omitempty"`
	Signer       string         `json:"signer,omitempty"`       // CMS signer certificate CN
	SigningTime  *time.Time     `json:"signing_time,omitempty"` // CMS signing-time attribute
	Format       string         `json:"format,omitempty"`       // cms-xml, cms-binary, bare-plist
	Certificates []Certificate  `json:"certificates,omitempty"` // DeveloperCertificates
	Entitlements map[string]any `json:"entitlements,omitempty"`
}

func (*Profile) ArtifactKind() string { return "profile" }
