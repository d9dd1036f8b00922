package analyzer

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Verdicts answer the questions people come with — will it install, launch,
// pass notarization — from the findings and the facts of the report. A goal
// fails when a finding of a check that blocks it (Check.Blocks) stands; it
// passes only when the files show enough to tell (a signature that
// verifies, a profile, a ticket); otherwise it is unknown, and Needs names
// what would decide it. Goals that do not concern the files (installing on
// a device for a Mac app, notarization for an iOS app) are left out, unless
// a finding fails them where the platform cannot be told (pasted text).

// analysisIncomplete are the findings that say signdoctor could not read all
// of a file. They fail no goal, but while one stands no goal passes.
var analysisIncomplete = map[string]bool{
	"input-internal-error":  true,
	"input-time-limit":      true,
	"input-malformed":       true,
	"bundle-archive-limit":  true,
	"internal-check-failed": true,
}

// doubts are warnings that fail no goal for sure but leave a pass in doubt:
// what they warn of depends on what the files cannot show (the tool that
// unpacks the archive, the macOS version). While one stands, the goals it
// weighs on are unknown rather than passed.
var doubts = map[string][]report.Goal{
	"bundle-data-in-macos":      {report.GoalSignature, report.GoalOpensAfterDownload, report.GoalNotarization},
	"bundle-code-in-resources":  {report.GoalNotarization, report.GoalOpensAfterDownload},
	"macho-signature-misplaced": {report.GoalSignature},
	"macho-arm64e":              {report.GoalLaunches},
	"macho-slices-differ":       {report.GoalLaunches},
}

// onlyAppleDecides is what the notary service and App Store Connect judge
// beyond what the files show.
const onlyAppleDecides = "only Apple's service decides"

// caseFacts is what the verdicts need to know about the files, read from
// the report's artifacts.
type caseFacts struct {
	ios, mac bool // code, profiles or entitlements of that platform family
	// slices is every piece of code: loose Mach-O files and the code in
	// archives.
	slices []report.MachOSlice
	// bundles are the pieces of code in archives that are bundles.
	bundles  []report.BundleNode
	profiles []*report.Profile
	// containers are installer packages and disk images: signed (or not)
	// as a whole, opened by Gatekeeper, notarized and stapled like code.
	containers   []container
	entitlements bool
	notary       []*report.Notary
	// stapled: every Mac download of the case (code, package, disk image)
	// carries a ticket that counts, or an accepted notary log names its
	// code; cleared names the files that do. A ticket on one file says
	// nothing of another dropped beside it.
	stapled bool
	cleared map[string]bool
	// uncleared: a Mac download of the case that no ticket or accepted
	// log covers.
	uncleared     bool
	unclearedName string // the first of them by name
	downloads     map[string]bool
	// ticketHashes are the CDHashes the case's stapled tickets name: a
	// package's ticket names the code inside it too.
	ticketHashes map[string]bool
	appStore     bool // a build for App Store Connect
	// macAppStore: a build for the Mac App Store, which reaches people
	// through the store rather than by download (an iOS store profile
	// beside a Mac app says nothing of how the Mac app ships).
	macAppStore bool
	// listings are the lines of pasted text that list keychain identities
	// (security find-identity) among them a valid one with no problem: a
	// reason printed beside another is that identity's, not a failure of
	// code that could be signed with the sound one.
	listings     []pasteLines
	deviceListed bool // the device asked about is in a profile
}

func (c *caseFacts) hasCode() bool { return len(c.slices) > 0 }

// pasteLines are lines From to To of the pasted text File.
type pasteLines struct {
	File     string
	From, To int
}

// inListing says the finding is on a find-identity listing's line.
func (c *caseFacts) inListing(f report.Finding) bool {
	for _, l := range c.listings {
		if f.Location.File == l.File && f.Location.Line >= l.From && f.Location.Line <= l.To {
			return true
		}
	}
	return false
}

// container is a .pkg's or a .dmg's own signature.
type container struct {
	kind      string // "installer package", "disk image"
	signature string // valid, invalid, unsigned
	trusted   bool   // the chain ends at an Apple root
	adhoc     bool   // signed without a certificate, so no chain to judge
}

