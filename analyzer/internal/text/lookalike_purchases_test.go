package text

import "testing"

// An in-app purchase's "entitlement" (RevenueCat's word for a paid level)
// is no provisioning profile's; Xcode's message beside a purchase still
// reads.
func TestPurchaseEntitlementsAreNotProfiles(t *testing.T) {
	readNoError(t,
		"The user profile doesn't include the Pro entitlement, so the paywall shows again after purchase (RevenueCat 4.17).",
		"After restoring purchases, customerInfo doesn't include the premium entitlement until the app is relaunched.",
		"Our subscribers report the account does not include the Plus entitlement after renewing.",
	)
	readEach(t, []readCase{
		{"Provisioning profile \"Acme Dev\" doesn't include the com.apple.developer.in-app-payments entitlement. Paywall work is blocked.", "text-profile-missing-entitlement"},
		{"Paywall build: Provisioning profile \"iOS Team Provisioning Profile: com.acme.app\" doesn't include the aps-environment entitlement.", "text-profile-missing-entitlement"},
	})
}
