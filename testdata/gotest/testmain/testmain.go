// Package testmain has a TestMain (gocxx test golden).
package testmain

// Ready is set up by TestMain.
var Ready bool