// subjects says whether the case has anything the goals are about: code, a
// profile, entitlements or a notary log (not only text or certificates).
func (c *caseFacts) subjects() bool {
	return c.hasCode() || len(c.profiles) > 0 || c.entitlements || len(c.notary) > 0 || len(c.containers) > 0
}

func factsOf(arts []report.Artifact) *caseFacts {
	c := &caseFacts{cleared: map[string]bool{}, downloads: map[string]bool{}, ticketHashes: map[string]bool{}}
	macDownloads := map[string]map[string]bool{} // file: its CDHashes
	pasted := ""                                 // the text the tool outputs that follow were pasted in
	for _, a := range arts {
		wasMac := c.mac
		c.mac, c.stapled = false, false
		switch f := a.Facts.(type) {
		case *report.Text:
			pasted = a.Name
		case *report.ToolOutput:
			if f.Tool == "security find-identity" && slices.ContainsFunc(f.Identities, func(id report.ToolIdentity) bool { return id.Valid && id.Problem == "" }) {
				c.listings = append(c.listings, pasteLines{File: pasted, From: f.Line, To: f.EndLine})
			}
		case *report.MachO:
			for _, s := range f.Slices {
				c.addSlice(s)
			}
		case *report.Bundle:
			switch {
			case f.Layout == "ios", strings.HasSuffix(strings.ToLower(a.Name), ".ipa"):
				c.ios = true
			case f.Layout == "macos":
				c.mac = true
			}
			c.addNodes(f.Code)
		case *report.Profile:
			c.addProfile(f)
		case *report.Entitlements:
			c.entitlements = true
			switch f.Platform {
			case "iOS":
				c.ios = true
			case "macOS":
				c.mac = true
			}
		case *report.Notary:
			c.notary = append(c.notary, f)
			c.mac = true
		case *report.Pkg:
			c.mac = true
			c.containers = append(c.containers, container{kind: "installer package", signature: f.Signature, trusted: f.ChainVerified})
			c.stapled = c.ticket(f.StapledTicket, f.Ticket)
			if f.CertKind == "3rd Party Mac Developer Installer" || f.CertKind == "Mac Installer Distribution" {
				c.appStore, c.macAppStore = true, true // a package signed for the Mac App Store
			}
		case *report.DMG:
			c.mac = true
			c.containers = append(c.containers, container{kind: "disk image", signature: f.Signature, trusted: f.ChainVerified,
				adhoc: f.Signature == "valid" && f.Leaf == ""})
			c.stapled = c.ticket(f.StapledTicket, f.Ticket)
		}
		switch a.Facts.(type) {
		case *report.MachO, *report.Bundle, *report.Pkg, *report.DMG:
			c.downloads[a.Name] = true
			if c.stapled {
				c.cleared[a.Name] = true
			} else if c.mac {
				macDownloads[a.Name] = cdhashesOf(a.Facts)
			}
		}
		c.mac = c.mac || wasMac
	}
	for name, hashes := range macDownloads {
		if c.notarizedByLog(name, hashes) || c.namedByTicket(hashes) {
			c.cleared[name] = true
		} else if !c.uncleared || name < c.unclearedName {
			c.uncleared, c.unclearedName = true, name
		}
	}
	c.stapled = len(c.cleared) > 0 && !c.uncleared
	return c
}

// ticket says a stapled ticket counts (ticketCounts) and keeps the
// CDHashes it names.
func (c *caseFacts) ticket(stapled bool, t *report.Ticket) bool {
	if !ticketCounts(stapled, t) {
		return false
	}
	if t != nil {
		for _, h := range t.CDHashes {
			_, hex, _ := strings.Cut(h, " ")
			c.ticketHashes[strings.ToLower(hex)] = true
		}
	}
	return true
}

// namedByTicket says a stapled ticket of the case (a package's, say) names
// the code of a file dropped beside it: the notary service vouched for it.
func (c *caseFacts) namedByTicket(hashes map[string]bool) bool {
	for h := range hashes {
		if c.ticketHashes[h] {
			return true
		}
	}
	return false
}

