package analyzer

import (
	"fmt"
	"strings"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/internal/profile"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Checks on provisioning profiles: validity in time, who signed them, what
// they are for, and whether a given device may run what they provision.

// expiringWindow is how far ahead an expiry counts as soon (ProvisionQL and
// Xcode warn at 30 days too).
const expiringWindow = 30 * 24 * time.Hour

// profileToCheck is a profile file, or a profile embedded in an app archive.
type profileToCheck struct {
	subject report.Location
	in      *Input // the input it came from
	pr      *profile.Profile
	err     error // why it could not be read (then pr is nil)
}

// checkEmbeddedProfiles extends the profile checks to the profiles embedded
// in dropped archives, so an .ipa or zipped .app gets the same answers
// (expiry, device lookup, signer) as its profile dropped alone.
const checkEmbeddedProfiles = true

// profilesToCheck is the case's profiles: profile files, pasted ones and
// those embedded in archives, read once per case (Case.profiles).
func profilesToCheck(p *Pass) []profileToCheck { return p.Case.profiles() }

// eachProfile calls fn for every readable profile of the case, with the
// subject findings name it by.
func eachProfile(p *Pass, fn func(subject report.Location, pr *profile.Profile)) {
	for _, c := range profilesToCheck(p) {
		if c.pr != nil {
			fn(c.subject, c.pr)
		}
	}
}

func profileDay(t time.Time) string { return t.UTC().Format("2006-01-02") }

// daysBetween counts whole days from a to b (negative when b is before a).
func daysFromTo(a, b time.Time) int { return int(b.Sub(a).Hours() / 24) }

func countOf(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

var profileMalformed = &Check{
	ID:       "profile-malformed",
	Severity: report.Error,
	Title:    "Provisioning profile cannot be read",
	Doc: "A provisioning profile is a property list (the XML that `security cms -D -i` prints) wrapped in a " +
		"CMS signature made by Apple. This file is named or shaped like one, but the signature cannot be " +
		"decoded, the property list inside is cut short or broken, or keys every profile has " +
		"(ExpirationDate, TeamIdentifier, CreationDate) are missing or of the wrong type. Xcode then says the " +
		"profile is invalid or cannot be found, and a device refuses to install an app that embeds it. " +
		"Files edited by hand, cut by a download, or made by tools that fake profiles end up here.",
	Fix: "Download the profile again from the developer portal (Certificates, Identifiers & Profiles > Profiles) " +
		"or let Xcode fetch it (Settings > Accounts > Download Manual Profiles). Never edit a profile: any change " +
		"breaks Apple's signature. On a Mac, `security cms -D -i FILE` shows whether the CMS can be read.",
	Needs:  []Kind{KindProfile},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches, report.GoalAppStore},
	Run: func(p *Pass) {
		for _, c := range profilesToCheck(p) {
			if c.err != nil {
				p.Report(c.subject, "%v", c.err)
			}
		}
	},
}

var profileExpired = &Check{
	ID:       "profile-expired",
	Severity: report.Error,
	Title:    "Provisioning profile has expired",
	Doc: "Every profile has an ExpirationDate. After it, devices refuse to install apps that embed the profile, " +
		"installed development and ad hoc apps stop launching, Xcode will not sign with it, and an enterprise " +
		"app whose profile expired stops opening on every device. App Store apps are not affected once " +
		"Apple has re-signed them, but the profile can no longer be used for a new upload.",
	Fix: "Renew the profile: in the developer portal open the profile, click Edit then Save (or Generate), " +
		"download it and build again; with automatic signing, Xcode renews it when you build. Then ship the " +
		"app again with the new profile embedded.",
	Needs:  []Kind{KindProfile},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches, report.GoalAppStore},
	Run: func(p *Pass) {
		eachProfile(p, func(subject report.Location, pr *profile.Profile) {
			if p.Now.After(pr.ExpirationDate) {
				p.Report(subject, "expired on %s (%s ago)", profileDay(pr.ExpirationDate), countOf(daysFromTo(pr.ExpirationDate, p.Now), "day", "days"))
			}
		})
	},
}

