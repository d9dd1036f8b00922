package text

import "strings"

// The context rules of the keychain entries (catalogue_keychain.go): each
// skips a match the paste shows is not Apple code signing, or puts first
// the cause the paste itself shows.
// reEmptyCertSecret: the certificate handed to `security import` was
// empty (a CI secret that is not defined expands to "").
var reEmptyCertSecret = lazyCompile(`(?i)\b(?:APPLE_CERTIFICATE|CSC_LINK|BUILD_CERTIFICATE_BASE64|P12_BASE64)\b[^\n]{0,60}?\b(?:is |was |are )?(?:empty|unset|undefined|not set)\b|\bon an empty (?:certificate|\.p12|file)\b|\bempty (?:certificate|\.p12) (?:secret|variable)\b`)

const emptyCertSecretLead = "The certificate given to the import is empty: a CI secret that is not defined (or not passed to this job, as on pull requests from forks) expands to \"\", and the tool still runs `security import` on it. Define the secret (the .p12 in base64) for this repository and job, or leave the variable out of the job's environment so the tool skips signing."

func init() {
	// "SecKey API returned" is the CMS signer's own line, printed by
	// codesign when the private key refuses to sign. security import's
	// refusal and codesign's on a code path are signing's without more.
	rule("text-user-interaction-not-allowed", func(near, all string) bool {
		return !reSigningContext.MatchString(all) && !reNotarytoolProfile.MatchString(all) && !strings.Contains(near, "SecKey API returned") && !reKeychainToolRefusal.MatchString(near)
	}, func(c leadContext) []string {
		if reUnknownErrorMinus1.MatchString(c.Near) {
			return []string{"codesign says \"unknown error -1=ffffffffffffffff\" when the private key's access prompt cannot appear: the build runs as a CI agent or over ssh, outside the user's login session. Unlock the keychain in the same job and set the key's partition list (below), or start the agent in the user's session."}
		}
		return nil
	})
	// codesign's own prompt for the signing key: a question about the
	// password it asks for puts first whose password that is, unless the
	// paste sets the key's access up itself (security import, a partition
	// list).
	rule("text-codesign-key-access-prompt", func(near, all string) bool {
		return otherSystemOnly(all) || reNoPrompt.MatchString(near) && !reSigningToolPrompt.MatchString(near) ||
			reKeychainPasswordPrompt.MatchString(near) && !reSigningContext.MatchString(all)
	}, func(c leadContext) []string {
		if rePromptPasswordQuestion.MatchString(c.All) && !reKeyAccessSetUp.MatchString(c.All) {
			return Lookup("text-codesign-key-access-prompt").Causes[2:3]
		}
		return nil
	})
	// The prompt of a signing tool (codesign asking for the private key)
	// is the signing key's access list, which the keychain entries above
	// explain; only an app asking for its own item is this one.
	// A GPG or SSH passphrase kept in the keychain (pinentry-mac's "Save
	// in Keychain") is asked for by that tool, whatever signs the commit.
	rule("text-keychain-prompt-signature-changed", func(near, all string) bool {
		return reSigningToolPrompt.MatchString(near) || otherSystemOnly(all) || reKeyPassphraseTool.MatchString(all)
	}, nil)
	// A certificate set to "Always Trust" carries a custom trust setting.
	// quill's check of a .p12's chain says x509 too, in Go's words.
	rule("text-chain-to-root", func(near, all string) bool {
		return tls(near, all) && !reQuillChainCheck.MatchString(near) || (otherSystemOnly(all) || reChainForHost.MatchString(near)) && !appleOrMacNamed(all) ||
			reChainRetold.MatchString(near) && !reAppleSigningContext.MatchString(all)
	}, func(c leadContext) []string {
		if reAlwaysTrust.MatchString(c.All) {
			return Lookup("text-chain-to-root").Causes[1:2]
		}
		return nil
	})
	// -34018 retold or by .NET's name is a keychain call's only where the
	// paste speaks of the keychain (a system extension's missingEntitlement
	// is another).
	rule("text-missing-entitlement-34018", func(near, all string) bool {
		return reMissingEntitlementName.MatchString(near) && !reMissingEntitlementStatus.MatchString(near) && !reKeychainCallWords.MatchString(all) ||
			otherSystemOnly(all) && !reKeychainCallWords.MatchString(all)
	}, nil)
	// node-forge's wording of a .p12 whose password is wrong is any
	// ecosystem's; it is a signing matter where the paste places it in
	// Apple code signing.
	// errSecAuthFailed alone, or its message, is any keychain call's
	// (SecItemAdd in a test, an app storing an account's token): an import
	// failure where the paste speaks of importing.
	// A TLS server's or client's identity imported in code (.NET's
	// X509Certificate2, Security's SecPKCS12Import) is no signing identity.
	// Windows's "network password" is any .pfx's (and a network share's):
	// a signing matter where the paste places it in Apple code signing.
	// electron-builder says "<path> not a file" of any file it was given
	// (an icon, a config): the certificate's where the paste shows its
	// code-signing settings. Codemagic's keychain step names certificates
	// itself.
	rule("text-signing-certificate-file-missing", func(near, all string) bool {
		return !reCSCSigning.MatchString(all) && !(reElectronBuilderMacBuild.MatchString(all) && reCertFileNamed.MatchString(near)) && !strings.Contains(near, "Did not find any certificates from specified locations")
	}, nil)
	rule("text-p12-import-failed", func(near, all string) bool {
		return (reForgeP12MAC.MatchString(near) || reOpenSSLLegacyP12.MatchString(near) || reWindowsPFXPassword.MatchString(near)) && !reAppleSigningContext.MatchString(all) ||
			reMACVerifyRetold.MatchString(near) && !reAppleSigningTools.MatchString(all) ||
			reBareAuthFailed.MatchString(near) && !reImportWords.MatchString(all) ||
			reTLSIdentityImport.MatchString(all) && !reCodeSigningWords.MatchString(all) ||
			reLinuxKeyring.MatchString(all) && !reMacNamed.MatchString(all) ||
			reOpenSSLCertUnread.MatchString(near) && !reAppleCertInstall.MatchString(all) ||
			reActionSecurityExit.MatchString(near) && (!reP12ImportNamed.MatchString(all) || reSecurityOtherRun.MatchString(all) && !reSecurityImportRun.MatchString(all))
	}, func(c leadContext) []string {
		if reWindowsPFXPassword.MatchString(c.All) {
			return []string{windowsPFXLead}
		}
		// A signer that reads the .p12 itself, with no keychain between.
		if reLinuxSignerP12.MatchString(c.Near) {
			return []string{causeLinuxSignerP12}
		}
		if reOpenSSLUnknownFlag.MatchString(c.All) {
			return []string{causeOpenSSLNoLegacyFlag}
		}
		if reOpenSSLCertUnread.MatchString(c.All) {
			return []string{causeOpenSSLNoCertificate}
		}
		if reEmptyCertSecret.MatchString(c.All) {
			return []string{emptyCertSecretLead}
		}
		return nil
	})
	// A trust error next to security find-identity is Apple code signing
	// whatever else the paste holds (openssl run on the same certificate).
	// A revoked certificate is a sideloaded app's where the paste names a
	// sideloading tool or an app stopped with days left.
	for _, id := range []string{"text-cert-not-trusted", "text-cert-revoked"} {
		sideloaded := func(near, all string) bool {
			return id == "text-cert-revoked" && (reSideloading.MatchString(all) || reDaysLeftStopped.MatchString(near) && reAppWord.MatchString(all) && !daysLeftElsewhere(all))
		}
		rule(id, func(near, all string) bool {
			// pkgutil --check-signature run on one of Apple's own installer
			// apps (a bundle, not a package): its chain starts at Apple's
			// Software Signing, which pkgutil does not take as a package signer.
			if id == "text-cert-not-trusted" && rePkgutilAppleSoftwareSigning.MatchString(all) {
				return true
			}
			if id == "text-cert-revoked" && reNoLongerAvailableAlert.MatchString(near) && !strings.Contains(strings.ToLower(near), "revoked") && !reDaysShown.MatchString(all) {
				return true
			}
			return !strings.Contains(near, "find-identity") && (tls(near, all) || notApple(near, all) && !sideloaded(near, all) || otherCertificate(near, all))
		}, nil)
	}
	// A certificate someone set to "Always Trust" fails the chain as surely
	// as a missing intermediate, and is undone in Keychain Access.
	rule("text-cert-not-trusted", nil, func(c leadContext) []string {
		if reAlwaysTrust.MatchString(c.All) {
			return []string{"A trust setting was changed: a certificate in the chain (yours, or Apple's intermediate) is set to \"Always Trust\", and codesign then refuses the chain (CSSMERR_TP_NOT_TRUSTED). In Keychain Access open each of them, set Trust back to \"Use System Defaults\" and remove duplicate copies of the certificate."}
		}
		if reCustomTrust.MatchString(c.All) {
			return Lookup("text-cert-not-trusted").Causes[1:2]
		}
		// quill embeds only the certificates its .p12 holds.
		if reQuill.MatchString(c.All) {
			return []string{"quill signed with a .p12 holding only your certificate, so the signature carries no Developer ID intermediate and a Mac cannot build its chain (notarization then calls the signature invalid). Add the chain (`quill p12 attach-chain`) and sign again."}
		}
		return nil
	})
	// Installer's alerts about an expired certificate name no Apple tool;
	// their words are Installer's own, so they are read alone, and lead
	// with the cause they have.
	rule("text-cert-expired", func(near, all string) bool {
		if reInstallerExpiredAlert.MatchString(near) {
			return false
		}
		return tls(near, all) || reNonSigningCert.MatchString(near) || notApple(near, all) || otherCertificate(near, all) ||
			certificateBought(all)
	}, func(c leadContext) []string {
		if reRecoveryInstallerRefused.MatchString(c.All) {
			return []string{causeRecoveryInstallerDate}
		}
		if reInstallerExpiredAlert.MatchString(c.All) {
			return []string{causeInstallerExpired}
		}
		return nil
	})
	// Unlocked and still prompting: the key's access control, not the lock.
	rule("text-errsec-internal-component", nil, func(c leadContext) []string {
		if reUnlockedStillPrompts.MatchString(c.All) {
			return []string{Lookup("text-errsec-internal-component").Causes[1]}
		}
		return nil
	})
	rule("text-cert-revoked", nil, func(c leadContext) []string {
		if reAntiRevoke.MatchString(c.All) {
			return []string{"Apple revoked the enterprise certificate the sideloaded apps were signed with (such certificates are shared outside their company and revoked for it). An anti-revoke DNS profile only keeps the device from asking Apple about the certificate; once iOS learns of the revocation every app signed with it stops opening. Re-sign the apps with a valid certificate and install them again."}
		}
		if reDaysLeftStopped.MatchString(c.Near) || reSideloading.MatchString(c.All) && !reVendorCode.MatchString(c.Near) {
			return []string{causeSideloadRevoked}
		}
		if reVendorCode.MatchString(c.Near) {
			return []string{"The revoked certificate is the vendor's that signed this third-party framework or SDK, not yours: update the SDK to a release signed with a valid certificate (or ask the vendor); your own certificate and profiles are fine, and re-signing your app does not help."}
		}
		return nil
	})
	// set-key-partition-list reported failed without its reason is a wrong
	// keychain password unless security's own line gives another reason (no
	// key in the keychain, or no -s); electron-builder up to 26.15 gives it
	// the .p12's password.
	rule("text-keychain-password-wrong", func(near, all string) bool {
		return !rePassphraseWrong.MatchString(near) && rePartitionListOtherReason.MatchString(all)
	}, func(c leadContext) []string {
		if reElectronBuilderKeychain.MatchString(c.All) {
			return []string{"electron-builder (26.15 and earlier) gives set-key-partition-list -k the .p12's password (CSC_KEY_PASSWORD) instead of the password of the temporary keychain it made; macOS 26.6 runner images check it. Upgrade electron-builder to 26.16.1 or later, or make and unlock the keychain yourself, import the .p12, run set-key-partition-list with the keychain's password and pass CSC_KEYCHAIN (without CSC_LINK)."}
		}
		return nil
	})
	// errSecItemNotFound alone is any keychain call's (a SecItemCopyMatching
	// that found nothing): a missing signing identity where the paste speaks
	// of signing.
	// "Could not find a certificate" retold is any tool's (a TLS server's, a
	// PKI script's): a signing identity where the paste is about Apple code.
	// fastlane match finding none in its storage goes on to create one.
	rule("text-identity-not-found", func(near, all string) bool {
		return reMatchCreatesIdentity.MatchString(near) ||
			reBareItemNotFound.MatchString(near) && !reSigningContext.MatchString(all) ||
			reCertNotFoundRetold.MatchString(near) && (!reAppleSigningContext.MatchString(all) || otherCertificate(near, all)) ||
			// Java's and Android's signing tools (a keystore's alias).
			reOtherSigningTool.MatchString(near) && !reAppleCertName.MatchString(all) ||
			reIdentityUnresolved.MatchString(near) && !reAppleSigningContext.MatchString(all) ||
			otherSystemOnly(all)
	}, func(c leadContext) []string {
		if reComposeMacSigning.MatchString(c.All) {
			return []string{composeIdentityLead}
		}
		if reInstallerSigning.MatchString(c.All) {
			if strings.Contains(strings.ToLower(c.Near), ".p12") {
				return []string{"The identity named is a .p12 file: --sign takes the name (or SHA-1) of an identity in a keychain. Import the .p12 first (`security import FILE.p12 -k KEYCHAIN`), then sign with its name."}
			}
			return []string{"A package is signed with an installer certificate (Developer ID Installer; 3rd Party Mac Developer Installer or Mac Installer Distribution for the Mac App Store), a different certificate from the Application one: create it in Certificates, Identifiers & Profiles and install it with its private key."}
		}
		if reAppleIntermediateMissing.MatchString(c.All) && !reCertExpiredOrRevokedCode.MatchString(c.All) {
			return []string{appleIntermediateMissingLead}
		}
		if reSignWithKeychain.MatchString(c.All) {
			return Lookup("text-identity-not-found").Causes[3:4]
		}
		if reCIContext.MatchString(c.All) {
			return []string{"In CI or over ssh the keychain that holds the identity is locked or not in the search list, so codesign and Xcode see no usable identity: unlock it (`security unlock-keychain -p \"$PASSWORD\" KEYCHAIN`), add it to the list (`security list-keychains -d user -s KEYCHAIN login.keychain-db`) and allow codesign to use the key (`security set-key-partition-list -S apple-tool:,apple: -s -k \"$PASSWORD\" KEYCHAIN`)."}
		}
		return nil
	})
	// security refused by a build sandbox says so before it fails to decode.
	// A bare certificate kind matches every certificate of that kind; two
	// different names matched say that, not a duplicate.
	rule("text-ambiguous-identity", nil, func(c leadContext) []string {
		if m := reBareKindAmbiguous.FindStringSubmatch(c.All); m != nil && m[1] != m[2] {
			return []string{causeBareKindIdentity}
		}
		return nil
	})
	rule("text-profile-undecodable", nil, func(c leadContext) []string {
		if strings.Contains(c.All, "UNIX[Operation not permitted]") {
			return []string{causeSandboxedSecurity}
		}
		return nil
	})
}

