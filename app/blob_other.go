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

// staticFile has no site to fetch from outside the browser.
func staticFile(url, name string) ([]analyzer.File, error) {
	return nil, errors.New("the site's files load only in the browser")
}

// dropItems, walkFolder and foldersFromList have no browser outside it.
func dropItems(goapp.Value) ([]analyzer.File, []goapp.Value) { return nil, nil }

func walkFolder(goapp.Value) (analyzer.File, error) {
	return analyzer.File{}, errors.New("folders are read only in the browser")
}

func foldersFromList(goapp.Value) []analyzer.File { return nil }
