package text

// Look-alikes of the readings added for held-out rounds 219 to 222 (the
// twentieth look-alike review, lookalike_rt_test.go): the words in prose
// that only mentions them (a changelog, docs, a code comment), and a web
// filter's or a browser's "Malware Blocked" page or malware warning on a
// Mac, which blocks a site or a download, not an app.

// reWebFilterRT: a DNS filter, a firewall or a browser, whose malware
// warnings block a site or a download.
var reWebFilterRT = lazyCompile(`(?i)\b(?:NextDNS|Pi-?hole|AdGuard|Forti\w+|firewall|router|proxy|DNS|Chrome|Firefox|Edge|Brave|Opera|Safe Browsing|URL|web ?site|domain)\b|["“]Malware Blocked["”] page\b`)

func init() {
	gk := "text-gatekeeper-will-damage"
	damaged := entryWordsWith("text-gatekeeper-damaged", "damaged", "quarantined")
	skipWordsToldElsewhere("text-gatekeeper-damaged", damaged)
	unverified := entryWords("text-gatekeeper-unverified", "blocked because not signed") + "|" + entryWordsWith("text-gatekeeper-unverified", "malware", "verify")
	skipWordsToldElsewhere("text-gatekeeper-unverified", unverified)
	shown := entryWords(gk, "malware blocked") + "|" + entryWordsWith(gk, "malware", "unable to")
	w := skipWordsToldElsewhere(gk, shown+"|"+entryWordsWith(gk, "malware", "nhận")+"|"+entryWordsWith(gk, "as malware", "labled"))
	// "Malware Blocked" or a malware warning in a web filter's or a
	// browser's sentence.
	alsoSkip(gk, func(near, _ string) bool {
		if !w.MatchString(near) {
			return false
		}
		for _, s := range reSentenceEndRQ.get().Split(near, -1) {
			if w.MatchString(s) && reWebFilterRT.MatchString(s) {
				return true
			}
		}
		return false
	})
}
