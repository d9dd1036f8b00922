//go:build !js

package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// loadLikeness: natively the model is built in.
func loadLikeness(goapp.Context) {}
