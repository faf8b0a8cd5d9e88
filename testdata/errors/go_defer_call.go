// errorcheck

// go and defer need a function call; some calls cannot be deferred.

package main

func f() int { return 1 }

func main() {
	go f // ERROR "expression in go must be function call"
	defer f // ERROR "expression in defer must be function call"
	defer int(3) // ERROR "defer requires function call, not conversion int\(3\) \(constant 3 of type int\)"
	go func() {} // ERROR "expression in go must be function call"
	defer len("abc") // ERROR "defer discards result of len\(.abc.\) \(constant 3 of type int\)"
	defer f()
	go f()
	defer recover()
	defer panic(1)
}