// The retold readings of round 190, each a signing matter only where the
// paste is about Apple code signing: a chain that "does not chain to a
// trusted issuer" (a web server's certificate is told the same way), a
// prompt for the keychain's password (an app asking for its own item), an
// imported identity a tool "cannot resolve" (an identity provider's user).
var (
	// The Actions toolkit's words for a step's security run failing, and
	// a paste that names a .p12 import (the step, its input or the file).
	reActionSecurityExit = lazyCompile(`(?i)\bThe process '/usr/bin/security' failed with exit code\b`)
	// A step that runs security for something else than an import (the
	// .p12 named only as imported before), and a step that imports.
	reSecurityOtherRun       = lazyCompile(`(?i)\bsecurity (?:find|delete|create|unlock|set|list|default|show|add|dump|lock)-[\w-]+`)
	reSecurityImportRun      = lazyCompile(`(?i)\bsecurity import\b|\bimport-codesign-certs\b`)
	reP12ImportNamed         = lazyCompile(`(?i)\.?\bp12\b|\bpkcs ?#?12\b|\bimport-codesign-certs\b`)
	reChainRetold            = lazyCompile(`(?i)\bchain (?:up )?to (?:a |an |the |any )?(?:trusted|Apple(?:['’]s)?) (?:issuer|root|CA|certificate authority|anchor)\b`)
	reKeychainPasswordPrompt = lazyCompile(`(?i)\bkeychain(?:['’]s)? pass(?:word|work|phrase)\b`)
	reIdentityUnresolved     = lazyCompile(`(?i)\b(?:resolve|locate|see) (?:the |an? |any |my |our )?(?:imported|installed) (?:code ?signing |signing )?identity\b`)
)

