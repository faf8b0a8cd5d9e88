package time

// Adapted from Go 1.19 src/time/zoneinfo_goroot.go.

func gorootZoneSource(goroot string) (string, bool) {
	if goroot == "" {
		return "", false
	}
	return goroot + "/lib/time/zoneinfo.zip", true
}