var profileExpiring = &Check{
	ID:       "profile-expiring",
	Severity: report.Warning,
	Title:    "Provisioning profile expires within 30 days",
	Doc: "The profile is still valid but its ExpirationDate is near. When it passes, development and ad hoc " +
		"builds stop launching and in-house (enterprise) apps stop opening on every device, without warning " +
		"to the people using them.",
	Fix: "Renew the profile now (developer portal: Edit, Save, download; or let Xcode renew it) and ship a " +
		"build that embeds the new one before the date.",
	Needs: []Kind{KindProfile},
	Run: func(p *Pass) {
		eachProfile(p, func(subject report.Location, pr *profile.Profile) {
			left := pr.ExpirationDate.Sub(p.Now)
			if left >= 0 && left <= expiringWindow {
				p.Report(subject, "expires on %s, in %s", profileDay(pr.ExpirationDate), countOf(daysFromTo(p.Now, pr.ExpirationDate), "day", "days"))
			}
		})
	},
}

// validCerts splits a profile's certificates into those valid at now and the others.
func certValidity(pr *profile.Profile, now time.Time) (valid, expired, expiring []profile.Certificate) {
	for _, c := range pr.DeveloperCertificates {
		if c.Cert == nil {
			continue
		}
		switch {
		case now.After(c.Cert.NotAfter) || now.Before(c.Cert.NotBefore):
			expired = append(expired, c)
		default:
			valid = append(valid, c)
			if c.Cert.NotAfter.Sub(now) <= expiringWindow {
				expiring = append(expiring, c)
			}
		}
	}
	return
}

func certLabel(c profile.Certificate) string {
	return fmt.Sprintf("%q (SHA-1 %s)", c.Cert.Subject.CommonName, certs.SHA1Fingerprint(c.Cert))
}

var profileNoValidCert = &Check{
	ID:       "profile-no-valid-cert",
	Severity: report.Error,
	Title:    "No certificate in the profile is still valid",
	Doc: "A profile lists the signing certificates (DeveloperCertificates) that may sign apps using it. Code " +
		"must be signed with one of them, and the certificate must be valid. When every listed certificate " +
		"has expired, nothing can be signed with this profile: Xcode reports that no signing certificate " +
		"matches the profile, and apps signed earlier stop installing.",
	Fix: "Create a new certificate (Xcode > Settings > Accounts > Manage Certificates, or the developer portal), " +
		"then edit the profile to include it, save, download and build again.",
	Needs:  []Kind{KindProfile},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches, report.GoalAppStore},
	Run: func(p *Pass) {
		eachProfile(p, func(subject report.Location, pr *profile.Profile) {
			valid, expired, _ := certValidity(pr, p.Now)
			if len(valid) > 0 || len(expired) == 0 {
				return
			}
			var names []string
			for _, c := range expired {
				names = append(names, fmt.Sprintf("%s expired %s", certLabel(c), profileDay(c.Cert.NotAfter)))
			}
			what := fmt.Sprintf("none of its %d certificates is", len(expired))
			if len(expired) == 1 {
				what = "its only certificate is not"
			}
			p.Report(subject, "%s valid on %s: %s", what, profileDay(p.Now), strings.Join(names, "; "))
		})
	},
}

var profileCertExpired = &Check{
	ID:       "profile-cert-expired",
	Severity: report.Warning,
	Title:    "A certificate in the profile has expired",
	Doc: "Some of the signing certificates the profile lists have expired. Code signed with them no longer " +
		"installs; other, still valid certificates in the profile keep working. Builds that pick the old " +
		"certificate (a CI keychain that still holds it) fail to sign or produce apps that do not install.",
	Fix: "Sign with one of the valid certificates, and remove the expired one from keychains and CI secrets " +
		"(`security find-identity -v -p codesigning` lists what a Mac can sign with).",
	Needs: []Kind{KindProfile},
	Run: func(p *Pass) {
		eachProfile(p, func(subject report.Location, pr *profile.Profile) {
			valid, expired, _ := certValidity(pr, p.Now)
			if len(valid) == 0 {
				return // profile-no-valid-cert says it
			}
			for _, c := range expired {
				p.Report(itemAt(subject, c.Cert.Subject.CommonName), "certificate %s expired on %s", certLabel(c), profileDay(c.Cert.NotAfter))
			}
		})
	},
}

