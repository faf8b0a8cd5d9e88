// A syntax error: `file:L:C: error: MESSAGE` on stderr, then the source line
// (tabs kept) and a caret under column C (columns count bytes, as in gc; the
// caret line has one space per character, so it sits under the token even
// after multi-byte characters).  Nothing on stdout, exit status 1.
// --gc prints what go build prints (file:L:C: MESSAGE, nothing else).
//
// RUN: %expect_exit 1 %gocxx check %s > %t.out 2> %t.err
// RUN: count 0 < %t.out
// RUN: %FileCheck --strict-whitespace %s < %t.err
// RUN: cd %S && %expect_exit 1 %gocxx check --gc diag-syntax.go 2>&1 | %FileCheck --check-prefix=GC --strict-whitespace %s

package main

func main() {
	var é = )
// CHECK:      {{^}}{{.*}}diag-syntax.go:[[@LINE-1]]:11: error: syntax error: unexpected ), expecting expression{{$}}
// CHECK-NEXT: {{^}}	var é = ){{$}}
// CHECK-NEXT: {{^}}	        ^{{$}}
// GC:         {{^}}diag-syntax.go:[[@LINE-4]]:11: syntax error: unexpected ), expecting expression{{$}}
	x := 1 +
}
// CHECK:      {{^}}{{.*}}diag-syntax.go:[[@LINE-1]]:1: error: syntax error: unexpected }, expecting expression{{$}}
// CHECK-NEXT: {{^}}}{{$}}
// CHECK-NEXT: {{^}}^{{$}}
// CHECK-NOT:  {{.}}
// GC-NEXT:    {{^}}diag-syntax.go:[[@LINE-5]]:1: syntax error: unexpected }, expecting expression{{$}}
// GC-NOT:     {{.}}
