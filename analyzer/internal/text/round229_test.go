package text

import "testing"

// Round 229's fixes (Japanese and Korean blogs and issues), each with
// texts that look alike and are not that failure.
func TestRound229Reads(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		// fastlane match's expired certificate, quoted cut short.
		{"Your certificate 'xxxxxxx.cer' is not validというエラーが出た場合、fastlane match nukeコマンドを使用して", "text-cert-expired"},
		{"Your certificate 'ABCDE12345.cer' is not valid. I ran fastlane match development again.", "text-cert-expired"},
		// iTunes Connect's mail of a wildcard in an iCloud entitlement.
		{"「The following keys cannot have wildcards in their values...」", "text-invalid-entitlements"},
		// The unidentified developer retold in Korean beside the Mac.
		{"인스톨러가 Catalina에서 확인되지 않은 개발자로 취급됨", "text-gatekeeper-unverified"},
		{"macOS Sonoma에서 앱이 확인되지 않은 개발자로 차단됩니다", "text-gatekeeper-unverified"},
	} {
		if !hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("not read as %s: %q", c.id, c.text)
		}
	}
	for _, c := range []struct{ text, id string }{
		// A server's certificate, a valid one, another tool.
		{"Your certificate 'server.cer' is not valid for this site.", "text-cert-expired"},
		{"Your certificate 'ABCDE12345.cer' is valid; fastlane match finished.", "text-cert-expired"},
		// Wildcards refused elsewhere.
		{"The following hosts cannot have wildcards in their values", "text-invalid-entitlements"},
		// Android's developer verification, a verified developer on the Mac.
		{"안드로이드에서 확인되지 않은 개발자로 표시됨", "text-gatekeeper-unverified"},
		{"맥에서 확인된 개발자로 표시됨", "text-gatekeeper-unverified"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("read as %s: %q", c.id, c.text)
		}
	}
}