var profileCertExpiring = &Check{
	ID:       "profile-cert-expiring",
	Severity: report.Warning,
	Title:    "A certificate in the profile expires within 30 days",
	Doc: "A signing certificate that the profile lists expires soon. Once it does, code signed with it stops " +
		"installing (development, ad hoc) and the profile must list a new certificate.",
	Fix: "Create the replacement certificate now, add it to the profile (Edit, Save, download) and sign new " +
		"builds with it.",
	Needs: []Kind{KindProfile},
	Run: func(p *Pass) {
		eachProfile(p, func(subject report.Location, pr *profile.Profile) {
			_, _, expiring := certValidity(pr, p.Now)
			for _, c := range expiring {
				p.Report(itemAt(subject, c.Cert.Subject.CommonName), "certificate %s expires on %s, in %s", certLabel(c), profileDay(c.Cert.NotAfter), countOf(daysFromTo(p.Now, c.Cert.NotAfter), "day", "days"))
			}
		})
	},
}

// isFreeTeam: Xcode's free provisioning for an Apple ID outside the paid
// program makes profiles that live 7 days.
func isFreeTeam(pr *profile.Profile) bool {
	if pr.TimeToLive == 7 {
		return true
	}
	life := pr.ExpirationDate.Sub(pr.CreationDate)
	return pr.TimeToLive == 0 && life > 0 && life <= 7*24*time.Hour+time.Hour
}

var profileFreeTeam = &Check{
	ID:       "profile-free-team",
	Severity: report.Warning,
	Title:    "Profile of a free personal team (valid 7 days)",
	Doc: "Profiles valid for 7 days (TimeToLive 7) come from Xcode's free provisioning: an Apple ID signed in to " +
		"Xcode without a paid Apple Developer Program membership (a \"Personal Team\"). Such profiles are " +
		"development-only, limited to a few devices and a few App IDs a week, cannot carry many capabilities " +
		"and cannot be used for TestFlight, the App Store, ad hoc or Developer ID distribution. Apps installed " +
		"with them stop launching when the 7 days are up. A paid team's profiles show the team's own name " +
		"and last a year.",
	Fix: "For your own devices: build and run from Xcode again each week to get a fresh profile. To distribute, " +
		"or for 1-year profiles, enrol in the Apple Developer Program, choose the paid team in Signing & " +
		"Capabilities, and let Xcode create new profiles.",
	Needs: []Kind{KindProfile},
	Run: func(p *Pass) {
		eachProfile(p, func(subject report.Location, pr *profile.Profile) {
			if !isFreeTeam(pr) {
				return
			}
			p.Report(subject, "a %d-day profile (created %s, expires %s) of team %s%s: free provisioning, not a paid Developer Program team",
				max(pr.TimeToLive, daysFromTo(pr.CreationDate, pr.ExpirationDate)), profileDay(pr.CreationDate), profileDay(pr.ExpirationDate), pr.Team, teamNameSuffix(pr))
		})
	},
}

func teamNameSuffix(pr *profile.Profile) string {
	if pr.TeamName == "" {
		return ""
	}
	return fmt.Sprintf(" (%q)", pr.TeamName)
}

// kindWords says what a profile of each kind is for and what it cannot do.
var kindWords = map[profile.Kind]string{
	profile.Development: "a development profile: it installs the app on the listed devices for running and debugging " +
		"from Xcode; it cannot be used for the App Store, TestFlight or ad hoc distribution",
	profile.AdHoc: "an ad hoc distribution profile: it installs a release build on the listed devices only (testers' " +
		"devices registered in the portal); it cannot be debugged with and cannot be uploaded to the App Store",
	profile.AppStore: "an App Store distribution profile: it is for uploading to App Store Connect (TestFlight and the " +
		"App Store); an app signed with it cannot be installed directly on a device",
	profile.Enterprise: "an in-house (enterprise) distribution profile: it installs on any device of the organisation " +
		"without listing devices; it cannot be used for the App Store, and the app stops opening everywhere when the " +
		"profile or its certificate expires or is revoked",
	profile.DeveloperID: "a Developer ID profile: it lets a Developer ID signed Mac app outside the Mac App Store use " +
		"restricted capabilities on any Mac; the app must also be notarized",
	profile.MacDevelopment: "a Mac development profile: it runs the app on the listed Macs for development; it cannot " +
		"be used for the Mac App Store or Developer ID distribution",
	profile.MacAppStore: "a Mac App Store distribution profile: it is for uploading to App Store Connect; an app signed " +
		"with it does not launch when run directly (only after Apple re-signs it)",
}

