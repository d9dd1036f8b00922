package text

import (
	"strings"
	"testing"
)

// gkAlertForm is one way an alert macOS shows when it refuses to open an
// app or installer reaches a paste: Gatekeeper's Finder alerts (unidentified
// developer, developer cannot be verified, Apple cannot check it for
// malicious software, macOS 15's "Not Opened", damaged, not from the App
// Store), XProtect's malware alerts, the Security section of System
// Settings (Privacy & Security, "Open Anyway"), and Installer's package
// alerts, in English and in the languages people paste them in. want is
// the entry the first finding must be; "" means the text is no refusal (a
// confirmation the user answers once, a document's own damage), so nothing
// above a note may be found.
type gkAlertForm struct {
	msg, form, text, want string
}

// Forms a paste puts around an alert: quoted in a GitHub issue (each line
// after "> "), fenced as a code block, or joined onto one line the way
// people retype a dialog's title and body.
func gkQuote(alert string) string {
	return "> " + strings.ReplaceAll(alert, "\n", "\n> ")
}

func gkFenced(alert string) string {
	return "```\n" + alert + "\n```"
}

func gkOneLine(alert string) string {
	return strings.Join(strings.Fields(alert), " ")
}

// The alerts are Apple's wording, copied from public GitHub issues and
// pages that quote them in full (each with its URL and the macOS version
// the thread names), and from Apple's own pages: "Safely open apps on
// your Mac" (https://support.apple.com/en-us/102445, whose alerts are
// pictures, so its words are only the page's), "Apple can't check app for
// malicious software" (https://support.apple.com/guide/mac-help/mchleab3a043/mac)
// and "Open a Mac app from an unknown developer"
// (https://support.apple.com/guide/mac-help/mh40616/mac). App names, file
// names, hosts and times are neutral placeholders (Acme). Left out: the
// alerts whose threads show only a screenshot (most of them: appium
// #554, spotube #1086, desktop #8567, AirBattery #67), Installer's expired
// certificate alert (SubEthaEdit #179 retells it, no thread quotes it),
// the French alert as Apple words it (only a user's retyping with typos
// was found, kept as such), macOS 15's Japanese and Spanish alert bodies
// (not found quoted), and the Mac App Store's receipt alert ("is damaged
// and can't be opened. Delete … and download it again from the App
// Store"), whose only source here is a placeholder page.
//
// Measured before any change (go test ./analyzer/internal/text -run
// 'TestGatekeeperAlert' -v): 60 of 69 forms read right at first.
const (
	// macOS 10.15 to 14: Gatekeeper's Finder alerts.
	// https://github.com/Ji4n1ng/OpenInTerminal/issues/47 (2019), https://github.com/phonegap/phonegap-app-desktop/issues/355
	gkUnidentified = `“Acme” can’t be opened because it is from an unidentified developer.`
	// https://github.com/mmattozzi/cocoa-rest-client/issues/133 (2017), https://github.com/machawk1/wail/issues/59
	gkUnidentifiedPrefs = `“Acme” can’t be opened because it is from an unidentified developer.
Your security preferences allow installation of only apps from the App Store and identified developers.`
	// https://github.com/timcharper/git_osx_installer/issues/150 (macOS 10.15)
	gkUnidentifiedPkg = `"acme-2.23.0-intel-universal-mavericks.pkg" cannot be opened because it is from an unidentified developer.`
	// https://github.com/stevschmid/track-o-bot/issues/39 (OS X 10.9.5), https://github.com/airsquared/blobsaver/issues/158 (10.14.6)
	gkIdentityNotConfirmed = `"Acme.app" can't be opened because the identity of the developer cannot be confirmed`
	// https://github.com/exelban/stats/issues/2132, https://github.com/jamaljsr/polar/issues/544 (2022)
	gkDevUnverified = `“Acme.app” cannot be opened because the developer cannot be verified.`
	// https://github.com/flutter/flutter/issues/141453 (a tool in a Flutter SDK)
	gkDevUnverifiedTool = `“idevicesyslog” cannot be opened because the developer cannot be verified.`
	// https://basilsalad.com/kitchen/is-that-app-safe-to-open/ (title and body)
	gkDevUnverifiedBody = `“Acme” cannot be opened because the developer cannot be verified.
macOS cannot verify that this app is free from malware.`
	// The dialog as people copy it with its footer and buttons:
	// https://github.com/VerusCoin/Verus-Desktop/issues/272 (2025),
	// https://github.com/1kc/razer-macos/issues/913 (the body, 2024),
	// https://github.com/OpenEmu/OpenEmu/issues/4315 (one line, 2020).
	gkDevUnverifiedButtons = `Acme Desktop cannot be opened because the developer cannot be verified
macOS cannot verify that this app is free from malware.
Safari downloaded this file on [date].
[Move to Trash] [Cancel] (buttons)`
	gkDevUnverifiedChrome = `"macOS cannot verify that this app is free from malware.

Chrome downloaded this file today at 10:33 AM."`
	gkDevUnverifiedOneLine = `"'Acme' cannot be opened because the developer cannot be verified. MacOS cannot verify that this app is free from malware."`
	// https://github.com/univ-of-utah-marriott-library-apple/display_manager/issues/13 (macOS 10.14.5)
	gkCannotCheckPkg = `“Acme-1.0.2.pkg” can’t be opened because Apple cannot check it for malicious software.

This software needs to be updated. Contact the developer for more information.

Safari downloaded this file today at 5:00 PM from github-production-release-asset-2e65be.s3.amazonaws.com.`
	// https://github.com/ther0n/UnnaturalScrollWheels/issues/33 (2021)
	gkCannotCheckBrew = `“Acme” can’t be opened because Apple cannot check it for malicious software.

This software needs to be updated. Contact the developer for more information.

Homebrew Cask downloaded this file today at 2:45 PM from github.com.`
	// https://github.com/freefelt/YouType/issues/11 (2022)
	gkCannotCheckSafari = `“Acme.app” can’t be opened because Apple cannot check it for malicious software.
This software needs to be updated. Contact the developer for more information.
Safari downloaded this file today at 11:37.`
	// https://github.com/johnno1962/InjectionIII/issues/178 (a dylib)
	gkCannotCheckDylib = `"eval101.dylib" can't be opened because Apple cannot check it for malicious software.`
	// https://github.com/microsoft/vscode/issues/88496 (title, 2020)
	gkCannotCheckCanNot = `Can't be opened because Apple can not check it for malicious software`
	// https://github.com/altstoreio/AltStore/issues/51 (a disk image, 2019)
	gkCannotCheckDmg = `"Acme.dmg can't be opened because Apple cannot check it for malicious software."`
	// Since macOS 15: https://github.com/exelban/stats/issues/2712
	gkNotOpened = `“Acme” Not Opened
Apple could not verify “Acme” is free of malware that may harm your Mac or compromise your privacy.`
	// https://github.com/qmk/qmk_toolbox/issues/514 (an installer package's title alone)
	gkNotOpenedPkg = `"Acme.pkg" Not Opened`
	// https://github.com/Homebrew/homebrew-cask/issues/224670 (retyped on one line)
	gkNotOpenedLower = `"acme" not Opened: Apple could not verify "acme" is free of malware that may harm your Mac`
	// https://github.com/TheBoredTeam/boring.notch/issues/878 (lowercased)
	gkNotOpenedRetold = `"acme could not be opened - apple could not verify acme is free of malware that may harm your mac or compromise your privacy".`
	// Not from the App Store, where the Mac allows only the App Store:
	// https://github.com/jimjimca/Smolr (README), https://github.com/oklai/koala/issues/298
	gkNotFromStore = `“Acme.app” can’t be opened because it was not downloaded from the App Store.`
	// System Settings > Privacy & Security > Security, since macOS 15:
	// https://github.com/jimjimca/Smolr (README), https://github.com/TheBoredTeam/boring.notch/issues/878
	gkBlockedProtect = `“Acme.app” was blocked to protect your Mac.`
	// System Preferences > Security & Privacy > General, before macOS 15:
	// https://github.com/zats/LiteratureClock/issues/6
	gkBlockedFromUse = `'Acme.saver' was blocked from use because it is not from an identified developer.`
	// https://github.com/BetterDiscord/Installer/issues/145 (macOS 11.4, title)
	gkIdentityTitle = `"File Can’t be Opened Because the Identity of the Developer Cannot be Confirmed"`

	// Damaged: https://github.com/ZacharyL2/KeyEcho/issues/3,
	// https://github.com/FastTrackOrg/FastTrack/issues/64 (from a disk
	// image), https://github.com/Vita3K/Vita3K/issues/3908 (British English).
	gkDamaged      = `“Acme.app” is damaged and can’t be opened. You should move it to the Trash.`
	gkDamagedEject = `"Acme.app" is damaged and can't be opened. You should eject the disk image.`
	gkDamagedBin   = `“Acme” is damaged and can’t be opened. You should move it to the Bin.`
	// https://github.com/mjdescy/TodoTxtMac/issues/8 (OS X, 2014)
	gkDamagedTitle = `Error message after install: "Acme" is damaged and can't be opened. You should move it to the Trash.`

	// XProtect and revoked signatures:
	// https://github.com/2009-Nissan-Cube/About-This-Hack/issues/5 (macOS 13 beta)
	gkWillDamage = `'Acme' will damage your computer. You should move it to the Trash.`
	// https://github.com/docker/for-mac/issues/7615 (2025)
	gkMalware = `Malware blocked "com.acme.helper" was not opened because it contains malware. This action did not harm your Mac`

	// Installer: https://github.com/nodejs/help/issues/3791 (OS X 10.10.5),
	// https://github.com/sparkle-project/Sparkle/issues/205 (OS X 10.8).
	gkPkgInvalid = `acme-v16.14.2.pkg can't be installed because its digital signature is invalid.
The package may have been corrupted or tampered with. Get a new copy of the package and try again.`
	gkPkgInvalidMpkg = `Acme.mpkg can't be installed because its digital signature is invalid.`
	// https://github.com/apparition47/MailTrackerBlocker/issues/53 (OS X 10.11.6, retold)
	gkPkgInvalidRetold = `OS X 10.11.6 reports, "Acme.pkg can't be installed because its digital signature is invalid."`
	// installer(8): https://github.com/wireapp/wire-desktop/issues/1775 (macOS Sierra)
	gkInstallerUntrusted = `$ sudo installer -pkg acme-3.3.2862.pkg -target /
installer: Package name is Acme
installer: Certificate used to sign package is not trusted. Use -allowUntrusted to override.`
	// installd's log: https://github.com/360Controller/360Controller/issues/130 (2015)
	gkPackageKitUntrusted = `Aug  7 14:19:07 Acme-MacBook-Pro.local installd[841]: PackageKit: Install Failed: Error Domain=PKInstallErrorDomain Code=102 "The package “Acme.pkg” is untrusted." UserInfo=0x7f84abe17da0 {NSUnderlyingError=0x7f84abe102b0 "The operation couldn’t be completed. No signer for OCSP response found", NSURL=file://localhost/Volumes/AcmeInstall/Acme.pkg#Acme.pkg, PKInstallPackageIdentifier=com.acme.pkg, NSLocalizedDescription=The package “Acme.pkg” is untrusted.}`

	// Not refusals: the first-launch question of a notarized download
	// (https://github.com/MacPass/MacPass/issues/1145, title), the question
	// after Open Anyway (https://github.com/jimjimca/Smolr README), and
	// Preview's alert about a damaged document
	// (https://github.com/vgough/encfs/issues/70).
	gkFirstLaunch   = `“Acme” is an app downloaded from the Internet. Are you sure you want to open it?`
	gkNotStoreAsk   = `“Acme.app” is not from the App Store. Are you sure you want to open it?`
	gkPreviewDamage = `"File_1" is damaged and can't be opened. You should eject the disk.`

	// Chinese: https://github.com/wanghongenpin/proxypin/issues/573 (2025),
	// https://github.com/facebook/flipper/issues/5548,
	// https://github.com/zfdang/process-viewer-for-macos/issues/1,
	// https://github.com/richardyrh/TrojanX/issues/1 (older wording),
	// https://github.com/HeiSir2014/M3U8-Downloader/issues/33 (Traditional),
	// https://github.com/MustangYM/WeChatExtension-ForMac/issues/995 (macOS 11.4),
	// https://github.com/clash-verge-rev/clash-verge-rev/issues/992 (a helper).
	zhCannotCheck   = `无法打开“Acme.app”，因为Apple无法检查其是否包含恶意软件。`
	zhDevUnverified = `无法打开“Acme.app”，因为无法验证开发者。`
	zhDamaged       = `“Acme.app”已损坏，无法打开。 你应该将它移到废纸篓。`
	zhDamagedOld    = `“Acme.app”已损坏，打不开。 您应该将它移到废纸篓。`
	zhTWDamaged     = `「Acme」已損毀，無法打開。 您應該將其丟到「垃圾桶」。`
	zhWillDamage    = `“Acme”将对您的电脑造成伤害。 您应该将它移到废纸篓。`
	zhHelper        = `安装服务模式 无法打开“com.acme.helper”，因为Apple无法检查是否包含恶意软件。`
	// Japanese: https://github.com/murosan/shogi-board/issues/91,
	// https://ringosuki.hateblo.jp/entry/2016/11/06/ (unidentified developer),
	// https://sp7pc.com/?p=74297 (macOS 15's title).
	jaDevUnverified = `”Acme”は開発元を検証できないため開けません。`
	jaUnidentified  = `Acmeは、開発元が未確認のため開けません`
	jaNotOpened     = `"Acme"は開いていません`
	// German: https://github.com/portfolio-performance/portfolio/issues/999,
	// https://github.com/ther0n/UnnaturalScrollWheels/issues/111 (macOS 26.3.1),
	// https://www.antwort.net/a/technologie/warum-wird-die-app-openoffice-nicht-geoeffnet-weil-der-entwickler-nicht-verifiziert-werden-kann.html,
	// https://www.pctipp.ch/praxis/apple/autorisierte-apps-mac-oeffnen-2960829.html (Swiss quotes).
	deDamaged       = `„Acme.app“ ist beschädigt und kann nicht geöffnet werden. Es empfiehlt sich, das Objekt in den Papierkorb zu bewegen.`
	deMalware       = `„Acme.app“ wurde nicht geöffnet, da Malware darin enthalten ist. Durch diese Aktion hat dein Mac keinen Schaden genommen.`
	deDevUnverified = `Acme kann nicht geöffnet werden, weil der Entwickler nicht verifiziert werden kann`
	deCannotCheck   = `«Acme kann nicht geöffnet werden, da Apple darin nicht nach Schad-Software suchen kann»`
	// Russian: https://github.com/webosbrew/dev-manager-desktop/issues/282,
	// https://github.com/AnvilNote/anvilnote-desktop (README.ru.md).
	ruNotVerified = `Apple не удалось подтвердить, что файл «Acme.app» не содержит вредоносного ПО, которое может нанести вред Вашему Mac или конфиденциальности Ваших данных.`
	ruDamaged     = `«Acme» повреждено и не может быть открыто`
	// Spanish: https://github.com/Respawn84/dosbox-launcher-mac (SOLUTION.md);
	// Portuguese: https://github.com/victorbenazzi/metacodex (README.pt-BR.md).
	esDamaged = `"Acme está dañado y no se puede abrir. Deberías moverlo a la papelera."`
	ptDamaged = `"Acme.app" está danificado e não pode ser aberto. Você deve movê-lo para o Lixo.`
	// More of the same alerts: Spanish
	// (https://github.com/polite0803/AxAgent README-ES.md,
	// https://github.com/Sephuu/app-ac SOLUCION_ERRORES_MAC.md,
	// https://blog.silverpc.hu/2025/09/22/5-razones-por-las-que-tus-aplicaciones-no-se-instalan-en-mac-y-como-arreglarlo),
	// Portuguese (https://github.com/victorbenazzi/metacodex README.pt-BR.md),
	// Italian (http://www.electropage.it/archives/sviluppatore-non-verificato-come-aprire-app-mac/,
	// https://chimerarevo.com/?p=342790), Korean (https://s1forum.kr, a
	// plug-in), German with its quotes (https://www.antwort.net, Disk
	// Inventory X).
	esCannotCheck   = `«Acme» no se puede abrir porque Apple no puede comprobar si contiene software malicioso`
	esUnidentified  = `"Acme no se puede abrir porque proviene de un desarrollador no identificado"`
	esDevUnverified = `„La aplicación no se puede abrir porque el desarrollador no puede ser verificado”`
	ptDevUnverified = `"Acme" não pode ser aberto porque o desenvolvedor não pode ser verificado.`
	itDevUnverified = `“Impossibile aprire perché lo sviluppatore non può essere verificato“.`
	itUnidentified  = `Impossibile aprire l’applicazione perché proviene da uno sviluppatore non identificato`
	koDevUnverified = `개발자를 확인할 수 없기 때문에 Acme.vst을(를) 열 수 없습니다.`
	deDevQuoted     = `„Acme kann nicht geöffnet werden, weil der Entwickler nicht verifiziert werden kann“`
	// Installer in Russian, as a page's title words it
	// (https://megavtogal.com/sistema/nevozmozhno-ustanovit-paket-tak-kak-ego-cifrovaya-podpis-nedejstvitelna-mac-os.html).
	ruPkgInvalid = `Невозможно установить пакет так как его цифровая подпись недействительна mac os`
	// Installer's alert of a package whose certificate has expired
	// (https://becomethesolution.com/mac/the-package-was-signed-with-a-certificate-that-has-expired),
	// and an old macOS installer app's (its Apple certificate expired,
	// https://atsblog.allcovered.com/2016/04/29/outdated-cert-results-in-corrupt-installer-errors/;
	// Apple's https://support.apple.com/en-us/100622 covers both).
	gkPkgExpired    = `The package was signed with a certificate that has expired. If you acquired this package recently, it may not be authentic. Do you want to continue with the installation anyway?`
	gkInstallerCopy = `This copy of the Install OS X El Capitan application can’t be verified. It may have been corrupted or tampered with during download.`
	// French, as a user retyped it (typos kept):
	// https://github.com/packagesdev/packages/issues/60 (2019, a .pkg).
	frCannotCheck = `"Impossible d'ovurir " .. " car Apple ne peut pas verifier qu'il ne contient pas de logiciels malveillants. Ce logiciel doit etre mis a jour. Contactez le developpeur pour en savoir plus".`
)

