package text

import "testing"

// TestRound217Readings: the readings added for held-out round 217 (Apple's
// numeric error codes and domains), each on a line of the round's texts,
// and their near misses.
func TestRound217Readings(t *testing.T) {
	readEach(t, []readCase{
		// altool's notarization warning in its 2022 wording
		// (https://github.com/gureum/gureum/issues/833).
		{"*** Warning: altool has been deprecated and, starting in fall 2023, will no longer be supported by the Apple notary service. You should start using notarytool to notarize your software. (-1030)", "text-altool-retired"},
		{"Warning: altool has been deprecated for notarization and starting in late 2023 will no longer be supported by the Apple notary service.", "text-altool-retired"},
		// A release signed for development, retold
		// (https://github.com/dirkwhoffmann/vAmiga/issues/793,
		// https://github.com/mdbergmann/Eloquent/issues/70).
		{"'Apple Development' signatures are not valid for distributing software and therefore your app cannot be launched anymore by default:", "text-spctl-rejected-development"},
		{"release 2.6.7 is signed with an incorrect 'Apple Development' signature that is not intended for software distribution:", "text-spctl-rejected-development"},
	})
	// Near misses: the same words about something else.
	for _, in := range []string{
		"Since altool has been deprecated, Transporter is the way to upload builds to App Store Connect.",
		"altool has been deprecated and will no longer be supported for App Store uploads; use Transporter.",
	} {
		if r := Analyze([]byte(in)); hasID(r, "text-altool-retired") {
			t.Errorf("%q: got %v, want no retired altool", in, ids(r))
		}
	}
	for _, in := range []string{
		"An Apple Development certificate is not valid for distribution; choose an Apple Distribution certificate.",
		"Apps signed with an Apple Development signature are not valid for distribution on the App Store.",
		"The Apple Development signature is valid for software distribution to registered devices only.",
	} {
		if r := Analyze([]byte(in)); hasID(r, "text-spctl-rejected-development") {
			t.Errorf("%q: got %v, want no Gatekeeper rejection", in, ids(r))
		}
	}
}
