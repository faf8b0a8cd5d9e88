// errorcheck

// Methods that cannot be declared: on non-local types, on pointer or
// interface base types, duplicated with a field name.

package main

import "strings"

func (i int) Double() int { return i * 2 } // ERROR "cannot define new methods on non-local type int"

func (b *strings.Builder) Reset2() {} // ERROR "cannot define new methods on non-local type strings.Builder"

type PtrT *int

func (p PtrT) M() {} // ERROR "invalid receiver type PtrT \(pointer or interface type\)"

type I interface{ M() }

func (i I) N() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

type S struct{ F int }

func (s S) F() {} // ERROR "field and method with the same name F"

func main() {}
