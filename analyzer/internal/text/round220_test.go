package text

import "testing"

// Round 220's fixes (macOS 15 and 26 launch refusals retold), each with
// texts that look alike and are not that failure.
func TestRound220Reads(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		// Gatekeeper's doubt retold with macOS or Apple its subject.
		{`The error 'macOS cannot verify "Foo.app" is free from malware' happens on macOS 15.7.2.`, "text-gatekeeper-unverified"},
		{"MacOS cannot verify the app because it cannot detect if it is malware.", "text-gatekeeper-unverified"},
		{"Apple couldn't verify that it is free of malware, so it won't open.", "text-gatekeeper-unverified"},
		// XProtect's verdict retold.
		{"Today macOS Tahoe deleted the Foo.app because it was labled as Malware.", "text-gatekeeper-will-damage"},
		{"\"Malware Blocked\" - Tahoe 26\n\nI keep getting these errors.", "text-gatekeeper-will-damage"},
		{"On macOS Sequoia I get \"Malware Blocked\" every time.", "text-gatekeeper-will-damage"},
		{"When the app is opened, a malware error is given and the app is unable to open. (Already tried to disable gatekeeper).", "text-gatekeeper-will-damage"},
		{"Foo.app: the pop up for malware disappears, but the app can't be opened.", "text-gatekeeper-will-damage"},
		{"Sau khi update, app bị macOS nhận diện rằng Foo là malware.", "text-gatekeeper-will-damage"},
	} {
		if !hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("not read as %s: %q", c.id, c.text)
		}
	}
	for _, c := range []struct{ text, id string }{
		// Windows and antivirus programs doubt and block too.
		{"Windows cannot verify the publisher of this app; it may be malware.", "text-gatekeeper-unverified"},
		{"Apple could not verify your payment method.", "text-gatekeeper-unverified"},
		{"macOS cannot verify the server certificate; Malwarebytes is not involved.", "text-gatekeeper-unverified"},
		{"Windows Defender shows a malware warning and the app is unable to open.", "text-gatekeeper-will-damage"},
		{"Norton gave me a malware alert and the program won't launch on my PC.", "text-gatekeeper-will-damage"},
		{"Avast malware alert on my Mac: the app won't open.", "text-gatekeeper-will-damage"},
		{"The router shows a \"Malware Blocked\" page for this site.", "text-gatekeeper-will-damage"},
		{"Sau khi update, Windows Defender nhận diện rằng Foo là malware.", "text-gatekeeper-will-damage"},
		{"macOS Tahoe deleted the old cache because it was labeled as stale.", "text-gatekeeper-will-damage"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("read as %s: %q", c.id, c.text)
		}
	}
}
