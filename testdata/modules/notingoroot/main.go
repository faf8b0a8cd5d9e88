// A path without a dot in its first element is a standard-library path.
package main

import "nosuch/pkg"

func main() { pkg.F() }