const (
	wantUnverified = "text-gatekeeper-unverified"
	wantDamaged    = "text-gatekeeper-damaged"
	wantWillDamage = "text-gatekeeper-will-damage"
	wantPkgInvalid = "text-pkg-signature-invalid"
)

var gkAlertForms = []gkAlertForm{
	{"unidentified", "line", gkUnidentified, wantUnverified},
	{"unidentified", "quote", gkQuote(gkUnidentified), wantUnverified},
	{"unidentified prefs", "dialog", gkUnidentifiedPrefs, wantUnverified},
	{"unidentified prefs", "one line", gkOneLine(gkUnidentifiedPrefs), wantUnverified},
	{"unidentified prefs", "body alone", `Your security preferences allow installation of only apps from the App Store and identified developers.`, wantUnverified},
	{"unidentified pkg", "line", gkUnidentifiedPkg, wantUnverified},
	{"identity not confirmed", "line", gkIdentityNotConfirmed, wantUnverified},
	{"identity not confirmed", "title", gkIdentityTitle, wantUnverified},
	{"developer cannot be verified", "line", gkDevUnverified, wantUnverified},
	{"developer cannot be verified", "fenced", gkFenced(gkDevUnverified), wantUnverified},
	{"developer cannot be verified", "tool", gkDevUnverifiedTool, wantUnverified},
	{"developer cannot be verified", "dialog", gkDevUnverifiedBody, wantUnverified},
	{"developer cannot be verified", "body alone", `macOS cannot verify that this app is free from malware.`, wantUnverified},
	{"developer cannot be verified", "buttons", gkDevUnverifiedButtons, wantUnverified},
	{"developer cannot be verified", "body, Chrome", gkDevUnverifiedChrome, wantUnverified},
	{"developer cannot be verified", "retyped", gkDevUnverifiedOneLine, wantUnverified},
	{"cannot check", "pkg dialog", gkCannotCheckPkg, wantUnverified},
	{"cannot check", "pkg quote", gkQuote(gkCannotCheckPkg), wantUnverified},
	{"cannot check", "brew dialog", gkCannotCheckBrew, wantUnverified},
	{"cannot check", "safari dialog", gkCannotCheckSafari, wantUnverified},
	{"cannot check", "one line", gkOneLine(gkCannotCheckSafari), wantUnverified},
	{"cannot check", "dylib", gkCannotCheckDylib, wantUnverified},
	{"cannot check", "can not", gkCannotCheckCanNot, wantUnverified},
	{"cannot check", "dmg", gkCannotCheckDmg, wantUnverified},
	{"cannot check", "body alone", "This software needs to be updated. Contact the developer for more information.\n\nSafari downloaded this file today at 5:00 PM from github-production-release-asset-2e65be.s3.amazonaws.com.", wantUnverified},
	{"Not Opened", "dialog", gkNotOpened, wantUnverified},
	{"Not Opened", "quote", gkQuote(gkNotOpened), wantUnverified},
	{"Not Opened", "one line", gkOneLine(gkNotOpened), wantUnverified},
	{"Not Opened", "title alone", `“Acme” Not Opened`, wantUnverified},
	{"Not Opened", "pkg title", gkNotOpenedPkg, wantUnverified},
	{"Not Opened", "lowercase", gkNotOpenedLower, wantUnverified},
	{"Not Opened", "retold", gkNotOpenedRetold, wantUnverified},
	{"Not Opened", "body alone", `Apple could not verify “Acme” is free of malware that may harm your Mac or compromise your privacy.`, wantUnverified},
	{"not from the App Store", "line", gkNotFromStore, wantUnverified},
	{"blocked to protect", "settings", gkBlockedProtect, wantUnverified},
	{"blocked to protect", "retold", `"acme" was blocked to protect your mac - open anyway.`, wantUnverified},
	{"blocked from use", "settings", gkBlockedFromUse, wantUnverified},
	{"damaged", "line", gkDamaged, wantDamaged},
	{"damaged", "quote", gkQuote(gkDamaged), wantDamaged},
	{"damaged", "eject", gkDamagedEject, wantDamaged},
	{"damaged", "bin", gkDamagedBin, wantDamaged},
	{"damaged", "title", gkDamagedTitle, wantDamaged},
	{"will damage", "line", gkWillDamage, wantWillDamage},
	{"malware", "line", gkMalware, wantWillDamage},
	{"pkg invalid", "dialog", gkPkgInvalid, wantPkgInvalid},
	{"pkg invalid", "one line", gkOneLine(gkPkgInvalid), wantPkgInvalid},
	{"pkg invalid", "mpkg", gkPkgInvalidMpkg, wantPkgInvalid},
	{"pkg invalid", "retold", gkPkgInvalidRetold, wantPkgInvalid},
	{"installer untrusted", "command", gkInstallerUntrusted, "text-cert-not-trusted"},
	{"PackageKit untrusted", "log", gkPackageKitUntrusted, "text-cert-not-trusted"},
	{"first launch", "line", gkFirstLaunch, ""},
	{"not from the App Store, open?", "line", gkNotStoreAsk, ""},
	{"Preview damaged", "line", gkPreviewDamage, ""},

	{"zh cannot check", "line", zhCannotCheck, wantUnverified},
	{"zh developer", "line", zhDevUnverified, wantUnverified},
	{"zh damaged", "line", zhDamaged, wantDamaged},
	{"zh damaged", "older", zhDamagedOld, wantDamaged},
	{"zh-TW damaged", "line", zhTWDamaged, wantDamaged},
	{"zh will damage", "line", zhWillDamage, wantWillDamage},
	{"zh cannot check", "helper", zhHelper, wantUnverified},
	{"ja developer", "line", jaDevUnverified, wantUnverified},
	{"ja unidentified", "line", jaUnidentified, wantUnverified},
	{"ja Not Opened", "title", jaNotOpened, wantUnverified},
	{"de damaged", "line", deDamaged, wantDamaged},
	{"de malware", "line", deMalware, wantWillDamage},
	{"de developer", "line", deDevUnverified, wantUnverified},
	{"de cannot check", "line", deCannotCheck, wantUnverified},
	{"ru not verified", "line", ruNotVerified, wantUnverified},
	{"ru damaged", "line", ruDamaged, wantDamaged},
	{"es damaged", "line", esDamaged, wantDamaged},
	{"pt damaged", "line", ptDamaged, wantDamaged},
	{"fr cannot check", "retyped", frCannotCheck, wantUnverified},
	{"es cannot check", "line", esCannotCheck, wantUnverified},
	{"es unidentified", "line", esUnidentified, wantUnverified},
	{"es developer", "line", esDevUnverified, wantUnverified},
	{"pt developer", "line", ptDevUnverified, wantUnverified},
	{"it developer", "line", itDevUnverified, wantUnverified},
	{"it unidentified", "line", itUnidentified, wantUnverified},
	{"ko developer", "line", koDevUnverified, wantUnverified},
	{"de developer", "quoted", deDevQuoted, wantUnverified},
	{"ru pkg invalid", "title", ruPkgInvalid, wantPkgInvalid},
	{"pkg expired", "dialog", gkPkgExpired, "text-cert-expired"},
	{"installer app", "dialog", gkInstallerCopy, "text-cert-expired"},
}

