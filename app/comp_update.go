package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// updateBanner says that a new version of the site has been installed in the
// background: go-app's service worker fetches it, activates it and tells
// every AppUpdater, while this page still runs the old one until it reloads.
type updateBanner struct {
	goapp.Compo
	ready bool
}

func (b *updateBanner) OnMount(ctx goapp.Context) { b.ready = ctx.AppUpdateAvailable() }

func (b *updateBanner) OnAppUpdate(ctx goapp.Context) { b.ready = ctx.AppUpdateAvailable() }

func (b *updateBanner) Render() goapp.UI {
	if !b.ready {
		return goapp.Div().Class("update-banner").Hidden(true)
	}
	return goapp.Div().Class("update-banner").Role("status").Body(
		goapp.Span().Text("A new version of signdoctor is ready. "),
		goapp.Button().Type("button").Class("update-reload").Text("Reload").
			OnClick(func(ctx goapp.Context, _ goapp.Event) { ctx.Reload() }),
	)
}
