package store

var names []string

func init() { names = append(names, "init") }

func Add(n string) { names = append(names, n) }

func Len() int { return len(names) }
