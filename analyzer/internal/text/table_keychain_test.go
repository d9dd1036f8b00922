package text

import "testing"

// keychainForm is one way a line of the security tool's or codesign's
// identity and keychain output reaches a paste: security import,
// find-identity, unlock-keychain, set-key-partition-list, list-keychains,
// default-keychain, delete-keychain, find-certificate and cms -D, and
// codesign's identity lookup, as the tool prints it, the line alone, after
// the command, or inside a CI log. want is the entry the first finding
// must be; "" means the output is not a failure, so nothing above a note
// may be found.
type keychainForm struct {
	msg, form, text, want string
}

// The lines are Apple's wording as security and codesign print them, as
// the held-out pastes in testdata/ quote them (GitHub issues of CI signing
// steps, fastlane, electron-builder, Tauri and Apple's forums). Hashes,
// names, team IDs and paths are neutral placeholders. Wordings no source
// showed in full are left out rather than guessed: security
// create-keychain's "A keychain with the same name already exists" (its
// SecKeychainCreate prefix and path), SecPolicyCreateWithProperties's
// failure, and set-key-partition-list's password prompt.
const (
	kcHash  = "0123456789ABCDEF0123456789ABCDEF01234567"
	kcHash2 = "0000000000000000000000000000000000000000"

	kcImportMAC      = `security: SecKeychainItemImport: MAC verification failed during PKCS12 import (wrong password?)`
	kcImportExists   = `security: SecKeychainItemImport: The specified item already exists in the keychain.`
	kcImportFormat   = `security: SecKeychainItemImport: Unknown format in import.`
	kcImportDecode   = `security: SecKeychainItemImport: Unable to decode the provided data.`
	kcImportPass     = `security: SecKeychainItemImport: The user name or passphrase you entered is not correct.`
	kcImportUI       = `security: SecKeychainItemImport: User interaction is not allowed.`
	kcImportParams   = `security: SecKeychainItemImport: One or more parameters passed to a function were not valid.`
	kcImportNotValid = `security: SecKeychainItemImport: The specified keychain is not a valid keychain file.`
	kcUnlock         = `security: SecKeychainUnlock: The user name or passphrase you entered is not correct.`
	kcSetAccess      = `security: SecKeychainItemSetAccessWithPassword: The user name or passphrase you entered is not correct.`
	kcCopyMatching   = `security: SecItemCopyMatching: The specified item could not be found in the keychain.`
	kcSearchNext     = `security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.`
	kcDelete         = `security: SecKeychainDelete: The specified keychain could not be found.`
	kcProblem        = `security: problem decoding`
	kcDecoder        = `security: failed to add data to decoder: UNKNOWN (-8183(d)`

	kcFindNone = `Policy: Code Signing
  Matching identities
     0 identities found

  Valid identities only
     0 valid identities found`
	kcFindOne = `  1) ` + kcHash + ` "Apple Development: Acme Dev (ABCDE12345)"
     1 valid identities found`
	kcFindExpired = `Policy: Code Signing
  Matching identities
  1) ` + kcHash + ` "Apple Development: Acme Dev (ABCDE12345)" (CSSMERR_TP_CERT_EXPIRED)
     1 identities found

  Valid identities only
     0 valid identities found`
	kcFindUntrusted = `Policy: Code Signing
  Matching identities
  1) ` + kcHash + ` "Developer ID Application: Acme Inc (ABCDE12345)" (CSSMERR_TP_NOT_TRUSTED)
     1 identities found

  Valid identities only
     0 valid identities found`
	kcFindRevoked = `Policy: Code Signing
  Matching identities
  1) ` + kcHash + ` "Apple Development: Acme Dev (ABCDE12345)"
  2) ` + kcHash2 + ` "iPhone Developer: Acme Dev (ABCDE12345)" (CSSMERR_TP_CERT_REVOKED)
     2 identities found

  Valid identities only
  1) ` + kcHash + ` "Apple Development: Acme Dev (ABCDE12345)"
     1 valid identities found`
	kcFindTwo = `  1) ` + kcHash + ` "Apple Development: Acme Dev (ABCDE12345)"
  2) ` + kcHash2 + ` "Developer ID Application: Acme Inc (ABCDE12345)"
     2 valid identities found`

	kcNoIdentity = `Developer ID Application: Acme Inc (ABCDE12345): no identity found`
	kcAmbiguous  = `Developer ID Application: Acme Inc (ABCDE12345): ambiguous (matches "Developer ID Application: Acme Inc (ABCDE12345)" and "Developer ID Application: Acme Inc (ABCDE12345)" in /Users/dev/Library/Keychains/login.keychain-db)`
	kcInternal   = `/Users/dev/Acme/build/Acme.app: errSecInternalComponent`

	kcPartition = `keychain: "/Users/runner/Library/Keychains/build.keychain-db"
version: 512
class: 0x00000010 
attributes:
    0x00000000 <uint32>=0x00000010 
    0x00000001 <blob>="Acme Inc installer key"
    0x00000002 <blob>=<NULL>`
)

