package analyzer

import (
	"strings"
)

// Fix commands filled in with what the files say: the signing identity, the
// path of the code, a submission ID. Every value a file supplied is quoted
// with shellQuote, so a pasted command runs what it shows and nothing the
// file's author hid in a name. A value the files do not tell stays a
// placeholder in capitals (IDENTITY).

// signingIdentity returns the codesign --sign argument that signs as ms was
// signed: the signing certificate's common name, which codesign looks up in
// the keychain, or "-" for an ad hoc signature; "" when the slice names no
// signer.
func signingIdentity(ms *machoSlice) string {
	if ms == nil {
		return ""
	}
	switch ms.Kind {
	case "adhoc", "linker-signed":
		return "-"
	}
	if ms.Leaf != nil && ms.Leaf.Subject.CommonName != "" {
		return ms.Leaf.Subject.CommonName
	}
	return ""
}

// firstSlice is the slice a bundle node's signature is described by.
func (bn *bundleNode) firstSlice() *machoSlice {
	if bn == nil || bn.MachO == nil || len(bn.MachO.Slices) == 0 {
		return nil
	}
	return bn.MachO.Slices[0]
}

// codesignCommand is `codesign --force <options> --sign IDENTITY PATH` with
// identity and path quoted; an unknown identity stays IDENTITY.
func codesignCommand(identity string, options []string, path string) string {
	id := "IDENTITY"
	if identity != "" {
		id = shellQuote(identity)
	}
	parts := append([]string{"codesign", "--force"}, options...)
	parts = append(parts, "--sign", id, shellQuote(path))
	return strings.Join(parts, " ")
}

// distributionOptions are the options a Developer ID signature needs for
// notarization (the hardened runtime and a secure timestamp); none for
// other signatures.
func distributionOptions(ms *machoSlice) []string {
	if ms != nil && developerID(ms) {
		return []string{"--options", "runtime", "--timestamp"}
	}
	return nil
}

// resignBundle re-signs a bundle as it was signed, keeping its entitlements,
// requirements and flags: what a change after signing needs.
func resignBundle(bn *bundleNode) string {
	ms := bn.firstSlice()
	opts := append(distributionOptions(ms), "--preserve-metadata=entitlements,requirements,flags,runtime")
	return codesignCommand(signingIdentity(ms), opts, bn.Path)
}

// preserveMetadata keeps what a re-signing would otherwise drop: without it
// `codesign --force` signs with no entitlements at all.
const preserveMetadata = "--preserve-metadata=entitlements,requirements,flags,runtime"

// withoutEntitlementFix re-signs code with its own entitlements less one
// key: dump them, delete the key, sign with the rest.
func withoutEntitlementFix(ms *machoSlice, path, key string) string {
	return "codesign -d --entitlements - --xml " + shellQuote(path) + " > entitlements.plist && " +
		"/usr/libexec/PlistBuddy -c " + shellQuote("Delete :"+key) + " entitlements.plist && " +
		codesignCommand(signingIdentity(ms), append(distributionOptions(ms), "--entitlements", "entitlements.plist",
			"--preserve-metadata=requirements,flags,runtime"), path)
}

// resignOuter re-signs, inside-out, every bundle with code around bn: after
// nested code changes, each container's seal must be made again.
func resignOuter(bi *bundleInput, bn *bundleNode) string {
	var cmds []string
	for p := bi.parentCode(bn); p != nil; p = bi.parentCode(p) {
		cmds = append(cmds, resignBundle(p))
	}
	return strings.Join(cmds, " && ")
}
