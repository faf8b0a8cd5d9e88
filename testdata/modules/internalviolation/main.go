// b imports a/internal/secret, which only a/... may import.
package main

import (
	"fmt"

	"example.com/iv/b"
)

func main() { fmt.Println(b.Value()) }
