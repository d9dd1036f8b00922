package text

import "testing"

// TestRound174Readings: the readings added for held-out round 174 (Bazel,
// Tuist, XcodeGen, CMake and Homebrew users), each on a line of the
// round's messages or of a thread of the same failure, and their near
// misses: the same words where they are not that failure.
func TestRound174Readings(t *testing.T) {
	readEach(t, []readCase{
		// Xcode's missing PRODUCT_BUNDLE_IDENTIFIER, from CMake's Xcode
		// generator (https://github.com/leetal/ios-cmake/issues/79,
		// https://github.com/leetal/ios-cmake/issues/141).
		{"Check dependencies\nCode Signing Error: Bundle identifier is missing. synthesis doesn't have a bundle identifier. Add a value for PRODUCT_BUNDLE_IDENTIFIER in the build settings editor.", "text-bundle-identifier-missing"},
		{"error: Bundle identifier is missing. demo doesn't have a bundle identifier. Add a value for PRODUCT_BUNDLE_IDENTIFIER in the build settings editor. (in target 'demo' from project 'libaes_siv')", "text-bundle-identifier-missing"},
		// fish's report of a foreground command, not a job, killed at
		// launch on Apple silicon (https://github.com/mas-cli/mas/issues/308).
		{"$ mas\nfish: “mas” terminated by signal SIGKILL (Forced quit)", "text-killed-at-launch"},
		{"fish: \"mas list\" terminated by signal SIGKILL (Forced quit)", "text-killed-at-launch"},
	})
	readNoError(t,
		// Xcode's first sentence alone is other tools' wording too.
		"Bundle identifier is missing.",
		"The PRODUCT_BUNDLE_IDENTIFIER build setting is empty in the generated project.",
		// Other signals, and a kill a compiler's memory explains.
		"fish: “mas” terminated by signal SIGSEGV (Address boundary error)",
		"fish: “cargo build --release” terminated by signal SIGKILL (Forced quit)\nThe machine ran out of memory while linking.",
	)
}