// notarizedByLog says an accepted notary log of the case is about the file:
// its ticket names one of the file's CDHashes, or it names none and was
// for an archive of the file's name.
func (c *caseFacts) notarizedByLog(name string, hashes map[string]bool) bool {
	for _, n := range c.notary {
		if !strings.EqualFold(n.Status, "Accepted") {
			continue
		}
		for _, t := range n.TicketContents {
			if hashes[strings.ToLower(t.CDHash)] {
				return true
			}
		}
		if len(n.TicketContents) == 0 && n.ArchiveFilename != "" && strings.EqualFold(path.Base(name), path.Base(n.ArchiveFilename)) {
			return true
		}
	}
	return false
}

// cdhashesOf is every CDHash of a file's code, as notary logs name them.
func cdhashesOf(facts report.Facts) map[string]bool {
	hashes := map[string]bool{}
	addSlices := func(ss []report.MachOSlice) {
		for _, s := range ss {
			hashes[s.CDHash] = true
			for _, cd := range s.CodeDirectories {
				hashes[cd.CDHash] = true
			}
		}
	}
	var addNodes func([]report.BundleNode)
	addNodes = func(nodes []report.BundleNode) {
		for _, n := range nodes {
			if n.MachO != nil {
				addSlices(n.MachO.Slices)
			}
			addNodes(n.Children)
		}
	}
	switch f := facts.(type) {
	case *report.MachO:
		addSlices(f.Slices)
	case *report.Bundle:
		addNodes(f.Code)
	case *report.DMG:
		hashes[f.CDHash] = true
	}
	delete(hashes, "")
	return hashes
}

func (c *caseFacts) addSlice(s report.MachOSlice) {
	c.slices = append(c.slices, s)
	switch s.Platform {
	case "ios", "tvos", "watchos", "visionos":
		c.ios = true
	case "macos", "maccatalyst":
		c.mac = true
	case "":
		// Old code names no platform; its architecture tells: Intel and
		// PowerPC ran only on Macs (and simulators, which name theirs),
		// 32-bit ARM only on iOS devices.
		switch {
		case s.Arch == "i386" || strings.HasPrefix(s.Arch, "x86_64") || strings.HasPrefix(s.Arch, "ppc"):
			c.mac = true
		case strings.HasPrefix(s.Arch, "armv"):
			c.ios = true
		case strings.HasPrefix(s.CertKind, "Developer ID"):
			c.mac = true // arm64 without a platform (older Go linkers): Developer ID signs only Mac code
		}
	}
	switch s.CertKind {
	case "3rd Party Mac Developer Application":
		c.appStore, c.macAppStore = true, true
	}
}

// unsignedIntelMain says the finding is a Mac bundle's unsigned main
// executable with only Intel code. That still launches: natively on an Intel
// Mac, and translated by Rosetta on Apple silicon, which demands a signature
// only of native arm64 code.
func unsignedIntelMain(f report.Finding, c *caseFacts) bool {
	if f.ID != "bundle-main-unsigned" || f.Location.Path == "" {
		return false
	}
	for _, b := range c.bundles {
		if b.Executable != f.Location.Path || b.MachO == nil || len(b.MachO.Slices) == 0 {
			continue
		}
		for _, s := range b.MachO.Slices {
			if strings.HasPrefix(s.Arch, "arm") || s.Platform != "macos" {
				return false
			}
		}
		return true
	}
	return false
}

func (c *caseFacts) addNodes(nodes []report.BundleNode) {
	for _, n := range nodes {
		if n.MachO != nil {
			for _, s := range n.MachO.Slices {
				c.addSlice(s)
			}
		}
		if n.Type != "dylib" && n.Type != "executable" {
			c.bundles = append(c.bundles, n)
		}
		if n.Profile != nil {
			c.addProfile(n.Profile)
		}
		if c.ticket(n.StapledTicket, n.Ticket) {
			c.stapled = true
		}
		c.addNodes(n.Children)
	}
}

