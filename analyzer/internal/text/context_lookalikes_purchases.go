package text

// In-app purchase services (RevenueCat, Adapty, Qonversion, StoreKit's
// own words) call a customer's paid level an "entitlement": "the user
// profile doesn't include the Pro entitlement" is a purchase that did not
// unlock, not a provisioning profile without a capability. Read as Xcode's
// message only where the paste speaks of provisioning or signing.
var (
	rePurchaseEntitlement = lazyCompile(`(?i)\bRevenue ?Cat\b|\bAdapty\b|\bQonversion\b|\bsubscri(?:ption|bers?|bed)\b|\bpaywall\b|\bpurchas(?:e|ed|es|ing)\b|\bcustomerInfo\b|\bpremium\b`)
	reProvisioningWords   = lazyCompile(`(?i)\bprovisioning\b|\bcom\.apple\.|\bcapabilit(?:y|ies)\b|\bXcode\b|\bcodesign|\bsigning\b|\.entitlements\b`)
)

func init() {
	alsoSkip("text-profile-missing-entitlement", func(near, all string) bool {
		return rePurchaseEntitlement.MatchString(near) && !reProvisioningWords.MatchString(all)
	})
}
