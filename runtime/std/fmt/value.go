package fmt

// rvalue is the runtime's view of a Go value for printing and scanning: the subset of
// reflect.Value that fmt needs (gocxx has no reflect package). The zero rvalue is invalid
// (Kind() == kindInvalid). An rvalue obtained from a struct field remembers whether the
// field path went through an unexported field (CanInterface() == false), as reflect does.
//
//gocxx:cxxtype gocxx::FmtValue
type rvalue struct {
	typ  uintptr
	ptr  uintptr
	flag uintptr
}

// kind is reflect.Kind, with the same numbering.
type kind uint

const (
	kindInvalid kind = iota
	kindBool
	kindInt
	kindInt8
	kindInt16
	kindInt32
	kindInt64
	kindUint
	kindUint8
	kindUint16
	kindUint32
	kindUint64
	kindUintptr
	kindFloat32
	kindFloat64
	kindComplex64
	kindComplex128
	kindArray
	kindChan
	kindFunc
	kindInterface
	kindMap
	kindPointer
	kindSlice
	kindString
	kindStruct
	kindUnsafePointer
)

// valueOf is reflect.ValueOf: the dynamic value held by i (invalid for nil).
//
//gocxx:extern
func valueOf(i any) rvalue

// typeString is reflect.TypeOf(i).String() for a non-nil i (what %T prints).
func typeString(i any) string {
	return valueOf(i).TypeString()
}

// IsValid reports whether v represents a value.
func (v rvalue) IsValid() bool {
	return v.Kind() != kindInvalid
}

// Kind returns v's kind (kindInvalid for the zero rvalue).
//
//gocxx:extern
func (v rvalue) Kind() kind

// TypeString is v.Type().String(): the type as %T prints it ("main.T", "[]int", "*int").
//
//gocxx:extern
func (v rvalue) TypeString() string

// TypeID identifies v's type: equal for identical types, different otherwise.
//
//gocxx:extern
func (v rvalue) TypeID() uintptr

// compareTypes orders the types of a and b as Go's *rtype addresses order them (fmtsort
// sorts interface keys of different dynamic types that way): Go's linker lays descriptors
// out by symbol size, then by name. -1, 0 or 1.
//
//gocxx:extern
func compareTypes(a, b rvalue) int

// Bits is v.Type().Bits(): the size in bits of a numeric type.
//
//gocxx:extern
func (v rvalue) Bits() int

// ElemKind is v.Type().Elem().Kind() for an array, slice, map, pointer or channel.
//
//gocxx:extern
func (v rvalue) ElemKind() kind

// CanInterface is false for values reached through unexported struct fields.
//
//gocxx:extern
func (v rvalue) CanInterface() bool

// Interface returns v's value as an interface value (v.CanInterface() must hold).
//
//gocxx:extern
func (v rvalue) Interface() any

// Bool returns v's value (kind Bool).
//
//gocxx:extern
func (v rvalue) Bool() bool

// Int returns v's value (kinds Int, Int8 ... Int64).
//
//gocxx:extern
func (v rvalue) Int() int64

// Uint returns v's value (kinds Uint, Uint8 ... Uint64, Uintptr).
//
//gocxx:extern
func (v rvalue) Uint() uint64

// Float returns v's value (kinds Float32, Float64).
//
//gocxx:extern
func (v rvalue) Float() float64

// Complex returns v's value (kinds Complex64, Complex128).
//
//gocxx:extern
func (v rvalue) Complex() complex128

// String returns v's value (kind String).
//
//gocxx:extern
func (v rvalue) String() string

// Len returns v's length (kinds Array, Chan, Map, Slice, String).
//
//gocxx:extern
func (v rvalue) Len() int

// Index returns element i (kinds Array, Slice, String).
//
//gocxx:extern
func (v rvalue) Index(i int) rvalue

// Bytes returns a copy of v's bytes (a slice or array whose element kind is Uint8).
//
//gocxx:extern
func (v rvalue) Bytes() []byte

// IsNil reports whether v is nil (kinds Chan, Func, Interface, Map, Pointer, Slice,
// UnsafePointer).
//
//gocxx:extern
func (v rvalue) IsNil() bool

// Elem returns the value the interface v contains or the pointer v points to (invalid
// when v is nil).
//
//gocxx:extern
func (v rvalue) Elem() rvalue

// Pointer returns v's value as an address (kinds Chan, Func, Map, Pointer, Slice,
// UnsafePointer).
//
//gocxx:extern
func (v rvalue) Pointer() uintptr

// NumField returns the number of fields of the struct v.
//
//gocxx:extern
func (v rvalue) NumField() int

// Field returns field i of the struct v.
//
//gocxx:extern
func (v rvalue) Field(i int) rvalue

// FieldName returns the name of field i of the struct type of v ("" for a blank field).
//
//gocxx:extern
func (v rvalue) FieldName(i int) string

// MapEntries returns the keys and values of the map v in iteration order.
//
//gocxx:extern
func (v rvalue) MapEntries() (keys, values []rvalue)

// SetBool, SetInt, SetUint, SetFloat, SetComplex, SetString and SetBytes store into v,
// which must be addressable (the element of a pointer) and of a matching kind (SetBytes: a
// slice of element kind Uint8, set to a new slice holding a copy of b).
//
//gocxx:extern
func (v rvalue) SetBool(x bool)

//gocxx:extern
func (v rvalue) SetInt(x int64)

//gocxx:extern
func (v rvalue) SetUint(x uint64)

//gocxx:extern
func (v rvalue) SetFloat(x float64)

//gocxx:extern
func (v rvalue) SetComplex(x complex128)

//gocxx:extern
func (v rvalue) SetString(x string)

//gocxx:extern
func (v rvalue) SetBytes(b []byte)
