// Invalid and unimportable import paths get the messages of gc's compiler
// (`go tool compile`; `go build` rejects them earlier with its own words),
// at the path, and each failed import still declares its name.
//
// RUN: cd %S && %expect_exit 1 %gocxx check -e --gc import-paths.go 2>&1 | %FileCheck %s

package main

import (
	_ ""        // CHECK: import-paths.go:[[@LINE]]:4: invalid import path (empty string)
	_ "a b"     // CHECK-NEXT: import-paths.go:[[@LINE]]:4: invalid import path (invalid character U+0020 ' ')
	_ "a\x7fb"  // CHECK-NEXT: import-paths.go:[[@LINE]]:4: invalid import path (invalid character U+007F)
	_ "/abs"    // CHECK-NEXT: import-paths.go:[[@LINE]]:4: could not import /abs (import path cannot be absolute path)
	_ "./rel"   // CHECK-NEXT: import-paths.go:[[@LINE]]:4: could not import ./rel (file not found)
	_ "fmt//x"  // CHECK-NEXT: import-paths.go:[[@LINE]]:4: could not import fmt//x (non-canonical import path "fmt//x" (should be "fmt/x"))
	fmt "fmt/." // CHECK-NEXT: import-paths.go:[[@LINE]]:6: could not import fmt/. (non-canonical import path "fmt/." (should be "fmt"))
)

var _ = fmt.Println

func main() {}