// knownMissGatekeeperAlertBefore lists the forms read wrong when the table
// was added (msg + " (" + form + ")"); each fix removed its rows. Before
// any change: 60 of 69. Missed then: the alert's second sentence alone
// ("Your security preferences allow installation of only apps from the
// App Store…"), the older "identity of the developer cannot be confirmed"
// (two forms), macOS 15's title "Not Opened" after a quoted name without
// .app (two), Settings' "was blocked to protect your Mac" followed by a
// dash, PackageKit's "The package “X.pkg” is untrusted", and the French
// alert retyped without accents. 68 of 69 after those fixes. Eleven
// forms were added then (Spanish, Portuguese, Italian, Korean and German
// alerts, Installer's in Russian, Installer's expired certificate alerts),
// 8 of them read right when added; the three others were fixed by class
// (Installer's Russian alert; both expired-certificate alerts, which name
// no Apple tool, read by text-cert-expired with their cause first, and the
// macOS installer app's "application can't be verified" no longer read as
// a device's). 79 of 80 after. Three more forms of the "developer cannot
// be verified" dialog (with its footer and buttons, its body alone, one
// line) read right when added: 82 of 83.
var knownMissGatekeeperAlertBefore = map[string]bool{
	// The Russian alert without its advice to move the item to the Trash,
	// and with no Mac or Apple code named, is any program's words about a
	// damaged document (Word's, Pages'): read only where the paste names
	// a Mac (context_gatekeeper.go).
	"ru damaged (line)": true,
}

