// Package buildfail has a test that does not compile (gocxx test golden).
package buildfail