func (c *caseFacts) addProfile(p *report.Profile) {
	c.profiles = append(c.profiles, p)
	for _, pl := range p.Platforms {
		if pl == "macOS" {
			c.mac = true
		} else {
			c.ios = true
		}
	}
	if p.ProfileKind == "app-store" || p.ProfileKind == "mac-app-store" {
		c.appStore = true
	}
	if p.ProfileKind == "mac-app-store" {
		c.macAppStore = true
	}
}

// Verdicts answers the goals from a report's findings and facts, with this
// build's checks deciding which goals a finding fails. Analyze fills
// Report.Verdicts with it; a report from elsewhere (a share link) can have
// its verdicts worked out again rather than taken on trust. The findings
// need their refs (Analyze gives them).
func Verdicts(rep *report.Report) []report.Verdict {
	return computeVerdicts(rep.Findings, rep.Artifacts)
}

// computeVerdicts answers every goal that concerns the case. fs are the
// findings in report order, with their refs.
func computeVerdicts(fs []report.Finding, arts []report.Artifact) []report.Verdict {
	c := factsOf(arts)
	failing := map[report.Goal][]string{}
	var incomplete []string
	doubted := map[report.Goal][]string{}
	for _, f := range fs {
		for _, g := range doubts[f.ID] {
			doubted[g] = append(doubted[g], f.Ref)
		}
		if f.ID == "profile-device-listed" {
			c.deviceListed = true
		}
		if analysisIncomplete[f.ID] {
			incomplete = append(incomplete, f.Ref)
			continue
		}
		chk := Lookup(f.ID)
		if chk == nil || f.Severity.Rank() > chk.Severity.Rank() {
			continue // a finding its check made milder than usual decides nothing
		}
		if strings.HasPrefix(f.ID, "text-") && c.inListing(f) {
			continue // an identity's status in the keychain, not code that failed
		}
		for _, g := range chk.Blocks {
			if g == report.GoalLaunches && (unsignedIntelMain(f, c) || (f.ID == "macho-unsigned" && f.Severity != report.Error)) {
				continue // unsigned Intel Mac code runs (a warning); arm64 and device code do not (an error)
			}
			failing[g] = append(failing[g], f.Ref)
		}
	}
	if accepted := len(refsOf(fs, "notary-accepted")) > 0; accepted || len(c.cleared) > 0 {
		// With a ticket Gatekeeper opens the code whatever the notary
		// service would say today (hardened runtime, timestamp); only a
		// signature broken since fails it. A ticket speaks only for the
		// file it is stapled to.
		fileOf := map[string]string{}
		for _, f := range fs {
			fileOf[f.Ref] = f.Location.File
		}
		var keep []string
		for _, ref := range failing[report.GoalOpensAfterDownload] {
			file := fileOf[ref]
			if lent := c.cleared[file] || (file == "" && c.stapled) || (accepted && !c.downloads[file]); !lent {
				keep = append(keep, ref)
			} else if chk := Lookup(report.RefID(ref)); chk != nil && slices.Contains(chk.Blocks, report.GoalSignature) {
				keep = append(keep, ref)
			}
		}
		failing[report.GoalOpensAfterDownload] = keep
	}
	var out []report.Verdict
	for _, g := range report.Goals {
		concerns, known := c.concerns(g)
		if refs := failing[g]; len(refs) > 0 && (concerns || !known) && !c.otherPlatform(g) {
			out = append(out, report.Verdict{Goal: g, Status: report.Fail, Because: refs})
			continue
		}
		if !concerns {
			continue
		}
		v := report.Verdict{Goal: g, Status: report.Unknown}
		if len(incomplete) > 0 {
			v.Because = incomplete
			v.Needs = "a file signdoctor can read in full (see " + strings.Join(incomplete, ", ") + ")"
		} else {
			v.Status, v.Because, v.Needs = c.decide(g, fs)
			if refs := doubted[g]; v.Status == report.Pass && len(refs) > 0 {
				v.Status, v.Because = report.Unknown, refs
				v.Needs = "a try on a Mac (see " + strings.Join(refs, ", ") + ": it depends on what the files cannot show)"
			}
		}
		out = append(out, v)
	}
	return out
}

