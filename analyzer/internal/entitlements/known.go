package entitlements

import "strings"

// Restriction says who may claim an entitlement.
type Restriction string

const (
	// Unrestricted: any signed code may claim it; nothing checks it against
	// a profile (the App Sandbox and hardened-runtime keys on macOS).
	Unrestricted Restriction = "unrestricted"
	// Restricted: a provisioning profile must authorise the claim, or the
	// OS kills the process at launch (macOS) or refuses to install/run it.
	Restricted Restriction = "restricted"
	// ValidationRequired: macOS lets the process run without a profile's
	// authorisation but clears its entitlements-validated flag, which the
	// data-protection keychain and app group container access depend on.
	ValidationRequired Restriction = "validation-required"
	// AppleOnly: for Apple's own code; third-party code claiming it is
	// killed, and no profile can authorise it.
	AppleOnly Restriction = "apple-only"
	// UnknownRestriction: a key not in the knowledge base.
	UnknownRestriction Restriction = "unknown"
)

// NotAnEntitlement is the Group of keys that look like entitlements but are
// none a profile carries (com.apple.developer.in-app-purchase): the fix is
// to delete them, not to enable a capability.
const NotAnEntitlement = "not-an-entitlement"

// Platform is the family the OS rules depend on.
type Platform string

const (
	MacOS Platform = "macOS"
	// IOS stands for iOS and its child platforms (iPadOS, tvOS, watchOS,
	// visionOS), which share the profile rules.
	IOS Platform = "iOS"
	// AnyPlatform: not known.
	AnyPlatform Platform = ""
)

// Entry is what the knowledge base says about one key.
type Entry struct {
	Key string
	// Meaning is what the entitlement does, in one line.
	Meaning string
	// Platforms lists where it applies, as Apple's documentation names them.
	Platforms []string
	// ValueType is the property-list type the OS expects.
	ValueType string
	// Mac and IOS say how the key is restricted on each platform family.
	Mac, IOS Restriction
	// Group: identity, capability, sandbox, hardened-runtime, debugging, private.
	Group string
	// Broad marks hardened-runtime exceptions that switch off a protection
	// for everything the process loads or runs.
	Broad bool
	// Prefix marks an entry that covers every key starting with Key.
	Prefix bool
	// Source is where the fact comes from (Apple page name, seed, corpus).
	Source string
}

// RestrictionOn is the restriction on a platform; AnyPlatform gives the
// stricter of the two.
func (e Entry) RestrictionOn(p Platform) Restriction {
	switch p {
	case MacOS:
		return e.Mac
	case IOS:
		return e.IOS
	}
	if rank(e.Mac) >= rank(e.IOS) {
		return e.Mac
	}
	return e.IOS
}

func rank(r Restriction) int {
	switch r {
	case AppleOnly:
		return 4
	case Restricted:
		return 3
	case ValidationRequired:
		return 2
	case Unrestricted:
		return 1
	}
	return 0
}

// Lookup returns the knowledge base's entry for a key: an exact entry, else
// the longest prefix entry. ok is false for an unknown key, which is
// unknown, not wrong.
func Lookup(key string) (Entry, bool) {
	if e, ok := exact[key]; ok {
		return e, true
	}
	best := -1
	for i, e := range prefixes {
		if strings.HasPrefix(key, e.Key) && (best < 0 || len(e.Key) > len(prefixes[best].Key)) {
			best = i
		}
	}
	if best >= 0 {
		e := prefixes[best]
		return e, true
	}
	return Entry{Key: key, Mac: UnknownRestriction, IOS: UnknownRestriction}, false
}

// Known returns every entry, exact keys first, for documentation pages.
func Known() []Entry {
	out := make([]Entry, 0, len(known))
	out = append(out, known...)
	return out
}

var (
	exact    = map[string]Entry{}
	prefixes []Entry
)

func init() {
	for _, e := range known {
		if e.Prefix {
			prefixes = append(prefixes, e)
			continue
		}
		if _, dup := exact[e.Key]; dup {
			panic("entitlements: duplicate knowledge entry " + e.Key)
		}
		exact[e.Key] = e
	}
}

