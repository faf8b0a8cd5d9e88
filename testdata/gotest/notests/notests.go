// Package notests has no test files (gocxx test golden).
package notests

// X is not tested.
var X = 1
