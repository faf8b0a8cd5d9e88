// The bundled standard library is a subset of Go 1.19's: a name real Go
// exports that the subset lacks is "not supported by gocxx yet" (gc's
// "undefined: http.HandleFunc" would say the program is wrong); a name Go
// does not have either stays undefined.
//
// RUN: %expect_exit 1 %gocxx check %s 2>&1 | %FileCheck %s

package main

import (
	"fmt"
	"net/http"
	"strings"
)

var srv http.ServeMux
// CHECK: std-api-subset.go:[[@LINE-1]]:14: error: http.ServeMux is not supported by gocxx yet

func main() {
	http.HandleFunc("/", nil)
// CHECK: std-api-subset.go:[[@LINE-1]]:7: error: http.HandleFunc is not supported by gocxx yet
	fmt.Println(strings.NoSuchFunction)
// CHECK: std-api-subset.go:[[@LINE-1]]:22: error: undefined: strings.NoSuchFunction
}
