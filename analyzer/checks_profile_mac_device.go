package analyzer

import (
	"slices"

	"github.com/signdoctor/signdoctor/analyzer/internal/profile"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// A Mac listed by its Hardware UUID: the profile lists the ID given, but in
// the form of a Hardware UUID, which matches only Intel Macs. Apple silicon
// Macs and macOS virtual machines are matched by their Provisioning UDID.

var profileDeviceHardwareUUID = &Check{
	ID:       "profile-device-hardware-uuid",
	Severity: report.Warning,
	Title:    "Mac listed by its Hardware UUID",
	Doc: "The device ID you gave is in this Mac profile's device list, but it has the form of a Hardware UUID " +
		"(8-4-4-4-12 hex digits). Only an Intel Mac's Provisioning UDID has that form. An Apple silicon Mac, and a " +
		"macOS virtual machine on one, is matched by its Provisioning UDID (00008xxx-…), which differs from its " +
		"Hardware UUID: listing the Hardware UUID does not let it run the app, which is refused at launch with " +
		"\"Provisioning profile does not allow this device\" (CPProfileManager -212 in the log). A VM gets a new " +
		"Provisioning UDID when it is recreated.",
	Fix: "On the Mac or VM, read the Provisioning UDID: System Information > Hardware > Provisioning UDID, or " +
		"`system_profiler SPHardwareDataType | grep \"Provisioning UDID\"`. Register that value, add it to the " +
		"profile, download it and rebuild. For CI on VMs that are recreated, sign what runs there so it needs no " +
		"device list where the platform allows it: Developer ID, with a Developer ID provisioning profile (no " +
		"devices) when the app needs restricted entitlements.",
	Needs:  []Kind{KindProfile},
	Blocks: []report.Goal{report.GoalLaunches},
	Run: func(p *Pass) {
		deviceQuery(p, func(subject report.Location, pr *profile.Profile, id string) {
			if !hasDeviceList(pr) || !pr.HasDevice(id) || deviceForm(id) != "uuid" || !slices.Contains(pr.Platforms, profile.MacOS) {
				return
			}
			p.Report(subject, "device %s is listed, but it has the form of a Hardware UUID, which is the Provisioning UDID of an Intel Mac only: an Apple silicon Mac or a macOS VM is matched by its Provisioning UDID (00008xxx-…), so there this entry does not let the app run (CPProfileManager -212)", id)
		})
	},
}
