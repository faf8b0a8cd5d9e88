package main

import "strings"

// greeting says hello to name from each of the senders.
func greeting(name string, from []string) string {
	return "hello " + strings.ToUpper(name) + " from " + strings.Join(from, "+")
}
