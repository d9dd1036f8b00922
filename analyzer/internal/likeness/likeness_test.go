package likeness

import (
	"strings"
	"testing"
)

func TestParseRejectsDamagedModels(t *testing.T) {
	good := "likeness 1 3\nt\tdamaged\t5\nt\tkilled\t4\nc\ttext-gatekeeper-damaged\t0:1\nc\tnone\t1:1\n"
	m, err := Parse([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if id, score := m.Nearest("it says the app is damaged"); id != "text-gatekeeper-damaged" || score <= 0 || score > 1 {
		t.Errorf("nearest: %s %.2f", id, score)
	}
	if id, _ := m.Nearest("killed"); id != LookAlike {
		t.Errorf("nearest of a look-alike's word: %s", id)
	}
	if id, score := m.Nearest("!!"); id != LookAlike || score != 0 {
		t.Errorf("no words: %s %.2f", id, score)
	}
	for name, bad := range map[string]string{
		"empty":           "",
		"other header":    "likeness 2 3\nc\tnone\t\n",
		"rest weight":     "likeness 1 1e9\nt\ta\t1\nc\tnone\t0:1\n",
		"term weight":     "likeness 1 3\nt\ta\t-1\nc\tnone\t0:1\n",
		"index past end":  "likeness 1 3\nt\ta\t1\nc\tnone\t1:1\n",
		"weight over one": "likeness 1 3\nt\ta\t1\nc\tnone\t0:2\n",
		"no centroid":     "likeness 1 3\nt\ta\t1\n",
		"unknown line":    "likeness 1 3\nx\ta\t1\nc\tnone\t0:1\n",
		"long centroid":   "likeness 1 3\nt\ta\t1\nc\tnone\t" + strings.Repeat("0:1,", maxPerCentroid) + "0:1\n",
	} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("%s: parsed", name)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("likeness 1 3\nt\tdamaged\t5\nc\ttext-gatekeeper-damaged\t0:1\n"))
	f.Add([]byte("likeness 1 3\nt\ta b\t1\nt\tc\t2\nc\tnone\t0:0.5,1:0.5\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Parse(b)
		if err != nil {
			return
		}
		if _, score := m.Nearest("the app is damaged and can't be opened"); score < 0 || score > 1e6 {
			t.Fatalf("score %v", score)
		}
	})
}