func gkAlertRows() []tableRow {
	rows := make([]tableRow, 0, len(gkAlertForms))
	for _, f := range gkAlertForms {
		rows = append(rows, tableRow{f.msg + " (" + f.form + ")", f.text, f.want})
	}
	return rows
}

func TestGatekeeperAlertTable(t *testing.T) {
	checkTable(t, gkAlertRows(), knownMissGatekeeperAlertBefore)
}

// Near misses of the patterns the table's fixes added: other systems'
// words for an unverified publisher, and a program's own "not opened".
func TestGatekeeperAlertTableNearMisses(t *testing.T) {
	readNothing(t,
		// Windows' Open File - Security Warning and SmartScreen
		// (https://github.com/ente/ente/issues/2496).
		`The publisher could not be verified. Are you sure you want to run this software?`,
		"Windows protected your PC\nMicrosoft Defender SmartScreen prevented an unrecognized app from starting. Running this app might put your PC at risk.",
		// A program's own message that it could not open a file.
		`std::cerr << argv[1] << " not opened" << std::endl;`,
		`file "results.txt" not opened`,
		// A package another system does not trust, not an Apple installer
		// package.
		`The package "acme_1.0_amd64.deb" is untrusted`,
		// A firewall's words about a connection, not Settings' row.
		`The connection was blocked to protect your Mac from Acme`,
		// A PDF's signature panel (ComPDFKit's PDFViewer-Swift,
		// CPDFSigntureVerifyDetailsViewController.swift): a document's
		// signature, not Installer's package.
		`The file was signed with a certificate that has expired. If you acquired this file recently, it may not be authentic.`,
	)
	// A device's alert keeps its own entry: only the macOS installer app's
	// "This copy of the … application" is Installer's.
	r := Analyze([]byte(`Unable to install "Acme"\nThe application could not be verified.`))
	if got := ids(r); len(got) == 0 || got[0] != "text-app-no-valid-signature" {
		t.Errorf("device alert: got %v, want text-app-no-valid-signature first", got)
	}
	// Installer's expired-certificate alert leads with its cause.
	if m := firstMatch(Analyze([]byte(gkPkgExpired)), "text-cert-expired"); m == nil || m.Causes[0] != causeInstallerExpired {
		t.Errorf("expired package: want text-cert-expired led by Installer's cause")
	}
}
