package entitlements

import (
	"regexp"
	"testing"
)

// TestIsTeamIDMatchesItsPattern: the hand-written Team ID form accepts
// exactly what ^[A-Z0-9]{10}$ accepts.
func TestIsTeamIDMatchesItsPattern(t *testing.T) {
	re := regexp.MustCompile(`^[A-Z0-9]{10}$`)
	inputs := []string{"", "ABCDE12345", "ABCDE1234", "ABCDE123456", "abcde12345", "ABCDE 2345", "ABCDE1234\n", "ÄBCDE1234", "ABCDE-2345", "0000000000", "ZZZZZZZZZZ"}
	for c := 0; c < 256; c++ {
		inputs = append(inputs, "ABCDE1234"+string(rune(c)), string(rune(c))+"ABCDE1234")
	}
	for _, in := range inputs {
		if got, want := IsTeamID(in), re.MatchString(in); got != want {
			t.Errorf("IsTeamID(%q) = %v, the pattern says %v", in, got, want)
		}
	}
}
