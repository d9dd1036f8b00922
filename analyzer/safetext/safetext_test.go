package safetext

import "testing"

func TestVisible(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"App.ipa: Payload/App.app/App [arm64]", "App.ipa: Payload/App.app/App [arm64]"},
		{"Grüße", "Grüße"},
		{"a\x1b]52;c;Y3Vy\ab", `a\x1b]52;c;Y3Vy\x07b`},
		{"line1\nline2\r", `line1\nline2\r`},
		{"tab\there", `tab\there`},
		{"del\x7f", `del\x7f`},
		{"c1\u009b2J", `c1\u009b2J`},
		{"bad\x9bbyte", `bad\x9bbyte`},
		{"build-log-\u202Eelifnoisivorp.exe\u202C.txt", `build-log-\u202eelifnoisivorp.exe\u202c.txt`},
		{"iso\u2066x\u2069", `iso\u2066x\u2069`},
	} {
		if got := Visible(tc.in); got != tc.want {
			t.Errorf("Visible(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLines(t *testing.T) {
	got := Lines("ok\n::error file=README.md::x\n  ::add-mask::y\r\na::b")
	want := "ok\n\\x3a:error file=README.md::x\n  \\x3a:add-mask::y\\r\na::b"
	if got != want {
		t.Errorf("Lines = %q, want %q", got, want)
	}
}