var profileKind = &Check{
	ID:       "profile-kind",
	Severity: report.Info,
	Title:    "What this profile is for",
	Doc: "Apple issues several kinds of profile, and each allows one way of running an app: development (listed " +
		"devices, debugging), ad hoc (listed devices, release builds), App Store (upload only), in-house " +
		"enterprise (any device of the organisation) and, on macOS, development, Mac App Store and Developer ID. " +
		"The kind follows from the keys: a device list, get-task-allow, ProvisionsAllDevices, and the Platform. " +
		"Using a profile of the wrong kind is behind many \"doesn't match\" and install failures; so is " +
		"embedding an iOS profile in a Mac app or the other way round.",
	Fix: "Pick the profile that matches how the app will be run: Xcode's Archive > Distribute App chooses it for " +
		"each method; for manual signing create one of the right kind in the developer portal.",
	Needs: []Kind{KindProfile},
	Run: func(p *Pass) {
		eachProfile(p, func(subject report.Location, pr *profile.Profile) {
			devices := ""
			if n := len(pr.ProvisionedDevices); n > 0 {
				devices = fmt.Sprintf(", %s listed", countOf(n, "device", "devices"))
			}
			p.Report(subject, "%s profile for %s (App ID %s%s): %s", kindLabel(pr.Kind), strings.Join(pr.Platforms, ", "), pr.AppID, devices, kindWords[pr.Kind])
		})
	},
}

func kindLabel(k profile.Kind) string {
	switch k {
	case profile.Development:
		return "Development"
	case profile.AdHoc:
		return "Ad hoc"
	case profile.AppStore:
		return "App Store"
	case profile.Enterprise:
		return "In-house (enterprise)"
	case profile.DeveloperID:
		return "Developer ID"
	case profile.MacDevelopment:
		return "Mac development"
	case profile.MacAppStore:
		return "Mac App Store"
	}
	return string(k)
}

var profileNotAppleSigned = &Check{
	ID:       "profile-not-apple-signed",
	Severity: report.Error,
	Title:    "Profile is not signed by Apple",
	Doc: "Devices and macOS accept a provisioning profile only when Apple's provisioning service signed it: " +
		"the CMS signature must hold and its certificate must chain to an Apple root (Apple Root CA, G2 or " +
		"G3), judged at the time of signing. This profile has no signature, is signed by someone else (a test " +
		"certificate, a re-signing tool, a developer's own certificate) or its chain does not reach Apple. " +
		"Installing an app that embeds it fails, and on macOS the app is killed at launch when it claims a " +
		"restricted entitlement.",
	Fix: "Use a profile downloaded from the developer portal or fetched by Xcode; a profile cannot be made or " +
		"re-signed by anyone but Apple. To inspect one on a Mac: `security cms -D -i FILE` (shows the signer).",
	Needs:  []Kind{KindProfile},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches, report.GoalAppStore},
	Run: func(p *Pass) {
		eachProfile(p, func(subject report.Location, pr *profile.Profile) {
			s := pr.Signature
			switch {
			case s == nil && decodedProfile(p, pr):
				// tool-profile-decoded says what cannot be checked.
			case s == nil:
				p.Report(subject, "the profile is a bare property list with no CMS signature: no device or Mac accepts it as a profile")
			case s.Tampered:
				// profile-tampered says it.
			case !s.AppleSigned:
				p.Report(subject, "not signed by Apple: %s", s.NotAppleReason)
			}
		})
	},
}

var profileTampered = &Check{
	ID:       "profile-tampered",
	Severity: report.Error,
	Title:    "Profile was changed after Apple signed it",
	Doc: "The CMS signature records a digest of the property list inside. The property list in this file does " +
		"not match it: someone (or a tool) edited the profile after Apple signed it, for instance to add a " +
		"device, an entitlement or to change the expiry. Devices and macOS check this digest and reject the " +
		"profile.",
	Fix: "Throw the edited file away and download the profile again; to change devices, entitlements or " +
		"capabilities, change them in the developer portal and regenerate the profile.",
	Needs:  []Kind{KindProfile},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches, report.GoalAppStore},
	Run: func(p *Pass) {
		eachProfile(p, func(subject report.Location, pr *profile.Profile) {
			if s := pr.Signature; s != nil && s.Tampered {
				signer := "its signer"
				if s.Signer != nil {
					signer = fmt.Sprintf("%q", s.Signer.Subject.CommonName)
				}
				p.Report(subject, "the property list does not match the digest that %s signed: the profile was edited after signing", signer)
			}
		})
	},
}

