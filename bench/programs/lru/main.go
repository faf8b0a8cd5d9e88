// An LRU cache (map + intrusive doubly linked list, as container/list-based caches are built)
// under a skewed pseudo-random workload of gets and puts; prints hits, misses and a checksum.
// Usage: lru OPERATIONS.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type entry struct {
	key        int
	value      int
	prev, next *entry
}

type LRU struct {
	capacity int
	items    map[int]*entry
	head     entry // sentinel: head.next is the most recent, head.prev the least
}

func NewLRU(capacity int) *LRU {
	c := &LRU{capacity: capacity, items: make(map[int]*entry, capacity)}
	c.head.next = &c.head
	c.head.prev = &c.head
	return c
}

func (c *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (c *LRU) pushFront(e *entry) {
	e.prev = &c.head
	e.next = c.head.next
	c.head.next.prev = e
	c.head.next = e
}

func (c *LRU) Get(key int) (int, bool) {
	e, ok := c.items[key]
	if !ok {
		return 0, false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.value, true
}

func (c *LRU) Put(key, value int) {
	if e, ok := c.items[key]; ok {
		e.value = value
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) >= c.capacity {
		old := c.head.prev
		c.unlink(old)
		delete(c.items, old.key)
	}
	e := &entry{key: key, value: value}
	c.items[key] = e
	c.pushFront(e)
}

// xorshift64*: a deterministic generator, so every build sees the same workload.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s >> 12
	r.s ^= r.s << 25
	r.s ^= r.s >> 27
	return r.s * 2685821657736338717
}

func main() {
	ops := 1000
	if len(os.Args) > 1 {
		ops, _ = strconv.Atoi(os.Args[1])
	}
	const capacity = 50000
	const keySpace = 200000
	c := NewLRU(capacity)
	r := &rng{s: 88172645463325252}
	hits, misses, checksum := 0, 0, 0
	for i := 0; i < ops; i++ {
		x := r.next()
		// Skewed keys: three in four draws come from the hottest tenth of the key space.
		key := int(x>>8) % keySpace
		if x&3 != 0 {
			key %= keySpace / 10
		}
		if v, ok := c.Get(key); ok {
			hits++
			checksum += v
		} else {
			misses++
			c.Put(key, i)
		}
	}
	fmt.Printf("ops=%d hits=%d misses=%d checksum=%d\n", ops, hits, misses, checksum)
}
