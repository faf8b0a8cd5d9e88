// NaN and infinities: comparisons, arithmetic, printing, conversions.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Printf("%v %f %g %e %5.2f %+v\n", inf, ninf, nan, inf, nan, inf)
	fmt.Println("nan==nan:", nan == nan, "nan!=nan:", nan != nan, "nan<1:", nan < 1, "nan>1:", nan > 1)
	fmt.Println("inf>maxfloat:", inf > math.MaxFloat64, "inf+ninf:", inf+ninf, "inf*0:", inf*0)
	zero := 0.0
	fmt.Println("1/0:", 1/zero, "-1/0:", -1/zero, "0/0:", zero/zero)
	fmt.Println("IsNaN:", math.IsNaN(zero/zero), "IsInf:", math.IsInf(1/zero, 1))
	big := 1e308
	fmt.Println("1e308*10:", big*10)
	var f32 float32 = 3e38
	fmt.Println("float32 3e38*10:", f32*10)
	// NaN as a map key: every insert creates a new entry.
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[1] = 3
	fmt.Println("len:", len(m))
	_, ok := m[nan]
	fmt.Println("lookup nan:", ok)
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Max(nan, 1), math.Min(ninf, 0))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.Round(2.5), math.RoundToEven(2.5))
	var arr [2]float64
	arr[0] = nan
	arr2 := arr
	fmt.Println("array with nan == itself:", arr == arr2)
	var i interface{} = nan
	fmt.Println("iface nan == itself:", i == i)
}
