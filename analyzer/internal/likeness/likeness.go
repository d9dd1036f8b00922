// Package likeness is the model behind the pasted-text reader's guesses:
// one TF-IDF centroid per catalogue entry over words and word pairs, and one
// for the look-alikes. It reads a model file and tells which centroid a text
// is nearest. It is a package of its own so that it is compiled without
// inlining, as the rest of app.wasm is (the text package is not).
package likeness

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Limits of a model file, so a damaged or hostile one costs little;
// LookAlike labels the centroid of texts that are not Apple code signing.
const (
	maxBytes       = 4 << 20
	maxTerms       = 1 << 16
	maxCentroids   = 1 << 12
	maxPerCentroid = 256
	LookAlike      = "none"
)

// errMalformed is every reason a model file is refused: the file is the
// site's own, so which rule it broke matters only to its tests.
var errMalformed = errors.New("likeness model: malformed")

// Model is a parsed model file.
type Model struct {
	terms map[string]int
	idf   []float64
	// restIDF weighs a word of the paste the model does not list.
	restIDF float64
	// postings lists, per term, the centroids holding it and its weight.
	postings [][]posting
	// Labels are the centroids' entry IDs (or LookAlike), in file order.
	Labels []string
}

type posting struct {
	label  int
	weight float64
}

// Parse reads a model: a header line "likeness 1 REST-IDF", then
// "t<TAB>term<TAB>idf" lines (a term's index is its order) and
// "c<TAB>entry-id<TAB>index:weight,…" lines.
func Parse(b []byte) (*Model, error) {
	if len(b) > maxBytes {
		return nil, errMalformed
	}
	lines := strings.Split(string(b), "\n")
	head := strings.Fields(lines[0])
	if len(head) != 3 || head[0] != "likeness" || head[1] != "1" {
		return nil, errMalformed
	}
	m := &Model{terms: map[string]int{}}
	var err error
	if m.restIDF, err = strconv.ParseFloat(head[2], 64); err != nil || m.restIDF < 0 || m.restIDF > 100 {
		return nil, errMalformed
	}
	for _, line := range lines[1:] {
		cols := strings.Split(line, "\t")
		switch {
		case line == "":
		case cols[0] == "t" && len(cols) == 3:
			idf, err := strconv.ParseFloat(cols[2], 64)
			if err != nil || idf < 0 || idf > 100 || len(m.idf) >= maxTerms {
				return nil, errMalformed
			}
			m.terms[cols[1]] = len(m.idf)
			m.idf = append(m.idf, idf)
			m.postings = append(m.postings, nil)
		case cols[0] == "c" && len(cols) == 3:
			if len(m.Labels) >= maxCentroids {
				return nil, errMalformed
			}
			label := len(m.Labels)
			m.Labels = append(m.Labels, cols[1])
			pairs := strings.Split(cols[2], ",")
			if len(pairs) > maxPerCentroid {
				return nil, errMalformed
			}
			for _, p := range pairs {
				is, ws, ok := strings.Cut(p, ":")
				i, err1 := strconv.Atoi(is)
				w, err2 := strconv.ParseFloat(ws, 64)
				if !ok || err1 != nil || err2 != nil || i < 0 || i >= len(m.idf) || w < 0 || w > 1 {
					return nil, errMalformed
				}
				m.postings[i] = append(m.postings[i], posting{label, w})
			}
		default:
			return nil, errMalformed
		}
	}
	if len(m.Labels) == 0 {
		return nil, errMalformed
	}
	return m, nil
}

// Nearest returns the label nearest to the text and its cosine likeness.
func (m *Model) Nearest(text string) (string, float64) {
	tf := Terms(text)
	norm := 0.0
	scores := make([]float64, len(m.Labels))
	for w, n := range tf {
		idf := m.restIDF
		i, known := m.terms[w]
		if known {
			idf = m.idf[i]
		}
		x := (1 + math.Log(n)) * idf
		norm += x * x
		if known {
			for _, p := range m.postings[i] {
				scores[p.label] += x * p.weight
			}
		}
	}
	if norm == 0 {
		return LookAlike, 0
	}
	best, score := LookAlike, 0.0
	for l, s := range scores {
		// Ties go to the first centroid, which the file orders by ID.
		if s > score {
			best, score = m.Labels[l], s
		}
	}
	return best, score / math.Sqrt(norm)
}

// Terms are the text's lower-case words and numbers of two
// characters or more (runs of Chinese, Japanese or Korean as character
// pairs) and every pair of adjacent words, with their counts.
func Terms(text string) map[string]float64 {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		rs := []rune(w)
		if len(rs) > 1 && unicode.In(rs[0], unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			for i := 0; i+1 < len(rs); i++ {
				words = append(words, string(rs[i:i+2]))
			}
			continue
		}
		if len(rs) > 1 {
			words = append(words, w)
		}
	}
	tf := map[string]float64{}
	for i, w := range words {
		tf[w]++
		if i > 0 {
			tf[words[i-1]+" "+w]++
		}
	}
	return tf
}
