package text

// trigrams records which three-byte sequences occur in a large paste, so
// that a keyword one of whose sequences occurs nowhere is known absent
// without a scan. In a build log nearly every keyword of the catalogue is
// absent, and looking for each one through the whole text took ~90% of the
// time of reading 1 MiB (BenchmarkAnalyze). It never hides a keyword that
// occurs: every sequence of it then occurs too.
type trigrams []uint64 // one bit per sequence: 1<<24 bits, 2 MiB

// trigramsFrom is the least text worth the set: below it, scanning for
// every keyword costs less than clearing 2 MiB.
const trigramsFrom = 64 << 10

func newTrigrams(lower string) trigrams {
	if len(lower) < trigramsFrom {
		return nil
	}
	t := make(trigrams, 1<<24/64)
	for i := 0; i+2 < len(lower); i++ {
		g := trigram(lower, i)
		t[g>>6] |= 1 << (g & 63)
	}
	return t
}

func trigram(s string, i int) uint32 {
	return uint32(s[i])<<16 | uint32(s[i+1])<<8 | uint32(s[i+2])
}

// mayContain says whether kw can occur in the text: false only when one
// of its sequences occurs nowhere. Without a set (a short text), true.
func (t trigrams) mayContain(kw string) bool {
	if t == nil {
		return true
	}
	for i := 0; i+2 < len(kw); i++ {
		if g := trigram(kw, i); t[g>>6]&(1<<(g&63)) == 0 {
			return false
		}
	}
	return true
}

// present is the keywords of kws that may occur: kws itself when all may.
func (t trigrams) present(kws []string) []string {
	for i, kw := range kws {
		if t.mayContain(kw) {
			continue
		}
		out := append([]string(nil), kws[:i]...)
		for _, k := range kws[i+1:] {
			if t.mayContain(k) {
				out = append(out, k)
			}
		}
		return out
	}
	return kws
}