var profileWildcardAppID = &Check{
	ID:       "profile-wildcard-app-id",
	Severity: report.Info,
	Title:    "Wildcard App ID: no capabilities",
	Doc: "The profile's application-identifier ends in \"*\": a wildcard App ID, which one profile can use for " +
		"many apps. Wildcard App IDs cannot have capabilities that need an explicit App ID: App Groups, Push " +
		"Notifications, iCloud, Sign in with Apple, Associated Domains, In-App Purchase, HealthKit, Apple Pay " +
		"and more. An app that claims one of them fails to sign or install with messages such as \"Profile " +
		"doesn't support App Groups\" or \"doesn't include the … entitlement\".",
	Fix: "If the app uses a capability, register an explicit App ID (TEAMID.com.example.app) in the developer " +
		"portal, enable the capability there, and create a profile for that App ID (with automatic signing, " +
		"Xcode does this when you add the capability).",
	Needs: []Kind{KindProfile},
	Run: func(p *Pass) {
		eachProfile(p, func(subject report.Location, pr *profile.Profile) {
			if pr.IsWildcard() {
				p.Report(subject, "App ID %s is a wildcard: apps signed with this profile cannot use App Groups, Push Notifications, iCloud or other capabilities that need an explicit App ID", pr.AppID)
			}
		})
	},
}

// Device IDs: what each form looks like. The forms are checked by hand, not
// with regexps: regexps compiled in package init cost every start of the web
// app a compile, and the regexp engine's code.

// isHex says whether s is one or more hex digits.
func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') && (c < 'A' || c > 'F') {
			return false
		}
	}
	return s != ""
}

// hexGroups says whether s is groups of hex digits of those lengths joined by
// dashes.
func hexGroups(s string, lens ...int) bool {
	for i, n := range lens {
		if i > 0 {
			if s == "" || s[0] != '-' {
				return false
			}
			s = s[1:]
		}
		if len(s) < n || !isHex(s[:n]) {
			return false
		}
		s = s[n:]
	}
	return s == ""
}

// udidClassic is the 40-hex UDID of iPhones and iPads before 2018 (and of
// Intel-era devices).
func udidClassic(id string) bool { return hexGroups(id, 40) }

// udidModern is the 8-16 form of devices from 2018 on (A12 and later, Apple
// silicon Macs' provisioning UDID): 00008xxx-xxxxxxxxxxxxxxxx.
func udidModern(id string) bool { return hexGroups(id, 8, 16) }

// uuidForm is 8-4-4-4-12: a Mac's hardware UUID (also its provisioning UDID
// on Intel Macs).
func uuidForm(id string) bool { return hexGroups(id, 8, 4, 4, 4, 12) }

// deviceForm names the form of a device ID, or "" when it has none Apple uses.
func deviceForm(id string) string {
	switch {
	case udidClassic(id):
		return "classic"
	case udidModern(id):
		return "modern"
	case uuidForm(id):
		return "uuid"
	}
	return ""
}

// normalizeDeviceID trims what people paste around an ID.
func normalizeDeviceID(s string) string {
	s = strings.TrimSpace(s)
	s = strings.Trim(s, `"'<>`)
	return strings.TrimSpace(s)
}