// otherPlatform says goal g is only for a platform the files are not of:
// installing on a device for Mac files, Gatekeeper and notarization for iOS
// files (an .ipa without code still tells its platform).
func (c *caseFacts) otherPlatform(g report.Goal) bool {
	switch g {
	case report.GoalInstalls:
		return c.mac && !c.ios
	case report.GoalOpensAfterDownload, report.GoalNotarization:
		return c.ios && !c.mac
	}
	return false
}

// concerns says whether goal g is about the files of the case; known is
// false when the files do not tell the platform.
func (c *caseFacts) concerns(g report.Goal) (concerns, known bool) {
	known = c.ios || c.mac
	if !c.subjects() {
		return false, false
	}
	switch g {
	case report.GoalSignature:
		return c.hasCode() || len(c.profiles) > 0 || c.entitlements || len(c.containers) > 0, true
	case report.GoalLaunches:
		return c.hasCode() || len(c.profiles) > 0 || c.entitlements, true
	case report.GoalInstalls:
		return c.ios, known
	case report.GoalOpensAfterDownload, report.GoalNotarization:
		// A Mac App Store build reaches people through the store.
		return c.mac && !(c.macAppStore && len(c.notary) == 0), known
	case report.GoalAppStore:
		return c.appStore, known
	}
	return false, known
}

// decide answers a goal no finding fails.
func (c *caseFacts) decide(g report.Goal, fs []report.Finding) (report.VerdictStatus, []string, string) {
	switch g {
	case report.GoalSignature:
		return c.signature()
	case report.GoalInstalls:
		if st, _, needs := c.signature(); st != report.Pass {
			return report.Unknown, nil, needs
		}
		return c.installs()
	case report.GoalLaunches:
		if st, _, needs := c.signature(); st != report.Pass {
			return report.Unknown, nil, needs
		}
		if c.ios && len(c.profiles) == 0 {
			return report.Unknown, nil, "the provisioning profile (embedded.mobileprovision): iOS runs only code a profile provisions"
		}
		if c.ios {
			// On a device, what does not install does not launch.
			if st, _, needs := c.installs(); st != report.Pass {
				return report.Unknown, nil, needs
			}
		}
		if c.mac && len(c.profiles) == 0 && c.claimsRestricted() {
			return report.Unknown, nil, "the provisioning profile (Contents/embedded.provisionprofile): the code claims entitlements only a profile can authorise"
		}
		return report.Pass, nil, ""
	case report.GoalOpensAfterDownload, report.GoalNotarization:
		if refs := refsOf(fs, "notary-accepted"); len(refs) > 0 && !c.uncleared {
			return report.Pass, refs, ""
		}
		if c.stapled {
			return report.Pass, nil, ""
		}
		for _, n := range c.notary {
			if strings.EqualFold(n.Status, "Invalid") || strings.EqualFold(n.Status, "Rejected") {
				// The service has answered no: its log is the answer, even
				// when every issue it lists is only a warning.
				var refs []string
				for _, f := range fs {
					if strings.HasPrefix(f.ID, "notary-") && f.ID != "notary-accepted" {
						refs = append(refs, f.Ref)
					}
				}
				return report.Fail, refs, ""
			}
		}
		for _, n := range c.notary {
			if uuidForm(n.JobID) && !strings.EqualFold(n.Status, "Invalid") && !strings.EqualFold(n.Status, "Rejected") && !strings.EqualFold(n.Status, "Accepted") {
				// Still in progress: the log to wait for is known.
				return report.Unknown, nil, "the log of submission " + n.JobID + " once the service has finished (`xcrun notarytool wait " +
					shellQuote(n.JobID) + "`, then `xcrun notarytool log " + shellQuote(n.JobID) + "`): " + onlyAppleDecides
			}
		}
		if len(refsOf(fs, "notary-accepted")) > 0 {
			return report.Unknown, nil, "a ticket or an accepted notary log for every file: the accepted log names none of the code of " + c.unclearedName + " (" + onlyAppleDecides + ")"
		}
		if g == report.GoalOpensAfterDownload {
			return report.Unknown, nil, "the notarization ticket: Gatekeeper opens a download only once Apple's notary service accepted it (" +
				onlyAppleDecides + "); drop the notary log or the app with its ticket stapled"
		}
		return report.Unknown, nil, "the notary log (`xcrun notarytool log SUBMISSION_ID`) or the app with its ticket stapled (`xcrun stapler staple`): " + onlyAppleDecides
	case report.GoalAppStore:
		return report.Unknown, nil, "App Store Connect's answer to the upload (paste its message here): " + onlyAppleDecides
	}
	return report.Unknown, nil, ""
}

