package e2e

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/signdoctor/signdoctor/internal/testfixture"
	pkcs12 "software.sslmate.com/src/go-pkcs12"
)

// testIdentityPassword drops a .p12, types a marker password in the field
// the page shows beside it, and checks that the identity opens and that the
// password appears nowhere: not in any request, the page, its URL, its
// storage or the share link.
func (b *browser) testIdentityPassword(t *testing.T) {
	var nonce [8]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		t.Fatal(err)
	}
	marker := "Pw-" + hex.EncodeToString(nonce[:])
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(7), Subject: pkix.Name{CommonName: "Apple Development: Browser Test (ABCDE12345)", OrganizationalUnit: []string{"ABCDE12345"}},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	p12, err := pkcs12.Modern2023.Encode(key, cert, nil, marker)
	if err != nil {
		t.Fatal(err)
	}
	file := testfixture.WriteFile(t, "Identity.p12", p12)

	servedBefore := len(b.served.snapshot())
	tb := b.newTab(t)
	tb.open("/")
	tb.drop(file)
	tb.do("wait for the password field", chromedp.WaitVisible(chromedp.ID("identity-password-0")))
	tb.do("type a wrong password", chromedp.SendKeys(chromedp.ID("identity-password-0"), marker+"-wrong"), chromedp.Click(chromedp.ID("unlock-submit")))
	tb.do("wait for the wrong-password finding", chromedp.WaitReady(chromedp.CSS(`.finding[data-id="identity-wrong-password"]`)))
	// The page moves the focus to the answer once the report is drawn;
	// typing before that would send the rest of the password elsewhere.
	tb.do("wait for the report and its focus", chromedp.WaitReady(chromedp.CSS(reportDrawn)),
		chromedp.Poll[chromedp.Void](`document.activeElement !== null && document.activeElement.id === "verdicts"`, chromedp.WithPollingTimeout(appTimeout)))
	tb.do("type the password", chromedp.WaitVisible(chromedp.ID("identity-password-0")),
		chromedp.SendKeys(chromedp.ID("identity-password-0"), marker), chromedp.Click(chromedp.ID("unlock-submit")))
	tb.do("wait for the identity", chromedp.WaitReady(chromedp.CSS(`.finding[data-id="identity-kind"]`)))
	tb.do("make a share link", chromedp.Click(chromedp.ID("share-button")), chromedp.WaitVisible(chromedp.ID("share-link")))

	where := map[string]string{
		"the page":       evaluate[string](tb, `document.documentElement.outerHTML`),
		"its URL":        evaluate[string](tb, `location.href`),
		"its storage":    evaluate[string](tb, `JSON.stringify(localStorage) + JSON.stringify(sessionStorage)`),
		"the share link": evaluate[string](tb, `document.getElementById("share-link").value`),
	}
	for place, text := range where {
		if strings.Contains(text, marker) {
			t.Errorf("the password is in %s", place)
		}
	}
	requests, served := tb.recorded(), b.served.snapshot()[servedBefore:]
	for _, v := range b.uploadViolations(requests, tb.webSockets(), served, [][]byte{[]byte(marker)}) {
		t.Error(v)
	}
}