// reKeychainToolRefusal: the refusal in security import's own words, or in
// codesign's (after the code's path).
var reKeychainToolRefusal = lazyCompile(`\bsecurity: SecKeychainItemImport: User interaction is not allowed|\.(?:app|appex|framework|dylib|bundle|xpc|pkg|dmg)(?:/[^\s:]{0,200})?: User interaction is not allowed`)

// reCSCSigning is electron-builder's code-signing settings or its line
// about them: what makes its "<path> not a file" the certificate's path.
var reCSCSigning = lazyCompile(`(?i)\bCSC_(?:LINK|KEY_PASSWORD|NAME)\b|\bfor code signing\b`)

// reElectronBuilderMacBuild is electron-builder's line for packaging a Mac
// or Mac App Store build, and reCertFileNamed a certificate file named
// missing: together, the certificate electron-builder cannot find is
// Apple's (its "<path> not a file" is also an icon's, and a Windows
// build's WIN_CSC_LINK's).
var (
	// reQuillChainCheck: quill's verification of the chain of the .p12 it
	// signs with (https://github.com/anchore/quill quill/pki/certchain/verify.go).
	reQuillChainCheck         = lazyCompile(`(?i)\bfailed to verify certificate chain: x509: certificate signed by unknown authority\b`)
	reElectronBuilderMacBuild = lazyCompile(`•\s{1,4}packaging\s{1,12}platform=(?:darwin|mas)\b`)
	reCertFileNamed           = lazyCompile(`(?i)\.(?:p12|pfx) (?:not a file|doesn't exist)\b`)
)

