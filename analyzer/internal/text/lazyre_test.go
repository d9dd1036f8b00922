package text

import (
	"strings"
	"testing"
)

// The memo keeps an answer for the same string only: another text of the
// same length, or the same text built again elsewhere, is asked afresh.
func TestLazyRegexpMemoIsPerString(t *testing.T) {
	re := lazyCompile(`needle`)
	with := strings.Repeat("x", memoMin) + "needle"
	without := strings.Repeat("x", memoMin) + "nopeno"
	for i := 0; i < 3; i++ {
		if !re.MatchString(with) {
			t.Fatalf("round %d: the text with the word does not match", i)
		}
		if re.MatchString(without) {
			t.Fatalf("round %d: the text without the word matches", i)
		}
		if re.FindStringSubmatch(with) == nil || re.FindStringSubmatch(without) != nil {
			t.Fatalf("round %d: FindStringSubmatch answers for the other text", i)
		}
	}
	rebuilt := []byte(with)
	copy(rebuilt[len(rebuilt)-6:], "nopeno")
	if re.MatchString(string(rebuilt)) {
		t.Fatal("a rebuilt text without the word matches")
	}
}
