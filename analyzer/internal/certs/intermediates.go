package certs

import (
	"crypto/x509"
	"embed"
)

// Apple's intermediates that issue developers' certificates, embedded so a
// certificate dropped on its own (a .cer exported from Keychain Access,
// which carries no chain) is judged by its chain to Apple Root CA:
//
//   - AppleWWDRCA.cer: Apple Worldwide Developer Relations Certification
//     Authority (the first), which issued iPhone/Mac Developer and
//     Distribution certificates until 2020;
//   - AppleWWDRCAG3.cer: its G3 successor, which issues Apple Development and
//     Apple Distribution certificates;
//   - DeveloperIDG2CA.cer: Developer ID Certification Authority G2, which
//     issues Developer ID certificates since 2022.
//
// Their bytes are Apple's: each is signed by Apple Root CA (roots/, taken
// from a real Apple signature), which TestEmbeddedIntermediates verifies, so
// where the copies came from (apple-platform-rs's apple-certs) adds no trust.
// They are intermediates only: a chain must still end at a pinned root.

//go:embed intermediates/*.cer
var intermediateFiles embed.FS

// Intermediate fingerprints (SHA-256 of the DER), pinned so a changed file
// is noticed.
const (
	WWDRCASHA256        = "CE057691D730F89CA25E916F7335F4C8A15713DCD273A658C024023F8EB809C2"
	WWDRCAG3SHA256      = "DCF21878C77F4198E4B4614F03D696D89C66C66008D4244E1B99161AAC91601F"
	DeveloperIDG2SHA256 = "F16CD3C54C7F83CEA4BF1A3E6A0819C8AAA8E4A1528FD144715F350643D2DF3A"
)

// EmbeddedIntermediates returns the certificates of intermediates/.
func EmbeddedIntermediates() []*x509.Certificate {
	entries, _ := intermediateFiles.ReadDir("intermediates")
	var out []*x509.Certificate
	for _, e := range entries {
		b, err := intermediateFiles.ReadFile("intermediates/" + e.Name())
		if err != nil {
			continue
		}
		if c, err := x509.ParseCertificate(b); err == nil {
			out = append(out, c)
		}
	}
	return out
}
