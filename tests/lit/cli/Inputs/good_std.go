package main

import (
	"errors"
	"sort"
	"strings"
	"unicode/utf8"
)

var errEmpty = errors.New("empty")

func words(s string) ([]string, error) {
	if s == "" {
		return nil, errEmpty
	}
	w := strings.Fields(s)
	sort.Strings(w)
	return w, nil
}

func main() {
	w, err := words("b a c")
	if err != nil {
		panic(err)
	}
	println(len(w), utf8.RuneCountInString(strings.Join(w, "é")))
}