// reSigningToolPrompt: the keychain dialog raised by a signing tool.
var reKeyPassphraseTool = lazyCompile(`(?i)\b(?:gpg|GnuPG|pinentry(?:-mac)?|gpg-agent|ssh-agent|ssh-add)\b|\b(?:commit|tag) sign(?:ing|ed)\b`)

var reSigningToolPrompt = lazyCompile(`(?i)\b(?:codesign|productsign|pkgbuild|xcodebuild|Xcode|security|altool|notarytool)["”]? wants? to (?:access|acces|acess|use|sign)\b`)

// reNoPrompt: a prompt named as what a step avoids ("so codesign can use
// the key without a prompt"), not one that appeared.
var reNoPrompt = lazyCompile(`(?i)\b(?:without|no|never|avoid(?:s|ing)?|skip(?:s|ping)?|suppress(?:es|ing)?)\b(?: any| a| the)?(?: (?:GUI|UI|keychain|password))? (?:prompts?|pop-?ups?|dialogs?)\b`)

// rePromptPasswordQuestion: the user asks which password the dialog wants.
var rePromptPasswordQuestion = lazyCompile(`(?i)\b(?:what|which)(?: is|'s)? (?:the )?password\b|\bpassword (?:of|for) (?:the )?codesign\b|\bdon['’]?t know (?:the|my|which) password\b`)

