package main

func f0() { x := }
func f1() { x := }
func f2() { x := }
func f3() { x := }
func f4() { x := }
func f5() { x := }
func f6() { x := }
func f7() { x := }
func f8() { x := }
func f9() { x := }
func f10() { x := }
func f11() { x := }

func main() {}
