package text

// Look-alikes of the readings added for the CI services, sideloading tools
// and build systems tables and held-out rounds 170 and 171 (the ninth
// look-alike review, lookalike_ri_test.go): the same words in another
// system's message, or in prose that only mentions them.

var (
	// reNamedElsewhereRI: systems whose own messages share these readings'
	// words (provisioning of Windows, Android, MDMs, IoT and networks; TLS
	// and key tools; TVs, browsers and headsets with a developer mode),
	// beyond those saidElsewhereTools knows.
	reNamedElsewhereRI = lazyCompile(`(?i)\.ppkg\b|\bConfiguration Designer\b|\bAndroid Enterprise\b|\bKME\b|\bZebra\b|\bStageNow\b|\bAzure IoT\b|\bDPS\b|\bMeraki\b|\baccess point\b|\bwork profile\b|\bVPN\b|\bWi-?Fi\b|\bEAP-TLS\b|\bcertbot\b|\bKey Vault\b|\bApp Service\b|\bp11-kit\b|\bupdate-ca-(?:trust|certificates)\b|\bdocker\w*\b|/etc/docker\b|\bFirebase\b|\bAppium\b|\bUiAutomator\d?\b|\bMeta for Developers\b|\bFacebook\b|\bZeroSSL\b|\bSectigo\b|\bFortiGate\b|\bchrome://|\bsdb\b|\bTizen\b|\bRoku\b|\bMeta Quest\b|\bSteam Deck\b|\bDecky\b|\bGradle\b|\bsigningConfigs?\b|\bgit\b|\bElectron Forge\b|\bAppImage\b|\bRe-enroll\b|\bNew-Item\b|\bSymbolicLink\b|\bsymlinks?\b|\bOpenVPN\b|\bpfSense\b|\bWireGuard\b|\bnpm\b|--provenance\b|\bPyPI\b|\bpip\b`)
	// reSocialBadge: an account's badge or a subscription left unverified.
	reSocialBadge = lazyCompile(`(?i)\bbadge\b|\bsubscription\b|\bcheck ?mark\b|\bblue check\b`)
	// reHostCertificateExpired: a server's certificate for a host name,
	// refused by apt, curl, git or a browser.
	reHostCertificateExpired = lazyCompile(`(?i)\bcertificate (?:has|is) expired for (?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\b`)
	reHostClient             = lazyCompile(`(?i)\b(?:apt|apt-get|curl|wget|git|npm|pip|https?|SSL|TLS|browser)\b`)
	// reCodeLiteral: an error code written in source code (a case label,
	// a comparison, a constant), not an error met.
	reAgreementCodeInSource = lazyCompile(`(?im)^\s*(?:case\b|if\b|const\b|//|#)[^\n]{0,60}?["']FORBIDDEN\.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED["']|["']FORBIDDEN\.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED["']\s*(?:[:)=,]|==)`)
	// reNoLongerReports: a changelog's fix of a message, quoted.
	reNoLongerReports = lazyCompile(`(?i)\bno longer (?:reports?|prints?|shows?|logs?|throws?|fails? with)\s+["“'‘]`)
	// reKeyClaimAsked: a profile's refusal of a developer key named in a
	// condition or a question, not met.
	reKeyClaimAsked = lazyCompile(`(?i)(?:^|[.!?\n]\s*)(?:if|when|whether|unless|does|do|can|will|would|should)\b[^.!?\n]{0,120}?\bprovisioning profiles? (?:rejects?|refuses?|won['’]?t accept|will not accept|does(?:n['’]?t| not) (?:accept|allow))\b`)
	// reAdhocSigned: ad hoc said of a signature, not of a meeting, a guest
	// or a network.
	reAdhocSigned = lazyCompile(`(?i)\bad[- ]hoc[- ](?:signed|signature|signing|codesign)|\bsigned ad[- ]hoc\b|\bcodesign\b|\bTCC\b`)

	// The new readings' own words, for saidElsewhereRI.
	reProfileNoDeviceRI       = lazyCompile(`(?i)(?:\b(?:provisioning|development|ad[- ]hoc) profile|["“'‘]profile) (?:doesn['’]?t|does not|didn['’]?t|did not) (?:include|contain|list) (?:the|this|that|my|your|our) (?:target |test |current |new )?(?:device|iPhone|iPad)\b`)
	reDeveloperNotTrustedOnRI = lazyCompile(`(?i)\bdeveloper(?: of (?:the|this|that|an?|your) (?:enterprise )?(?:app|application))? (?:isn['’]?t|is not|wasn['’]?t|was not) trusted on (?:your|this|my|the) (?:device|iPhone|iPad|iPod)\b`)
	reNoSigningIdentityRI     = lazyCompile(`(?i)\bNo (?:matching |valid )?(?:code ?)?signing identit(?:y|ies) (?:(?:was|were) )?found\b(?: for ['"][^'"\n]{1,160}['"])?`)
	reStrictRetoldRI          = lazyCompile(`(?i)\bfail(?:s|ed|ing)? (?:the )?strict (?:Apple |macOS )?(?:code[- ]?)?signature[- ]verification\b|\bfailed strict[- ]verification\b|\bstrict[- ]verification (?:invocations?|runs?|checks?|calls?) (?:fail(?:s|ed)?|exit(?:s|ed)? (?:with )?(?:status |code )?1)\b`)
	reP12StepWordsRI          = lazyCompile(`(?i)\bFailed to identify the private key name\b|\bError parsing certificate\. This might be caused by an unsupported algorithm\b|\bUnable to add certificate [^\n]{1,300}? to keychain\b|\bCertificate was not found from PKCS#12 container\b|\bCan't load p12 or private key file\b|\bYour p12 cert might not be valid\b`)
	reNoCertsFromLocationsRI  = lazyCompile(`(?i)\bDid not find any certificates from specified locations\b`)
	reProfileCertsMissingRI   = lazyCompile(`(?i)\bnone of the profile's certificates are installed\b`)
	reProfileUndecodableRI    = lazyCompile(`(?i)\bFailed to find (?:details for the|the UUID for) provisioning profile\b|\bUnable to (?:parse provisioning profile, it may be corrupt|read entitlements from provisioning profile)\b|\bfailed to extract from the provisioning profile "[^"\n]{1,300}"|\bProvisioning profile at \S[^\n]{0,300}? is invalid - check if it has the expected structure\b`)
	reProfileNotFoundStepsRI  = lazyCompile(`(?i)\bNo applications found with bundle id '[^'\n]{1,160}'|\bno provisioning profile was found named '[^'\n]{1,160}'`)
	reDeveloperModeLineRI     = lazyCompile(`(?m)(?-i:\bDeveloper mode is not enabled\.)[ \t]*$`)
	reProfileCorruptRI        = lazyCompile(`(?i)\bprovisioning profile for [^\n]{1,60}? is corrupt or missing\b`)
	rePairedKeyRI             = lazyCompile(`(?i)\bCan't find paired certificate and private key\b`)
	reBundleIDRegisteredRI    = lazyCompile(`(?i)\bbundle identifier for this app has already been registered\b`)
	reFreeCertLimitRI         = lazyCompile(`(?i)\bexhausted the limit of \d+ certificates? for free developer accounts\b`)
	reCodesigningCertErrorRI  = lazyCompile(`(?i)\bappear to have an? error with your codesigning certificate\b|\bunable to automatically resolve your codesigning issue\b`)
	reRequestedSerialRI       = lazyCompile(`(?i)\bno certificate with the requested serial number for this team\b`)
	reNamedProfileExpiredRI   = lazyCompile(`(?i)\bThe provisioning profile [^"\n.]{1,160}? has expired\.`)
	reFailedToFindIOSIdentity = lazyCompile(`(?i)\bFailed to find the iOS signing identity\b`)
	// reCommentQuotesMessage: a code comment that quotes what a tool
	// prints, to handle it.
	reCommentQuotesMessage = lazyCompile(`(?im)^\s*(?://|#|/\*|\*)[^\n]{0,80}?\b(?:prints?|returns?|says?|logs?|throws?|emits?|outputs?|reports?)\s+["“'‘]`)
	// reSideloadToolNamed: the sideloading tools, which name themselves in
	// their messages (SideStore refreshes over a WireGuard VPN).
	reSideloadToolNamed    = lazyCompile(`\b(?:SideStore|AltStore|AltServer|AltSign|zsign|ldid|ios-deploy|iOS App Signer)\b`)
	reAppUnverifiedStaysRI = lazyCompile(`(?i)\b(?:stands?|stays?|remains?)(?: as)? ["“']?(?:unverified|not verified)\b`)
)

