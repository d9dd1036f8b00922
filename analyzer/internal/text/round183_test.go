package text

import "testing"

// TestRound183Readings: the readings added for held-out round 183 (pages in
// Japanese, Chinese and French retelling an Apple alert or error), each on
// lines of the round's texts, and their near misses.
func TestRound183Readings(t *testing.T) {
	readEach(t, []readCase{
		// The iOS untrusted-developer alert named in Japanese
		// (https://www.doddlefix.com/ja/how-to-trust-applications-on-iphone-simple-and-safe-procedure,
		// https://ja.200726.com/education/415.html, https://www.code.stylemap.co.jp/5922.html,
		// https://support.apple.com/ja-jp/HT204460).
		{"外部アプリケーションをインストールしようとすると、「信頼されていない開発者」というメッセージが表示されます。", "text-untrusted-developer"},
		{"ユーザーは「信頼できない開発者」というプロンプトに遭遇することがよくあります。", "text-untrusted-developer"},
		{"アプリをインストールしたら、「信頼されていません」と表示されて困っています。", "text-untrusted-developer"},
		{"はじめて開くと、アプリの開発元がデバイスで信頼されていないという通知メッセージが表示され、アプリを開くことができません。", "text-untrusted-developer"},
		{"“xxx”はこのiPhoneでは信頼されていません。", "text-untrusted-developer"},
		// Apple's Chinese help title for the unidentified developer
		// (https://support.apple.com/kb/PH25088?locale=zh_CN).
		{"macOS Sierra: 打开来自身份不明开发者的应用", "text-gatekeeper-unverified"},
		// The damaged alert retold without 已损坏
		// (https://github.com/hoochanlon/network-calculator/issues/3).
		{"MacOS 打不开移动至废纸篓", "text-gatekeeper-damaged"},
		{"mac 上 Foo.app 打不开，应该移到废纸篓", "text-gatekeeper-damaged"},
		// Xcode 8's profile error retold in French
		// (https://www.journaldunet.fr/web-tech/developpement/1441273-xcode-8-corriger-l-erreur-de-profil-sans-certificat-signe/).
		{"Xcode 8 : corriger l'erreur de profil \"sans certificat signé\"", "text-profile-missing-certificate"},
		// Sequoia blocking non-notarized apps, retold in French
		// (https://macg.co./macos/2024/08/macos-sequoia-complique-louverture-dapps-non-notarisees-145273).
		{"la manière dont Sequoia va gérer l'ouverture des applications non notarisées ou qui n'ont pas été signées correctement.", "text-gatekeeper-unverified"},
		{"Impossible d'ouvrir une app non notarisé sous Sequoia sans passer par les Réglages.", "text-gatekeeper-unverified"},
	})
	for _, c := range []struct{ text, id string }{
		// A TLS certificate, a Windows publisher, Android's unknown sources.
		{"Safariで「この証明書は信頼されていません」と表示されます。", "text-untrusted-developer"},
		{"証明書が「信頼されていません」と表示されたので、キーチェーンで信頼に変更しました。", "text-untrusted-developer"},
		{"Windowsで「不明な発行元」と表示され、信頼されていない開発者のアプリとして扱われます。", "text-untrusted-developer"},
		{"開発元がこのサーバーを信頼していないため接続できません。", "text-untrusted-developer"},
		// A caller or a package of unknown origin; the Trash itself.
		{"身份不明的来电一直打过来", "text-gatekeeper-unverified"},
		{"Mac 废纸篓打不开，无法清空", "text-gatekeeper-damaged"},
		{"Mac 上文件无法移到废纸篓", "text-gatekeeper-damaged"},
		{"Windows 打不开，应该移到回收站", "text-gatekeeper-damaged"},
		// A PDF, a configuration profile; notarization in general.
		{"Le PDF est signé sans certificat signé par une autorité reconnue.", "text-profile-missing-certificate"},
		{"Le profil de configuration sans certificat signé s'affiche comme « Non vérifié ».", "text-profile-missing-certificate"},
		{"Apple notarise désormais toutes les applications distribuées hors de l'App Store.", "text-gatekeeper-unverified"},
		{"L'ouverture des comptes non notariés se fait en agence.", "text-gatekeeper-unverified"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
