package text

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// cutShort matches any beginning of s, the whole of it or none: a line
// cut off where a log or a terminal ends it ("The signature does not
// include a secure tim").
func cutShort(s string) string {
	out := ""
	for _, r := range s {
		out += "(?:" + regexp.QuoteMeta(string(r))
	}
	return out + strings.Repeat(")?", utf8.RuneCountInString(s))
}

// pat is a pattern: keyword gates re, matched case-insensitively. The
// (?i) is the lazyRegexp's fold, not a concatenation here: with no
// run-time work left, the catalogue's thousand-odd patterns cost
// app.wasm.br 14,108 bytes less (measured with make wasm-budget).
func pat(keyword, re string) pattern {
	return pattern{keyword: keyword, re: &lazyRegexp{src: re, fold: true}, kw: &keywordSet{}}
}

// codePat is a pattern for an error code alone (ITMS-90161): the excerpt
// is the message's words where they are pasted too.
func codePat(keyword, re string) pattern {
	p := pat(keyword, re)
	p.number = true
	return p
}

// summaryPat is a pattern for a line that only sums up a failure another
// message explains (see pattern.summary).
func summaryPat(keyword, re string) pattern {
	p := pat(keyword, re)
	p.summary = true
	return p
}

// Local check IDs the catalogue points to. Some belong to other areas and may
// not be registered yet; the analyzer shows only those that exist.
const (
	chkMachoUnsigned       = "macho-unsigned"
	chkMachoAdhoc          = "macho-adhoc"
	chkMachoLinkerSigned   = "macho-linker-signed"
	chkMachoDevSigned      = "macho-development-signed"
	chkMachoAppStoreSigned = "macho-app-store-signed"
	chkMachoInstallerCert  = "macho-installer-cert"
	chkMachoNoRuntime      = "macho-no-hardened-runtime"
	chkMachoNoTimestamp    = "macho-no-secure-timestamp"
	chkMachoGetTaskAllow   = "macho-get-task-allow"
	chkMachoSigInvalid     = "macho-signature-invalid"
	chkMachoCMSInvalid     = "macho-cms-invalid"
	chkMachoCDHash         = "macho-cdhash-mismatch"
	chkMachoSpecialSlot    = "macho-special-slot-mismatch"
	chkMachoPageHash       = "macho-page-hash-mismatch"
	chkMachoUntrusted      = "macho-untrusted-chain"
	chkMachoArm64e         = "macho-arm64e"
	chkProfileExpired      = "profile-expired"
	chkProfileDevice       = "profile-device-not-listed"
	chkProfileNotApple     = "profile-not-apple-signed"
	chkProfileWildcard     = "profile-wildcard-app-id"
	chkProfileFreeTeam     = "profile-free-team"
	chkProfileKind         = "profile-kind"
	chkProfileCerts        = "profile-cert-expired"
	chkProfileNoValidCert  = "profile-no-valid-cert"
	chkProfileWrongPlat    = "profile-wrong-platform"
	chkProfileNoDevices    = "profile-no-device-list"
	chkProfileDeviceFormat = "profile-device-format"
	chkCertExpired         = "cert-expired"
	chkCertNotApple        = "cert-not-apple"
	chkEntNotInProfile     = "ent-not-authorised"
	chkEntTeamMismatch     = "ent-team-mismatch"
	chkEntGetTaskAllow     = "ent-get-task-allow"
	chkEntNetworkExt       = "ent-network-extension-developer-id"
	chkEntAppGroup         = "ent-app-group-id"
	chkEntAppGroupAuth     = "ent-app-group-not-authorised"
	chkEntUnexpanded       = "ent-unexpanded-variable"
	chkEntPrivate          = "ent-private"
	chkEntDERMismatch      = "ent-xml-der-mismatch"
	chkEntAPS              = "ent-aps-environment"
	chkReqAnchorApple      = "req-designated-anchor-apple"
	chkReqUnsatisfied      = "req-unsatisfied"
	chkReqDesignated       = "req-designated-unsatisfied"
	chkBundleSealed        = "bundle-seal-modified"
	chkBundleSealAdded     = "bundle-seal-added"
	chkBundleSealRemoved   = "bundle-seal-removed"
	chkBundleSealPlist     = "bundle-sealed-plist-changed"
	chkBundleSealInvalid   = "bundle-seal-invalid"
	chkBundleNested        = "bundle-nested-unsigned"
	chkBundleMainUnsigned  = "bundle-main-unsigned"
	chkBundleNestedTeam    = "bundle-nested-team-mismatch"
	chkBundleNestedRuntime = "bundle-nested-no-runtime"
	chkBundleExecBit       = "bundle-exec-not-executable"
	chkBundleMisplaced     = "bundle-code-in-resources"
	chkBundleDataInMacOS   = "bundle-data-in-macos"
	chkBundleAppleDouble   = "bundle-appledouble"
	chkBundleProfileName   = "bundle-profile-misnamed"
	chkBundleProfileTeam   = "bundle-profile-team-mismatch"
	chkBundleProfileAppID  = "bundle-profile-app-id-mismatch"
	chkBundleStapled       = "bundle-stapled-ticket"
	chkBundleUpdater       = "bundle-updater-team-mismatch"
	chkBundleIdentifier    = "bundle-identifier-mismatch"
)