// signature answers "valid signature" when no finding fails it.
func (c *caseFacts) signature() (report.VerdictStatus, []string, string) {
	for _, k := range c.containers {
		switch {
		case k.signature != "valid":
			return report.Unknown, nil, "a signed " + k.kind
		case !k.trusted && !k.adhoc:
			return report.Unknown, nil, "the " + k.kind + "'s certificate chain up to an Apple root"
		}
	}
	if !c.hasCode() {
		if len(c.containers) > 0 {
			return report.Pass, nil, ""
		}
		return report.Unknown, nil, "the signed app or binary (.ipa, zipped .app or the executable)"
	}
	for _, s := range c.slices {
		switch {
		case s.Encrypted:
			return report.Unknown, nil, "the build before App Store encryption (an exported .ipa or the .xcarchive): FairPlay-encrypted pages cannot be checked"
		case s.Signature == "unsigned" || s.Signature == "invalid" || s.Signature == "cd-only":
			return report.Unknown, nil, "a signed build"
		case !s.Verified:
			return report.Unknown, nil, "a complete copy of the code: its signature could not be checked in full"
		case s.Signature == "certificate" && !s.Trusted:
			return report.Unknown, nil, "the certificate chain up to an Apple root"
		}
	}
	for _, b := range c.bundles {
		if b.MachO != nil && b.Seal == nil {
			return report.Unknown, nil, "the bundle's _CodeSignature/CodeResources (" + b.Path + " has none in the archive)"
		}
	}
	return report.Pass, nil, ""
}

// installs answers "installs on a device" when no finding fails it.
func (c *caseFacts) installs() (report.VerdictStatus, []string, string) {
	if !c.hasCode() {
		return report.Unknown, nil, "the app (.ipa) signed with this profile"
	}
	if len(c.profiles) == 0 {
		return report.Unknown, nil, "the provisioning profile the app is signed with (embedded.mobileprovision in the app)"
	}
	for _, p := range c.profiles {
		switch {
		case p.ProfileKind == "app-store":
			return report.Unknown, nil, "an ad hoc, development or enterprise build: an App Store build installs only through TestFlight or the App Store, after Apple re-signs it"
		case p.AllDevices:
		case c.deviceListed:
		default:
			return report.Unknown, nil, fmt.Sprintf("the device's ID (--device UDID): only the %d devices the profile lists can install it", p.Devices)
		}
	}
	return report.Pass, nil, ""
}

// claimsRestricted says whether the code claims an entitlement only a
// profile can authorise on macOS (the developer capabilities and the
// identifiers).
func (c *caseFacts) claimsRestricted() bool {
	for _, s := range c.slices {
		for k := range s.Entitlements {
			if strings.HasPrefix(k, "com.apple.developer.") || k == "keychain-access-groups" ||
				k == "com.apple.application-identifier" || k == "application-identifier" {
				return true
			}
		}
	}
	return false
}

func refsOf(fs []report.Finding, id string) []string {
	var refs []string
	for _, f := range fs {
		if f.ID == id {
			refs = append(refs, f.Ref)
		}
	}
	return refs
}

// ticketCounts: a stapled ticket stands for notarization unless it is read
// and does not name the code it is stapled to, or was edited since signed.
func ticketCounts(stapled bool, t *report.Ticket) bool {
	return stapled && (t == nil || !t.Read || (t.NamesCode != "no" && t.SignatureIntact))
}