var keychainForms = []keychainForm{
	// security import.
	{"MAC verification", "line", kcImportMAC, "text-p12-import-failed"},
	{"MAC verification", "command", "$ security import cert.p12 -k build.keychain -P \"$P12_PASSWORD\" -T /usr/bin/codesign\n" + kcImportMAC, "text-p12-import-failed"},
	{"MAC verification", "ci", ghaLogLines("Run security import cert.p12 -k build.keychain -P *** -T /usr/bin/codesign\n" + kcImportMAC + "\nError: Process completed with exit code 1."), "text-p12-import-failed"},
	{"MAC verification", "fastlane", "[10:11:12]: security: SecKeychainItemImport: MAC verification failed during PKCS12 import (wrong password?)", "text-p12-import-failed"},
	{"MAC verification", "Command failed", "Command failed, output: " + kcImportMAC, "text-p12-import-failed"},
	{"Unknown format", "line", kcImportFormat, "text-p12-import-failed"},
	{"Unknown format", "command", "$ security import cert.p12 -k build.keychain -P \"\" -T /usr/bin/codesign\n" + kcImportFormat, "text-p12-import-failed"},
	{"Unknown format", "ci", ghaLog(kcImportFormat), "text-p12-import-failed"},
	{"Unable to decode", "line", kcImportDecode, "text-p12-import-failed"},
	{"Unable to decode", "command", "% security import cert.p12 -k ~/Library/Keychains/login.keychain-db\n" + kcImportDecode, "text-p12-import-failed"},
	{"import passphrase", "line", kcImportPass, "text-p12-import-failed"},
	{"import passphrase", "ci", ghaLog(kcImportPass), "text-p12-import-failed"},
	{"import User interaction", "line", kcImportUI, "text-user-interaction-not-allowed"},
	{"import User interaction", "ci", ghaLog("Error: " + kcImportUI), "text-user-interaction-not-allowed"},
	{"import parameters", "line", kcImportParams, "text-p12-import-failed"},
	{"import not a valid keychain", "line", kcImportNotValid, "text-p12-import-failed"},
	// The identity is in the keychain already: security exits 1, and the
	// tools that run it (fastlane, tuist) stop there, as the held-out
	// pastes show; the entry's hint says when it is harmless.
	{"already exists", "line", kcImportExists, "text-p12-import-failed"},
	{"already exists", "command", "$ security import cert.p12 -k build.keychain -P \"$P12_PASSWORD\" -T /usr/bin/codesign\n" + kcImportExists, "text-p12-import-failed"},
	{"already exists", "ci", ghaLog(kcImportExists), "text-p12-import-failed"},
	{"already exists", "fastlane", "Error: [SecKeychainItemImport: The specified item already exists in the keychain]", "text-p12-import-failed"},
	{"already exists", "tuist", "The '/usr/bin/security' command exited with error code 1 and message:\n" + kcImportExists, "text-p12-import-failed"},
	{"imported", "identity", `1 identity imported.`, ""},
	{"imported", "identities", `2 identities imported.`, ""},
	{"imported", "cert and key", "    1 certificate imported.\n    1 key imported.", ""},
	{"imported", "ci", ghaLogLines("Run security import cert.p12 -k build.keychain -P *** -T /usr/bin/codesign\n1 identity imported."), ""},

	// security unlock-keychain and set-key-partition-list.
	{"SecKeychainUnlock", "line", kcUnlock, "text-keychain-password-wrong"},
	{"SecKeychainUnlock", "command", "$ security unlock-keychain -p \"$KEYCHAIN_PASSWORD\" build.keychain\n" + kcUnlock, "text-keychain-password-wrong"},
	{"SecKeychainUnlock", "ci", ghaLogLines("Run security unlock-keychain -p *** build.keychain\n" + kcUnlock + "\nError: Process completed with exit code 51."), "text-keychain-password-wrong"},
	{"SecKeychainUnlock", "fastlane", "[10:11:12]: $ security unlock-keychain -p ******** ~/Library/Keychains/login.keychain-db\n[10:11:12]: ▸ " + kcUnlock, "text-keychain-password-wrong"},
	{"SecKeychainItemSetAccessWithPassword", "line", kcSetAccess, "text-keychain-password-wrong"},
	{"SecKeychainItemSetAccessWithPassword", "command", "$ security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k \"$KEYCHAIN_PASSWORD\" build.keychain\n" + kcSetAccess, "text-keychain-password-wrong"},
	{"SecKeychainItemSetAccessWithPassword", "ci", ghaLogLines(kcSetAccess + "\nkeychain: \"/Users/runner/Library/Keychains/login.keychain-db\""), "text-keychain-password-wrong"},
	{"set-key-partition-list", "success", kcPartition, ""},
	{"set-key-partition-list", "command", "$ security set-key-partition-list -S apple-tool:,apple: -s -k \"$KEYCHAIN_PASSWORD\" build.keychain\n" + kcPartition, ""},
	{"set-key-partition-list", "ci", ghaLogLines(kcPartition), ""},
	{"unlock", "success", "$ security unlock-keychain -p \"$KEYCHAIN_PASSWORD\" build.keychain\n$ security set-keychain-settings -t 3600 -u build.keychain", ""},

	// security list-keychains, default-keychain, delete-keychain.
	{"list-keychains", "output", `$ security list-keychains
    "/Users/dev/Library/Keychains/login.keychain-db"
    "/Library/Keychains/System.keychain"`, ""},
	{"list-keychains", "ci", ghaLogLines(`    "/Users/runner/Library/Keychains/build.keychain-db"
    "/Users/runner/Library/Keychains/login.keychain-db"`), ""},
	{"default-keychain", "output", `$ security default-keychain
    "/Users/dev/Library/Keychains/login.keychain-db"`, ""},
	{"create-keychain", "commands", "$ security create-keychain -p \"$KEYCHAIN_PASSWORD\" build.keychain\n$ security default-keychain -s build.keychain", ""},
	// Deleting a keychain a former run never made: cleanup, not a failure.
	{"SecKeychainDelete", "line", kcDelete, ""},
	{"SecKeychainDelete", "command", "$ security delete-keychain build.keychain\n" + kcDelete, ""},

	// security find-identity.
	{"0 valid identities", "line", `     0 valid identities found`, "text-identity-not-found"},
	{"0 valid identities", "-v", "$ security find-identity -v -p codesigning\n     0 valid identities found", "text-identity-not-found"},
	{"0 valid identities", "full", kcFindNone, "text-identity-not-found"},
	{"0 valid identities", "command", "% security find-identity -p codesigning\n" + kcFindNone, "text-identity-not-found"},
	{"0 valid identities", "ci", ghaLogLines("Run security find-identity -v -p codesigning build.keychain\n     0 valid identities found"), "text-identity-not-found"},
	{"1 valid identities", "-v", "$ security find-identity -v -p codesigning\n" + kcFindOne, ""},
	{"1 valid identities", "line", `     1 valid identities found`, ""},
	{"1 valid identities", "ci", ghaLogLines("Run security find-identity -v -p codesigning\n" + kcFindOne), ""},
	{"2 valid identities", "-v", kcFindTwo, ""},
	{"Valid identities only", "one", `Policy: Code Signing
  Matching identities
  1) ` + kcHash + ` "Apple Development: Acme Dev (ABCDE12345)"
     1 identities found

  Valid identities only
  1) ` + kcHash + ` "Apple Development: Acme Dev (ABCDE12345)"
     1 valid identities found`, ""},
	{"CSSMERR_TP_CERT_EXPIRED", "find-identity", kcFindExpired, "text-cert-expired"},
	{"CSSMERR_TP_CERT_EXPIRED", "command", "% security find-identity -p codesigning\n" + kcFindExpired, "text-cert-expired"},
	{"CSSMERR_TP_CERT_EXPIRED", "line", `  1) ` + kcHash + ` "Apple Development: Acme Dev (ABCDE12345)" (CSSMERR_TP_CERT_EXPIRED)`, "text-cert-expired"},
	{"CSSMERR_TP_NOT_TRUSTED", "find-identity", kcFindUntrusted, "text-cert-not-trusted"},
	{"CSSMERR_TP_NOT_TRUSTED", "ci", ghaLogLines(kcFindUntrusted), "text-cert-not-trusted"},
	{"CSSMERR_TP_NOT_TRUSTED", "line", `  1) ` + kcHash + ` "Apple Development: Acme Dev (ABCDE12345)" (CSSMERR_TP_NOT_TRUSTED)`, "text-cert-not-trusted"},
	{"CSSMERR_TP_CERT_REVOKED", "find-identity", kcFindRevoked, "text-cert-revoked"},
	{"CSSMERR_TP_CERT_REVOKED", "line", `  2) ` + kcHash2 + ` "iPhone Developer: Acme Dev (ABCDE12345)" (CSSMERR_TP_CERT_REVOKED)`, "text-cert-revoked"},

	// security find-certificate and find-generic-password.
	{"SecItemCopyMatching", "line", kcCopyMatching, "text-identity-not-found"},
	{"SecItemCopyMatching", "fastlane", "[10:11:12]: " + kcCopyMatching, "text-identity-not-found"},
	// Alone, any search's: find-generic-password's for a token most often.
	{"SecKeychainSearchCopyNext", "line", kcSearchNext, ""},
	{"SecKeychainSearchCopyNext", "find-generic-password", "$ security find-generic-password -s acme-token -w\n" + kcSearchNext, ""},
	{"SecKeychainSearchCopyNext", "command", "$ security find-certificate -c \"Apple Development: Acme Dev\" build.keychain\n" + kcSearchNext, "text-identity-not-found"},
	{"SecKeychainSearchCopyNext", "ci", ghaLogLines("Run security find-certificate -c \"Developer ID Application\" build.keychain\n" + kcSearchNext), "text-identity-not-found"},

	// security cms -D.
	{"problem decoding", "line", kcProblem, "text-profile-undecodable"},
	{"problem decoding", "command", "$ security cms -D -i Acme.mobileprovision\n" + kcProblem, "text-profile-undecodable"},
	{"problem decoding", "-8183", "$ security cms -D -i Acme.mobileprovision\n" + kcDecoder + "\n" + kcProblem, "text-profile-undecodable"},
	{"problem decoding", "sandbox", "security: cert import failed: UNIX[Operation not permitted]\n" + kcProblem, "text-profile-undecodable"},
	{"cms -D", "success", "$ security cms -D -i Acme.mobileprovision\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n\t<key>AppIDName</key>\n\t<string>Acme</string>\n</dict>\n</plist>", ""},

	// codesign's identity lookup.
	{"no identity found", "line", kcNoIdentity, "text-identity-not-found"},
	{"no identity found", "command", "$ codesign --force --sign \"Developer ID Application: Acme Inc (ABCDE12345)\" --options runtime Acme.app\n" + kcNoIdentity, "text-identity-not-found"},
	{"no identity found", "hash", kcHash + `: no identity found`, "text-identity-not-found"},
	{"no identity found", "ci", ghaLogLines("Run codesign -s \"$IDENTITY\" --timestamp Acme.app\n" + kcNoIdentity + "\nError: Process completed with exit code 1."), "text-identity-not-found"},
	{"no identity found", "kind", `Apple Development: no identity found`, "text-identity-not-found"},
	{"not found in keychain", "codesign", `$ codesign -s "Apple Development" -f Acme.app
error: The specified item could not be found in the keychain.`, "text-identity-not-found"},
	{"ambiguous", "line", kcAmbiguous, "text-ambiguous-identity"},
	{"ambiguous", "command", "$ codesign -s \"Developer ID Application: Acme Inc (ABCDE12345)\" Acme.app\n" + kcAmbiguous, "text-ambiguous-identity"},
	{"ambiguous", "ci", ghaLog(kcAmbiguous), "text-ambiguous-identity"},
	{"ambiguous", "two kinds", `Mac Developer: ambiguous (matches "Mac Developer: Acme Dev (ABCDE12345)" and "3rd Party Mac Developer Application: Acme Inc (ABCDE12345)" in /Users/dev/Library/Keychains/login.keychain)`, "text-ambiguous-identity"},
	{"no identity found", "Mac App Store", `3rd Party Mac Developer Application: no identity found`, "text-identity-not-found"},
	{"ambiguous", "kind", `Apple Development: ambiguous (matches "Apple Development: Acme Dev (ABCDE12345)" and "Apple Development: Acme Dev (ABCDE12345)" in /Users/dev/Library/Keychains/login.keychain-db)`, "text-ambiguous-identity"},
	{"errSecInternalComponent", "line", kcInternal, "text-errsec-internal-component"},
	{"errSecInternalComponent", "ci", ghaLogLines("Run codesign -s \"$IDENTITY\" Acme.app\n" + kcInternal), "text-errsec-internal-component"},
	{"errSecInternalComponent", "xcode", `Warning: unable to build chain to self-signed root for signer "Apple Development: Acme Dev (ABCDE12345)"
/Users/dev/Library/Developer/Xcode/DerivedData/Acme/Build/Products/Debug-iphoneos/Acme.app: errSecInternalComponent
Command CodeSign failed with a nonzero exit code`, "text-chain-to-root"},
	{"User interaction", "codesign", `/Users/dev/Acme/build/Acme.app: User interaction is not allowed.`, "text-user-interaction-not-allowed"},
	{"User interaction", "ci", ghaLog(`Acme.app: User interaction is not allowed.`), "text-user-interaction-not-allowed"},
	{"signed", "codesign", "$ codesign --force --sign " + kcHash + " --timestamp Acme.app\nAcme.app: replacing existing signature", ""},
	{"signed", "verbose", "Acme.app: signed app bundle with Mach-O universal (x86_64 arm64) [com.acme.app]", ""},

	// Look-alikes in other tools' words.
	{"near miss", "gpg", `gpg: no default secret key: No secret key`, ""},
	{"near miss", "ssh", `Identity added: /Users/dev/.ssh/id_ed25519 (dev@example.com)`, ""},
}