const (
	dropCert    = "the signing certificate (.cer, exported from Keychain Access), or the provisioning profile that embeds it"
	dropApp     = "the app itself (zipped .app or .ipa) or its main executable (App.app/Contents/MacOS/App, Payload/App.app/App)"
	dropAppProf = "the app (zipped .app or .ipa) — its embedded provisioning profile and entitlements are checked against each other — or the executable, its .entitlements file and the profile together"
	dropProfile = "the provisioning profile (.mobileprovision or .provisionprofile; Xcode keeps them in ~/Library/Developer/Xcode/UserData/Provisioning Profiles)"
	dropProfEnt = "the provisioning profile and the .entitlements file (or the built app, which carries both)"
	dropNotary  = "the notary log (xcrun notarytool log SUBMISSION-ID log.json) and the app or its main executable"
	dropNoFile  = "the app and its provisioning profile, to rule out a signing problem (no file shows this error by itself)"
)

// catalogue is every entry, grouped by the tool that prints the message
// (one file each). Matches are reported in text order; entries matching at
// the same offset keep this order.
var catalogue = concatEntries(keychainEntries, xcodeEntries, xcodeBuildEntries, deviceEntries, launchEntries, gatekeeperEntries, codesignEntries, notaryEntries, appstoreEntries, noiseEntries)

func concatEntries(groups ...[]*Entry) []*Entry {
	var all []*Entry
	for _, g := range groups {
		all = append(all, g...)
	}
	return all
}

// deviceForms are the forms of device identifiers: 40 hex digits (older
// iPhones and iPads), 8-16 (newer ones, Apple silicon Macs), 8-4-4-4-12 (Mac
// hardware UUIDs, Intel Macs).
const deviceForms = `[0-9A-Fa-f]{40}|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{16}|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}`

// reAnchorAppleOnly finds `anchor apple` not followed by `generic`. Go's
// regexp has no lookahead, so the word after is captured and checked.
var reAnchorAppleOnly = lazyCompile(`(?i)\banchor apple(?:\s*$|\s+(?:and|or)\b|\s*\))`)

// Catalogue returns every known entry, in catalogue order.
func Catalogue() []*Entry { return append([]*Entry(nil), catalogue...) }

// Lookup returns the entry with that ID, or nil. Out of line, as the
// context rules call it some 60 times (see rule).
//
//go:noinline
func Lookup(id string) *Entry {
	for _, e := range catalogue {
		if e.ID == id {
			return e
		}
	}
	return nil
}

// entitlementList matches one entitlement key or Xcode's list of them: "A",
// "A and B", "A, B, and C".
const entitlementList = `[A-Za-z0-9_.\-]{3,120}(?:(?:,? and|,) [A-Za-z0-9_.\-]+){0,15}`
