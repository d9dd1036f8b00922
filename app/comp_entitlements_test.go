package app

import (
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestEntitlementListExplainsEachKey(t *testing.T) {
	html := goapp.HTMLString(entitlementList(map[string]any{
		"com.apple.security.application-groups": []any{"group.com.example"},
		"com.example.made-up":                   true,
	}, []string{"OSX"}))
	for _, want := range []string{
		`data-key="com.apple.security.application-groups"`,
		`data-restriction="validation-required"`, // app groups on macOS
		"profile-validated",
		"group.com.example",
		`data-key="com.example.made-up"`,
		"Not a key signdoctor knows",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("entitlement list lacks %q:\n%s", want, html)
		}
	}
}

func TestEntitlementPlatform(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{{[]string{"OSX"}, "macOS"}, {[]string{"iOS"}, "iOS"}, {[]string{"tvOS"}, "iOS"}, {nil, ""}} {
		if got := entitlementPlatform(c.in); got != c.want {
			t.Errorf("entitlementPlatform(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}