// reKeyAccessSetUp: the paste sets up the key's access list itself.
var reKeyAccessSetUp = lazyCompile(`(?i)\bsecurity import\b|partition[- ]list|\s-T /usr/bin/codesign\b`)

// reMACVerifyRetold: a PKCS12 MAC check's failure told in prose, which is
// any PKCS12 file's (a Java keystore, a client certificate imported on a
// macOS runner) unless the paste names Apple's signing tools.
var reMACVerifyRetold = lazyCompile(`(?-i:MAC) verification (?:failures?|errors?)\b`)

// A code signing certificate bought from a certificate authority is
// Windows' (Authenticode) or Java's: Apple issues its own with the
// developer membership. Where the paste names no Apple certificate and
// none of Apple's signing tools, the expired one is that bought one.
var (
	reCertBought        = lazyCompile(`(?i)\b(?:purchased|bought)\b[^.\n]{0,40}?\bcertificate\b|\bcertificate\b[^.\n]{0,40}?\b(?:purchased|bought)\b`)
	reAppleSigningTools = lazyCompile(`(?i)\bcodesign|notari[sz]|notarytool|provisioning|Developer ID|\bkeychain|\bXcode|\bspctl\b|Gatekeeper|\.(?:app|ipa|pkg|dmg)\b`)
)

func certificateBought(all string) bool {
	return reCertBought.MatchString(all) && !reAppleCertName.MatchString(all) && !reAppleSigningTools.MatchString(all)
}

// reAntiRevoke: a DNS profile sold to keep enterprise-signed sideloaded
// apps from learning their certificate was revoked.
var reAntiRevoke = lazyCompile(`(?i)\banti[- ]?revoke\b`)

// rePkgutilAppleSoftwareSigning: pkgutil's untrusted verdict with Apple's
// Software Signing as the first certificate of the chain.
var rePkgutilAppleSoftwareSigning = lazyCompile(`(?i)Status: signed by untrusted certificate\s+Certificate Chain:\s+1\. Software Signing\b`)

