package main

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr" }

type Animal interface{ Sound() string }
type Named interface {
	Animal
	Name() string
}
type Dog struct{ name string }

func (d Dog) Sound() string { return "woof" }
func (d Dog) Name() string  { return d.name }

type Holder struct {
	Animal
	n int
}

func find(x int) (int, error) {
	if x < 0 {
		return 0, &MyErr{x}
	}
	return x * 2, nil
}

func apply(f func(int) int, xs []int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stack struct{ items []int }

func (s *Stack) Push(x int) { s.items = append(s.items, x) }
func (s *Stack) Pop() int {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * id
	}
}

func main() {
	v, err := find(-1)
	println(v, err != nil, err.Error())
	if e, ok := err.(*MyErr); ok {
		println("code", e.code)
	}
	v, err = find(4)
	println(v, err == nil)
	var n Named = Dog{"rex"}
	var a Animal = n
	println(a.Sound(), n.Name())
	h := Holder{Dog{"fido"}, 1}
	println(h.Sound())
	double := func(x int) int { return x * 2 }
	r := apply(double, []int{1, 2, 3})
	println(len(r), r[0], r[2])
	s := &Stack{}
	s.Push(1)
	s.Push(2)
	push := s.Push
	push(3)
	println(s.Pop(), s.Pop(), len(s.items))
	x := 1
	{
		x := x + 1
		println(x)
	}
	println(x)
	i, j := 1, 2
	i, j = j, i
	println(i, j)
	pt := struct {
		A int
		B string
	}{1, "b"}
	println(pt.A, pt.B)
	grid := [2][3]int{}
	grid[1][2] = 5
	println(grid[1][2], len(grid[0]))
	type kv struct {
		k string
		v int
	}
	ms := map[string]kv{"a": {"a", 1}}
	println(ms["a"].v)
	jobs := make(chan int, 10)
	results := make(chan int, 10)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for k := 1; k <= 5; k++ {
		jobs <- k
	}
	close(jobs)
	total := 0
	for k := 0; k < 5; k++ {
		total += <-results
	}
	println(total > 0)
	k := 0
loop:
	if k < 3 {
		k++
		goto loop
	}
	println(k)
	var iface interface{} = 3.5
	switch t := iface.(type) {
	case int, string:
		println("int or string", t != nil)
	case float64:
		println("float", t)
	}
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				println("runtime:", re.Error())
			}
		}
	}()
	arr := []int{1, 2}
	idx := 5
	println(arr[idx])
}
