package ticket

import (
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

// FuzzParse: any input parses or fails with an error, never panics, and a
// parsed ticket's entries and signature lie within the input.
func FuzzParse(f *testing.F) {
	for _, c := range corpusTickets(f) {
		f.Add(c.raw)
	}
	if b, err := testsign.Ticket([]testsign.TicketHash{{Type: 2, Hash: make([]byte, 20)}}, time.Unix(1.6e9, 0)); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tk, err := Parse(b)
		if err != nil {
			return
		}
		if len(tk.Signed)+len(tk.Signature) > len(b) || len(tk.CDHashes)*21 > len(b) {
			t.Fatalf("ticket larger than its %d bytes", len(b))
		}
		_ = tk.VerifySignature()
		for _, c := range tk.CDHashes {
			tk.Names(c.HashType, c.Hash)
		}
	})
}
