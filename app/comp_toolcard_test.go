package app

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

// Pasted tool output shows as a tool-output card with its facts.
func TestToolOutputCard(t *testing.T) {
	var text strings.Builder
	for _, n := range []string{"codesign-dvv-no-runtime-no-timestamp.txt", "find-identity-valid.txt", "pkgutil-developer-id.txt"} {
		b, err := os.ReadFile("../analyzer/internal/tooloutput/testdata/" + n)
		if err != nil {
			t.Fatal(err)
		}
		text.Write(b)
		text.WriteString("\n")
	}
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	rep, err := analyzer.Analyze(context.Background(), []analyzer.File{{Name: "pasted text", Size: int64(text.Len()), R: strings.NewReader(text.String())}}, analyzer.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	html := goapp.HTMLString(&reportView{Report: rep, Now: now})
	for _, want := range []string{
		`class="artifact-card tool-card"`,
		`data-kind="tool-output"`,
		`data-tool="codesign -d"`,
		`data-tool="security find-identity"`,
		`data-tool="pkgutil --check-signature"`,
		`data-fact="cert_kind"`,
		`data-value="Developer ID Application"`,
		`data-fact="timestamp"`,
		`data-value="no"`,
		`data-sha1="830A6BE45674199A66DBD4ABEAEF3A3D4E8A3AE1"`,
		`B106B626DA3BA84834F3DFD2CC5EAC039131053FA9A2B7BA2A5E333C3B05537A`,
		`CodeDirectory v=20200 size=18291 flags=0x0(none) hashes=907+3 location=embedded`,
		`data-id="macho-no-hardened-runtime"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %s", want)
		}
	}
}
