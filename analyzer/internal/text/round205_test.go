package text

import "testing"

// Round 205's prose forms: Xcode 8's rule that every target names a team
// (indiestack.com, 2016) and iOS 9.2's warning "that your app is not
// trusted" (macosxbits.com, 2015). Near misses: Apple's QA1814 asking to
// select a team, a Windows installer "untrusted" by Windows, and the
// warning's sentence where nothing names iOS.
func TestRound205Forms(t *testing.T) {
	readFirst(t, "text-requires-development-team",
		"A major change from Xcode 7 is that Xcode now requires that every target in your project specify a development team, even when the manual code signing option is selected.")
	readFirst(t, "text-untrusted-developer",
		"Install the app on your iOS device. When you install the app, the apple will show you the warning that your app is not trusted. You can ignore that warning.")
	readNothing(t,
		"After selecting Xcode managed signing, select your development team using the pop-up menu.",
		"This means my installers are technically “untrusted” by Windows, even though they are safe if downloaded directly from my official website.",
		"When you install the app, the apple will show you the warning that your app is not trusted. You can ignore that warning.")
}
