package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var wg sync.WaitGroup
	results := make([]int, 0)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			results = append(results, id)
			mu.Unlock()
		}(i)
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	sort.Ints(results)
	fmt.Println(results)

	// Producer/consumer queue with Signal.
	queue := []int{}
	done := make(chan int)
	go func() {
		sum := 0
		for n := 0; n < 10; n++ {
			mu.Lock()
			for len(queue) == 0 {
				cond.Wait()
			}
			sum += queue[0]
			queue = queue[1:]
			mu.Unlock()
		}
		done <- sum
	}()
	for i := 1; i <= 10; i++ {
		mu.Lock()
		queue = append(queue, i)
		cond.Signal()
		mu.Unlock()
	}
	fmt.Println(<-done)

	var m sync.Map
	for i := 0; i < 5; i++ {
		m.Store(i, i*i)
	}
	v, ok := m.Load(3)
	fmt.Println(v, ok)
	v, ok = m.Load(10)
	fmt.Println(v, ok)
	v, loaded := m.LoadOrStore(3, 100)
	fmt.Println(v, loaded)
	v, loaded = m.LoadOrStore(7, 49)
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete(7)
	fmt.Println(v, loaded)
	m.Delete(0)
	keys := []int{}
	m.Range(func(k, v interface{}) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys)
	n := 0
	m.Range(func(k, v interface{}) bool {
		n++
		return false
	})
	fmt.Println(n)

	created := 0
	p := sync.Pool{New: func() interface{} {
		created++
		return new([64]byte)
	}}
	b := p.Get().(*[64]byte)
	fmt.Println(len(b), created)
	var empty sync.Pool
	fmt.Println(empty.Get())
	var wg2 sync.WaitGroup
	total := 0
	var tmu sync.Mutex
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			tmu.Lock()
			defer tmu.Unlock()
			total += i
		}(i)
	}
	wg2.Wait()
	fmt.Println(total)
}
