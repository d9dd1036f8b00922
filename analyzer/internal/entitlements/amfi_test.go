package entitlements

import (
	"strings"
	"testing"
)

const amfiGood = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<!-- the sandbox -->
	<key>com.apple.security.app-sandbox</key>
	<true/>
	<key>keychain-access-groups</key>
	<array>
		<string>ABCDE12345.com.example.shared</string>
	</array>
	<key>com.apple.developer.associated-domains</key>
	<array/>
	<key>x</key>
	<string>a &amp; b &lt;c&gt;</string>
	<key>n</key>
	<integer>5</integer>
	<key>d</key>
	<data>
	AAEC
	</data>
</dict>
</plist>
`

// The rules come from the kernel's OSUnserializeXML (libkern), which AMFI's
// parser is: each case is one construct it refuses, with the line it names.
func TestCheckAMFI(t *testing.T) {
	if err := CheckAMFI([]byte(amfiGood)); err != nil {
		t.Fatalf("good file: %v", err)
	}
	if err := CheckAMFI([]byte("\n  \t" + amfiGood)); err != nil {
		t.Errorf("leading whitespace must stay accepted: %v", err)
	}
	for _, c := range []struct {
		name, doc, msg string
		line           int
		cause          string
	}{
		{"bom", "\xef\xbb\xbf" + amfiGood, "syntax error", 1, "byte-order mark"},
		{"crlf", strings.ReplaceAll(amfiGood, "\n", "\r\n"), "syntax error", 1, "CR LF"},
		{"dashes in comment", strings.Replace(amfiGood, "<!-- the sandbox -->", "<!-- sign with --options runtime -->", 1), "syntax error", 5, `"--"`},
		{"quot entity", strings.Replace(amfiGood, "a &amp; b", "a &quot;b&quot;", 1), "syntax error", 15, "entity"},
		{"real", strings.Replace(amfiGood, "<integer>5</integer>", "<real>1.5</real>", 1), "syntax error", 17, "<real>"},
		{"duplicate key", strings.Replace(amfiGood, "<key>n</key>", "<key>x</key>", 1), "duplicate dictionary key", 17, "twice"},
		{"binary", "bplist00\xd1\x01\x02", "syntax error", 1, "binary property list"},
		{"empty", "", "unexpected end of buffer", 1, ""},
		{"space in empty dict tag", strings.Replace(amfiGood, "<dict>", "<dict >", 1), "syntax error", 4, ""},
	} {
		err := CheckAMFI([]byte(c.doc))
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		if err.Msg != c.msg || err.Line != c.line || !strings.Contains(err.Cause, c.cause) {
			t.Errorf("%s: %v (cause %q), want %s near line %d, cause with %q", c.name, err, err.Cause, c.msg, c.line, c.cause)
		}
	}
}

func FuzzCheckAMFI(f *testing.F) {
	f.Add([]byte(amfiGood))
	f.Add([]byte("<dict><key>a</key><array><array><dict/></array></array></dict>"))
	f.Add([]byte("<!--- x --->"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = CheckAMFI(b)
	})
}
