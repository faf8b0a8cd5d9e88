// Package strconv implements conversions to and from string representations of basic data types (gocxx standard library subset).
package strconv

// Adapted from Go 1.19 src/strconv/doc.go.
