// goto: backward loops, forward jumps over statements, jumping out of
// blocks.
package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				fmt.Println("found")
				goto done
			}
		}
	}
	return -1, -1
done:
	return 0, 0
}

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	n := 10
	if n > 5 {
		goto big
	}
	fmt.Println("small")
big:
	fmt.Println("big or after")
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3))
	fmt.Println(find([][]int{{1}}, 9))
	k := 0
retry:
	k++
	if k < 3 {
		fmt.Println("retry", k)
		goto retry
	}
	{
		goto end
	}
end:
	fmt.Println("end", k)
}
