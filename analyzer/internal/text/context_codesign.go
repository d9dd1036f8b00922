package text

import (
	"path"
	"strings"
)

// The context rules of the codesign entries (catalogue_codesign.go): each
// skips a match the paste shows is not Apple code signing, or puts first
// the cause the paste itself shows.
func init() {
	// A password manager's check of the browser it fills into: the
	// browser's signature, not a bundle of the user's.
	rule("text-cant-verify-signature", nil, func(c leadContext) []string {
		if reBrowserSignatureCheck.MatchString(c.Near) {
			return Lookup("text-cant-verify-signature").Causes[3:4]
		}
		return nil
	})
	// A code signature "no longer valid" is Apple's only where the paste
	// names no other platform that signs programs (Windows, Android).
	// spctl's "obsolete resource envelope" for Apple's own bare tool, or
	// with cserror -67002, is its answer for code that is not a bundle
	// (text-spctl-not-an-app).
	rule("text-resource-envelope-obsolete", func(_, all string) bool {
		return reSpctlAppleOwnTool.MatchString(all) || strings.Contains(all, "<integer>-67002<")
	}, nil)
	rule("text-timestamp-unavailable", func(near, all string) bool {
		return otherSystemSays(near, all, reTimestampGeneric)
	}, nil)
	rule("text-code-signature-modified", func(near, all string) bool {
		return reSignatureNoLongerValid.MatchString(near) && reOtherPlatform.MatchString(all) && !reMacNamed.MatchString(all) ||
			reSignatureNoLongerValid.MatchString(near) && reOtherSignedThing.MatchString(all) && !reMacNamed.MatchString(all) && !reAppleSigningContext.MatchString(all) ||
			reSignatureNoLongerValid.MatchString(near) && reWindowsSigningNamed.MatchString(all) && !appleOrMacNamed(all) ||
			// A browser disabling an extension whose own signature changed.
			reSignatureNoLongerValid.MatchString(near) && reExtensionSignature.MatchString(all) && !appleOrMacNamed(all)
	}, func(c leadContext) []string {
		if reInfoPlistModified.MatchString(c.All) {
			return []string{"The Info.plist was changed after signing (errSecCSInfoPlistFailed, -67030, which amfid logs as 0xfffefa2a): the signature seals it, so an edit by hand, a script or an updater setting a key breaks the app's signature. Put the original Info.plist back (reinstall the app), or make the change before signing and sign again."}
		}
		if reResourceDirectory.MatchString(c.Near) {
			return []string{"The resource directory the signature seals (_CodeSignature/CodeResources) failed its check (errSecCSResourceDirectoryFailed, -67023): it was changed or replaced after signing, or the user verifying cannot read it (for example _CodeSignature at mode 0640, owned by root: then `sudo codesign -v` passes). Make it readable (0755 for the directory, 0644 for its files), or sign again after the last change."}
		}
		if reSignatureFormat.MatchString(c.Near) {
			return []string{"codesign cannot read the file's signature layout (errSecCSSignatureInvalid): the Mach-O was changed after it was linked or signed in a way that moves its load commands or data (a dylib load command injected, data appended past the end by a bundler, install_name_tool), or an interrupted codesign left a *.cstemp file in the bundle. Delete any *.cstemp, run `codesign --remove-signature` on the file and sign again after the last change."}
		}
		return nil
	})
	rule("text-not-signed", func(near, all string) bool {
		return reNotSignedShownAs.MatchString(near) || reNoUsableSignature.MatchString(near) && (reAdhocShown.MatchString(all) || reAdhocSaid.MatchString(all)) ||
			reNotSignedRetold.MatchString(near) && reOtherPlatform.MatchString(all) && !reMacNamed.MatchString(all) && !reAppleSigningContext.MatchString(all) ||
			otherSystemSays(near, all, reNoSignatureGeneric)
	}, func(c leadContext) []string {
		if strings.Contains(c.Near, "no signed executables") {
			return []string{causeNotaryNothingSigned}
		}
		// dyld found a framework or library inside the app unsigned: the
		// outer bundle was signed and this nested file was missed.
		if strings.Contains(c.Near, "required code signature missing") && strings.Contains(c.Near, "/Frameworks/") {
			return Lookup("text-not-signed").Causes[2:3]
		}
		for _, p := range valuesOf(c.Values, "path") {
			if staticLibraryEmbedded(p) {
				return []string{"A static library (" + path.Base(p) + ") was copied into the bundle's Frameworks: it is linked into the executable at build time, is never loaded, and cannot carry a signature. Set it to Do Not Embed (Frameworks, Libraries, and Embedded Content, or the Embed Frameworks phase)."}
			}
			if dataInCodeLocation(p) {
				return []string{"A data file (" + path.Base(p) + ") sits where codesign expects only code (Contents/MacOS, or Contents itself): everything there is signed as code, and a data file cannot be. Move it to Contents/Resources (and change the code that reads it); do not sign it."}
			}
		}
		return nil
	})
	// "In subcomponent: …/Contents/MacOS/x.json" after "not signed at all"
	// is a data file, which text-not-signed explains; it is no nested code.
	// Without those words, a data file there is a layout codesign cannot
	// seal (text-bundle-format).
	// "X.app: Operation not permitted / In subcomponent:" is macOS refusing
	// the write (App Management), not a bad signature inside.
	rule("text-nested-code-invalid", func(near, _ string) bool {
		m := reSubcomponent.FindStringSubmatch(near)
		return reFrameworkRootSeal.MatchString(near) || m != nil && strings.Contains(near, "not signed at all") && dataInCodeLocation(m[1]) ||
			strings.Contains(near, "not signed at all") && staticLibraryEmbedded(near) ||
			dataSubcomponent(near) && !strings.Contains(near, "not signed at all") && !reNestedSaid.MatchString(near) ||
			reAppWriteRefused.MatchString(near)
	}, nil)
	// A subcomponent alone is a bundle-format finding only for a data file
	// where code belongs, and not where codesign says "not signed at all".
	rule("text-bundle-format", func(near, all string) bool {
		if reObjectFormatUnrecognized.MatchString(near) && reOtherPlatform.MatchString(all) && !reMacNamed.MatchString(all) && !reAppleSigningContext.MatchString(all) {
			return true
		}
		if reBundleFormatSaid.MatchString(near) || !reSubcomponentTop.MatchString(near) {
			return false
		}
		return !dataSubcomponent(near) || strings.Contains(near, "not signed at all")
	}, func(c leadContext) []string {
		if reFrameworkRootSeal.MatchString(c.Near) {
			return []string{"Files sit at the root of a framework it embeds, outside Versions/: its symlinks (Versions/Current, and the binary, Headers and Resources links at its root) were replaced by copies of what they point to, by a zip without -y, a copy tool or a CI artifact step, or an unarchiver left stray files there (AppleDouble ._ files). Copy the framework so the symlinks stay symlinks and nothing else sits beside them (ditto, cp -R, zip -y or a .tar), or re-extract it from the vendor's archive, then sign again."}
		}
		if reAppRootSeal.MatchString(c.Near) {
			return []string{"Something sits at the top of the .app, next to Contents (a file a build tool or script wrote there, a README, a .DS_Store): the root of an app bundle may hold only Contents, so codesign cannot seal it and the notary service rejects it. Move it into Contents/Resources, or delete it, then sign again."}
		}
		if reMacFrameworkAmbiguous.MatchString(c.Near) {
			return []string{"codesign cannot tell whether this framework is an app or a framework: its symbolic links (Versions/Current, and the binary, Headers and Resources links at its root) were replaced by copies of what they point to, by a copy that follows links instead of keeping them, a zip without -y or a CI artifact step. Copy the framework so the symlinks stay symlinks (ditto, cp -R, zip -y or a .tar), then sign again."}
		}
		if reMacFrameworkSubcomponentUnrecognized.MatchString(c.All) {
			return []string{causeMacFrameworkLinks}
		}
		if reFrameworkSymlinksLost.MatchString(c.Near) {
			return []string{"The framework's symlinks (Versions/Current, and the binary, Headers and Resources links at its root) were replaced by copies of what they point to. An xcframework's Mac Catalyst slice is the one that needs them, and a zip without -y, a package download or a CI artifact step flattens them: codesign then cannot sign the framework as one bundle, and App Store Connect rejects it as malformed. Restore them as relative links (a rebuilt or fixed xcframework, archived with zip -y or ditto), then sign again."}
		}
		if strings.Contains(c.Near, "Unknown bundle type") {
			return []string{causeBundleNoInfoPlist}
		}
		if reIOSFramework.MatchString(c.Near) {
			return []string{"The framework's or bundle's Info.plist is missing or incomplete (CFBundleIdentifier, CFBundleExecutable for code, CFBundlePackageType FMWK or BNDL), or the framework is a macOS-style versioned one inside an iOS app: codesign cannot tell what bundle it is. Fix the target's Info.plist setting (or the pod/SDK that ships it; resource bundles of old CocoaPods versions have none: update CocoaPods or choose the pod target's Info.plist)."}
		}
		return nil
	})
	// Xcode's "cannot be validated" names the revoked certificate as its
	// reason: text-cert-revoked, nothing in the framework changed.
	rule("text-signed-resource-modified", func(near, all string) bool {
		return reXCFrameworkUnverified.MatchString(near) && reCertRevoked.MatchString(all) && !strings.Contains(strings.ToLower(all), "sealed resource") ||
			reSignedResourcesRetold.MatchString(near) && (reOtherPlatform.MatchString(all) || reOtherSignedThing.MatchString(all)) && !reMacNamed.MatchString(all) && !reAppleSigningContext.MatchString(all) ||
			otherSystemSays(near, all, reFileChangedLine) || otherSystemSays(near, all, reSealedResourceGeneric) ||
			reXCFrameworkCheckFailed.MatchString(near) && !reXCFrameworkNamed.MatchString(all)
	}, func(c leadContext) []string {
		if reSignatureCollection.MatchString(c.Near) {
			return []string{"Xcode collects the signature of each XCFramework it builds or archives with, and this one's cannot be read: its vendor shipped a malformed or incomplete _CodeSignature (a CodeResources without the CodeDirectory and signature beside it), or a file in it changed after it was signed. `codesign -vv Vendor.xcframework` names which; take a release the vendor signed as its last step, or one shipped with no _CodeSignature at all."}
		}
		if reXCFrameworkCheckFailed.MatchString(c.Near) && !reXCFrameworkUnverified.MatchString(c.Near) {
			return []string{"Xcode 15 and later check a vendor's signed XCFramework when they build, and codesign's check of this one failed: a file in it changed after it was signed (an unpacker that turns symbolic links into copies, an edited header), or the vendor signed it before its last change. `codesign -vv Vendor.xcframework` names why; download it again and add it unchanged, or take a release the vendor signed as its last step (`codesign --timestamp -s … Vendor.xcframework`)."}
		}
		if reXCFrameworkSigner.MatchString(c.Near) {
			return []string{"Xcode recorded who signed this XCFramework when it was added; the copy now in the project is signed by another identity or not at all (an SDK update its vendor re-signed or shipped unsigned, or a copy re-signed it). Check the signer in the File inspector: accept it only if it is the vendor's, else get the SDK again from the vendor."}
		}
		if sameNameTwoWays(c.All) {
			return []string{"The same file is listed as added and as missing: its name, with non-ASCII characters, is written two ways in Unicode (composed NFC and decomposed NFD). A copy rewrote the name (the Finder copying from a disk image, some zip, sync or git tools); the files are intact. Copy with ditto, or keep file names inside the bundle ASCII."}
		}
		if strings.Contains(strings.ToLower(c.Near), "cannot be validated") && !strings.Contains(strings.ToLower(c.All), "sealed resource") {
			return []string{"Xcode 15 and later validate a vendor's signed XCFramework, and this one fails: select the error, or the XCFramework's File inspector, for the Validation Error line that names why (a revoked or expired certificate is the vendor's to fix with a new SDK release; a sealed resource means its files changed)."}
		}
		if reXCFrameworkUnverified.MatchString(c.Near) {
			return []string{"Xcode 15 and later verify a vendor's signed XCFramework, and this one changed after it was signed: most often it was unpacked by a tool that turns its symbolic links into copies (on Windows), or a file in it was edited. Download it again and unpack it on a Mac (ditto or unzip), then add it to the project unchanged."}
		}
		return nil
	})
	// codesign could not read the file named by --entitlements at all.
	// Azure Storage's blobs have types too.
	rule("text-invalid-entitlements-blob", func(near, all string) bool {
		return strings.Contains(strings.ToLower(near), "unrecognized blob type") && reStorageBlob.MatchString(all) && !appleOrMacNamed(all)
	}, func(c leadContext) []string {
		if reEntitlementsUnreadable.MatchString(c.All) {
			return []string{causeEntitlementsUnreadable}
		}
		if reAMFIXMLSyntax.MatchString(c.All) {
			return []string{causeEntitlementsNotWellFormed}
		}
		return nil
	})
	// A requirement derived from a .p12 without its chain (the marker on the
	// root) is never satisfied; a client signed ad hoc satisfies no
	// requirement naming a team; a privileged helper's requirements are
	// checked both ways.
	// amfid's -67050 beside "Requirements for restricted entitlements
	// failed to validate" is the profile's requirement: unsatisfied
	// entitlements say it, not a requirement the developer wrote.
	rule("text-csreq-67050", func(near, all string) bool {
		return reRestrictedEntitlementsReq.MatchString(all) || teamIDCheckPassed(near)
	}, func(c leadContext) []string {
		if reMarkerOnRoot.MatchString(c.All) {
			return []string{"The designated requirement looks for the Developer ID intermediate's marker on the root (`certificate root[field.1.2.840.113635.100.6.2.6]`, Apple's says `certificate 1[…]`): a signing tool other than codesign (quill, for one) derived it from a .p12 without the full chain, so the code never satisfies it. Put the leaf, the Developer ID intermediate and Apple Root CA in the .p12 and sign again."}
		}
		if reRootHashRequirement.MatchString(c.All) {
			return []string{"The designated requirement pins the certificate root to a hash (`certificate root = H\"…\"`) instead of `anchor apple generic`: codesign writes that when it could not build the signing certificate's chain up to Apple Root CA (the intermediate that issued it, Apple Worldwide Developer Relations or Developer ID Certification Authority, missing from the keychains searched, as in a temporary CI keychain), so it took your certificate for the root, and a check that builds the full chain no longer satisfies it. Install that intermediate (apple.com/certificateauthority) and sign again, until `codesign -d -r- APP` shows `anchor apple generic`; or pass a requirement that says so with --requirements."}
		}
		var out []string
		if reDotnetCodesignVerify.MatchString(c.All) {
			out = append(out, causeDotnetCodesignVerify)
		}
		if reAdHocCodesign.MatchString(c.All) {
			out = append(out, Lookup("text-csreq-67050").Causes[2])
		}
		if reSMJobBless.MatchString(c.All) {
			out = append(out, smJobBlessLead)
		}
		if reShipItCheck.MatchString(c.All) {
			out = append(out, shipItLead)
		} else if reSparkleCheck.MatchString(c.All) {
			out = append(out, sparkleLead)
		}
		if reTeamIDExpected.MatchString(c.All) {
			out = append(out, teamIDExpectedLead)
		}
		if reAutoPkgAppCheck.MatchString(c.All) {
			out = append(out, autoPkgAppLead)
		}
		return out
	})
	// The paste places the project in a synced folder: the folder adds the attributes.
	rule("text-detritus", nil, func(c leadContext) []string {
		if reCloudSyncedFolder.MatchString(c.All) {
			return Lookup("text-detritus").Causes[1:2]
		}
		return nil
	})
}

// reRootHashRequirement: a designated requirement naming the certificate
// root by its hash, codesign's form for a chain it could not build to
// Apple's root (or a self-signed identity).
var reRootHashRequirement = lazyCompile(`(?i)\bcertificate root = H"`)
