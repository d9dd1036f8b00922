package text

// Gatekeeper: the Finder's alerts and spctl --assess.
var gatekeeperEntries = []*Entry{
	{
		ID: "text-spctl-rejected-development", Title: "Gatekeeper rejects development-signed code", Severity: Error,
		Source:  "spctl --assess",
		Meaning: "spctl rejected the code and names its signer: a development certificate (Apple Development, Mac Developer). Gatekeeper lets downloaded code run only when it is signed with Developer ID (and notarized) or comes from the Mac App Store.",
		Causes: []string{
			"The build was signed with the development identity Xcode uses for running locally, not with Developer ID Application.",
			"A packaging tool picked the first identity in the keychain, which was a development one.",
		},
		Confirm:    dropApp,
		Fix:        "Sign with Developer ID: `codesign --force --options runtime --timestamp --sign \"Developer ID Application: NAME (TEAMID)\" APP`, notarize with `xcrun notarytool submit APP.zip --wait`, staple, and assess again with `spctl -a -vvv -t exec APP`.",
		Checks:     []string{chkMachoDevSigned, chkMachoNoRuntime, chkMachoNoTimestamp},
		Blocks:     []string{"opens-after-download", "notarization"},
		Supersedes: []string{"text-gatekeeper-unverified"},
		patterns: []pattern{
			pat("origin=", `(?:(?P<lpath>[^:]{1,200}?): )?rejected (?:source=[^=]{1,80}? )?origin=(?P<identity>(?:Apple Development|Mac Developer|Mac Development|iPhone Developer): [^()]{1,80}\([A-Z0-9]{10}\))`),
			// Apparency's reading of the same signature: signed by a
			// development certificate, "The signature does not match any
			// Gatekeeper policy".
			pat("no gatekeeper policy", `\bsignature does not match any Gatekeeper policy\b`),
			// An update checker comparing a download's signer with the last
			// release's: a Developer ID expected, a development certificate found.
			// Prose retelling the same: a release signed with "'Apple
			// Development' signature(s)", "not valid/intended for software
			// distribution" (Developer ID's purpose; not App Store distribution).
			pat("not for distribution", `\bApple Development'? (?:code-?)?signatures? (?:that )?(?:is |are )?not (?:valid|intended|meant) for (?:software distribution|distributing software)`),
			pat("but found", `\bdifferent code-?signature\. EXPECTED [^\n]{1,120}? but FOUND (?P<identity>(?:Apple Development|Mac Developer|Mac Development|iPhone Developer): [^()\n]{1,80}\([A-Z0-9]{10}\))`),
		},
	},
	{
		ID: "text-gatekeeper-damaged", Title: "Gatekeeper: app is damaged", Severity: Error,
		Source:     "Gatekeeper (Finder alert)",
		Supersedes: []string{"text-app-cant-be-opened"},
		Meaning:    "A quarantined (downloaded) app failed the signature check. Despite the word, the file is usually intact; its signature is not.",
		Causes: []string{
			"The app was modified after signing (files added to the bundle, Info.plist edited, a framework replaced).",
			causeDamagedAdhoc,
			"Symlinks in frameworks were flattened when zipping, which breaks the seal.",
		},
		Confirm: dropApp,
		Fix:     "Check with `codesign --verify --deep --strict -vvv App.app` and `spctl -a -vvv App.app`; re-sign inside out, notarize, and zip with `ditto -c -k --keepParent`.",
		Checks:  []string{chkBundleSealed, chkBundleSealAdded, chkBundleSealPlist, chkMachoPageHash, chkMachoUnsigned, chkMachoAdhoc},
		patterns: []pattern{pat("is damaged", `is damaged and (?:can'?t|cannot) be (?:opened|installed)|["“']is damaged,? (?:can'?t|cannot) be opened|\bdamaged and (?:can'?t|cannot) be open|is damaged and (?:won'?t|will not|can'?t|cannot) open\b|已损坏，无法打开`), pat("damaged", `\bdamaged\b[^\n]{0,60}?\b(?:move|moves|moved|throw|throws|put|puts)\b (?:it |the object )?(?:to|in|into) (?:the )?(?:trash|bin)(?:box)?\b`),
			// The alert translated back from another language: "is damaged and
			// can't launch. You should drop it in the recycling bin" (read
			// only where the paste names a Mac or Apple code, see
			// context_gatekeeper.go).
			pat("recycling bin", `\bdamaged\b[^\n]{0,60}?\b(?:move|moves|put|puts|drop|drops|drag|drags|throw|throws|send|sends)\b (?:it )?(?:to|in|into) (?:the )?recycl(?:e|ing) bin\b|\bdamaged\b[^\n]{0,60}?\b(?:drop|drops|drag|drags)\b (?:it )?(?:to|in|into) (?:the )?(?:trash|bin)\b`),
			// The alert's words with "damaged" quoted: (app is "damaged" and
			// can't be opened).
			pat("damaged", `\bis ["“']damaged["”'] and (?:can'?t|cannot) be (?:opened|installed)\b`),
			// An issue title: a macOS app or application that "is
			// "damaged"", the alert's word in quotes.
			pat("damaged", `\b(?:mac ?os|os ?x|mac)\b[^.\n]{0,20}?\b(?:app|application)s? (?:is|are|was|were) ["“']damaged["”']`),
			// The German alert ("ist beschädigt") as people translate it.
			pat("is corrupted", `(?:\.app["”]?|\bapplication) is corrupted and (?:can'?t|cannot) be (?:opened|started|launched)`),
			// The alert in macOS's other languages, told from a damaged
			// document by the advice to move it to the Trash that follows.
			// The alert retold: "a damaged warning on mac", "macOS reports
			// it as damaged", "it says its damaged", "the Mac was convinced
			// the app file was 'damaged'" (read only where the
			// paste is about Apple code, see context.go).
			pat("damaged", `\bdamaged (?:warning|error|message|alert|dialog|popup)s?\b[^.\n]{0,30}\b(?:on|in) (?:a |my |the )?(?:mac|macos|os x|arm64|apple silicon)\b|\b(?:mac ?os|mac|os x|gatekeeper)\b[^.\n]{0,20}\b(?:reports?|says|said|marks?|flags?|thinks|thought|claims|(?:is|was) convinced|believes|believed)\b[^.\n]{0,60}\b(?:is|as|are|was|were) ["“']?damaged\b`),
			// "Gatekeeper on macOS rejects this as "damaged"" (a word or two
			// between: "rejects it as unnotarized, not as damaged" is not it).
			pat("damaged", `\b(?:mac ?os|mac|os x|gatekeeper)\b[^.\n]{0,20}\b(?:rejects?|rejected|blocks?|blocked)(?: \w+){0,2}? as ["“']?damaged\b`),
			// Also "says that the app is damaged".
			pat("damaged", `\b(?:reports?|reporting|reported|says|said|saying|shows?|showing|flag(?:s|ged)?|marks?|marked|thinks)\b(?: that)?[^.\n]{0,16}?\bdamaged\b`),
			// "It tells me the image is damaged": of what Gatekeeper checks
			// (an app, a disk image, an executable, a file), not of a photo
			// library or a package.
			pat("damaged", `\btells (?:me|us|you) (?:that )?(?:it(?:['’]s| is| was)|(?:the|this|my|that) (?:app|application|image|disk image|dmg|executable|file|program|bundle) (?:is|was)) ["“']?damaged\b`),
			// "showed as “damaged” and wouldn't open".
			// Also "the unsigned app is quarantined as \"damaged\"".
			pat("damaged", `\b(?:showed|shown|appeared|appears|quarantined|flagged) as ["“']?damaged\b`),
			// "macOS claims it's "broken"" of an app without notarization
			// (read only where the paste is about Apple code, see
			// context_gatekeeper.go).
			pat("broken", `\b(?:mac ?os|os x|gatekeeper)\b[^.\n]{0,20}?\b(?:claims?|says|reports?|thinks)\b (?:it['’]?s|it is|it to be|(?:that )?(?:the |this |my )?app(?:lication)? (?:is|to be)) ["“']?broken\b`),
			// The alert retold by what it said of the app: "the error that
			// it's damaged", "can't be run due to \"damaged\" error".
			pat("damaged", `\b(?:error|message|alert|warning|popup|dialog)s?\b (?:that|saying) (?:it['’]?s|it is|it was|(?:the |this |my )?(?:app(?:lication)?|\.?dmg(?: file)?|disk image) (?:is|was)) ["“']?damaged\b`),
			// An Apple-silicon build named damaged: "the aarch64 version is
			// damaged" (read only where the paste names a Mac, see
			// context_gatekeeper.go).
			pat("damaged", `\b(?:aarch64|arm64|apple silicon|M[1-5])[ _-]?(?:version|build|release|binary|app|dmg)s? (?:is|are|was|were) ["“']?damaged\b`),
			// The alert's sentence retold in the past tense: "the app was
			// damaged and could not be opened" (an app, not a file).
			pat("damaged", `\b(?:app|application|\.app["”']?) was damaged and (?:could not|couldn'?t|can'?t|cannot|can not) be opened\b`),
			pat("damaged", `\b(?:app|application)\b[^.\n]{0,40}?\bdue to (?:an? |the )?["“']damaged["”'] (?:error|message|warning|alert)\b`),
			// The alert's sentence quoted as a name: "App is damaged"-alert.
			pat("is damaged", `["“](?:the |this |my )?(?:app|application|[^"”\n]{1,60}\.app) is damaged["”]-?\s?(?:alert|message|dialog|popup|warning|error)s?\b`),
			// The alert's title alone in quotes, put in Gatekeeper's or
			// macOS's mouth.
			pat("is damaged", `\b(?:Gatekeeper|macOS|mac OS|OS X)\b[^.\n]{0,80}?["“][^"”\n]{1,60}? is damaged\W?["”]`),
			// "a prompt appears stating the application is damaged".
			pat("damaged", `\b(?:stating|states|stated|saying) (?:that )?(?:the |this |my )?(?:app|application)\b[^.\n]{0,40}?\b(?:is|was) ["“']?damaged\b`),
			pat("damaged", `\b(?:message|alert|dialog|popup|warning)\b[^.\n]{0,30}?\b(?:is|as|are|was) ["“']?damaged\b`),
			// The alert quoted in the past tense: "shows the message
			// 'Application has been damaged.'".
			// Its subject an app, not a file, a library or a disk another
			// program reports damaged.
			pat("damaged", `\b(?:message|alert|dialog|popup|warning)\b[^.\n]{0,12}?["“'](?:[^"”'\n]{0,40}? )?(?:app|application|[^"”'\s]{1,60}\.app)["”']? (?:has|have|had) been damaged\b`),
			// The alert and its advice retold with "corrupt": "its corrupt
			// and ask me to send to trash" (read only where the paste is
			// about Apple code or names a Mac, see context.go).
			pat("corrupt", `\bcorrupt(?:ed)?\b[^.\n]{0,40}?\b(?:asks?|asking|tells?|telling|says?|saying|wants?|suggests?)\b (?:me |you |us )?to (?:move|send|put|throw|drag)\b[^.\n]{0,20}?\b(?:trash|bin)\b`),
			// "an error message that the app is corrupted" (the alert retold).
			pat("corrupted", `\b(?:error|message|alert|dialog|popup|warning)\b[^.\n]{0,20}?\b(?:that|saying) (?:the |this |my )?app(?:lication)? (?:is|was) ["“']?corrupted\b`),
			// Retold as "broken" beside the alert's help page, which says
			// the code does not match the original signed code.
			pat("broken", `\b(?:error|message|alert|dialog|popup|warning)\b[^.\n]{0,20}?\b(?:that|saying) (?:the |this |my )?app(?:lication)? (?:is|was) ["“']?broken\b[^\n]{0,160}?\b(?:differs? from|does(?:n'?t| not) match) the (?:original )?signed (?:app|code)\b`),
			pat("papierkorb", `ist beschädigt und kann nicht geöffnet werden[^\n]{0,80}?Papierkorb`),
			pat("corbeille", `est endommagée? et ne peut pas être ouverte?[^\n]{0,80}?corbeille`),
			pat("cestino", `è danneggiat[oa] e non può essere apert[oa][^\n]{0,80}?cestino`),
			pat("papelera", `está dañad[oa] y no se puede abrir[^\n]{0,80}?papelera`),
			pat("pode ser abert", `está danificad[oa] e não pode ser abert[oa][^\n]{0,80}?(?:lixo|lixeira)`),
			pat("ゴミ箱", `壊れているため開けません[^\n]{0,80}?(?:ゴミ箱|ディスクイメージを取り出す)`),
			// The Chinese alert retold: "提示文件损坏请移到废纸篓" (damaged,
			// move it to the Trash), and its "无法打开" (can't be opened)
			// beside the English word.
			pat("废纸篓", `损坏[^\n]{0,30}?(?:应该将它|应该把它|请)移到废纸篓`), pat("无法打开", `无法打开[:：]?\s?["“']?damaged\b`),
			pat("휴지통", `손상되었기 때문에 열 수 없습니다[^\n]{0,80}?휴지통`),
			// Also retold next to the Mac: "Mac 打开显示 已损坏", "提示应用已损坏",
			// "提示 “App” 已损坏", "显示 "已损坏"" (a quoted name with no
			// extension but .app: "“report.pdf” 已损坏" is a document).
			// Damaged, asked whether it is unsigned, on a Mac: "说文件已损坏，
			// 请问是不是没有签名？Mac OS 26".
			pat("损坏", `已经?损坏[^\n]{0,30}?(?:没有|未|无)(?:进行\s?)?(?:Apple\s?|苹果)?签名[^\n]{0,30}?(?i:\bmac ?os\b)|(?i:\bmac ?os\b|\bmac\b)[^\n]{0,40}?已经?损坏[^\n]{0,30}?(?:没有|未|无)(?:进行\s?)?(?:Apple\s?|苹果)?签名`),
			// Retold as what opening shows on a Mac: "MACOS 打开已损坏是怎么回事"
			// (the app itself is damaged: a named document is not read).
			// The alert retold without 已损坏 on a Mac: "MacOS 打不开移动至废纸篓"
			// (the Trash itself that will not open is Finder's).
			pat("废纸篓", `(?:mac ?os|\bmac\b|苹果)[^\n]{0,20}?(?:打不开|无法打开)[，,\s]{0,2}(?:应该|请)?(?:移动|移到|移至|丢到|扔到)(?:至|到)?废纸篓`),
			pat("损坏", `已损坏[，,。.]?\s?(?:无法打开|打不开)[^\n]{0,80}?废纸篓|(?:mac ?os|\bmac\b|苹果)[^\n]{0,30}?(?:显示|提示|报错|打开(?:了|时|后)?(?:显示|提示)?)\s?(?:应用(?:程序)?|软件|(?:安装)?包)?\s?(?:["“「][^"”」\n.]{1,40}(?:\.app)?["”」]\s?)?["“「]?已经?损坏`),
			// The alert's words quoted as the popup's: "出现“应用已损坏”弹窗",
			// "弹窗提示“App 已损坏”" (an app, not a document, is the subject;
			// read only where the paste names a Mac or Apple code).
			pat("损坏", `["“「](?:应用(?:程序)?|软件|App)\s?已经?损坏["”」]`),
			pat("無法打開", `已損毀[，,]\s?無法打開[^\n]{0,80}?垃圾桶`),
			// The alert in other languages quoted without its advice to move
			// the app to the Trash, told from a damaged file by its subject:
			// a quote, an .app, or the word for an app right before it (read
			// only where the paste names a Mac or Apple code, see context.go).
			pat("поврежден", `(?:[«»"“”„'’*]|\.app|приложение|программа)\s?(?-i:поврежден[оа]? и не может быть открыт[оа]?)`),
			pat("açılamıyor", `(?:[«»"“”„'’*]|\.app|uygulama)\s?hasarlı ve açılamıyor`),
			// The alert's word quoted after macOS: macOS "hasarlı" uyarısı.
			pat("hasarlı", `\bmac ?os\b[^.\n]{0,40}?["“«](?:uygulama )?hasarlı["”»]`),
			pat("không thể mở", `(?:[«»"“”„'’*]|\.app|ứng dụng)\s?bị hỏng và không thể mở`),
			pat("ไม่สามารถเปิดได้", `(?:[«»"“”„'’*]|\.app|แอป)\s?เสียหายและไม่สามารถเปิดได้`),
			pat("uszkodzon", `(?:[«»"“”„'’*]|\.app|aplikacja|program) jest uszkodzon[ya] i nie można (?:go|jej) otworzyć`),
			pat("tidak dapat dibuka", `(?:[«»"“”„'’*]|\.app|aplikasi)\s?rusak dan tidak dapat dibuka`),
			pat("no se puede abrir", `(?:[«»"“”„'’*]|\.app|aplicaci[óo]n|app|["“«„][^\s"“”«»„]{1,40})\s?está dañad[oa] y no se puede abrir`),
			pat("pode ser abert", `(?:[«»"“”„'’*]|\.app|aplicativo|app|["“«„][^\s"“”«»„]{1,40})\s?está danificad[oa] e não pode ser abert[oa]`),
		},
	},
	{
		ID: "text-gatekeeper-unverified", Title: "Gatekeeper: app not notarized or developer not verified", Severity: Error,
		Source:  "Gatekeeper (Finder alert), spctl",
		Meaning: "The downloaded app is not signed with a Developer ID and notarized, or Gatekeeper could not find its notarization ticket.",
		Causes: []string{
			"The app was never notarized, or a different build than the one notarized is being shipped.",
			causeGatekeeperDevelopment,
			"Nested code inside was not covered (signed after notarization, or unsigned).",
			"The ticket is not stapled and the Mac is offline.",
		},
		Confirm: dropNotary,
		Fix:     "Sign with Developer ID Application, hardened runtime and a secure timestamp, notarize with `xcrun notarytool submit App.zip --wait`, staple with `xcrun stapler staple App.app`, and check with `spctl -a -vvv App.app`.",
		Checks:  []string{chkMachoDevSigned, chkMachoAppStoreSigned, chkMachoNoRuntime, chkMachoNoTimestamp},
		patterns: []pattern{
			pat("not downloaded from the app store", `can'?t be opened because it was not downloaded from the App Store`),
			pat("cannot verify that this app is free from malware", `cannot verify that this app is free from malware`),
			// The alert retold with macOS or Apple its subject: 'macOS cannot
			// verify "darktable.app" is free from malware', "MacOS cannot
			// verify the app due to it not being able to detect if it is malware".
			pat("malware", `\b(?:mac\s?OS|Apple) (?:cannot|can['’]?t|can not|could not|couldn['’]?t) verify (?:that )?(?:this app|the app|it|["“'][^"“”'\n]{1,120}["”'])[^.\n]{0,80}?\bmalware\b`),

			pat("developer cannot be verified", `(?:cannot|can'?t) be opened because (?:the developer cannot be verified|it(?: is|['’]?s) from an unidentified developer|Apple (?:cannot|can't) check it for mai?licious software)`),
			// "can not" in two words; the reason clause retold of it or the
			// system: "doesn't start the application because it cannot check
			// it for malicious software", or quoted with a typo: fails
			// because "Apple cannot check it for mailicious software".
			pat("can not check it", `(?:cannot|can'?t) be opened because Apple can not check it for malicious software|\bbecause (?:it|the system|the OS) (?:cannot|can not|can'?t|could not|couldn'?t) check it for malicious software\b|\bbecause ["“]Apple (?:cannot|can not|can'?t) check it for mai?licious software\b`),
			// The reason clause quoted without the rest of the alert.
			pat("developer can not be verified", `\bbecause the develop{1,2}er (?:cannot|can not|can['’]?t) be verified\b`),
			pat("unidentified developer", `\bapp is from an unidentified developer\b`),
			// The refusal retold by those deploying the app: "swda is blocked
			// because it's not from an identified developer", "(GateKeeper)
			// is not allowing this to run", "not passing notarization checks
			// ... because Gatekeeper is enabled to only allow apps from
			// identified developers", "isn't using an Apple approved
			// certificate for signing, and therefor can't be opened".
			pat("not from an identified developer", `\bblocked\b[^\n]{0,40}?\bbecause (?:it|they)(?: is|['’]s| are|['’]re) not from an identifie[dr] developer\b`),
			pat("gatekeeper", `\bGatekeeper\)?\s(?:is not|isn['’]?t|does not|doesn['’]?t|will not|won['’]?t|did not|didn['’]?t) (?:allowing|allow|letting|let)\b[^\n.]{0,30}?\b(?:run|open|launch|start|execute)\b`),
			pat("notarization check", `\bnot passing (?:the )?notari[sz]ation checks?\b|\bbecause Gatekeeper is (?:enabled|set|configured) to only allow apps from\b`),
			pat("approved certificate", `\b(?:isn['’]?t|is not|wasn['’]?t|was not|not) (?:using|signed with|signed by) an Apple[- ]approved certificate\b[^\n]{0,60}?\b(?:can['’]?t|cannot|can not|won['’]?t) be (?:opened|installed|run|launched)\b`),
			// Privacy & Security's note under the alert it replaced.
			pat("not from an identified developer", `\bwas blocked from use because it is not from an identifie[dr] developer\b`),
			// The alert retold by its subject: "(Unknown Developer Warning)",
			// "an unidentified developer alert".
			pat("developer warning", `\b(?:unknown|unidentified) developer["”']? (?:warning|alert|dialog|popup|pop-up)s?\b`),
			// The same by Apple's word alone, named as a problem: "get around
			// the unidentified developer issue" ("unknown developer" is also
			// Play Protect's, so only the alert's word is read here).
			pat("unidentified developer", `\bunidentified developer["”']? (?:issue|problem|error|message|prompt|block|restriction)s?\b`),
			// macOS refusing the app for its missing notarization, told:
			// "macOS still refuses to launch Sil.app because it is a
			// non-notarized app" (a dot inside a name or version is not a
			// sentence's end).
			pat("notarized", `\bmac\s?OS\b[^.\n]{0,30}?\b(?:refuses?|refused|blocks?|blocked|won'?t|will not|doesn'?t|does not)\b(?:[^.\n]|\.\w){0,60}?\bbecause (?:it|the app|this app|the application)(?: is|['’]s| was)? (?:an? )?(?:non-?|un|not )notari[sz]ed\b`),
			// Gatekeeper named by what it does: "it triggers macOS Security
			// feature which blocks unsigned code".
			pat("security feature", `\bmac\s?OS(?:['’]s?)? (?:Security|Gatekeeper)(?: feature| protection| check)?,? (?:which |that )?(?:blocks?|blocked|blocking|prevents?|refuses?)\b[^.\n]{0,20}?\b(?:unsigned|unnotari[sz]ed|unverified) (?:code|apps?|applications?|binar(?:y|ies)|software|dylibs?|librar(?:y|ies)|plug-?ins?)\b`),
			// A release said to set Gatekeeper off: "1.0.5 is triggering
			// Gatekeeper on Tahoe".
			pat("triggering gatekeeper", `\b(?:is|are|keeps?|started?) (?:triggering|to trigger) Gatekeeper\b|\btriggers Gatekeeper (?:on|in|when|after|every)\b`),
			// The reason retold of code the Mac refused: "the binaries are
			// from an unverified developer".
			pat("unverified developer", `\b(?:app|application|binary|binarie|dylib|library|librarie|framework|plugin|plug-in|extension)s? (?:is|are) from an unverified developer\b`),
			// Notarization named as required, then the app that cannot run:
			// "all apps must be notarized by Apple. Therefore the app
			// currently can't be launched".
			pat("notarized", `\b(?:apps?|applications?|software|programs?|binar(?:y|ies)|executables?|builds?|it|they)\s+must be notari[sz]ed\b[^\n]{0,80}?\b(?:can'?t|cannot|can not|won'?t) (?:be )?(?:launch|open|run)(?:ed)?\b`),
			pat("open anyway", `\b(?:Security|Privacy)\b[^\n]{0,40}?\bopen anyways?\b|\b(?:did not|didn['’]?t|does not|doesn['’]?t|won['’]?t|will not) (?:open|launch|start|run)\b[^.\n]{0,30}?\bafter\b[^.\n]{0,30}?\bopen anyways?\b`),
			// A downloaded tool's refusal retold: it "keeps dying because the
			// program is not signed" though allowed in System Settings.
			pat("not signed", `\b(?:dying|dies|died|killed|crash(?:es|ing)?)\b[^.\n]{0,30}?\bbecause (?:the |this |it )?(?:\w+ )?(?:is not|was not|isn['’]t|wasn['’]t) signed\b[^\n]{0,120}?\bpermissions?\b[^\n]{0,40}?\bsystem (?:settings?|preferences)\b`),
			// The alert retold by what it blocked and why: "the usual
			// \"Application execution blocked because not signed\" dialog"
			// (read only where the paste names a Mac, see context_round222.go).
			pat("blocked because not signed", `\b(?:execution|launch(?:ing)?|open(?:ing)?|app(?:lication)?|installer|program)s? (?:(?:was|is|were|are|gets?|got) )?blocked because (?:(?:it|they)(?: is|['’]s| was| are|['’]re| were) )?(?:not signed|unsigned)\b`),
			// A packaging tool's report that its Gatekeeper assessment
			// failed ("Error: Command failed: spctl --assess ..."), quoted
			// without spctl's own verdict.
			pat("command failed: spctl", `\bCommand failed: (?:/usr/sbin/)?spctl (?:--assess|-a)\b`),
			pat("notarization error", `\b(?:app|application)\b[^\n]{0,20}?\b(?:opens?|opening|launch(?:es|ing)?)\b[^\n]{0,30}?\bnotarization error\b`),
			pat("wants to trash", `\bapp won'?t open\b[^\n]{0,30}?\bmacOS wants to (?:move it to the )?(?:trash|bin)\b`),
			// The alert's "Move to Trash" button retold: "MacOs repeatedly
			// told me to move it to the Bin".
			// "my mac doesn't allow me to open the program".
			pat("mac", `\bmac(?:\s?OS)?\b (?:doesn'?t|does not|won'?t|will not|didn'?t|did not) (?:allow|let) me (?:to )?open (?:the |this |my |an |any )?(?:program|app|application)s?\b`),
			pat("move it to the", `\bmac\s?OS\b[^.\n]{0,20}?\b(?:wants|wanted|tells|told|telling|asks|asked|says|said)\b(?: me)? to move (?:it|the app) to the (?:trash|bin)\b`),
			pat("developer cannot be verified", `\bdeveloper cannot be verified|\bbecause it(?: is|'?s) from an unidentified developer`),
			// The same retold with "can't" or "can not".
			// A DAW's scan of a plugin retold: "in Ableton, a window popped up
			// saying it cannot be used because it cannot be verified", the
			// sentence ending there (not "verified against your licence").
			pat("be verified", `\bdeveloper (?:can'?t|can not) be verified\b|\b(?:Ableton|Cubase|Logic Pro|FL Studio|Bitwig|Reaper|Studio One|GarageBand|VST3?|Audio ?Units?)\b[^\n]{0,160}?\b(?:cannot|can'?t|could not|couldn'?t) be (?:used|opened|loaded) because (?:it|the plug-?in) (?:cannot|can'?t|could not|couldn'?t) be verified(?:[.!;,)"”'\x60]|[ \t]*(?:\n|$))`),
			// The plug-in itself untrusted ("RAVE.vst is untrusted"), not a
			// folder, a preset or a repository's index.
			pat("untrusted and", `\b(?:Ableton|Cubase|Logic Pro|FL Studio|Bitwig|Reaper|Studio One|GarageBand)\b[^\n]{0,80}?(?:\.(?:vst3?|component|clap)|\bplug-?ins?|\bVST3?|\bAU|\bit) (?:is|was) untrusted and (?:cannot|can'?t|could not|couldn'?t) be (?:opened|used|loaded)\b`),
			// macOS 15's alert cut short where its reason starts: "could
			// not be opened because Apple could not verify", and its subject
			// quoted alone, "Apple can't verify OpenEmu" (a name, capital
			// first; an account, a purchase or a server is not read, see
			// context_gatekeeper.go).
			pat("because apple could not verify", `\b(?:can'?t|cannot|can not|could not|couldn'?t) be\s{1,2}opened because Apple (?:could not|couldn'?t|cannot|can'?t|can not) verify\b`),
			pat("apple can't verify", `["“]Apple (?:can'?t|cannot|can not|could not|couldn'?t) verify(?: (?-i:[A-Z0-9])[^"”\n.]{0,40}\.?|…|\.{3})["”]`),
			// The older alert's reason (OS X 10.9 to macOS 11), in the Finder
			// and in Security & Privacy: "can't be opened because the
			// identity of the developer cannot be confirmed".
			pat("identity of the developer", `\b(?:can'?t|cannot|can not) be (?:opened|launched)\b[^\n]{0,20}?\bbecause the identity of the developer (?:cannot|can'?t|can not|could not) be confirmed\b|\bwas blocked from (?:use|opening) because the identity of the developer (?:cannot|can'?t) be confirmed\b`),
			// The alert's second sentence alone, which names the setting that
			// refused the app: "Your security preferences allow installation
			// of only apps from the (Mac) App Store and identified developers."
			pat("your security preferences allow", `\bYour security preferences allow installation of only apps from the (?:Mac )?App Store\b`),
			// The alert retold by what macOS said of the app: "Mac OS said
			// it wasn't verified".
			pat("verified", `\bmac\s?OS (?:said|says|told me|complain(?:s|ed)) (?:that )?(?:it|the app|the application) (?:wasn'?t|was not|isn'?t|is not|couldn'?t be|could not be) verified\b`),
			// "Mac is unable to verify publisher": the Mac itself (not
			// Windows, not an iPhone) failing to verify who made the file.
			pat("verify publisher", `\bmac(?:\s?OS)? (?:is unable to|was unable to|can['’]?t|cannot|can not|could not|couldn['’]?t) verify (?:the )?(?:publisher|developer)(?:[ .,;]|$)`),
			// "maleware", a common misspelling, in the alert's words copied by hand.
			pat("could not verify", `Apple could not verify (?:whether )?[“"]?(?P<app>[^"“”]{1,120}?)[”"]? is free (?:of|from) male?ware`),
			// The same alert as people quote it in other words.
			// The same alert retold as "does not contain malware".
			pat("could not verify", `Apple (?:could not|couldn'?t|cannot|can'?t) verify (?:that )?[^\n]{1,120}? does(?: not|n'?t) contain malware`),
			// The same alert retold with another verb: "Apple couldn't
			// detect if it was free of malware".
			pat("free of malware", `\bApple (?:could not|couldn'?t|cannot|can'?t|was unable to|is unable to|wasn'?t able to) (?:detect|confirm|determine|check|tell)(?: if| whether| that)? [^\n]{1,80}? (?:is|was|it'?s) free (?:of|from) malware`),
			pat("able to verify", `Apple (?:is|was) (?:not able|unable) to verify (?:that )?(?:it|this app|[“"](?P<app>[^"“”]{1,120})[”"]) is free (?:of|from) malware`),
			// The developer check retold beside the Mac: "Macbook ... Unable to
			// verify developer.", "lack of verification of developer by Apple",
			// "the developer isnt recognised by Apple". The sentence ends at
			// "developer", so a developer certificate or account is not read.
			pat("developer", `(?:\bmac\w*|\bGatekeeper)\b[^\n]{0,120}?\b(?:unable to|can'?t|cannot|can not|could ?not|couldn'?t|not able to) vert?ify (?:the )?developer(?:[.!?"”)]|\n|$)`),
			pat("developer", `\b(?:can'?t|cannot|can not) (?:be )?open(?:ed)?\b[^\n]{0,60}?\bdeveloper (?:is|was) ?(?:not?|n['’]t) (?:be )?verified\b`),
			pat("developer", `\bmac\s?os\b[^\n]{0,80}?\b(?:flag\w*|say\w*|said|show\w*|warn\w*|complain\w*|tell\w*|gives?|got|get\w*)\b[^\n]{0,40}?\b(?:unverified|unidentified) developer\b`),
			pat("verification", `\bverification of (?:the )?developer by Apple\b`),
			// The alert retold as macOS's verdict on a downloaded binary: "macOS
			// flagged X as potentially containing malware", "macOS doesn't think
			// it's safe", "macOS shows an error screen because the binary was
			// not notarized".
			pat("malware", `\bmac\s?OS\b[^\n]{0,20}?\bflag(?:s|ged)?\b[^\n]{0,160}?\bas (?:potentially |possibly )?(?:containing|contains?|being) malware\b`),
			// The same verdict retold as a hedge, the alert's "could not
			// verify ... free of malware": "the app ... (is) recognized as a
			// possibly malware" (read only where a Mac is named, see
			// context_gatekeeper.go).
			pat("malware", `\b(?:recogni[sz]ed|detected|identified|flagged|marked|seen|treated|considered)\s(?:as|are|is)\s(?:an?\s)?(?:possib\w{0,3}ly|possible|potential(?:ly)?)\s(?:an?\s)?malware\b`),
			// The alert's doubt retold as the system's: "The latest Sequoia
			// version isn't satisfied that spek 0.8.5 is free of malware"
			// (not "Mac", which an antivirus on the Mac could be).
			pat("free of malware", `(?:\bmacOS|\bApple\b|\bSequoia\b|\bTahoe\b|\bSonoma\b|\bGatekeeper\b)[^.\n]{0,60}?\b(?:isn['’]?t|is not|wasn['’]?t|was not) (?:satisfied|sure|convinced|certain)\b(?:[^.\n]|\.\w){0,80}?\b(?:is|was) free (?:of|from) malware\b`),
			pat("safe", `\b(?:open|run|launch)\w*\b[^\n]{0,40}?\bmac\s?OS (?:doesn'?t|does not|didn'?t|did not) (?:think|consider|believe) (?:it|this|the app)(?: i|['’])s safe\b`),
			pat("not notarized", `\bmac\s?OS\b[^\n]{0,20}?\b(?:shows?|gives?|displays?|pops? up|throws?)\b[^\n]{0,30}?\b(?:error|warning|alert|dialog)\b[^\n]{0,30}?\bbecause (?:the |this |it |our )?(?:\w+ )?(?:was|is|were|are) ?(?:not|n['’]t) notari[sz]ed\b`),
			pat("by apple", `\bdeveloper (?:is ?n['’]?t|is not|was ?n['’]?t|was not) (?:recogni[sz]ed|verified|identified) by Apple\b`),
			// Apple's help pages for these alerts, linked by whoever met one.
			pat("support.apple.com", `support\.apple\.com/\S*?(?:apple-cant-check-app-for-malicious-software|mchleab3a043|open-a-mac-app-from-an-unidentified-developer|mh40616)`),
			// macOS's Russian alert that it could not confirm the app is free of malware.
			pat("вредоносного", `Apple не удалось подтвердить, что[^\n]{0,120}?не содержит вредоносного ПО`),
			// macOS 15's alert and the older cannot-check one retold after the
			// Mac or Apple: "Apple warns ... it can't be verified as free of
			// malware", "blocked by apple security as it can't be scanned for
			// malware", "Apple can't check for malicious software", "in my
			// macbook ... it won't open because it can't verify it's free of
			// malware".
			pat("mal", `(?:\bmacOS|\bMac(?:Book)?\b|\bApple\b|\bSequoia\b|\bGatekeeper\b)[^\n]{0,80}?\b(?:can'?t|cannot|could not|couldn'?t|not able to|unable to) (?:be )?(?:verified|scanned|checked|analy[sz]ed|verify|scan|check|analy[sz]e|recogni[sz]e)\b[^.\n]{0,30}?\b(?:malware|malicious software|(?:software|apps?|application|programs?|binar(?:y|ies)|it|this|code) (?:is|are|was) malicious)\b`),
			// The alert's two sentences retold together, whoever the person
			// names as the checker: "Error message states to contact the dev
			// as people can't check if it's malicious" (another system's
			// warning is dropped in context_gatekeeper.go).
			pat("malicious", `\bcontact the dev(?:eloper)?s?\b[^\n]{0,80}?\b(?:can(?:no|['’])?t|could(?:n['’]t| not)|unable to|not able to) (?:be )?check(?:ed)?\b[^.\n]{0,30}?\bmalicious\b|\b(?:can(?:no|['’])?t|could(?:n['’]t| not)|unable to|not able to) (?:be )?check(?:ed)?\b[^.\n]{0,30}?\bmalicious\b[^\n]{0,80}?\bcontact the dev(?:eloper)?s?\b`),
			// The alerts in macOS's other languages, as the system words
			// them or people retell them: the reason clause (developer not
			// verified, unidentified developer, no malware check) is what
			// tells them from any file that cannot be opened.
			pat("kann nicht geöffnet werden", `kann nicht geöffnet werden,? (?:da|weil) (?:der Entwickler nicht verifiziert werden kann|(?:es|sie|er) von einem (?:nicht verifizierten|nicht identifizierten|unbekannten) Entwickler stammt|Apple (?:darin |sie |es )?nicht nach (?:Schad-?Software|Malware|schädlicher Software) suchen kann)`),
			pat("impossibile aprire", `Impossibile aprire[^\n]{0,160}? perch[ée] (?:lo sviluppatore non può essere verificato|proviene da uno sviluppatore non identificato|Apple non può (?:verificare|controllare)[^.\n]{0,60}(?:malware|software dannoso))`),
			pat("ne peut pas être ouvert", `ne peut pas être ouverte? (?:car|parce qu['’]?) ?(?:le développeur ne peut pas être vérifié|(?:il|elle) provient d['’]un développeur non identifié|Apple ne peut pas (?:vérifier|rechercher)[^.\n]{0,60}(?:malveillant|malware))`),
			// The French alert's reason clause, however its opening is typed
			// ("Impossible d'ouvrir", retyped without accents): Apple cannot
			// check it for malicious software.
			pat("car apple ne peut pas", `\bcar Apple ne peut pas v[ée]rifier\b[^.\n]{0,60}?\b(?:logiciels? malveillants?|malware)`),
			pat("no se puede abrir", `no se puede abrir[^\n]{0,160}? porque (?:no se puede verificar (?:al|el) desarrollador|el desarrollador no (?:puede ser verificado|se puede verificar)|(?:es|proviene) de un desarrollador no identificado|Apple no puede (?:comprobar|verificar)[^.\n]{0,60}(?:malicioso|malware))`),
			pat("porque", `(?:Não é possível abrir|não pode ser abert[oa])[^\n]{0,160}? porque (?:o desenvolvedor não pode ser verificado|(?:é|vem) de um desenvolvedor não identificado|a Apple não pode (?:verificar|checar)[^.\n]{0,60}malware)`),
			// macOS 15's alert (Apple could not verify it is free of
			// malware) and Settings' "was blocked to protect your Mac", in
			// other languages; Korean's cannot-check alert.
			pat("macos", `macOS (?:kann nicht (?:verifizieren|überprüfen|bestätigen)|não pode verificar|no puede verificar|non può verificare|ne peut pas vérifier)[^.\n]{0,60}(?:malware|schad-?software|software malicioso|software dannoso|logiciel malveillant)|Apple konnte nicht überprüfen, ob[^\n]{0,120}?frei von Schadsoftware|Apple (?:die (?:App|Anwendung|Software)|das Programm|sie|es) nicht auf Schad-?[Ss]oftware (?:überprüfen|prüfen|untersuchen) (?:konnte|kann)|\bouverture (?:des|d['’]une|de l['’]) ?(?:apps?|applications?|logiciels?) non notaris[ée]|\b(?:ouvrir|lancer) (?:une|des|l['’]) ?(?:apps?|applications?|logiciels?) non notaris[ée]|Apple n[’']a pas pu confirmer que[^\n]{0,120}?ne contenait pas de logiciel malveillant|Apple no pudo verificar que[^\n]{0,120}?(?:libre de malware|software malicioso)|No se ha podido verificar que[^\n]{0,120}?no contenga software malicioso|A Apple não conseguiu verificar[^\n]{0,120}?(?:malware|software malicioso)|マルウェアが含まれていないことを(?:検証できません|macOS\s?[はで]\s?(?:検証|確認)できません)|Apple\s?无法验证[^\n]{0,120}?是否包含[^\n]{0,30}?恶[意性]软件|악성 소프트웨어가 있는지 확인할 수 없기 때문|was blocked to protect your Mac(?:[.。"”*_,;]|\s[-–→>]|$)|已阻止[^\n]{0,80}?以保护\s?Mac`),
			pat("開けません", `(?:開発元を検証できないため|開発元が未確認のため|悪質なソフトウェアかどうかをAppleでは確認できないため)、?開けません`),
			// macOS 15's alert title in Japanese, quoted with the app's name.
			pat("開いていません", `["“][^"”\n]{1,80}["”]\s?は開いていません`),
			// The cannot-check alert retold beside the Mac: "macbook打不开 说是无法检测是否含有恶意软件".
			pat("恶意软件", `(?:\bmac|苹果|打不开|无法打开)[^\n]{0,40}?无法(?:检测|检查)其?是否(?:包含|含有)恶意软件`),
			pat("无法打开", `无法打开[^\n]{0,120}?因为\s?(?:无法验证开发者|它来自身份不明的开发者|Apple\s?无法检查其是否包含恶意软件)|無法打開[^\n]{0,120}?因為\s?(?:無法驗證開發者|它來自未識別的開發者|Apple\s?無法檢查)|无法验证开发者|無法驗證開發者|来自身份不明的?开发者|來自未識別的開發者|macOS\s?无法验证[^。\n]{0,30}恶意软件|macOS\s?無法驗證[^。\n]{0,30}惡意軟體`),
			pat("때문에", `(?:개발자를 확인할 수 없기|확인되지 않은 개발자가 배포했기) 때문에[^\n]{0,120}?열 수 없습니다`),
			// Retold beside the Mac: "Catalina에서 확인되지 않은 개발자로 취급됨".
			pat("확인되지 않은 개발자", `(?i)(?:mac ?os|os ?x|catalina|big sur|monterey|ventura|sonoma|sequoia|tahoe|mojave|맥)[^\n]{0,40}?확인되지 않은 개발자(?:로|의 (?:앱|프로그램)으로) (?:취급|인식|표시|분류|차단)`),
			// The developer check in Turkish and Polish, as people quote it.
			pat("doğrulanam", `geliştirici(?:si)? doğrulanam(?:ıyor|adığı)`),
			pat("dewelopera", `nie można zweryfikować dewelopera`),
			// The same alert in Apple's Taiwanese help page ("App" between the
			// words), in Hebrew, Apple's Hindi help page's title (an app from
			// an unidentified developer) and its Indonesian retelling.
			pat("無法", `無法驗證\s?App\s?開發者|Apple\s?無法檢查\s?(?:App\s?)?是否(?:有|包含)惡意軟體`),
			pat("לא ניתן לאמת את המפתח", `לא ניתן לפתוח[^\n]{0,80}?(?:כי|מכיוון ש)\s?לא ניתן לאמת את המפתח`),
			pat("न पहचाने गए डेवलपर", `न पहचाने गए डेवलपर से ऐप`),
			pat("pengembang tidak dikenal", `\b(?:aplikasi|app)\b[^\n]{0,20}?\bdari ["“]?pengembang tidak dikenal\b`),
			// The second sentence of the cannot-check alert, quoted alone.
			pat("contact the developer for more information", `This software needs to be updated\.? Contact the developer for more information`),
			// The same sentence retold: "a security message with the instruction
			// to request an updated version from the developer".
			pat("security", `\bsecurity (?:message|warning|prompt|pop-?up|dialog|alert)s?\b[^.\n]{0,120}?\b(?:(?:request|ask for|get|obtain|download) an? (?:updated|newer) version (?:of (?:it|the app|the software) )?from the developer|(?:needs to be|must be|should be) updated\b[^.\n]{0,40}?\bcontact the developer)\b`),
			// launchd's reason when syspolicyd refused the executable.
			pat("gatekeeper policy blocked execution", `Gatekeeper policy blocked execution`),
			// Homebrew's cask deprecation ("does not pass the macOS
			// Gatekeeper check") and gktool's scan result.
			pat("gatekeeper", `\b(?:does not|doesn'?t|cannot|can'?t|fails? to|failed to) pass (?:the )?(?:macOS )?Gatekeeper(?: check)?\b|not signed by a distributor that meets the system Gatekeeper requirements|\b(?:is|was|are|were|gets?|got) rejected by (?:macOS )?Gatekeeper\b`),
			// The same verdict told in the active voice ("Gatekeeper rejects
			// the app", "Gatekeeper blocks ad-hoc apps", "triggers Gatekeeper
			// prompts and blocks unsigned apps").
			pat("gatekeeper", `\bGatekeeper(?: (?:prompts?|warnings?|dialogs?|alerts?) and)? (?:hard[- ])?(?:rejects|rejected|blocks|blocked|refuses|refused) (?:[^\s.,;:]{1,30} ){0,4}?(?:apps?|applications?|binar(?:y|ies)|executables?|bundles?|it|them)\b`),
			// Right-click > Open, the way past the alert before macOS 15,
			// told as no longer working.
			pat("click", `\bright[- ]?click(?:ing|ed)?(?: (?:and|then)| ?(?:->|→|>|,))? ["“']?open["”']? (?:does not|doesn'?t|do not|don'?t|did not|didn'?t|no longer|won'?t|will not) (?:work|help)s?\b`),
			// The other way past it, told as done: the override in Privacy &
			// Security, or the app allowed in the security settings, and the
			// app still not opening (context_gatekeeper.go wants that said).
			pat("override", overrideTriedOpen),
			pat("security setting", appAllowedInSecurity),
			pat("source=", `source=(?P<reason>Unnotarized Developer ID|no usable signature|Apple Development|Mac App Store|Notarized Developer ID)`),
			// The same verdict as spctl --raw prints it, a property list.
			pat("assessment:authority:source", `assessment:authority:source</key>\s{0,40}<string>(?P<reason>Unnotarized Developer ID|no usable signature|Apple Development|Mac App Store|Notarized Developer ID)</string>`),
			pat("rejected", `\.(?:app|pkg|dmg|dylib)"?: rejected\b`),
			// spctl's verdict named alone, and the alert's title since macOS 15.
			pat("unnotarized developer id", `\bUnnotarized Developer ID\b`),
			pat(".app", `\.app["”]? (?-i:Not Opened)\b`),
			// The same title after any quoted name (an installer package, a
			// tool, an app named without .app), where it ends the text or a
			// sentence, or the alert's next sentence follows: "“Acme” Not
			// Opened", "\"Acme.pkg\" Not Opened". Title case only: "the
			// \"report\" not opened yet" is not the alert.
			pat("not opened", `"[^"\n]{1,80}" (?-i:Not Opened)(?:\s*$|\s*[.:!]|\s+Apple could not verify\b)`),
			// spctl's verdict on a bare executable: its path, then nothing or
			// the next line (lines are joined by then), not "rejected by".
			pat(": rejected", `(?:^|\s)(?:~|/(?:Users|Applications|Volumes|usr|opt|private|Library))/[^\s:"]{1,200}: rejected(?:\s*$|\s+(?:source=|origin=|(?-i:[A-Z])))`),
			pat("library load disallowed by system policy", `library load disallowed by system policy`),
			// A download said to be quarantined (not "quarantined by" a
			// scanner), then killed as it runs: "The downloaded binary is
			// quarantined per default ... Killed: 9".
			pat("quarantined", `\b(?:binar(?:y|ies)|executables?|download(?:ed)?(?: \w+)?) (?:is|are|was|were|gets?|got|stays?) quarantined(?: (?:per|by) default)?[^\S\n]*(?:[.:,;(]|\n)[\s\S]{0,300}?(?:\bKilled: ?9\b|\b(?:zsh|bash|sh|fish): killed\b|\bexit(?:s|ed)?(?: with)?(?: code| status)? 137\b)`),
			// spctl's command as pasted, its verdict shortened to the word
			// alone on the next line ("$ spctl -a -vvv PATH" then "rejected"),
			// or after a relative path ("./tool: rejected").
			pat("rejected", `\bspctl (?:--assess|-a)\b(?:\s+\S{0,149}[^\s:]){1,5}?\s+(?:\.{1,2}/\S{1,200}: )?rejected(?:\s*$|\s+(?:source=|origin=|\x60{3}|'{3}|\$ ))`),
		},
	},
	{
		ID: "text-gatekeeper-will-damage", Title: "Gatekeeper: app will damage your computer", Severity: Error,
		Source:  "Gatekeeper, XProtect (Finder alert)",
		Meaning: "macOS considers the app harmful: its Developer ID certificate or notarization ticket was revoked, or XProtect recognised it as malware.",
		Causes:  []string{"Apple revoked the signing certificate or the notarization ticket (for example after a key leaked or the account was terminated).", "A file in the app matches a malware signature."},
		Confirm: dropApp,
		Fix:     "Check the certificate's status in your developer account; if it was revoked, create a new Developer ID certificate, re-sign, notarize and redistribute. Contact Apple if you believe it is a false positive.",
		Checks:  []string{chkMachoUntrusted},
		patterns: []pattern{pat("will damage your computer", `will damage your computer|将对您的电脑造成伤害`), pat("malware blocked", `Malware Blocked(?: and|[.,:;]) {1,2}Moved to (?:the )?(?:Trash|Bin)\b`),
			// The alert's title alone after the blocked item's reverse-DNS
			// identifier (not a web domain a DNS filter blocked), or with
			// the Mac named ("com.docker.socket Malware Blocked Mac").
			pat("malware blocked", `(?:\b(?:com|org|net|io|app|dev|co|de|me|eu|fr|jp|cn)(?:\.[a-z0-9\-]+){2,}|\.app)["”']?[ \t]{1,3}(?-i:Malware Blocked)\b|\b(?-i:Malware Blocked) (?:Mac|macOS)\b`), pat("because it contains malware", `was not opened because it contain(?:s|ed) malware`),
			// The dialog's checkbox, and macOS named flagging the app.
			pat("report malware to apple", `Report malware to Apple to protect other users`),
			pat("as malware", `\b(?:mac\s?OS|OS X|Gatekeeper|XProtect)\b[^.\n]{0,60}?\b(?:flags?|flagged|flagging) (?:it|them|the app) as malware\b`),
			// The same retold after an upgrade or of the Mac: "After upgrading
			// to macOS 15.2 Pearcleaner was marked as malware", "my Mac
			// flagged it as malware" (a version's dot kept in the sentence;
			// an antivirus's verdict is not read, see context_lookalikes*.go).
			// "macOS Tahoe deleted the X.app because it was labled as Malware"
			// (the app's name and a common misspelling kept in the sentence).
			pat("as malware", `\b(?:mac\s?OS|(?-i:Mac)|OS X|Gatekeeper|XProtect)\b(?:[^.\n]|\.\d|\.app\b){0,60}?\b(?:flag(?:s|ged|ging)?|mark(?:s|ed|ing)?|label(?:s|ed|led|ing)?|labled)\b(?: (?:it|them|the app|this app|the dmg))? as (?:a )?malware\b`),
			// The alert's title quoted beside the release: '"Malware Blocked"
			// - Tahoe 26' (a DNS filter's page names no macOS).
			pat("malware blocked", `["“](?-i:Malware Blocked)["”][^.\n]{0,40}?\b(?:mac\s?OS|Tahoe|Sequoia|Sonoma)\b|\b(?:mac\s?OS|Tahoe|Sequoia|Sonoma)\b[^.\n]{0,40}?["“](?-i:Malware Blocked)["”]`),
			// The alert named and the app not opening: "a malware error is
			// given and the app is unable to open", "Pop up for Malware
			// disappears, but ... the app can't be opened" (read only where a
			// Mac is named, see context_launch_refusal.go).
			pat("malware", `\b(?:malware (?:error|warning|alert|pop-?up|pop up|message|dialog)|(?:pop-?up|pop up|alert|dialog|warning) (?:for|about) malware)\b[^.\n]{0,60}?\b(?:(?:is |was )?unable to (?:open|launch|start|run)|can(?:not|['’]?t) be opened|(?:can(?:not|['’]?t)|won['’]?t|does(?:n['’]?t| not)) (?:open|launch|start|run))\b`),
			// The verdict retold in Vietnamese: "macOS nhận diện rằng PHTV là
			// malware" (macOS recognises PHTV as malware).
			pat("malware", `\bmac\s?OS nhận (?:diện|dạng)(?: rằng [^.\n]{1,40}?)? là (?:một )?malware\b`),
			// A shipped binary retold as flagged, where the paste names the
			// Mac elsewhere (an issue's OS field): "Language Server is
			// flagged as malware" (context_gatekeeper.go skips other OSes).
			pat("flagged as malware", `\b(?:language server|server|binary|executable|extension|plug-?in|CLI)\b (?:is|was|gets|got|has been|is being) (?:flagged|marked) as (?:a )?malware\b`),
			// XProtect's alert named by what it did: "got this macOS malware
			// dialog and it deleted Codex Computer Use.app".
			pat("malware dialog", `\b(?:mac\s?OS|XProtect)(?:['’]s)? malware (?:dialog|alert|warning|pop-?up|prompt|notification|message)\b[^.\n]{0,60}?\b(?:deleted|deletes|removed|removes|trashed|moved (?:it |the app )?to (?:the )?(?:trash|bin))\b`),
			// XProtect's alert in German: "„X.app“ wurde nicht geöffnet, da
			// Malware darin enthalten ist."
			// Retold: "On launch, macOS detects malware signature and prevents
			// execution then moves the executable to the trash".
			pat("malware", `\b(?:mac\s?OS|XProtect|Gatekeeper)\b[^.\n]{0,20}?\b(?:detects?|detected|detecting|finds|found|identifie[sd]) (?:a |the |known )?malware\b[^.\n]{0,80}?(?:\b(?:prevents?|prevented|blocks?|blocked) (?:its |the |app )?(?:execution|launch|launching|running)\b|\b(?:to|in|into) (?:the )?(?:trash|bin)\b)`),
			pat("da malware darin enthalten ist", `wurde nicht geöffnet, da Malware darin enthalten ist`),
			// XProtect's alert retold: "macOS moves it to the trash stating
			// that the app is malware".
			pat("malware", `\b(?:mac\s?OS|Mac|XProtect|Apple)\b[^.\n]{0,40}?\b(?:moves?|moved|moving|puts?|sends?|sent|throws?)\b (?:it|them|the app|the file|the dmg)\b (?:to|in|into) (?:the )?(?:trash|bin)\b[^.\n]{0,30}?\b(?:stating|saying|says|because|as)\b[^.\n]{0,30}?\b(?:is|as|contains?|containing) (?:a |known )?malware\b`),
			// The same told the other way round: "macOS immediately displays a
			// warning saying that the application “contains malware” and
			// automatically moves it to Trash". macOS must open the clause, so
			// that "Malwarebytes on macOS says ..." is not read.
			pat("malware", `(?:^|[.!?:]\s+|\b(?:and|but|then|so|now)\s+)(?:the\s+)?(?:mac\s?OS|XProtect|Gatekeeper)\b(?:\s+\w+ly|\s+(?:then|now|always|just))?\s+(?:says?|said|saying|states?|stated|warns?|warned|shows?|showed|displays?|displayed|reports?|reported)\b[^.,;\n]{0,50}?["“']?\b(?:contains?|containing|is) (?:a |known )?malware\b["”']?[^.\n]{0,30}?\b(?:moves?|moved|puts?|sends?|sent|throws?)\b (?:it|them|the app|the file|the dmg)\b (?:to|in|into) (?:the )?(?:trash|bin)\b`)},
	},
	{
		ID: "text-gatekeeper-first-launch", Title: "Gatekeeper's first-launch confirmation", Severity: Info,
		Source:  "Gatekeeper (Finder alert)",
		Meaning: "This is the normal question for an app downloaded from the internet that passed Gatekeeper's checks (signed with Developer ID and notarized). Nothing is wrong.",
		Causes:  []string{"The app is quarantined because it was downloaded; the user confirms once."},
		Confirm: dropNoFile,
		Fix:     "Nothing to fix. If the alert instead says the app cannot be verified or is damaged, that is a different problem.",
		// The alert's second sentence too, and the prompt retold ("asks if
		// I want to open it as it was downloaded from the internet").
		patterns: []pattern{pat("downloaded from the internet", `is an app downloaded from the Internet\. Are you sure you want to open it`), pat("downloaded from internet warning", `\bdownloaded from (?:the )?internet warning\b`), pat("apple checked it for malicious", `\bApple checked it for malicious\b`), pat("downloaded from the internet", `\b(?:asks?|asked|asking|prompts?|prompted)\b[^.\n]{0,30}?\bopen it\b[^.\n]{0,30}?\bdownloaded from (?:the )?internet\b`)},
	},
	{
		ID: "text-spctl-not-an-app", Title: "spctl: valid code that is not an app", Severity: Info,
		Source:     "spctl --assess --type exec",
		Meaning:    "spctl's execute assessment only accepts app bundles; a command-line tool, library or plug-in gets this answer even when it is correctly signed and notarized.",
		Causes:     []string{"The file assessed is not an app (a tool, dylib, framework or the executable inside an app)."},
		Confirm:    "the file itself (signdoctor shows its signature kind, Developer ID, hardened runtime and timestamp)",
		Fix:        "Assess the .app instead, or check a tool with `spctl -a -vvv -t open --context context:primary-signature FILE` and `codesign -dvvv FILE`.",
		Checks:     []string{chkMachoDevSigned, chkMachoNoRuntime, chkMachoNoTimestamp},
		Supersedes: []string{"text-gatekeeper-unverified"},
		patterns:   []pattern{pat("does not seem to be an app", `(?:(?P<lpath>[^:]{1,200}?): )?rejected \(the code is valid but does not seem to be an app\)`), pat("does not seem to be an app", `code is valid but does not seem to be an app`), pat("67002", `errSecCSNotAppLike`)},
	},
	{
		ID: "text-pkg-signature-invalid", Title: "Installer: package signature is invalid", Severity: Error,
		Source:  "Installer (macOS)",
		Meaning: "Installer could not verify the installer package's signature, so it refuses to install it.",
		Causes: []string{
			"The package changed after it was signed (a damaged or incomplete download, or a tool that rewrote it after productsign).",
			"It was built and signed on a much newer macOS (macOS 11 or later) and is installed on an old one (OS X 10.11 or earlier), which cannot verify that signature.",
			"A signed distribution refers to component packages outside it (remote http(s) or on another volume), which its signature cannot cover.",
		},
		Confirm: "the package itself (.pkg; signdoctor checks its signature against its table of contents)",
		Fix:     "Download the package again and check it with `pkgutil --check-signature X.pkg`. If you publish it: sign the finished package last (`productsign --sign \"Developer ID Installer: NAME (TEAMID)\" --timestamp unsigned.pkg signed.pkg`), change nothing afterwards, embed component packages in a signed distribution, and build on the oldest macOS you support if older systems refuse it.",
		Checks:  []string{"pkg-signature-invalid"},
		// Installer's alert: "“X.pkg” can’t be installed because its
		// digital signature is invalid. The package may have been corrupted
		// or tampered with."
		patterns: []pattern{pat("digital signature is invalid", `(?:can['’]?t|cannot) be installed because its digital signature is invalid`),
			// The same alert in Russian ("cannot install …, as its digital
			// signature is invalid").
			// pkgutil --check-signature: `Package "X.pkg":` then "Status:
			// invalid signature" (notarytool's verdict is "status: Invalid").
			pat("status: invalid signature", `\bPackage "[^"\n]{1,200}":\s{1,8}Status: (?-i:invalid signature)\b`),
			pat("цифровая подпись недействительна", `(?:Невозможно|Не удается|Не удалось) установить[^\n]{0,80}? так как (?:его|ее|её) (?-i:цифровая подпись недействительна)`), pat("may have been corrupted or tampered with", `The package may have been corrupted or tampered with`),
			// A package signed for the Mac App Store, installed by Installer
			// or MDM (read where the paste says the install failed).
			pat("installer", `\bsigned\b[^\n]{0,80}?\bwith (?:the |a |an |my |our )?["“'‘]?(?:3rd Party Mac Developer Installer|Mac Installer Distribution)\b`),
			// AutoPkg's CodeSignatureVerifier when pkgutil --check-signature
			// refused the download ("verification", where an app's failure
			// says "verifications").
			summaryPat("disable_code_signature_verification", `Code signature verification failed\. Note that all verification can be disabled by setting the variable DISABLE_CODE_SIGNATURE_VERIFICATION\b`)},
	},
}

const causeGatekeeperDevelopment = "It is signed with an Apple Development or other non-Developer ID certificate."

const causeDamagedAdhoc = "It is unsigned or signed ad hoc, and was downloaded on Apple silicon."

// causeMASInstallerIdentity: a package signed for the Mac App Store and
// installed elsewhere; led with where the paste names that identity.
const causeMASInstallerIdentity = "It was signed with a Mac App Store installer identity (3rd Party Mac Developer Installer, Mac Installer Distribution), which only the App Store accepts: Installer and MDM (InstallApplication, InstallEnterpriseApplication) need a package signed with Developer ID Installer, and MDM a distribution package (productbuild) at that."
