// Package sort is a stub of sort for fuzzing the frontend (gocxx).
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(data Interface) {
	for i := 1; i < data.Len(); i++ {
		for j := i; j > 0 && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func Slice(x any, less func(i, j int) bool) {}
func Ints(x []int)                          {}
func Strings(x []string)                    {}
