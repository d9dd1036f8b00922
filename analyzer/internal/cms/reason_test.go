package cms

import (
	"bytes"
	"fmt"
	"testing"
)

// Callers decide by Reason and show Message, through any wrapping.
func TestErrorReasons(t *testing.T) {
	ca := newIdent(t, "Test CA", nil)
	leaf := newIdent(t, "Test Signer", ca)
	der := sign(t, []byte("<plist>version 1</plist>"), leaf, ca, false, nil)
	tampered := bytes.Clone(der)
	tampered[bytes.Index(tampered, []byte("version 1"))+8] = '2'
	sd, err := Parse(tampered)
	if err != nil {
		t.Fatal(err)
	}
	err = fmt.Errorf("profile: %w", sd.Verify(nil))
	if !IsReason(err, DigestMismatch) || IsReason(err, BadSignature) {
		t.Errorf("tampered content: %v is not (only) a DigestMismatch", err)
	}
	if got := Message(err); got != "the content does not match the signed message digest (it changed after signing)" {
		t.Errorf("Message = %q", got)
	}
	_, err = Parse([]byte{0x04, 0x00})
	if !IsReason(err, Malformed) || Message(err) != "not a DER/BER SEQUENCE (first byte 0x04)" {
		t.Errorf("Parse of an OCTET STRING: %v", err)
	}
	sd, err = Parse(der)
	if err != nil {
		t.Fatal(err)
	}
	if err := sd.Verify([]byte("other content")); !IsReason(err, ContentDiffers) {
		t.Errorf("Verify(other content) = %v, want ContentDiffers", err)
	}
	if got := Message(fmt.Errorf("plain")); got != "plain" {
		t.Errorf("Message of a non-CMS error = %q", got)
	}
}
