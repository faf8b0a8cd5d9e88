// errorcheck

package main

func f() {
	var a = ) // ERROR "syntax error: unexpected \), expecting expression"
}

func g() {
	var b = ] // ERROR "unexpected \]"
}
