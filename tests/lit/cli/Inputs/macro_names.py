"""Prints a Go program that uses every name of transpiler/lower/cxx_macros.inc (the
macros the generated C++ sees) as a package variable, a struct field, a local variable
and a label. It builds only if names.cpp mangles each of them; it prints whether the
locals summed to 2 per name and a field kept its value, then "ok".

usage: macro_names.py cxx_macros.inc
"""
import sys

names = [line.strip().rstrip(",").strip('"') for line in open(sys.argv[1]) if line.strip()]
# Go's predeclared true/false/nil would change the program's meaning if shadowed.
names = [n for n in names if n not in ("true", "false", "nil", "iota")]
out = ["package main", "", 'import "fmt"', ""]
out += [f"var {n} = 1" for n in names]
out += ["", "type S struct {"] + [f"\t{n} int" for n in names] + ["}", ""]
out += ["func main() {", "\tsum := 0", "\tvar s S"]
for n in names:
    out.append(f"\ts.{n} = {n}")
out.append("\tfunc() {")
for n in names:
    out.append(f"\t\t{n} := s.{n} + {n}")
    out.append(f"\t\tsum += {n}")
out.append("\t}()")
out.append(f"\tfmt.Println(sum == {2 * len(names)}, s.{names[-1]} == 1)")
label = names[0]
out += [f"{label}:", "\tfor {", f"\t\tbreak {label}", "\t}", '\tfmt.Println("ok")', "}"]
print("\n".join(out))
