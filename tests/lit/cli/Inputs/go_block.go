package main

func main() {
	done := make(chan bool)
	go {
		done <- true
	}
	<-done
}