// saidElsewhereRI: saidElsewhereTools, or one of the systems this review
// met, named where no Apple product is once the message's words are left
// out.
func saidElsewhereRI(generic *lazyRegexp) func(near, all string) bool {
	tools := saidElsewhereTools(generic)
	return func(near, all string) bool {
		if tools(near, all) {
			return true
		}
		if !generic.MatchString(near) || !reNamedElsewhereRI.MatchString(all) && !reProvisioningElsewhere.MatchString(all) || reSideloadToolNamed.MatchString(all) {
			return false
		}
		return nothingAppleBeyond(generic, all)
	}
}

func init() {
	for id, words := range map[string][]*lazyRegexp{
		"text-device-not-in-profile":            {reProfileNoDeviceRI},
		"text-untrusted-developer":              {reDeveloperNotTrustedOnRI},
		"text-no-signing-certificate":           {reNoSigningIdentityRI, reProfileCertsMissingRI},
		"text-identity-not-found":               {reNoSigningIdentityRI},
		"text-p12-import-failed":                {reP12StepWordsRI},
		"text-signing-certificate-file-missing": {reNoCertsFromLocationsRI},
		"text-profile-undecodable":              {reProfileUndecodableRI},
		"text-no-profiles-found":                {reProfileNotFoundStepsRI},
		"text-developer-mode-off":               {reDeveloperModeLineRI},
		"text-embedded-profile-invalid":         {reProfileCorruptRI},
		"text-profile-missing-certificate":      {rePairedKeyRI},
		"text-bundle-id-unavailable":            {reBundleIDRegisteredRI},
		"text-certificate-limit":                {reFreeCertLimitRI},
		"text-cert-not-trusted":                 {reCodesigningCertErrorRI},
		"text-cert-revoked":                     {reRequestedSerialRI},
		"text-profile-expired":                  {reNamedProfileExpiredRI},
	} {
		for _, w := range words {
			alsoSkip(id, saidElsewhereRI(w))
			alsoSkip(id, func(near, _ string) bool { return w.MatchString(near) && reCommentQuotesMessage.MatchString(near) })
		}
	}
	// Strict verification and an ad hoc grant are any system's words
	// unless Apple, a Mac or its signing is named.
	alsoSkip("text-code-signature-modified", func(near, all string) bool {
		return reStrictRetoldRI.MatchString(near) && !appleOrMacNamed(all)
	})
	alsoSkip("text-privacy-access-refused", func(near, all string) bool {
		return reAdhocNoGrantRe.MatchString(near) && !reAdhocSigned.MatchString(all) && !appleOrMacNamed(all)
	})
	alsoSkip("text-untrusted-developer", func(near, _ string) bool {
		return reAppUnverifiedStaysRI.MatchString(near) && reSocialBadge.MatchString(near)
	})
	alsoSkip("text-profile-missing-entitlement", func(near, _ string) bool { return reKeyClaimAsked.MatchString(near) })
	alsoSkip("text-agreement-required", func(near, _ string) bool { return reAgreementCodeInSource.MatchString(near) })
	alsoSkip("text-identity-not-found", func(near, _ string) bool {
		return reFailedToFindIOSIdentity.MatchString(near) && reResolvedProse.MatchString(near) && reNoLongerReports.MatchString(near)
	})
	alsoSkip("text-cert-expired", func(near, all string) bool {
		return reHostCertificateExpired.MatchString(near) && reHostClient.MatchString(near)
	})
}
