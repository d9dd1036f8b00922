package text

import "strings"

// The context rules of the notary entries (catalogue_notary.go): each
// skips a match the paste shows is not Apple code signing, or puts first
// the cause the paste itself shows.
func init() {
	// xcrun finding no altool is this entry's only where the paste is
	// about notarization (altool still uploads to the App Store).
	// A submission retold as left In Progress is the notary's only where
	// the paste is about notarization (talks, forms and tickets are
	// submitted too).
	// notarytool's wait prints "Current status: In Progress..." until the
	// service answers: once the same paste shows its final status, the
	// submission is no longer in progress.
	rule("text-notary-in-progress", func(near, all string) bool {
		return reSubmissionInProgressRetold.MatchString(near) && !reNotarizationWord.MatchString(all) ||
			strings.Contains(near, "Current status: In Progress") && reNotaryWaitEnded.MatchString(all)
	}, nil)
	rule("text-altool-retired", func(_, all string) bool { return !strings.Contains(strings.ToLower(all), "notar") }, nil)
	// "Is a directory" is the system's word for any folder given where a
	// file was wanted: this entry's only where the paste is about
	// notarization.
	rule("text-notary-upload-not-archive", func(_, all string) bool { return !strings.Contains(strings.ToLower(all), "notar") }, nil)
	// An HTTP client's timeout or a missing reply is any networked
	// program's: this entry's only where the paste is about notarization.
	// @electron/notarize given nothing to read back leads with that.
	rule("text-notary-unreachable", func(_, all string) bool { return !strings.Contains(strings.ToLower(all), "notar") }, func(c leadContext) []string {
		if reNotaryEmptyResult.MatchString(c.All) {
			return []string{causeNotaryEmptyResult}
		}
		return nil
	})
	// A notary public's notarization with a status Invalid.
	rule("text-notary-invalid", func(near, all string) bool {
		return otherSystemSays(near, all, reStatusInvalidGeneric) || reDocumentNotary.MatchString(all) && !appleBeyondNotary(all)
	}, nil)
	// A notary public's agreements and deeds; other stores' agreements.
	rule("text-agreement-required", func(near, all string) bool {
		// A JSON parser cut short on "Error: HTT…" is any web client's
		// where the paste is not about notarization.
		if strings.Contains(near, `"Error: HTT"`) && !reNotarizingNamed.MatchString(all) {
			return true
		}
		return reDocumentNotary.MatchString(all) && !appleBeyondNotary(all) || otherSystemSays(near, all, reAgreementGeneric)
	}, func(c leadContext) []string {
		if strings.Contains(c.Near, `"Error: HTT"`) && !strings.Contains(c.All, "A required agreement is missing") {
			return []string{causeNotarizeHTTPHidden}
		}
		return nil
	})
	rule("text-stapler-failed", func(near, all string) bool {
		return reStapleWorked.MatchString(near) && !reStapleFailed.MatchString(near) ||
			reZipStapledRetold.MatchString(near) && (!reAppleSigningContext.MatchString(all) || reDocumentNotary.MatchString(all) && !appleBeyondNotary(all))
	}, func(c leadContext) []string {
		if reStaplerUsage.MatchString(c.All) {
			return []string{"stapler printed its usage (exit status 64): it was given no path, or one it cannot use. Pass the path of the notarized .app, .dmg or .pkg itself (quoted if it has spaces), the same file that was submitted, not a .zip or a folder around it."}
		}
		if reNotaryStatusInvalid.MatchString(c.All) || reNotarizationRejectedSaid.MatchString(c.All) {
			return []string{staplerNotNotarized}
		}
		if reStaplerFileType.MatchString(c.All) {
			return []string{Lookup("text-stapler-failed").Causes[2]}
		}
		if reNotFound.MatchString(c.Near) {
			return []string{staplerNotYet}
		}
		for _, code := range valuesOf(c.Values, "code") {
			if code == "66" {
				return []string{"stapler exits with status 66 when the file cannot hold a ticket: a bare executable, a .zip or a folder. Staple the notarized .app, .dmg or .pkg; a command-line tool keeps its ticket on Apple's servers only, which Gatekeeper looks up online."}
			}
		}
		return nil
	})
	// A page that does not match its hash: the file changed after signing,
	// or a framework it loads did where codesign names that framework.
	// The notary service names files; where each is inside the bundle
	// (a framework, a resource, a helper) or the paste says a bundled file
	// was left unsigned, the code signed was not the nested code.
	// Go's "x509: unhandled critical extension" is any certificate's with
	// an extension Go does not know: Apple signing only where a signing
	// tool names it, and there the installer certificate given to sign code.
	rule("text-not-developer-id", func(near, all string) bool {
		return reX509CriticalExtension.MatchString(near) && !reGoSigningToolNamed.MatchString(all)
	}, func(c leadContext) []string {
		if reX509CriticalExtension.MatchString(c.Near) {
			return []string{"A Developer ID Installer certificate (for installer packages only) was given to sign code: Go's verifier (quill) stops at its critical Apple extension. Export Developer ID Application and its key as the .p12."}
		}
		if reUnsignedNestedSaid.MatchString(c.All) || notaryPathsAllNested(c.All) {
			return []string{Lookup("text-not-developer-id").Causes[1]}
		}
		return nil
	})
	// notarytool takes --apple-id; --username is altool's flag.
	rule("text-notary-auth", nil, func(c leadContext) []string {
		if reNotarytoolUsername.MatchString(c.All) {
			return []string{causeNotarytoolUsername}
		}
		if reNotaryKeychainItemMissing.MatchString(c.All) {
			return []string{causeNotaryKeychainItemMissing}
		}
		if reNotaryCredentialUnset.MatchString(c.Near) {
			return []string{causeNotaryCredentialUnset}
		}
		if reNotaryKeyPassedAsContent.MatchString(c.Near) {
			return []string{causeNotaryKeyPassedAsContent}
		}
		if reNotaryKeyNotP8.MatchString(c.Near) {
			return []string{causeNotaryKeyNotP8}
		}
		if reAltoolKeyFile.MatchString(c.Near) {
			return []string{causeAltoolKeyFile}
		}
		// The Notary API refusing an API key's token (a client that
		// calls it directly: rcodesign, quill, signapple).
		if reNotaryTokenRefused.MatchString(c.All) {
			return []string{causeNotaryTokenRefused}
		}
		return nil
	})
	rule("text-notary-team-not-configured", nil, func(c leadContext) []string {
		if reNotaryNoProvider.MatchString(c.All) {
			return []string{causeNotaryNoProvider}
		}
		return nil
	})
	rule("text-binary-signature-invalid", nil, func(c leadContext) []string {
		if reUnsignedBinarySaid.MatchString(c.All) {
			return []string{Lookup("text-binary-signature-invalid").Causes[1]}
		}
		if reIncompleteChainSaid.MatchString(c.All) {
			return []string{Lookup("text-binary-signature-invalid").Causes[2]}
		}
		return nil
	})
	// statusCode 7000 alone is the notary's only where the paste is about
	// notarization.
	rule("text-notary-team-not-configured", func(near, all string) bool {
		return reStatusCode7000.MatchString(near) && !reNotarizationContext.MatchString(all) ||
			reDocumentNotary.MatchString(all) && !appleBeyondNotary(all)
	}, nil)
}

