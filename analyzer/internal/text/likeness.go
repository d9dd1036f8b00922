package text

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"
)

// The likeness reader answers the pastes the catalogue reads as nothing:
// most are a message retold in the user's own words ("it says the developer
// cannot be verified"), each worded once, which no pattern can list. It
// compares the paste's words with one centroid per entry, trained on the
// real messages of the held-out rounds (likeness_model_test.go writes the
// model, likeness.model), and with one centroid of the look-alikes; where
// an entry is nearest and near enough, the paste "reads like" that entry.
// It is a guess from wording and is only ever said as one, never as a
// recognised message (Result.Likely, an info finding).

// likenessThreshold is the least cosine likeness said as a guess: measured
// on rounds the model had not seen (TestLikenessOnUnseenRounds), at 0.2 a
// guess was wrong one time in four, at 0.25 one in eight, at 0.3 it named
// half as many right.
const likenessThreshold = 0.25

// Limits of a model file, so a damaged or hostile one costs little.
const (
	maxLikenessBytes   = 4 << 20
	maxLikenessTerms   = 1 << 16
	maxLikenessEntries = 1 << 12
	maxLikenessPerLine = 256
	lookAlikeLabel     = "none"
)

// Likeness is a guess: the entry whose reports the text reads most like.
type Likeness struct {
	Entry *Entry
	// Score is the cosine likeness, 0 to 1.
	Score float64
}

type likenessModel struct {
	terms map[string]int
	idf   []float64
	// restIDF weighs a word of the paste the model does not list.
	restIDF float64
	// postings lists, per term, the centroids holding it and its weight.
	postings [][]likenessPosting
	labels   []string
}

type likenessPosting struct {
	label  int
	weight float64
}

var likenessLoaded atomic.Pointer[likenessModel]

// likenessSource loads the model on first use where it is built in (the
// command line); the web app hands it over with UseLikenessModel.
var likenessSource func() []byte

// UseLikenessModel installs a model (the bytes of likeness.model).
func UseLikenessModel(b []byte) error {
	m, err := parseLikeness(b)
	if err != nil {
		return err
	}
	likenessLoaded.Store(m)
	return nil
}

func currentLikeness() *likenessModel {
	if m := likenessLoaded.Load(); m != nil {
		return m
	}
	if likenessSource == nil {
		return nil
	}
	m, err := parseLikeness(likenessSource())
	if err != nil {
		return nil
	}
	likenessLoaded.CompareAndSwap(nil, m)
	return likenessLoaded.Load()
}

// LikenessLoaded says whether a model is in use.
func LikenessLoaded() bool { return currentLikeness() != nil }

// parseLikeness reads the model: a header line "likeness 1 REST-IDF", then
// "t<TAB>term<TAB>idf" lines (a term's index is its order) and
// "c<TAB>entry-id<TAB>index:weight,…" lines.
func parseLikeness(b []byte) (*likenessModel, error) {
	if len(b) > maxLikenessBytes {
		return nil, errors.New("likeness model too large")
	}
	lines := strings.Split(string(b), "\n")
	head := strings.Fields(lines[0])
	if len(head) != 3 || head[0] != "likeness" || head[1] != "1" {
		return nil, errors.New("not a likeness model")
	}
	m := &likenessModel{terms: map[string]int{}}
	var err error
	if m.restIDF, err = strconv.ParseFloat(head[2], 64); err != nil || m.restIDF < 0 || m.restIDF > 100 {
		return nil, errors.New("likeness model: bad header")
	}
	for _, line := range lines[1:] {
		cols := strings.Split(line, "\t")
		switch {
		case line == "":
		case cols[0] == "t" && len(cols) == 3:
			idf, err := strconv.ParseFloat(cols[2], 64)
			if err != nil || idf < 0 || idf > 100 || len(m.idf) >= maxLikenessTerms {
				return nil, errors.New("likeness model: bad term")
			}
			m.terms[cols[1]] = len(m.idf)
			m.idf = append(m.idf, idf)
			m.postings = append(m.postings, nil)
		case cols[0] == "c" && len(cols) == 3:
			if len(m.labels) >= maxLikenessEntries {
				return nil, errors.New("likeness model: too many centroids")
			}
			label := len(m.labels)
			m.labels = append(m.labels, cols[1])
			pairs := strings.Split(cols[2], ",")
			if len(pairs) > maxLikenessPerLine {
				return nil, errors.New("likeness model: centroid too long")
			}
			for _, p := range pairs {
				is, ws, ok := strings.Cut(p, ":")
				i, err1 := strconv.Atoi(is)
				w, err2 := strconv.ParseFloat(ws, 64)
				if !ok || err1 != nil || err2 != nil || i < 0 || i >= len(m.idf) || w < 0 || w > 1 {
					return nil, errors.New("likeness model: bad centroid")
				}
				m.postings[i] = append(m.postings[i], likenessPosting{label, w})
			}
		default:
			return nil, errors.New("likeness model: bad line")
		}
	}
	if len(m.labels) == 0 {
		return nil, errors.New("likeness model: no centroids")
	}
	return m, nil
}

// nearest returns the label nearest to the text and its cosine likeness.
func (m *likenessModel) nearest(text string) (string, float64) {
	tf := likenessTerms(text)
	norm := 0.0
	scores := make([]float64, len(m.labels))
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
		return lookAlikeLabel, 0
	}
	best, score := lookAlikeLabel, 0.0
	for l, s := range scores {
		// Ties go to the first centroid, which the file orders by ID.
		if s > score {
			best, score = m.labels[l], s
		}
	}
	return best, score / math.Sqrt(norm)
}

// readsLike is the guess for text the catalogue read as nothing, or nil.
func readsLike(text string) *Likeness {
	m := currentLikeness()
	if m == nil {
		return nil
	}
	id, score := m.nearest(text)
	if id == lookAlikeLabel || score < likenessThreshold {
		return nil
	}
	e := Lookup(id)
	if e == nil {
		return nil
	}
	return &Likeness{Entry: e, Score: score}
}

// likenessTerms are the text's lower-case words and numbers of two
// characters or more (runs of Chinese, Japanese or Korean as character
// pairs) and every pair of adjacent words, with their counts.
func likenessTerms(text string) map[string]float64 {
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
