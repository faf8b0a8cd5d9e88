// errorcheck

// fallthrough misuse and invalid select cases.

package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		if true {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 3:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	var i interface{} = x
	switch i.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	ch := make(chan int)
	select {
	case x > 0: // ERROR "select case must be send or receive \(possibly with assignment\)"
	case <-ch:
	}
}