// causeNotaryCredentialUnset: a packaging tool that runs notarytool for
// the build (@electron/notarize under electron-builder or Forge) was not
// given one of the values it passes on.
const causeNotaryCredentialUnset = "The packaging tool was not given all of its notarization credentials (Apple ID, app-specific password and team ID; or API key file, key ID and issuer): an environment variable such as APPLE_APP_SPECIFIC_PASSWORD or APPLE_TEAM_ID is unset or empty where the build runs, or the notarize settings name a value that is not passed."

// causeNotaryKeyNotP8: the App Store Connect API key is read as a PEM
// EC private key; a .p12, a certificate or a key with its lines mangled
// is not one.
// causeNotaryKeyPassedAsContent: notarytool's --key takes a path; the
// key's PEM text begins with "-----BEGIN" and is parsed as an option.
const causeNotaryKeyPassedAsContent = "notarytool's --key was given the API key's PEM text (a CI secret) instead of the path of the AuthKey_KEYID.p8 file; the text's leading dashes are read as an option. Write the secret to a .p8 file and pass its path."

const causeNotaryKeyNotP8 = "The App Store Connect API key given is not the AuthKey_KEYID.p8 file downloaded from App Store Connect > Users and Access > Integrations (a .p12 or a certificate was passed instead, or the key lost its PEM header or line breaks in a CI secret)."

// causeNotaryTokenRefused: an App Store Connect API key signs a short-lived
// token (a JWT) with its issue and expiry times; the Notary API answers
// "Unauthenticated" to one it cannot accept.
const causeNotaryTokenRefused = "The App Store Connect API key's token was refused: the clock of the machine that made it is off (the token carries its issue and expiry times; turn on network time), an issuer ID was sent with an Individual API key (which takes none; a Team key needs its issuer), or the key ID, the issuer ID and the .p8 file do not belong together (or the key was revoked)."