// Platform lists used below.
var (
	mac     = []string{"macOS"}
	iosOnly = []string{"iOS", "iPadOS"}
	iosFam  = []string{"iOS", "iPadOS", "tvOS", "watchOS", "visionOS"}
	all     = []string{"iOS", "iPadOS", "macOS", "tvOS", "watchOS", "visionOS"}
)

// Sources, named once so each entry can point at one:
const (
	srcEntitlementsDocs = "Apple documentation: Bundle Resources > Entitlements (the key's own page)"
	srcHardenedRuntime  = "Apple documentation: Hardened Runtime (Bundle Resources > Entitlements > Hardened Runtime)"
	srcAppSandbox       = "Apple documentation: App Sandbox (Bundle Resources > Entitlements > App Sandbox)"
	srcTN3125           = "Apple TN3125 Inside Code Signing: Provisioning Profiles"
	srcAppGroupsPost    = "seed: 'App Groups: macOS vs iOS: Working Towards Harmony' (DTS forum post)"
	srcNEEntitlement    = "Apple documentation: Network Extensions Entitlement; seed: 'Gatekeeper stops directly distributed MacOS app with Network Extension'"
	srcPrivateSeed      = "seed: /usr/bin/shortcuts killed without com.apple.private.security.restricted-application-groups; DTS: com.apple.* outside developer/security is not for third parties; corpus: TrollStore entitlements"
	srcCorpusTrollStore = "corpus: entitlements/TrollStore-*.plist (iOS jailbreak tooling claiming Apple-only entitlements)"
)

