package profiletest

import (
	"bufio"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// ManifestRow is the shared corpus MANIFEST.md's independent reading of one
// profile (a second opinion the corpus tests compare against).
type ManifestRow struct {
	// WellFormed: MANIFEST gives a kind and team; malformed fixtures have none.
	WellFormed                    bool
	Kind, Platform, Team, Expires string
	Devices                       int
	AppleSigned                   bool
}

var manifestField = regexp.MustCompile(`(\w[\w-]*)=([^;|]*)`)

// ReadManifest parses the profiles rows of MANIFEST.md's table, keyed by the
// file name inside profiles/.
func ReadManifest(r io.Reader) (map[string]ManifestRow, error) {
	rows := map[string]ManifestRow{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "|")
		if len(cols) < 7 || !strings.HasPrefix(strings.TrimSpace(cols[1]), "`profiles/") {
			continue
		}
		name := strings.TrimPrefix(strings.Trim(strings.TrimSpace(cols[1]), "`"), "profiles/")
		class := strings.TrimSpace(cols[5])
		var r ManifestRow
		if i := strings.Index(class, ";"); i > 0 && strings.Contains(class, "team=") {
			r.WellFormed = true
			r.Kind = strings.TrimSpace(class[:i])
			for _, m := range manifestField.FindAllStringSubmatch(class, -1) {
				v := strings.TrimSpace(m[2])
				switch m[1] {
				case "platform":
					r.Platform = v
				case "team":
					r.Team = v
				case "expires":
					r.Expires = v
				case "devices":
					r.Devices, _ = strconv.Atoi(v)
				}
			}
			r.AppleSigned = strings.Contains(class, "; Apple-signed")
		}
		rows[name] = r
	}
	return rows, sc.Err()
}
