//go:build !js

package app

import (
	"errors"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

// filesFromList has no browser files to read outside the browser: natively
// the pages are only prerendered, never used to analyse.
func filesFromList(goapp.Value) []analyzer.File { return nil }

// fetchStatic has no site to fetch from outside the browser.
func fetchStatic(url string) ([]byte, error) {
	return nil, errors.New("examples load only in the browser")
}

// staticFile has no site to fetch from outside the browser.
func staticFile(url, name string) ([]analyzer.File, error) {
	return nil, errors.New("the warm-up runs only in the browser")
}
