package main

// A subdirectory is another package: `gocxx check filterpkg` must not read it.
var broken int = "not an int"
