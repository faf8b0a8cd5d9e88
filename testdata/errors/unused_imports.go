// errorcheck

// Imports that are not used.

package main

import (
	"fmt"
	"os"      // ERROR "imported and not used: .os."
	str "strings" // ERROR "imported and not used: .strings. as str"
	_ "sort"
	. "errors" // ERROR "imported and not used: .errors."
	"math"
)

func main() {
	fmt.Println(math.Pi)
}
