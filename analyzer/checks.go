package analyzer

import (
	"slices"

	"github.com/signdoctor/signdoctor/analyzer/internal/notary"
	"github.com/signdoctor/signdoctor/analyzer/internal/text"
)

// allChecks is every check signdoctor has, grouped by what it looks at. A
// check is written as one value in the file of its area and listed here;
// TestEveryCheckLiteralIsRegistered fails on a Check literal left out.
// Analyze runs the checks in ID order (Checks), and orders the findings by
// cause, so the order here is for people.
var allChecks = slices.Concat(
	// Any input: a file not recognised, damaged, too slow, or one signdoctor
	// failed on.
	[]*Check{inputUnrecognized, inputMalformed, inputInternalError, inputTimeLimit, internalCheckFailed},

	// Provisioning profiles, dropped or embedded: validity, signer, kind,
	// devices, platform.
	[]*Check{profileMalformed, profileExpired, profileExpiring, profileNoValidCert, profileCertExpired,
		profileCertExpiring, profileFreeTeam, profileKind, profileNotAppleSigned, profileTampered,
		profileWildcardAppID, profileDeviceListed, profileDeviceNotListed, profileDeviceFormat, profileNoDeviceList,
		profileWrongPlatform, profileDeviceHardwareUUID, profileCertNotIncluded},

	// Certificates and identities (.p12): validity, issuer, kind, key, and
	// whether the profile and the code carry them.
	[]*Check{certExpired, certExpiring, certNotApple, certKind},
	[]*Check{identityWrongPassword, identityPasswordNeeded, identityKind, identityKeyMismatch, identityIncomplete,
		identityExpired, identityNoIntermediate, identityInProfile, identityNotInProfile, identitySignedCode},

	// Mach-O signatures: kind of signature, hashes, CMS and chain, signing
	// options, slices.
	[]*Check{machoMalformed, machoSignatureInvalid, machoSignatureTruncated, machoSignatureMisplaced,
		machoUnsigned, machoAdhoc, machoLinkerSigned, machoCDOnly, machoPageHashMismatch,
		machoSpecialSlotMismatch, machoCDHashMismatch, machoCMSInvalid, machoUntrustedChain,
		machoDevelopmentSigned, machoAppStoreSigned, machoInstallerCert, machoSHA1Missing, machoArm64e,
		machoNoHardenedRuntime, machoNoSecureTimestamp, machoGetTaskAllow, machoSlicesDiffer, machoEncrypted,
		machoStaticLibrary},

	// Linkage: the libraries a binary loads, and whether they are there and
	// may be loaded.
	[]*Check{linkageLibraryMissing, linkageWeakLibraryMissing, linkageBuildMachinePath, linkageArchMissing,
		linkageLibraryValidation},

	// Code requirements: the designated one, and one the user typed.
	[]*Check{reqDesignatedAnchorApple, reqDesignatedRootPinned, reqDesignatedUnsatisfied, reqInvalid,
		reqUnsatisfied, reqSatisfied},

	// Entitlements against the profile and the platform, then what launch
	// (AMFI) refuses.
	[]*Check{entPairing, entNotAuthorised, entNetworkExtensionDeveloperID, entAppGroupID, entAppGroupNotAuthorised,
		entUnexpandedVariable, entPrivate, entGetTaskAllow, entHardenedRuntimeException, entTeamMismatch,
		entApsEnvironment, entXMLDERMismatch, entDERForm},
	[]*Check{entAMFIUnreadable, entRestrictedWithoutProfile, entOnLibrary, entCopiedToNested,
		entSandboxHelperInherit, entPrivacyUsageWithoutEntitlement},

	// Bundles and archives: the seal, nested code, identifiers against the
	// profile, stray files, then the layout of the bundle and what the App
	// Store refuses.
	[]*Check{bundleArchiveLimit, bundleDamaged, bundleNoCode, bundleExecutableMissing,
		bundleSealModified, bundleSealAdded, bundleSealRemoved, bundleSealFiles,
		bundleMainUnsigned, bundleNestedUnsigned, bundleNestedTeam, bundleNestedRuntime,
		bundleNotExecutable, bundleCodeInResources, bundleDataInMacOS, bundleAppleDouble,
		bundleDSStore, bundleProfileName, bundleIdentifierMismatch, bundleProfileAppID,
		bundleProfileTeam, bundleStapled, bundleUpdaterTeam, bundleInfoPlistInvalid, bundleSealInvalid, bundleIPALayout,
		bundleBrowserFolder},
	[]*Check{bundleAppRootContent, appStoreTestFlightProfile, bundleLinkerSignedOnly, bundleFrameworkNoCurrent,
		bundleFrameworkRootContent, bundleSymlinkOutside, appStoreSimulatorSlices, appStoreMinimumOSBelowBinary},

	// Installer packages and disk images: signature, chain, kind of
	// certificate, and what they carry.
	[]*Check{pkgUnsigned, pkgSignatureInvalid, pkgApplicationCert, pkgUntrustedChain, pkgCertificateExpired,
		pkgComponentForAppStore, pkgRosetta, pkgScripts, pkgPayloadCodeUnsigned, pkgKind, pkgTicketMismatch},
	[]*Check{dmgSignatureInvalid, dmgUntrustedChain, dmgNotDeveloperID, dmgNoSecureTimestamp, dmgKind, dmgTicketMismatch, bundleTicketMismatch},

	// Notary logs: one check per issue the notary service reports that
	// signdoctor explains, then unknown issues and the log's status.
	catalogueChecks(notary.KnownIssues(), func(k *notary.Known) *Check {
		c := notaryIssueCheck(k)
		c.seeAlso, c.seeAlsoLead = k.LocalChecks, "Drop the binary before submitting and these checks find the same problem"
		return c
	}),
	[]*Check{notaryUnknownIssue, notaryRejected, notaryAccepted},

	// Pasted text: one check per message of the catalogue, then text with
	// no known message; and the facts of pasted tool output.
	catalogueChecks(text.Catalogue(), func(e *text.Entry) *Check {
		c := textCheck(e)
		c.seeAlso, c.seeAlsoLead = e.Checks, "Checks that find this in the files themselves"
		return c
	}),
	[]*Check{textUnknown, textTooLong},
	[]*Check{toolIdentityInvalid, toolIdentityNotInProfile, toolProfileDecoded, toolNotStapled, toolPkgUnsigned,
		toolPkgStoreCertificate},
)

// catalogueChecks makes one check of each entry of a catalogue.
func catalogueChecks[E any](entries []E, check func(E) *Check) []*Check {
	out := make([]*Check, len(entries))
	for i, e := range entries {
		out[i] = check(e)
	}
	return out
}
