// A type error: `file:L:C: error: MESSAGE` with gc's wording, the source
// line and a caret; exit status 1, stdout empty.  Messages with follow-up
// lines (gc's tab-led `have (...)` / `want (...)`) print them right after the
// message, before the source line.  --gc prints exactly go build's lines:
//   ./diag-type.go:18:17: cannot use 1 (untyped int constant) as string value in variable declaration
//   ./diag-type.go:27:9: not enough return values
//   	have (number)
//   	want (int, string)
//
// RUN: %expect_exit 1 %gocxx check %s > %t.out 2> %t.err
// RUN: count 0 < %t.out
// RUN: %FileCheck --strict-whitespace %s < %t.err
// RUN: cd %S && %expect_exit 1 %gocxx check --gc diag-type.go 2>&1 | %FileCheck --check-prefix=GC --strict-whitespace %s

package main

func main() {
	var s string = 1
// CHECK:      {{^}}{{.*}}diag-type.go:[[@LINE-1]]:17: error: cannot use 1 (untyped int constant) as string value in variable declaration{{$}}
// CHECK-NEXT: {{^}}	var s string = 1{{$}}
// CHECK-NEXT: {{^}}	               ^{{$}}
// GC:         {{^}}diag-type.go:[[@LINE-4]]:17: cannot use 1 (untyped int constant) as string value in variable declaration{{$}}
	_ = s
}

func f() (int, string) {
	return 1
// CHECK:      {{^}}{{.*}}diag-type.go:[[@LINE-1]]:9: error: not enough return values{{$}}
// CHECK-NEXT: {{^}}	have (number){{$}}
// CHECK-NEXT: {{^}}	want (int, string){{$}}
// CHECK-NEXT: {{^}}	return 1{{$}}
// CHECK-NEXT: {{^}}	       ^{{$}}
// CHECK-NOT:  {{.}}
// GC-NEXT:    {{^}}diag-type.go:[[@LINE-7]]:9: not enough return values{{$}}
// GC-NEXT:    {{^}}	have (number){{$}}
// GC-NEXT:    {{^}}	want (int, string){{$}}
// GC-NOT:     {{.}}
}