// formatHints explains why id may be in the wrong form for this profile.
func formatHints(id string, pr *profile.Profile) []string {
	var hints []string
	form := deviceForm(id)
	listedModern, listedUUID := false, false
	for _, d := range pr.ProvisionedDevices {
		switch deviceForm(d) {
		case "modern":
			listedModern = true
		case "uuid":
			listedUUID = true
		}
	}
	switch form {
	case "":
		compact := strings.ReplaceAll(strings.ReplaceAll(id, "-", ""), " ", "")
		switch {
		case len(compact) == 24 && isHex(compact) && !strings.Contains(id, "-"):
			hints = append(hints, fmt.Sprintf("%q has 24 hex digits without the dash: a modern UDID is written 8-16 (%s-%s)", id, compact[:8], compact[8:]))
		case len(compact) == 40 && isHex(compact):
			hints = append(hints, fmt.Sprintf("%q looks like a 40-digit UDID with separators: write it as 40 hex digits without dashes or spaces", id))
		case len(compact) == 32 && isHex(compact):
			hints = append(hints, fmt.Sprintf("%q has 32 hex digits: a Mac hardware UUID is written 8-4-4-4-12", id))
		case strings.ContainsAny(id, "oOlI"):
			hints = append(hints, fmt.Sprintf("%q contains letters that are not hex digits (O, I or l instead of 0 or 1?)", id))
		default:
			hints = append(hints, fmt.Sprintf("%q is not a device ID in any form Apple uses (40 hex digits, 8-16 like 00008030-001A2B3C4D5E6F70, or a Mac's 8-4-4-4-12 UUID); a serial number, IMEI or ECID is not a UDID", id))
		}
	case "uuid":
		if pr.IsMac() && listedModern {
			hints = append(hints, fmt.Sprintf("%q is in the 8-4-4-4-12 form of a Mac's hardware UUID, but this profile lists Apple silicon provisioning UDIDs (00008xxx-…): on Apple silicon the provisioning UDID is a different number. Find it in System Information > Hardware > Provisioning UDID, or with `system_profiler SPHardwareDataType | grep \"Provisioning UDID\"`; in a virtual machine use the VM's own provisioning UDID", id))
		} else if !pr.IsMac() {
			hints = append(hints, fmt.Sprintf("%q is in the 8-4-4-4-12 form of a Mac's hardware UUID, but this profile is for %s: iPhones, iPads and Apple TVs have 40-digit or 8-16 UDIDs (Finder or Xcode > Devices and Simulators shows it)", id, strings.Join(pr.Platforms, "/")))
		}
	case "modern", "classic":
		if pr.IsMac() && listedUUID && !listedModern && form == "classic" {
			hints = append(hints, fmt.Sprintf("%q is an iPhone/iPad UDID, but this Mac profile lists Mac UDIDs", id))
		}
		if !pr.IsMac() && form == "modern" && strings.HasPrefix(strings.ToUpper(id), "00008") && listedModern {
			// Nothing wrong with the form.
			break
		}
	}
	return hints
}

// closeMatches lists listed devices that differ from id only in form
// (dashes, spaces).
func closeMatches(id string, pr *profile.Profile) []string {
	squash := func(s string) string {
		return strings.ToUpper(strings.NewReplacer("-", "", " ", "", ":", "").Replace(s))
	}
	var out []string
	for _, d := range pr.ProvisionedDevices {
		if squash(d) == squash(id) && !strings.EqualFold(d, id) {
			out = append(out, d)
		}
	}
	return out
}

// deviceQuery runs fn for each profile when the user gave a device ID.
func deviceQuery(p *Pass, fn func(subject report.Location, pr *profile.Profile, id string)) {
	id := normalizeDeviceID(p.Options.Device)
	if id == "" {
		return
	}
	eachProfile(p, func(subject report.Location, pr *profile.Profile) { fn(subject, pr, id) })
}

func hasDeviceList(pr *profile.Profile) bool {
	switch pr.Kind {
	case profile.Development, profile.AdHoc, profile.MacDevelopment:
		return true
	}
	return false
}

var profileDeviceListed = &Check{
	ID:       "profile-device-listed",
	Severity: report.Info,
	Title:    "Device is in the profile",
	Doc: "The device ID you gave is in the profile's ProvisionedDevices, so this profile allows that device " +
		"(as long as the profile is valid and the app is signed with one of its certificates).",
	Fix: "Nothing to fix for the device. If the install still fails, look at the other findings: expiry, " +
		"certificate, entitlements, or an app signed with a different profile than this one.",
	Needs: []Kind{KindProfile},
	Run: func(p *Pass) {
		deviceQuery(p, func(subject report.Location, pr *profile.Profile, id string) {
			if !hasDeviceList(pr) || !pr.HasDevice(id) {
				return
			}
			extra := ""
			if p.Now.After(pr.ExpirationDate) {
				extra = fmt.Sprintf(", but the profile expired on %s, so the device refuses it anyway", profileDay(pr.ExpirationDate))
			}
			p.Report(subject, "device %s is in this profile's device list (%s listed)%s", id, countOf(len(pr.ProvisionedDevices), "device", "devices"), extra)
		})
	},
}

