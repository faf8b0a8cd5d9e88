package atomic

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load. A Value must not be copied after first use.
//
// The methods panic as Go's do: "sync/atomic: store of nil value into Value",
// "sync/atomic: store of inconsistently typed value into Value",
// "sync/atomic: swap of nil value into Value", "sync/atomic: swap of inconsistently typed
// values into Value", "sync/atomic: compare and swap of nil value into Value",
// "sync/atomic: compare and swap of inconsistently typed values",
// "sync/atomic: compare and swap of inconsistently typed value into Value".
type Value struct {
	v any
}

// Load returns the value set by the most recent Store. It returns nil if there has been no
// call to Store for this Value.
//
//gocxx:extern
func (v *Value) Load() (val any)

// Store sets the value of the Value v to val.
//
//gocxx:extern
func (v *Value) Store(val any)

// Swap stores new into Value and returns the previous value. It returns nil if the Value is
// empty.
//
//gocxx:extern
func (v *Value) Swap(new any) (old any)

// CompareAndSwap executes the compare-and-swap operation for the Value.
//
//gocxx:extern
func (v *Value) CompareAndSwap(old, new any) (swapped bool)
