// A second main package of the module (built by ./... patterns).
package main

import (
	"fmt"

	"example.com/twopkgs/internal/store"
)

func main() { fmt.Println("tool", store.Len()) }
