package text

import (
	"sync/atomic"

	"github.com/signdoctor/signdoctor/analyzer/internal/likeness"
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

// likenessThreshold is the least likeness said as a guess: on rounds 163-200,
// unseen (TestLikenessOnUnseenRounds), at 0.2 a guess was wrong 1 time in 4,
// at 0.25 1 in 8, at 0.3 it named half as many right; on rounds 201-208 at
// 0.25, 7 of 13 were wrong (neighbours of the right message, mostly).
const likenessThreshold = 0.25

// Likeness is a guess: the entry whose reports the text reads most like.
type Likeness struct {
	Entry *Entry
	// Score is the cosine likeness, 0 to 1.
	Score float64
}

var likenessLoaded atomic.Pointer[likeness.Model]

// likenessSource loads the model on first use where it is built in (the
// command line); the web app hands it over with UseLikenessModel.
var likenessSource func() []byte

// UseLikenessModel installs a model (the bytes of likeness.model).
func UseLikenessModel(b []byte) error {
	m, err := likeness.Parse(b)
	if err != nil {
		return err
	}
	likenessLoaded.Store(m)
	return nil
}

func currentLikeness() *likeness.Model {
	if m := likenessLoaded.Load(); m != nil {
		return m
	}
	if likenessSource == nil {
		return nil
	}
	m, err := likeness.Parse(likenessSource())
	if err != nil {
		return nil
	}
	likenessLoaded.CompareAndSwap(nil, m)
	return likenessLoaded.Load()
}

// LikenessLoaded says whether a model is in use.
func LikenessLoaded() bool { return currentLikeness() != nil }

// maxGuessed is the longest text given a guess: retellings are a few
// lines (the longest held-out record is 2.4 KB), and the words of a
// long log say nothing of one message; reading a MiB's terms took ~34 MB.
const maxGuessed = 64 << 10

// readsLike is the guess for text the catalogue read as nothing, or nil.
func readsLike(text string) *Likeness {
	m := currentLikeness()
	if m == nil || len(text) > maxGuessed {
		return nil
	}
	id, score := m.Nearest(text)
	if id == likeness.LookAlike || score < likenessThreshold || !guessable(text) {
		return nil
	}
	e := Lookup(id)
	if e == nil {
		return nil
	}
	return &Likeness{Entry: e, Score: score}
}

// guessable: a paste that names another system and nothing of Apple's or a
// Mac is that system's, however its words read.
func guessable(text string) bool { return !otherSystemOnly(text) }