var (
	// reNotaryTokenRefused: the Notary API's "Unauthenticated" under the
	// request a client made with an API key.
	reNotaryTokenRefused = lazyCompile(`appstoreconnect\.apple\.com/notary/v2/\S{0,80}\s+Unauthenticated\b`)
	// reNotarizationRejectedSaid: the notary's refusal retold ("When
	// Apple rejects notarization", "notarization was rejected").
	reNotarizationRejectedSaid = lazyCompile(`(?i)\brejects?\b[^\n]{0,20}?\bnotari[sz]|\bnotari[sz]\w*\b[^\n]{0,20}?\b(?:was|is|got|gets) rejected\b`)
	// The packaging tools' words for a credential not given: @electron/notarize's,
	// electron-builder's APPLE_* variables, Tauri's team ID and API key file.
	reNotaryCredentialUnset      = lazyCompile(`(?i)\bproperty is required when using notari[sz]ation with|\bNo authentication properties provided\b|\bAPPLE_\w{2,25} env var needs to be set\b|\bEnv vars APPLE_API_KEY\b[^\n]{0,60}\bneed to be set\b|\bteam ID is now required for notari[sz]ation\b|\bcould not find API key file\b|\bNotarization settings error: \w{1,20} is null or empty\b|\bnotarization settings are not provided\b`)
	reNotaryKeyNotP8             = lazyCompile(`(?i)\bprivate key for JWT\b`)
	reNotaryKeyPassedAsContent   = lazyCompile(`\bInvalid option\b`)
	reNotaryWaitEnded            = lazyCompile(`Current status: (?:Accepted|Invalid|Rejected)\.*\s*Processing complete`)
	reSubmissionInProgressRetold = lazyCompile(`(?i)\bsubmissions?\b[^\n]{0,60}?\b(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:is|was|are|were) still|(?:has|have) been|sat|sits|stuck)\s+(?:in\s+)?[\x60"'“]?In[- ]Progress\b`)
	reNotarizationWord           = lazyCompile(`(?i)notari[sz]|notarytool|公证`)
)

// reKeychainInteractionRefused: the keychain refused to show its prompt.
var reKeychainInteractionRefused = lazyCompile(`(?i)User interaction is not allowed|errSecInteractionNotAllowed|keychainLocked\(`)

// causeNotarizeHTTPHidden: @electron/notarize (2.2, fixed by its #191) parsed
// notarytool's output as JSON and failed on its plain-text HTTP error,
// keeping only its first characters.
const causeNotarizeHTTPHidden = "@electron/notarize could not parse notarytool's reply, a plain-text line that began \"Error: HTTP status code\": most often 403 \"A required agreement is missing or has expired\" (the Account Holder must accept the new agreement); a 403 for a team ID the Apple ID is not in, or a 401 for wrong credentials, is cut short the same way. Run the same xcrun notarytool submit by hand (or update @electron/notarize) to see the whole line."

// reNotarizingNamed: Apple's notarization named (a Docker or e-notary
// server is a "notary" too).
var reNotarizingNamed = lazyCompile(`(?i)notari[sz]|notarytool|\bxcrun\b`)

var (
	reX509CriticalExtension = lazyCompile(`(?i)\bx509: unhandled critical extension\b`)
	// reGoSigningToolNamed: Apple signing named by its Go or Rust tools,
	// notarization or a Developer ID certificate.
	reGoSigningToolNamed = lazyCompile(`(?i)\bquill\b|\brcodesign\b|\bcodesign\b|\bnotari[sz]|\bDeveloper ID\b`)
)

// reAltoolKeyFileSrc: altool given --apiKey looks for AuthKey_KEYID.p8
// only in its private_keys folders ("Failed to load AuthKey file").
const reAltoolKeyFileSrc = `\bAuthKey_\S{1,40}\.p8\S{0,6} could not be found in any of these locations\b|\bFailed to load AuthKey file\b`

var reAltoolKeyFile = lazyCompile(`(?i)` + reAltoolKeyFileSrc)

const causeAltoolKeyFile = "altool found no AuthKey_KEYID.p8: with --apiKey it reads the key only from ./private_keys, ~/private_keys, ~/.private_keys or ~/.appstoreconnect/private_keys, under that exact name (write the CI secret there)."

// reNotaryEmptyResult: @electron/notarize's words when notarytool gave it
// nothing to read (an empty result, or JSON that ends at once).
var reNotaryEmptyResult = lazyCompile(`(?i)\bFailed with unexpected result:\s*(?:\]|at )|\bUnexpected end of JSON input\b`)

const causeNotaryEmptyResult = "notarytool printed nothing @electron/notarize could read (\"Failed with unexpected result:\" with nothing after it, \"Unexpected end of JSON input\"): on GitHub's macOS runners this comes and goes, and the same job passes when run again."
