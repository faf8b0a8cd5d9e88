//go:build ignore

package errors

import "reflect"

func comparableType(v any) bool { return reflect.TypeOf(v).Comparable() }

var errorType = reflect.TypeOf((*error)(nil)).Elem()

func checkAsTarget(target any) {
	val := reflect.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflect.Ptr || val.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	targetType := typ.Elem()
	if targetType.Kind() != reflect.Interface && !targetType.Implements(errorType) {
		panic("errors: *target must be interface or implement error")
	}
}

func assignAs(err error, target any) bool {
	val := reflect.ValueOf(target)
	targetType := val.Type().Elem()
	if reflect.TypeOf(err).AssignableTo(targetType) {
		val.Elem().Set(reflect.ValueOf(err))
		return true
	}
	return false
}
