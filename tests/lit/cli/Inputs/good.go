package main

type point struct{ x, y int }

func (p point) add(q point) point { return point{p.x + q.x, p.y + q.y} }

func sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func main() {
	p := point{1, 2}.add(point{3, 4})
	ch := make(chan int, 1)
	go func() { ch <- sum(p.x, p.y) }()
	select {
	case v := <-ch:
		println(v)
	}
}