// known is the knowledge base. Restriction facts: on iOS and its child
// platforms every entitlement a third-party app claims must be in its
// profile; on macOS the com.apple.developer.* capabilities, the identity keys
// and keychain-access-groups are restricted, App Sandbox and hardened-runtime
// keys are not, and App Groups is validation-required (srcTN3125,
// srcAppGroupsPost).
var known = []Entry{
	// Identity.
	{Key: "application-identifier", Meaning: "the App ID: the App ID prefix (normally the Team ID), a dot, and the bundle ID", Platforms: iosFam, ValueType: "string", Mac: Restricted, IOS: Restricted, Group: "identity", Source: srcTN3125},
	{Key: "com.apple.application-identifier", Meaning: "the App ID on macOS: the App ID prefix (normally the Team ID), a dot, and the bundle ID", Platforms: mac, ValueType: "string", Mac: Restricted, IOS: Restricted, Group: "identity", Source: srcTN3125 + "; corpus: santa daemon entitlements"},
	{Key: "com.apple.developer.team-identifier", Meaning: "the Team ID of the developer team that owns the App ID", Platforms: all, ValueType: "string", Mac: Restricted, IOS: Restricted, Group: "identity", Source: srcTN3125 + "; seed: 'Unsatisfied entitlements: … com.apple.developer.team-identifier'"},
	{Key: "keychain-access-groups", Meaning: "the keychain access groups the app may read and write; each normally starts with the App ID prefix", Platforms: all, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "identity", Source: "Apple documentation: Keychain Access Groups Entitlement; " + srcAppGroupsPost},
	{Key: "get-task-allow", Meaning: "lets a debugger attach to the process; set in development builds only", Platforms: iosFam, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "debugging", Source: srcTN3125 + "; Apple Security SecEntitlements.h (kSecEntitlementGetTaskAllow)"},
	{Key: "com.apple.security.get-task-allow", Meaning: "lets a debugger attach to the process (macOS); Xcode adds it to Debug builds, and notarization rejects it", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "debugging", Source: "Apple documentation: Resolving common notarization issues; corpus: santa daemon entitlements"},
	{Key: "beta-reports-active", Meaning: "marks an App Store distribution build as eligible for TestFlight", Platforms: iosFam, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "identity", Source: srcTN3125},
	{Key: "aps-environment", Meaning: "the Apple Push Notification service environment: development or production", Platforms: iosFam, ValueType: "string", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: APS Environment Entitlement; corpus: fastlane very-capable-app.xcent"},
	{Key: "com.apple.developer.aps-environment", Meaning: "the Apple Push Notification service environment on macOS: development or production", Platforms: mac, ValueType: "string", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: APS Environment Entitlement (macOS key)"},

	// App groups.
	{Key: "com.apple.security.application-groups", Meaning: "the app groups whose shared container, preferences and keychain items the app may use", Platforms: all, ValueType: "array of strings", Mac: ValidationRequired, IOS: Restricted, Group: "capability", Source: srcAppGroupsPost + "; Apple documentation: App Groups Entitlement"},

	// Capabilities (com.apple.developer.*): restricted everywhere.
	{Key: "com.apple.developer.associated-domains", Meaning: "the web domains the app is associated with (universal links, shared web credentials, App Clips): entries like applinks:example.com", Platforms: all, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: srcEntitlementsDocs + "; corpus: fastlane very-capable-app.xcent"},
	{Key: "com.apple.developer.icloud-container-identifiers", Meaning: "the iCloud containers (iCloud.…) the app may use with CloudKit or iCloud Documents", Platforms: all, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: iCloud Container Identifiers Entitlement"},
	{Key: "com.apple.developer.icloud-container-development-container-identifiers", Meaning: "the iCloud containers the app may use in the development environment", Platforms: all, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: srcTN3125},
	{Key: "com.apple.developer.icloud-container-environment", Meaning: "which CloudKit environment the app uses: Development or Production", Platforms: all, ValueType: "string", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: iCloud Container Environment Entitlement"},
	{Key: "com.apple.developer.icloud-services", Meaning: "the iCloud services the app uses: CloudKit, CloudDocuments, CloudKit-Anonymous", Platforms: all, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: iCloud Services Entitlement; corpus: fastlane very-capable-app.xcent"},
	{Key: "com.apple.developer.ubiquity-container-identifiers", Meaning: "the iCloud Documents containers the app may use", Platforms: all, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Ubiquity Container Identifiers Entitlement"},
	{Key: "com.apple.developer.ubiquity-kvstore-identifier", Meaning: "the iCloud key-value store the app uses (App ID prefix, a dot, an identifier)", Platforms: all, ValueType: "string", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: iCloud Key-Value Store Entitlement"},
	{Key: "com.apple.developer.in-app-payments", Meaning: "the Apple Pay merchant IDs the app may use", Platforms: all, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Merchant IDs Entitlement; corpus: fastlane very-capable-app.xcent"},
	{Key: "com.apple.developer.in-app-purchase", Meaning: "not an entitlement any provisioning profile carries: In-App Purchase needs no entitlement, so claiming this key only makes signing fail; delete it", Platforms: all, ValueType: "none (no entitlement)", Mac: Restricted, IOS: Restricted, Group: NotAnEntitlement, Source: "seed: 'Provisioning profile … doesn't include the com.apple.developer.in-app-purchase entitlement' (Apple Developer Forums; issue 19)"},
	{Key: "com.apple.developer.networking.networkextension", Meaning: "the Network Extension provider types the app may implement: packet-tunnel-provider, app-proxy-provider, content-filter-provider, dns-proxy, dns-settings, app-push-provider, relay, url-filter-provider; outside the Mac App Store the -systemextension forms", Platforms: all, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: srcNEEntitlement},
	{Key: "com.apple.developer.networking.vpn.api", Meaning: "Personal VPN: configuring the built-in VPN protocols (value allow-vpn)", Platforms: all, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Personal VPN Entitlement"},
	{Key: "com.apple.developer.networking.HotspotConfiguration", Meaning: "lets the app configure Wi-Fi networks (Hotspot Configuration)", Platforms: iosOnly, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Hotspot Configuration Entitlement"},
	{Key: "com.apple.developer.networking.multipath", Meaning: "lets the app use Multipath TCP", Platforms: iosOnly, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Multipath Entitlement"},
	{Key: "com.apple.developer.networking.wifi-info", Meaning: "lets the app read the current Wi-Fi network's name and BSSID", Platforms: iosOnly, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Access Wi-Fi Information Entitlement"},
	{Key: "com.apple.developer.networking.multicast", Meaning: "lets the app send and receive multicast and broadcast traffic on the local network (granted by Apple on request)", Platforms: iosFam, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Multicast Networking Entitlement"},
	{Key: "com.apple.developer.system-extension.install", Meaning: "lets the app install and activate the system extensions it contains", Platforms: mac, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: System Extension Entitlement; corpus: LuLu App.entitlements"},
	{Key: "com.apple.developer.endpoint-security.client", Meaning: "lets a system extension subscribe to Endpoint Security events (granted by Apple on request)", Platforms: mac, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Endpoint Security Entitlement; corpus: BlockBlock, santa entitlements"},
	{Key: "com.apple.developer.applesignin", Meaning: "Sign in with Apple (value Default)", Platforms: all, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Sign in with Apple Entitlement; fastlane#16628 (PEERS.md)"},
	{Key: "com.apple.developer.healthkit", Meaning: "lets the app read and write HealthKit data, with the user's consent", Platforms: []string{"iOS", "iPadOS", "watchOS", "visionOS"}, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: HealthKit Entitlement; corpus: fastlane very-capable-app.xcent"},
	{Key: "com.apple.developer.healthkit.access", Meaning: "the kinds of HealthKit data that need extra permission (health-records)", Platforms: []string{"iOS", "iPadOS", "watchOS", "visionOS"}, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: HealthKit Capabilities Entitlement"},
	{Key: "com.apple.developer.homekit", Meaning: "lets the app use the user's HomeKit home network, with consent", Platforms: []string{"iOS", "iPadOS", "watchOS", "tvOS", "visionOS"}, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: HomeKit Entitlement; corpus: fastlane very-capable-app.xcent"},
	{Key: "com.apple.developer.siri", Meaning: "lets the app handle Siri requests (SiriKit)", Platforms: []string{"iOS", "iPadOS", "watchOS", "macOS", "visionOS"}, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Siri Entitlement; corpus: fastlane very-capable-app.xcent"},
	{Key: "com.apple.developer.default-data-protection", Meaning: "the default Data Protection class of the app's files (NSFileProtectionComplete …)", Platforms: iosFam, ValueType: "string", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Data Protection Entitlement; corpus: fastlane very-capable-app.xcent"},
	{Key: "com.apple.developer.nfc.readersession.formats", Meaning: "the NFC tag formats the app may read (NDEF, TAG)", Platforms: iosOnly, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Near Field Communication Tag Reader Session Formats Entitlement"},
	{Key: "com.apple.developer.pass-type-identifiers", Meaning: "the Wallet pass type IDs the app may read and add", Platforms: iosFam, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Pass Type IDs Entitlement"},
	{Key: "com.apple.developer.usernotifications.time-sensitive", Meaning: "lets the app send Time Sensitive notifications that break through Focus", Platforms: all, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Time Sensitive Notifications Entitlement"},
	{Key: "com.apple.developer.usernotifications.communication", Meaning: "lets the app send communication notifications (sender avatars)", Platforms: all, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Communication Notifications Entitlement"},
	{Key: "com.apple.developer.usernotifications.filtering", Meaning: "lets a notification service extension drop notifications (granted by Apple on request)", Platforms: iosOnly, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Notification Filtering Entitlement"},
	{Key: "com.apple.developer.game-center", Meaning: "lets the app use Game Center", Platforms: all, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Game Center Entitlement"},
	{Key: "com.apple.developer.ClassKit-environment", Meaning: "the ClassKit environment: development or production", Platforms: iosOnly, ValueType: "string", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: ClassKit Environment Entitlement"},
	{Key: "com.apple.developer.devicecheck.appattest-environment", Meaning: "the App Attest environment: development or production", Platforms: all, ValueType: "string", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: App Attest Environment Entitlement"},
	{Key: "com.apple.developer.kernel.increased-memory-limit", Meaning: "asks for a higher memory limit on supported devices", Platforms: iosOnly, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Increased Memory Limit Entitlement"},
	{Key: "com.apple.developer.kernel.extended-virtual-addressing", Meaning: "gives the app a larger virtual address space", Platforms: iosOnly, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Extended Virtual Addressing Entitlement"},
	{Key: "com.apple.developer.associated-appclip-app-identifiers", Meaning: "the App Clip that belongs to this app (App ID)", Platforms: iosOnly, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: srcEntitlementsDocs},
	{Key: "com.apple.developer.parent-application-identifiers", Meaning: "the app an App Clip belongs to (App ID)", Platforms: iosOnly, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: srcEntitlementsDocs},
	{Key: "com.apple.developer.on-demand-install-capable", Meaning: "marks the target as an App Clip", Platforms: iosOnly, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: srcEntitlementsDocs},
	{Key: "com.apple.developer.family-controls", Meaning: "lets the app use Screen Time APIs (granted by Apple on request for distribution)", Platforms: iosOnly, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Family Controls Entitlement"},
	{Key: "com.apple.developer.weatherkit", Meaning: "lets the app use WeatherKit", Platforms: all, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: WeatherKit Entitlement"},
	{Key: "com.apple.developer.authentication-services.autofill-credential-provider", Meaning: "lets an extension provide passwords to AutoFill", Platforms: all, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: AutoFill Credential Provider Entitlement"},
	{Key: "com.apple.developer.user-fonts", Meaning: "lets the app install or use fonts system-wide", Platforms: iosOnly, ValueType: "array of strings", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Fonts Entitlement"},
	{Key: "com.apple.developer.web-browser", Meaning: "lets the app be chosen as the default web browser (granted by Apple on request)", Platforms: iosOnly, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Default Web Browser Entitlement"},
	{Key: "com.apple.developer.mail-client", Meaning: "lets the app be chosen as the default mail app (granted by Apple on request)", Platforms: iosOnly, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Default Mail App Entitlement"},
	{Key: "com.apple.developer.group-session", Meaning: "lets the app use SharePlay (Group Activities)", Platforms: all, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Group Activities Entitlement"},
	{Key: "com.apple.developer.contacts.notes", Meaning: "lets the app read the notes field of contacts (granted by Apple on request)", Platforms: all, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: srcEntitlementsDocs},
	{Key: "com.apple.developer.fileprovider.testing-mode", Meaning: "lets a File Provider extension use testing mode during development", Platforms: all, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: srcEntitlementsDocs},
	{Key: "com.apple.developer.location.push", Meaning: "lets a location push service extension answer location requests", Platforms: iosOnly, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Location Push Service Extension Entitlement"},
	{Key: "com.apple.developer.carplay-", Prefix: true, Meaning: "a CarPlay app category (audio, messaging, navigation …; granted by Apple on request)", Platforms: iosOnly, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: CarPlay entitlements; fastlane#8463 (PEERS.md)"},
	{Key: "com.apple.developer.driverkit", Prefix: true, Meaning: "a DriverKit entitlement: lets a driver extension (dext) run or match hardware, or an app talk to one (granted by Apple on request)", Platforms: []string{"macOS", "iPadOS"}, ValueType: "boolean or array", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: DriverKit entitlements"},
	{Key: "com.apple.developer.", Prefix: true, Meaning: "a capability; the profile must authorise it", Platforms: all, ValueType: "varies", Mac: Restricted, IOS: Restricted, Group: "capability", Source: srcTN3125},
	{Key: "inter-app-audio", Meaning: "lets the app send and receive audio with other apps (Inter-App Audio, deprecated)", Platforms: iosOnly, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Inter-App Audio Entitlement; corpus: fastlane very-capable-app.xcent"},
	{Key: "com.apple.external-accessory.wireless-configuration", Meaning: "lets the app configure MFi Wi-Fi accessories (Wireless Accessory Configuration)", Platforms: iosOnly, ValueType: "boolean", Mac: Restricted, IOS: Restricted, Group: "capability", Source: "Apple documentation: Wireless Accessory Configuration Entitlement; corpus: fastlane very-capable-app.xcent"},

	// App Sandbox (macOS): unrestricted, opt-in.
	{Key: "com.apple.security.app-sandbox", Meaning: "turns on the App Sandbox (required for the Mac App Store)", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.inherit", Meaning: "a helper tool inherits its parent's sandbox (use it only with app-sandbox in a child process)", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: "Apple documentation: Enabling App Sandbox Inheritance"},
	{Key: "com.apple.security.network.client", Meaning: "sandbox: lets the app make outgoing network connections", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.network.server", Meaning: "sandbox: lets the app accept incoming network connections", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.files.user-selected.read-only", Meaning: "sandbox: read access to files the user picks in an open panel", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.files.user-selected.read-write", Meaning: "sandbox: read and write access to files the user picks", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.files.user-selected.executable", Meaning: "sandbox: files the app saves where the user chose may be executables", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.files.downloads.read-only", Meaning: "sandbox: read access to the Downloads folder", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.files.downloads.read-write", Meaning: "sandbox: read and write access to the Downloads folder", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.files.bookmarks.app-scope", Meaning: "sandbox: lets the app keep access to files through app-scoped security-scoped bookmarks", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.files.bookmarks.document-scope", Meaning: "sandbox: lets the app use document-scoped security-scoped bookmarks", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.assets.", Prefix: true, Meaning: "sandbox: access to the user's Pictures, Music or Movies folder", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.device.usb", Meaning: "sandbox: access to USB devices", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.device.bluetooth", Meaning: "sandbox: access to Bluetooth devices", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.device.serial", Meaning: "sandbox: access to serial ports", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.device.audio-input", Meaning: "sandbox and hardened runtime: access to the microphone (with the user's consent)", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcHardenedRuntime},
	{Key: "com.apple.security.device.microphone", Meaning: "sandbox: access to the microphone (older key; the hardened runtime uses device.audio-input)", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.device.camera", Meaning: "sandbox and hardened runtime: access to the camera (with the user's consent)", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcHardenedRuntime},
	{Key: "com.apple.security.print", Meaning: "sandbox: lets the app print", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.personal-information.", Prefix: true, Meaning: "sandbox and hardened runtime: access to personal data (location, contacts, calendars, photos), with the user's consent", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcHardenedRuntime},
	{Key: "com.apple.security.automation.apple-events", Meaning: "hardened runtime: lets the app send Apple events to other apps (with the user's consent)", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcHardenedRuntime},
	{Key: "com.apple.security.scripting-targets", Meaning: "sandbox: the scripting access groups of other apps this app may send Apple events to", Platforms: mac, ValueType: "dictionary", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.smartcard", Meaning: "sandbox: access to smart cards", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: srcAppSandbox},
	{Key: "com.apple.security.hypervisor", Meaning: "lets the app create and run virtual machines with Hypervisor.framework", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: "Apple documentation: Hypervisor Entitlement"},
	{Key: "com.apple.security.virtualization", Meaning: "lets the app use Virtualization.framework", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: "Apple documentation: Virtualization Entitlement"},
	{Key: "com.apple.security.temporary-exception.", Prefix: true, Meaning: "sandbox temporary exception: access the sandbox would otherwise deny; App Review asks for a justification", Platforms: mac, ValueType: "varies", Mac: Unrestricted, IOS: Restricted, Group: "sandbox", Source: "Apple documentation: App Sandbox Temporary Exception Entitlements; corpus: LuLu Extension.entitlements"},

	// Hardened runtime exceptions (macOS): unrestricted, but each weakens a protection.
	{Key: "com.apple.security.cs.allow-jit", Meaning: "hardened runtime exception: lets the app create writable-and-executable memory with MAP_JIT (JavaScript engines, emulators)", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "hardened-runtime", Source: srcHardenedRuntime + " > Allow Execution of JIT-compiled Code Entitlement"},
	{Key: "com.apple.security.cs.allow-unsigned-executable-memory", Meaning: "hardened runtime exception: lets the app make any memory writable and executable without MAP_JIT, so code that was never signed can run", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "hardened-runtime", Broad: true, Source: srcHardenedRuntime + " > Allow Unsigned Executable Memory Entitlement"},
	{Key: "com.apple.security.cs.allow-dyld-environment-variables", Meaning: "hardened runtime exception: honours DYLD_* environment variables, which anyone who can launch the app can use to inject a library", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "hardened-runtime", Broad: true, Source: srcHardenedRuntime + " > Allow DYLD Environment Variables Entitlement"},
	{Key: "com.apple.security.cs.disable-library-validation", Meaning: "hardened runtime exception: lets the app load frameworks, plug-ins and libraries signed by other teams or not signed at all", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "hardened-runtime", Broad: true, Source: srcHardenedRuntime + " > Disable Library Validation Entitlement"},
	{Key: "com.apple.security.cs.disable-executable-page-protection", Meaning: "hardened runtime exception: turns off code-signing protection of executable pages entirely, so signed code may be modified in memory (the most extreme exception)", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "hardened-runtime", Broad: true, Source: srcHardenedRuntime + " > Disable Executable Memory Protection Entitlement"},
	{Key: "com.apple.security.cs.debugger", Meaning: "hardened runtime exception: lets the app attach to other processes as a debugger", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "hardened-runtime", Source: srcHardenedRuntime + " > Debugging Tool Entitlement"},
	{Key: "com.apple.security.cs.", Prefix: true, Meaning: "a hardened runtime exception", Platforms: mac, ValueType: "boolean", Mac: Unrestricted, IOS: Restricted, Group: "hardened-runtime", Source: srcHardenedRuntime},

	// Apple-only.
	{Key: "com.apple.private.", Prefix: true, Meaning: "a private entitlement for Apple's own code", Platforms: all, ValueType: "varies", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: srcPrivateSeed},
	{Key: "platform-application", Meaning: "marks Apple's own platform binaries; third-party code cannot be one", Platforms: all, ValueType: "boolean", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: srcCorpusTrollStore},
	{Key: "com.apple.rootless.", Prefix: true, Meaning: "a System Integrity Protection entitlement for Apple's own code", Platforms: mac, ValueType: "varies", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: "Apple open source: WebKit process-entitlements.sh (restricted entitlements); " + srcPrivateSeed},
	{Key: "com.apple.security.exception.", Prefix: true, Meaning: "a sandbox exception reserved for Apple's iOS code", Platforms: iosFam, ValueType: "varies", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: srcCorpusTrollStore},
	{Key: "com.apple.springboard.", Prefix: true, Meaning: "a SpringBoard entitlement for Apple's own code", Platforms: iosFam, ValueType: "varies", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: srcCorpusTrollStore},
	{Key: "com.apple.frontboard.", Prefix: true, Meaning: "a FrontBoard entitlement for Apple's own code", Platforms: iosFam, ValueType: "varies", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: srcCorpusTrollStore},
	{Key: "com.apple.backboardd.", Prefix: true, Meaning: "a backboardd entitlement for Apple's own code", Platforms: iosFam, ValueType: "varies", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: srcCorpusTrollStore},
	{Key: "com.apple.runningboard.", Prefix: true, Meaning: "a RunningBoard entitlement for Apple's own code", Platforms: all, ValueType: "varies", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: srcCorpusTrollStore},
	{Key: "com.apple.lsapplicationworkspace.", Prefix: true, Meaning: "a LaunchServices entitlement for Apple's own code", Platforms: iosFam, ValueType: "varies", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: srcCorpusTrollStore},
	{Key: "com.apple.multitasking.", Prefix: true, Meaning: "a multitasking entitlement for Apple's own code", Platforms: iosFam, ValueType: "varies", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: srcCorpusTrollStore},
	{Key: "com.apple.CommCenter.", Prefix: true, Meaning: "a CommCenter (cellular) entitlement for Apple's own code", Platforms: iosFam, ValueType: "varies", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: srcCorpusTrollStore},
	{Key: "com.apple.system-task-ports", Prefix: true, Meaning: "access to other processes' task ports, for Apple's own code", Platforms: all, ValueType: "boolean", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: "DTS forum thread 'what's com.apple.system-task-ports.safe entitlement purpose?'"},
	{Key: "task_for_pid-allow", Meaning: "access to other processes' task ports, for Apple's own code", Platforms: all, ValueType: "boolean", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: srcPrivateSeed},
	{Key: "dynamic-codesigning", Meaning: "lets a process generate code at run time without MAP_JIT, for Apple's own code", Platforms: iosFam, ValueType: "boolean", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: srcPrivateSeed},
	{Key: "run-unsigned-code", Meaning: "lets a process run unsigned code, for Apple's own code", Platforms: iosFam, ValueType: "boolean", Mac: AppleOnly, IOS: AppleOnly, Group: "private", Source: srcPrivateSeed},
}

// NetworkExtensionValues are the documented values of
// com.apple.developer.networking.networkextension (srcNEEntitlement).
var NetworkExtensionValues = []string{
	"packet-tunnel-provider", "app-proxy-provider", "content-filter-provider", "dns-proxy",
	"dns-settings", "app-push-provider", "relay", "url-filter-provider",
	"packet-tunnel-provider-systemextension", "app-proxy-provider-systemextension",
	"content-filter-provider-systemextension", "dns-proxy-systemextension",
}

// SystemExtensionForm gives the Developer ID form of a Network Extension
// value ("packet-tunnel-provider" -> "packet-tunnel-provider-systemextension"),
// or "" when the value has none.
func SystemExtensionForm(v string) string {
	switch v {
	case "packet-tunnel-provider", "app-proxy-provider", "content-filter-provider", "dns-proxy":
		return v + "-systemextension"
	}
	return ""
}
