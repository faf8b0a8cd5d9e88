//go:build ignore

package fmt

// Bodies of fmt's rvalue externs for std-compare, on Go's reflect: an rvalue holds an index
// into a table of reflect.Values (the test programs are short-lived).

import (
	"reflect"
	"sync"
)

var (
	shimMu    sync.Mutex
	shimVals  = []reflect.Value{{}}
	shimTypes = map[reflect.Type]uintptr{}
)

func shimPut(v reflect.Value) rvalue {
	if !v.IsValid() {
		return rvalue{}
	}
	shimMu.Lock()
	defer shimMu.Unlock()
	shimVals = append(shimVals, v)
	return rvalue{ptr: uintptr(len(shimVals) - 1)}
}

func (v rvalue) rv() reflect.Value {
	shimMu.Lock()
	defer shimMu.Unlock()
	return shimVals[v.ptr]
}

func valueOf(i any) rvalue { return shimPut(reflect.ValueOf(i)) }

func (v rvalue) Kind() kind { return kind(v.rv().Kind()) }

func (v rvalue) TypeString() string { return v.rv().Type().String() }

func (v rvalue) TypeID() uintptr {
	t := v.rv().Type()
	shimMu.Lock()
	defer shimMu.Unlock()
	id, ok := shimTypes[t]
	if !ok {
		id = uintptr(len(shimTypes) + 1)
		shimTypes[t] = id
	}
	return id
}

// compareTypes is Go's own order: the *rtype addresses.
func compareTypes(a, b rvalue) int {
	pa := reflect.ValueOf(a.rv().Type()).Pointer()
	pb := reflect.ValueOf(b.rv().Type()).Pointer()
	switch {
	case pa < pb:
		return -1
	case pa > pb:
		return 1
	}
	return 0
}

func (v rvalue) Bits() int               { return v.rv().Type().Bits() }
func (v rvalue) ElemKind() kind          { return kind(v.rv().Type().Elem().Kind()) }
func (v rvalue) CanInterface() bool      { return v.rv().CanInterface() }
func (v rvalue) Interface() any          { return v.rv().Interface() }
func (v rvalue) Bool() bool              { return v.rv().Bool() }
func (v rvalue) Int() int64              { return v.rv().Int() }
func (v rvalue) Uint() uint64            { return v.rv().Uint() }
func (v rvalue) Float() float64          { return v.rv().Float() }
func (v rvalue) Complex() complex128     { return v.rv().Complex() }
func (v rvalue) String() string          { return v.rv().String() }
func (v rvalue) Len() int                { return v.rv().Len() }
func (v rvalue) Index(i int) rvalue      { return shimPut(v.rv().Index(i)) }
func (v rvalue) IsNil() bool             { return v.rv().IsNil() }
func (v rvalue) Elem() rvalue            { return shimPut(v.rv().Elem()) }
func (v rvalue) Pointer() uintptr        { return v.rv().Pointer() }
func (v rvalue) NumField() int           { return v.rv().NumField() }
func (v rvalue) Field(i int) rvalue      { return shimPut(v.rv().Field(i)) }
func (v rvalue) FieldName(i int) string  { return v.rv().Type().Field(i).Name }
func (v rvalue) SetBool(x bool)          { v.rv().SetBool(x) }
func (v rvalue) SetInt(x int64)          { v.rv().SetInt(x) }
func (v rvalue) SetUint(x uint64)        { v.rv().SetUint(x) }
func (v rvalue) SetFloat(x float64)      { v.rv().SetFloat(x) }
func (v rvalue) SetComplex(x complex128) { v.rv().SetComplex(x) }
func (v rvalue) SetString(x string)      { v.rv().SetString(x) }

func (v rvalue) SetBytes(b []byte) {
	r := v.rv()
	s := reflect.MakeSlice(r.Type(), len(b), len(b))
	reflect.Copy(s, reflect.ValueOf(b))
	r.Set(s)
}

func (v rvalue) Bytes() []byte {
	r := v.rv()
	if r.Kind() == reflect.Slice {
		return r.Bytes()
	}
	b := make([]byte, r.Len())
	for i := range b {
		b[i] = byte(r.Index(i).Uint())
	}
	return b
}

func (v rvalue) MapEntries() (keys, values []rvalue) {
	it := v.rv().MapRange()
	for it.Next() {
		keys = append(keys, shimPut(it.Key()))
		values = append(values, shimPut(it.Value()))
	}
	return
}