var profileDeviceNotListed = &Check{
	ID:       "profile-device-not-listed",
	Severity: report.Error,
	Title:    "Device is not in the profile",
	Doc: "Development, ad hoc and Mac development profiles list the devices they allow (ProvisionedDevices). " +
		"The device ID you gave is not among them, so installing fails (\"A valid provisioning profile for this " +
		"executable was not found\", \"Unable to install\"), and on macOS the app is refused at launch with " +
		"\"Provisioning profile does not allow this device\" (CPProfileManager error -212 in the log). Often the " +
		"device was registered after the profile was made, or the ID compared is not the one the profile uses " +
		"(a Mac's hardware UUID instead of its provisioning UDID).",
	Fix: "Register the device in the developer portal (Devices > +) with its provisioning UDID (Finder or Xcode " +
		"> Devices and Simulators for iPhone/iPad; System Information > Hardware > Provisioning UDID on a Mac), " +
		"then edit the profile, tick the device, save and download it (Xcode with automatic signing does this " +
		"when the device is connected), and rebuild.",
	Needs:  []Kind{KindProfile},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches},
	Run: func(p *Pass) {
		deviceQuery(p, func(subject report.Location, pr *profile.Profile, id string) {
			if !hasDeviceList(pr) || pr.HasDevice(id) {
				return
			}
			msg := fmt.Sprintf("device %s is not in this profile's device list (%s listed)", id, countOf(len(pr.ProvisionedDevices), "device", "devices"))
			if close := closeMatches(id, pr); len(close) > 0 {
				msg += fmt.Sprintf("; %s is listed, which is the same number written differently: use it exactly as listed", close[0])
			} else if hints := formatHints(id, pr); len(hints) > 0 {
				msg += "; the ID may be in the wrong form (see profile-device-format)"
			}
			if p.Now.After(pr.ExpirationDate) {
				msg += fmt.Sprintf("; the profile has also expired (%s)", profileDay(pr.ExpirationDate))
			}
			fix := ""
			if close := closeMatches(id, pr); len(close) > 0 && deviceIDForm(close[0]) {
				fix = "The device is listed as `" + close[0] + "`: look it up with that ID."
			} else if deviceIDForm(id) {
				fix = "Register the device `" + id + "` in the developer portal (Devices > +), then edit the profile, " +
					"tick the device, save and download it (Xcode with automatic signing does this when the device is " +
					"connected), and rebuild."
			}
			p.ReportFinding(report.Finding{Location: subject, Message: msg, Fix: fix})
		})
	},
}

var profileDeviceFormat = &Check{
	ID:       "profile-device-format",
	Severity: report.Warning,
	Title:    "Device ID is not in the form this profile uses",
	Doc: "Apple uses several device ID forms: 40 hex digits for iPhones and iPads made before 2018; 8-16 " +
		"(00008030-001A2B3C4D5E6F70) for later devices and for Apple silicon Macs' provisioning UDID; and a Mac's " +
		"hardware UUID in 8-4-4-4-12 form, which is the provisioning UDID only on Intel Macs. On an Apple silicon " +
		"Mac (and in a macOS virtual machine) the hardware UUID is NOT what profiles list: matching it still " +
		"ends in \"Provisioning profile does not allow this device\" (CPProfileManager -212). Serial numbers, " +
		"IMEIs and ECIDs are not UDIDs either.",
	Fix: "Get the provisioning UDID: on a Mac, System Information > Hardware > Provisioning UDID, or " +
		"`system_profiler SPHardwareDataType | grep \"Provisioning UDID\"`; for an iPhone or iPad, Finder (click " +
		"the serial number line until it shows the UDID) or Xcode > Devices and Simulators. Register that value.",
	Needs: []Kind{KindProfile},
	Run: func(p *Pass) {
		deviceQuery(p, func(subject report.Location, pr *profile.Profile, id string) {
			if !hasDeviceList(pr) || pr.HasDevice(id) || len(closeMatches(id, pr)) > 0 {
				return
			}
			for _, h := range formatHints(id, pr) {
				p.Report(subject, "%s", h)
			}
		})
	},
}

var profileNoDeviceList = &Check{
	ID:       "profile-no-device-list",
	Severity: report.Info,
	Title:    "Profile has no device list",
	Doc: "Only development, ad hoc and Mac development profiles list devices. An in-house (enterprise) or " +
		"Developer ID profile allows every device (ProvisionsAllDevices); an App Store profile allows none " +
		"directly: the app reaches devices through TestFlight or the App Store after Apple re-signs it. So a " +
		"device lookup in such a profile says nothing about the device.",
	Fix: "To run a build on a specific device, use a development or ad hoc profile that lists it; to test an App " +
		"Store build, use TestFlight.",
	Needs: []Kind{KindProfile},
	Run: func(p *Pass) {
		deviceQuery(p, func(subject report.Location, pr *profile.Profile, id string) {
			if hasDeviceList(pr) {
				return
			}
			switch pr.Kind {
			case profile.Enterprise, profile.DeveloperID:
				p.Report(subject, "%s profile: it has no device list and allows any device, including %s", kindLabel(pr.Kind), id)
			default:
				p.Report(subject, "%s profile: it lists no devices, and an app signed with it cannot be installed on %s directly (use TestFlight, or a development or ad hoc profile)", kindLabel(pr.Kind), id)
			}
		})
	},
}

