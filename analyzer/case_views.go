package analyzer

import "sync"

// caseViews are what the checks derive from a case's parsed inputs: every
// profile, every Mach-O and every set of entitlements, wherever it sits
// (dropped, inside an archive or a package, pasted). Each is computed once,
// on first use, from the parsed values; checks then only read them.
type caseViews struct {
	profilesOnce sync.Once
	profiles     []profileToCheck

	machoOnce sync.Once
	machos    []machoTarget

	entitlementsOnce sync.Once
	entitlements     []entSource
	caseProfiles     []caseProfile
}

// profiles are the case's profiles: profile files, profiles pasted as
// `security cms -D` output, and the profile embedded in every bundle of
// every archive, as the archive parser read it.
func (c *Case) profiles() []profileToCheck {
	c.views.profilesOnce.Do(func() {
		var out []profileToCheck
		for _, in := range c.OfKind(KindProfile) {
			if pr := in.Profile(); pr != nil {
				out = append(out, profileToCheck{subject: in.Location(), in: in, pr: pr})
			} else if f, ok := in.Value.(*profileFailure); ok {
				out = append(out, profileToCheck{subject: in.Location(), in: in, err: f.Err})
			}
		}
		out = append(out, pastedProfiles(c)...)
		for _, in := range c.OfKind(KindArchive) {
			bi := in.bundleInput()
			if bi == nil {
				continue
			}
			for _, n := range bi.Nodes {
				if n.Node == nil || len(n.ProfileRaw) == 0 || n.Profile == nil {
					continue
				}
				out = append(out, profileToCheck{subject: bundleAt(in, n.ProfilePath), in: in, pr: n.Profile.Profile, err: n.Profile.Err})
			}
		}
		c.views.profiles = out
	})
	return c.views.profiles
}

// machoTargets lists every Mach-O in the case: dropped, the executables of
// the bundles inside an archive, and those a package installs.
func (c *Case) machoTargets() []machoTarget {
	c.views.machoOnce.Do(func() { c.views.machos = collectMachOTargets(c) })
	return c.views.machos
}

// entitlementSources lists every set of entitlement claims in the case, and
// caseProfiles the profiles they are matched against.
func (c *Case) entitlementSources() []entSource {
	c.views.entitlementsOnce.Do(func() {
		c.views.entitlements = collectEntitlementSources(c)
		c.views.caseProfiles = collectCaseProfiles(c)
	})
	return c.views.entitlements
}

func (c *Case) caseProfiles() []caseProfile {
	c.entitlementSources()
	return c.views.caseProfiles
}