// reInstallerExpiredAlert: Installer's alert about a package signed with
// a certificate that has expired, and an old macOS installer app's, whose
// Apple certificates expired (https://support.apple.com/en-us/100622 names
// both).
var reInstallerExpiredAlert = lazyCompile(`(?i)\bIf you acquired this package recently, it may not be authentic\b|\bThis copy of the [^\n]{1,80}? application can't be verified\. It may have been corrupted or tampered with during download\b|` + recoveryInstallerRefused)

// recoveryInstallerRefused: macOS's installer in Recovery refusing the
// installer it downloaded or carries ("The installer information on the
// recovery server is damaged", "The installer payload failed signature
// check"), whose Apple certificates look expired or not yet valid to a
// Mac whose date is wrong (mackeeper.com's and masror.com's pages).
const recoveryInstallerRefused = `\binstaller information on the recovery server is damaged\b|\bThe installer payload failed signature check\b`

var reRecoveryInstallerRefused = lazyCompile(`(?i)` + recoveryInstallerRefused)

const causeRecoveryInstallerDate = "The Mac's date is wrong in Recovery (a Mac long unused or with a flat battery keeps an old date), so the installer's Apple certificates look expired or not yet valid and its signature check fails; an old installer whose certificates really expired fails the same way. In Recovery open Utilities > Terminal, check `date`, set it (`date MMDDhhmmYY`, or connect to the internet) and run the installer again, or use Internet Recovery for a current installer."

const causeInstallerExpired = "The installer was signed with a certificate that has since expired and carries no trusted timestamp from when it was valid, so Installer no longer trusts it (Apple's own macOS installers downloaded before October 2019 are so; a Mac whose date is wrong sees the same). Download the installer again, or set the Mac's date and time; if you publish the package, sign it again with a valid Developer ID Installer certificate and `productsign --timestamp`."

// openssl's failure to read the certificate out of the .p12 a CI step
// installs (Azure's Install Apple Certificate pipes `openssl pkcs12` into
// `openssl x509`): "unable to load certificate" is any PEM reader's (a
// web server's, a TLS client's), and "pkcs12: Unrecognized flag" any
// pkcs12 run's, so they are the import's only where the paste installs an
// Apple signing certificate.
var (
	reOpenSSLCertUnread  = lazyCompile(`(?i)\bunable to load certificate\b|\bpkcs12: Unrecognized flag\b`)
	reOpenSSLUnknownFlag = lazyCompile(`(?i)\bpkcs12: Unrecognized flag\b`)
	reAppleCertInstall   = lazyCompile(`(?i)\bInstall ?Apple ?Certificate\b|\bApple (?:certificate|Distribution|Development)\b|\b(?:iOS|iPhone|Mac) (?:Distribution|Development|Developer)\b|\bDistribution certificate\b|\bkeychain\b|\bcodesign\b|\bprovisioning profile\b`)
)

const (
	causeOpenSSLNoCertificate = "With openssl's \"unable to load certificate\" (PEM routines, no start line, Expecting: TRUSTED CERTIFICATE): openssl found no certificate in what it read out of the file, because the file is not a .p12 holding the certificate with its private key (a .cer, a .pem or the key alone was uploaded) or its password did not open it. Export the identity from Keychain Access as .p12 (My Certificates, the certificate with its key) and upload that."
	causeOpenSSLNoLegacyFlag  = "With \"pkcs12: Unrecognized flag\" (-legacy): the openssl that ran is OpenSSL 1.1 (or LibreSSL), which has no -legacy; leave the flag out there (on Azure, the task without opensslPkcsArgs), or put OpenSSL 3 first on PATH when the .p12 needs it."
)

// reLinuxSignerP12: the .p12 read by rcodesign, by quill (and GoReleaser,
// which runs it) or cargo-dist's CODESIGN_CERTIFICATE
// (apple-codesign/src/error.rs; quill cmd/quill/cli/commands/utils.go;
// cargo-dist/src/errors.rs).
var reLinuxSignerP12 = lazyCompile(`(?i)\bincorrect password given when decrypting PFX data\b|\bunable to decode p12 file\b|\bCODESIGN_CERTIFICATE environment variable\b`)

const causeLinuxSignerP12 = "The signing tool reads the .p12 itself and could not open it: the password given is not the one used at export (a CI secret often gains a trailing newline), or the secret holds something else than the .p12 (not base64 of it, base64 with line breaks, or the certificate alone as .cer/.pem). Decode the secret to a file and check it with `openssl pkcs12 -info -in cert.p12 -noout` (add -legacy for a Keychain Access export under OpenSSL 3)."
