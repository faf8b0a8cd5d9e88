//go:build ignore

package sort

import "reflect"

func reflectSwapper(x any) func(i, j int) { return reflect.Swapper(x) }

func reflectLen(x any) int { return reflect.ValueOf(x).Len() }
