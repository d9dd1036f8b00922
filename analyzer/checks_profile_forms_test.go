package analyzer

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// TestDeviceFormsMatchTheirPatterns: the hand-written device ID forms accept
// exactly what the patterns they replace accepted, on the IDs of
// TestDeviceForm mutated a character at a time (a dash moved, a digit
// dropped or doubled, a non-hex letter, a newline at the end).
func TestDeviceFormsMatchTheirPatterns(t *testing.T) {
	forms := []struct {
		name string
		fn   func(string) bool
		re   *regexp.Regexp
	}{
		{"udidClassic", udidClassic, regexp.MustCompile(`^[0-9a-fA-F]{40}$`)},
		{"udidModern", udidModern, regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{16}$`)},
		{"uuidForm", uuidForm, regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)},
		{"isHex", isHex, regexp.MustCompile(`^[0-9a-fA-F]+$`)},
	}
	inputs := []string{"", "-", "a", "G", "0123456789abcdef0123456789abcdef01234567", "00008030-001A2B3C4D5E6F70",
		"4C4C4544-0042-3610-8058-B2C04F4E5A31", "00008030001A2B3C4D5E6F70", "C02XK1ZZJGH5", "00008030-001A2B3C4D5E6F70\n"}
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "0aF9g-\n "
	for _, seed := range inputs[4:8] {
		for range 2000 {
			b := []byte(seed)
			i := r.IntN(len(b))
			switch r.IntN(3) {
			case 0:
				b[i] = alphabet[r.IntN(len(alphabet))]
			case 1:
				b = append(b[:i], b[i+1:]...)
			default:
				b = append(b[:i+1], b[i:]...)
			}
			inputs = append(inputs, string(b))
		}
	}
	for _, f := range forms {
		for _, in := range inputs {
			if got, want := f.fn(in), f.re.MatchString(in); got != want {
				t.Errorf("%s(%q) = %v, the pattern %s says %v", f.name, in, got, f.re, want)
			}
		}
	}
}
