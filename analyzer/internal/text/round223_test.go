package text

import "testing"

// Round 223's fix (Gatekeeper's "damaged" verdict retold as "says that the
// app is damaged", beside signing the app to get past it), with texts that
// look alike and are not that failure.
func TestRound223Reads(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		{"I needed to manually sign the app since the latest release says that the app is damaged.", "text-gatekeeper-damaged"},
		{"The latest release says that the app is damaged; signing the app ad hoc fixed it.", "text-gatekeeper-damaged"},
		{"macOS says that the app is damaged.", "text-gatekeeper-damaged"},
	} {
		if !hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("not read as %s: %q", c.id, c.text)
		}
	}
	for _, c := range []struct{ text, id string }{
		// Other platforms sign apps too, and other things are damaged.
		{"I signed the app with my keystore but Android says the package is damaged.", "text-gatekeeper-damaged"},
		{"I signed the app with signtool but Windows says that the installer is damaged.", "text-gatekeeper-damaged"},
		{"After I signed the app, the game says that the save file is damaged.", "text-gatekeeper-damaged"},
		{"I need to sign the app. The PDF says that it is damaged.", "text-gatekeeper-damaged"},
		{"my macOS app says the database is damaged", "text-gatekeeper-damaged"},
		{"On macOS the app says that its database is damaged", "text-gatekeeper-damaged"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("read as %s: %q", c.id, c.text)
		}
	}
}