// binaryPlatform maps a Mach-O platform (as vtool prints it) to the profile
// platform that provisions it; "" for platforms that need no profile
// (simulators, DriverKit, bridgeOS).
func binaryPlatform(p string) string {
	switch p {
	case "macos", "maccatalyst":
		return profile.MacOS
	case "ios":
		return profile.IOS
	case "tvos":
		return profile.TVOS
	case "watchos":
		return profile.WatchOS
	case "visionos", "xros":
		return profile.VisionOS
	}
	return ""
}

var profileWrongPlatform = &Check{
	ID:       "profile-wrong-platform",
	Severity: report.Error,
	Title:    "Profile is for another platform than the binary",
	Doc: "A profile provisions apps of the platforms in its Platform key (iOS, tvOS, visionOS, watchOS, or OSX " +
		"for macOS). The binary dropped with it is built for another platform (LC_BUILD_VERSION), so the system " +
		"ignores the profile: an iOS profile in a Mac app (or a Mac profile in an iOS app) authorises nothing, " +
		"the app's restricted entitlements are not allowed, and it is killed at launch or refused at install. " +
		"Mac Catalyst apps need a macOS profile; iPhone and iPad apps running on Apple silicon Macs keep their iOS one.",
	Fix: "Create or download a profile for the binary's platform (in the developer portal, a macOS profile for " +
		"Mac apps, an iOS profile for iPhone and iPad apps), embed it under the right name and sign again.",
	Needs:  []Kind{KindProfile, KindMachO},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches},
	Run: func(p *Pass) {
		// Profile files against the Mach-O files dropped with them.
		type bin struct{ name, platform string }
		var bins []bin
		seen := map[string]bool{}
		for _, in := range p.Case.OfKind(KindMachO) {
			if mi := in.machoInput(); mi != nil {
				for _, s := range mi.Slices {
					if pl := binaryPlatform(s.buildPlatform()); pl != "" && !seen[in.Name+pl] {
						seen[in.Name+pl] = true
						bins = append(bins, bin{in.Name, pl})
					}
				}
			}
		}
		if len(bins) > 0 {
			for _, in := range p.Case.OfKind(KindProfile) {
				if pr := in.Profile(); pr != nil {
					for _, b := range bins {
						reportWrongPlatform(p, in.Location(), pr, b.name, b.platform)
					}
				}
			}
		}
		// Embedded profiles against their own bundle's executable.
		if !checkEmbeddedProfiles {
			return
		}
		for _, in := range p.Case.OfKind(KindArchive) {
			bi := in.bundleInput()
			if bi == nil {
				continue
			}
			for _, n := range bi.Nodes {
				if n.Node == nil || len(n.ProfileRaw) == 0 || n.Profile == nil || n.Profile.Profile == nil || n.MachO == nil || n.MachO.File == nil {
					continue
				}
				pr := n.Profile.Profile
				done := map[string]bool{}
				for _, s := range n.MachO.File.Slices {
					if pl := binaryPlatform(s.Platform); pl != "" && !done[pl] {
						done[pl] = true
						reportWrongPlatform(p, bundleAt(in, n.ProfilePath), pr, n.Executable, pl)
					}
				}
			}
		}
	},
}

func reportWrongPlatform(p *Pass, subject report.Location, pr *profile.Profile, binName, platform string) {
	for _, pl := range pr.Platforms {
		if pl == platform {
			return
		}
	}
	p.Report(subject, "the profile is for %s, but %s is built for %s: the system ignores this profile for it", strings.Join(pr.Platforms, ", "), binName, platform)
}

// deviceIDForm says whether id looks like a device ID (hex digits and
// dashes), safe to show in a fix as it is.
func deviceIDForm(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, c := range id {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '-') {
			return false
		}
	}
	return true
}
