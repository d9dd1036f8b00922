package text

import (
	"bufio"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// testdata/firstsight.tsv holds what each held-out round's records got at
// its measuring commit (before any change), so that a measurement of what a
// change would have added at first sight (likeness_model_test.go) needs no
// old build.

func readFirstSight(t *testing.T) map[[3]int]string {
	t.Helper()
	f, err := os.Open("testdata/firstsight.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[[3]int]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("firstsight.tsv: %q", line)
		}
		round, err1 := strconv.Atoi(cols[0])
		index, err2 := strconv.Atoi(cols[2])
		if err1 != nil || err2 != nil || cols[1] != "messages" && cols[1] != "not-signing" {
			t.Fatalf("firstsight.tsv: %q", line)
		}
		kind := 0
		if cols[1] == "not-signing" {
			kind = 1
		}
		out[[3]int{round, kind, index}] = cols[3]
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestFirstSightRecords: the recomputed outcomes agree with the figure each
// round wrote in heldOutSets before any change. Three rounds' files changed
// after their measuring commit (records added, wants corrected), so the
// commit that added the file scored another set than the row's.
func TestFirstSightRecords(t *testing.T) {
	rows := readFirstSight(t)
	changedAfter := map[int]bool{83: true, 102: true, 111: true}
	figure := regexp.MustCompile(`^(\d+) of (\d+)`)
	checked := 0
	for _, s := range heldOutSets {
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(s.file, "heldout"), "-messages.txt"))
		if err != nil || n < 60 || changedAfter[n] {
			continue
		}
		m := figure.FindStringSubmatch(s.firstSight)
		if m == nil {
			continue
		}
		right, total := 0, 0
		for i := 0; ; i++ {
			o, ok := rows[[3]int{n, 0, i}]
			if !ok {
				break
			}
			total++
			if o == "right" {
				right++
			}
		}
		if total == 0 {
			continue
		}
		checked++
		if strconv.Itoa(right) != m[1] || strconv.Itoa(total) != m[2] {
			t.Errorf("round %d: firstsight.tsv has %d of %d right, heldOutSets says %s", n, right, total, m[0])
		}
	}
	if checked < 130 {
		t.Errorf("only %d rounds checked against firstsight.tsv", checked)
	}
}
