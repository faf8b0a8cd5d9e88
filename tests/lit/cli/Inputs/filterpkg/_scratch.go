package main

// go build ignores files whose names start with _ or .: not reported.
var broken int = "not an int"
