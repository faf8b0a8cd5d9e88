// fmt float verbs %v %g %f %e %G %E with widths, precisions and flags.
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1234567.891, 1e-7, 6.02214076e23, 0.5, 2.5, 1e6, 1e21}
	for _, v := range vals {
		fmt.Printf("%v|%g|%f|%.2f|%e|%.3e|%G|%E\n", v, v, v, v, v, v, v, v)
	}
	fmt.Printf("[%8.3f] [%-8.3f] [%08.3f] [%+.1f] [% .1f] [%.0f] [%.0f] [%.0f]\n", 3.14159, 3.14159, -3.14159, 2.0, 2.0, 0.5, 1.5, 2.5)
	fmt.Printf("[%10.4g] [%-10.4g] [%.3g] [%.10g] [%g] [%g]\n", 123.456, 123.456, 123456.0, 1.0/3, 1e-5, 100000.0)
	fmt.Printf("[%#g] [%#.3g] [%#.0f] [%#e]\n", 1.0, 2.0, 3.0, 4.0)
	var f32 float32 = 1.1
	fmt.Printf("%v %g %f %.10f\n", f32, f32, f32, f32)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%x %X %b\n", 1.0, 0.5, 2.0)
	fmt.Printf("%T %T\n", 1.5, f32)
	fmt.Println(fmt.Sprintf("%.2f", 1.005), fmt.Sprintf("%.1f", 0.25), fmt.Sprintf("%.1f", 0.35))
	fmt.Printf("%5.1f|%-7.2e|%+g\n", -0.04, 12345.678, 5.0)
}