// knownMissKeychainBefore lists the forms read wrong when the table was
// added (msg + " (" + form + ")"); each fix removes its rows. Before any
// change: 77 of 86 forms read right. Four wants were corrected after the
// first run (the three "already exists" and "SecKeychainSearchCopyNext
// (line)"), and the "(ci)" form of the latter now names its command:
// SecKeychainSearchCopyNext's "not found" alone is any keychain search's
// (find-generic-password's most often), a missing identity only where the
// paste looks for a certificate; an item already in the keychain is the
// import's failure, as the held-out pastes of fastlane and tuist want it.
// Six rows were added after the fixes (tuist's and fastlane's "already
// exists", find-generic-password, cms -D in a sandbox, two identity kinds),
// all read right when added.
var knownMissKeychainBefore = map[string]bool{
	// The analyzer's findings order (findings_order.go) puts the keychain's
	// refusal before the import it refused, so the report leads with it
	// (TestKeychainToolTableReportOrder); here, in the text reader's own
	// order (by offset), SecKeychainItemImport's reason comes first, and
	// both are kept.
	"import User interaction (line)": true,
	"import User interaction (ci)":   true,
}

// keychainRows are the table's forms as rows for checkTable.
func keychainRows() []tableRow {
	rows := make([]tableRow, 0, len(keychainForms))
	for _, f := range keychainForms {
		rows = append(rows, tableRow{f.msg + " (" + f.form + ")", f.text, f.want})
	}
	return rows
}

func TestKeychainToolTable(t *testing.T) {
	checkTable(t, keychainRows(), knownMissKeychainBefore)
}

// KeychainFormsInReportOrder returns the key, want and text of the forms in knownMissKeychainBefore, which the
// report must lead with their want (package text_test checks it).
func KeychainFormsInReportOrder() [][3]string {
	return knownRows(keychainRows(), knownMissKeychainBefore)
}

// Near misses of the forms the table's fixes read.
func TestKeychainToolTableNearMisses(t *testing.T) {
	// Another program's keychain lookup refused, not security import's or
	// codesign's on a code path.
	readNothing(t,
		`keytar: SecKeychainFindGenericPassword: User interaction is not allowed.`,
		`Error: /Users/dev/notes.txt: User interaction is not allowed.`,
	)
	// security import's refusal is found beside the import's failure.
	r := Analyze([]byte(kcImportUI))
	if got := ids(r); len(got) != 2 || got[0] != "text-p12-import-failed" || got[1] != "text-user-interaction-not-allowed" {
		t.Errorf("%q: got %v, want the import's failure and the refusal", kcImportUI, got)
	}
}
