package text

import "testing"

// The hundred-and-ninety-third round's classes, each with its near misses:
// keychain's NOT_TRUSTED retold beside codesign or Xcode, Gatekeeper's
// reason clause alone ("can not", "developper"), the bundle ID taken
// retold in Chinese and the free team's 10 App IDs a week in Japanese.
func TestRound193Classes(t *testing.T) {
	for _, c := range []struct {
		text, id string
		want     bool
	}{
		{"codesign failed: NOT_TRUSTED", "text-cert-not-trusted", true},
		{"Xcode shows my signing certificate as NOT_TRUSTED", "text-cert-not-trusted", true},
		{"Wi-Fi certificate status: NOT_TRUSTED", "text-cert-not-trusted", false},
		{"CERT_NOT_TRUSTED in the build log", "text-cert-not-trusted", false},
		{`"Foo.component” because the developper can not be verified.`, "text-gatekeeper-unverified", true},
		{"It won't open because the developer cannot be verified.", "text-gatekeeper-unverified", true},
		{"Login failed because the developer account cannot be verified.", "text-gatekeeper-unverified", false},
		{"Windows: the publisher could not be verified.", "text-gatekeeper-unverified", false},
		{"错误原因是这个bundle ID已经被别人提前注册了", "text-bundle-id-unavailable", true},
		{"Bundle ID 已被占用", "text-bundle-id-unavailable", true},
		{"bundle ID已被修改,请重新签名", "text-bundle-id-unavailable", false},
		{"用户名已被占用,请换一个", "text-bundle-id-unavailable", false},
		{"無料アカウントではApp IDは7日間で10個まで", "text-free-team-limit", true},
		{"7日間に10個までしかプロジェクトを作れない", "text-free-team-limit", true},
		{"7日間に10個までしかタスクを作れない", "text-free-team-limit", false},
	} {
		got := false
		for _, id := range ids(Analyze([]byte(c.text))) {
			got = got || id == c.id
		}
		if got != c.want {
			t.Errorf("%q: %s %v, want %v", c.text, c.id, got, c.want)
		}
	}
}
