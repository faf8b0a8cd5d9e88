#!/usr/bin/env python3
"""Generates a deterministic, realistic single-package Go program for check-speed benchmarks.

The program (package main, several files) is made of "units": each unit declares an enum with
a String method, a base struct embedded in two to four shape types implementing an interface,
an error type, a linked list and a binary tree, and a dozen functions drawn (with randomized
details) from a pool of idioms: loops, labeled breaks, switches (expression, type, fallthrough),
maps, slices, arrays, closures, variadic calls, defer/recover, goroutines and channels with
select, method values, function-typed fields. main calls every unit and prints a checksum.

It builds and vets cleanly with Go 1.19 and runs in well under a second. The same arguments
always give the same files. --no-fmt prints with println instead of importing fmt.

Examples:
  bench/check/gen_program.py --out /tmp/prog                # ~50,000 lines
  bench/check/gen_program.py --out /tmp/prog --lines 5000 --no-fmt
"""

import argparse
import os
import random
import string
import sys

UNIT_HEADER = """
// ---- unit $K ----

type Color$K int

const (
$ENUM_CONSTS)

func (c Color$K) String() string {
	switch c {
$ENUM_CASES	default:
		return $ENUM_DEFAULT
	}
}

type Base$K struct {
	id   int
	name string
	tags []string
}

func (b *Base$K) ID() int { return b.id }

func (b *Base$K) Label() string { return b.name + "#" + itoa(b.id) }

func (b *Base$K) AddTag(t string) {
	b.tags = append(b.tags, t)
}

func (b Base$K) TagCount() int { return len(b.tags) }

type Shape$K interface {
	Area() int
	Perimeter() int
	Label() string
}

type Err$K struct {
	code int
	msg  string
}

func (e *Err$K) Error() string { return e.msg + ": " + itoa(e.code) }

type Node$K struct {
	val  int
	next *Node$K
}

func push$K(head *Node$K, v int) *Node$K { return &Node$K{val: v, next: head} }

func (n *Node$K) Sum() int {
	s := 0
	for p := n; p != nil; p = p.next {
		s += p.val
	}
	return s
}

type Tree$K struct {
	left, right *Tree$K
	key         int
	count       int
}

func (t *Tree$K) Insert(k int) *Tree$K {
	if t == nil {
		return &Tree$K{key: k, count: 1}
	}
	switch {
	case k < t.key:
		t.left = t.left.Insert(k)
	case k > t.key:
		t.right = t.right.Insert(k)
	default:
		t.count++
	}
	return t
}

func (t *Tree$K) Walk(visit func(key, count int)) {
	if t == nil {
		return
	}
	t.left.Walk(visit)
	visit(t.key, t.count)
	t.right.Walk(visit)
}

func (t *Tree$K) Depth() int {
	if t == nil {
		return 0
	}
	l, r := t.left.Depth(), t.right.Depth()
	if l > r {
		return l + 1
	}
	return r + 1
}
"""

SHAPE = """
type $NAME$K struct {
	Base$K
$FIELDS}

func New$NAME$K(id int$PARAMS) *$NAME$K {
	s := &$NAME$K{$INIT}
	s.id = id
	s.name = "$LOWER"
	return s
}

func (s *$NAME$K) Area() int {
	return $AREA
}

func (s *$NAME$K) Perimeter() int {
	return $PERIM
}

func (s $NAME$K) Scale(f int) $NAME$K {
$SCALE	return s
}
"""

FUNCS = {}

FUNCS["sum_filter"] = """
func sumFilter${K}_${I}(xs []int, limit int) (total, skipped int) {
	for i, x := range xs {
		if x > limit {
			skipped++
			continue
		}
		if i%$M == 0 {
			total += x * $A
		} else {
			total -= x
		}
	}
	return
}
"""

FUNCS["word_count"] = """
func wordCount${K}_${I}(words []string) map[string]int {
	counts := make(map[string]int, len(words))
	for _, w := range words {
		if len(w) == 0 {
			continue
		}
		counts[w]++
	}
	for w, n := range counts {
		if n > $M {
			delete(counts, w)
		}
	}
	return counts
}
"""

FUNCS["counter"] = """
func counter${K}_${I}(start, step int) (func() int, func()) {
	n := start
	next := func() int {
		n += step
		return n
	}
	reset := func() { n = start }
	return next, reset
}
"""

FUNCS["pipeline"] = """
func stage${K}_${I}(in <-chan int, out chan<- int, f func(int) int) {
	for v := range in {
		out <- f(v)
	}
	close(out)
}

func pipeline${K}_${I}(n int) int {
	src := make(chan int, $BUF)
	mid := make(chan int, $BUF)
	dst := make(chan int, $BUF)
	go stage${K}_${I}(src, mid, func(x int) int { return x*$A + 1 })
	go stage${K}_${I}(mid, dst, func(x int) int { return x % $M })
	go func() {
		for i := 0; i < n; i++ {
			src <- i
		}
		close(src)
	}()
	sum := 0
	for v := range dst {
		sum += v
	}
	return sum
}
"""

FUNCS["select_loop"] = """
func selectLoop${K}_${I}(n int) (int, int) {
	evens := make(chan int)
	odds := make(chan int)
	done := make(chan struct{})
	go func() {
		for i := 0; i < n; i++ {
			if i%2 == 0 {
				evens <- i
			} else {
				odds <- i
			}
		}
		close(done)
	}()
	e, o := 0, 0
	for {
		select {
		case v := <-evens:
			e += v
		case v := <-odds:
			o += v * $A
		case <-done:
			return e, o
		}
	}
}
"""

FUNCS["type_switch"] = """
func describe${K}_${I}(vals []interface{}) (string, int) {
	out := ""
	score := 0
	for _, v := range vals {
		switch x := v.(type) {
		case nil:
			out += "nil "
		case int:
			score += x
			out += "int "
		case string:
			score += len(x)
			out += x + " "
		case []int:
			score += len(x) * $A
		case Shape$K:
			score += x.Area()
			out += x.Label() + " "
		case error:
			out += x.Error() + " "
		default:
			out += "? "
		}
	}
	return out, score
}
"""

FUNCS["labeled"] = """
func findPair${K}_${I}(grid [][]int, target int) (int, int, bool) {
	ri, ci := -1, -1
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				ri, ci = i, j
				break outer
			}
		}
	}
	return ri, ci, ri >= 0
}
"""

FUNCS["recover"] = """
func safeDiv${K}_${I}(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &Err$K{code: $A, msg: "division failed"}
		}
	}()
	q = a / b
	return q, nil
}
"""

FUNCS["sort"] = """
type pair${K}_${I} struct {
	key   string
	value int
}

func sortPairs${K}_${I}(ps []pair${K}_${I}) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && (ps[j].value < ps[j-1].value ||
			ps[j].value == ps[j-1].value && ps[j].key < ps[j-1].key); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}
"""

FUNCS["matrix"] = """
func matMul${K}_${I}(a, b [$N][$N]int) [$N][$N]int {
	var c [$N][$N]int
	for i := 0; i < $N; i++ {
		for j := 0; j < $N; j++ {
			s := 0
			for k := 0; k < $N; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s % $M
		}
	}
	return c
}

func trace${K}_${I}(m [$N][$N]int) int {
	t := 0
	for i := range m {
		t += m[i][i]
	}
	return t
}
"""

FUNCS["strings"] = """
func analyze${K}_${I}(s string) (letters, digits, others int, rev string) {
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9':
			digits++
		default:
			others++
		}
	}
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return letters, digits, others, string(b)
}
"""

FUNCS["variadic"] = """
func maxOf${K}_${I}(first int, rest ...int) int {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func spread${K}_${I}(xs []int) int {
	if len(xs) == 0 {
		return maxOf${K}_${I}($A)
	}
	return maxOf${K}_${I}(xs[0], xs[1:]...)
}
"""

FUNCS["strategy"] = """
type op${K}_${I} struct {
	name string
	fn   func(a, b int) int
}

func applyAll${K}_${I}(a, b int) map[string]int {
	ops := []op${K}_${I}{
		{"add", func(x, y int) int { return x + y }},
		{"sub", func(x, y int) int { return x - y }},
		{"mul", func(x, y int) int { return x * y }},
		{"mix", func(x, y int) int { return x*$A - y%$M }},
	}
	res := make(map[string]int)
	for _, o := range ops {
		res[o.name] = o.fn(a, b)
	}
	return res
}
"""

FUNCS["fallthrough"] = """
func grade${K}_${I}(score int) (string, int) {
	bonus := 0
	switch s := score / 10; s {
	case 10:
		bonus++
		fallthrough
	case 9:
		bonus++
		return "A", bonus
	case 8, 7:
		return "B", bonus
	case 6:
		return "C", bonus
	}
	return "F", bonus
}
"""

FUNCS["slices"] = """
func window${K}_${I}(xs []int, w int) []int {
	if w <= 0 || w > len(xs) {
		return nil
	}
	out := make([]int, 0, len(xs)-w+1)
	sum := 0
	for i, x := range xs {
		sum += x
		if i >= w {
			sum -= xs[i-w]
		}
		if i >= w-1 {
			out = append(out, sum)
		}
	}
	cp := make([]int, len(out))
	copy(cp, out)
	return cp[:len(cp):len(cp)]
}
"""

FUNCS["struct_map"] = """
type key${K}_${I} struct {
	x, y int
}

func grid${K}_${I}(n int) (int, int) {
	seen := map[key${K}_${I}]bool{}
	byRow := map[int][]int{}
	for i := 0; i < n; i++ {
		k := key${K}_${I}{i % $M, i / $M}
		seen[k] = true
		byRow[k.y] = append(byRow[k.y], k.x)
	}
	longest := 0
	for _, row := range byRow {
		if len(row) > longest {
			longest = len(row)
		}
	}
	return len(seen), longest
}
"""

FUNCS["method_values"] = """
func areas${K}_${I}(shapes []Shape$K) []int {
	fs := make([]func() int, 0, len(shapes))
	for _, s := range shapes {
		fs = append(fs, s.Area)
	}
	out := make([]int, len(fs))
	for i, f := range fs {
		out[i] = f() + $A
	}
	return out
}
"""

FUNCS["workers"] = """
func workers${K}_${I}(jobs []int, nw int) int {
	in := make(chan int)
	results := make(chan int, len(jobs))
	done := make(chan int)
	for w := 0; w < nw; w++ {
		go func() {
			handled := 0
			for j := range in {
				results <- j*j + $A
				handled++
			}
			done <- handled
		}()
	}
	for _, j := range jobs {
		in <- j
	}
	close(in)
	handled := 0
	for w := 0; w < nw; w++ {
		handled += <-done
	}
	close(results)
	total := handled
	for r := range results {
		total += r
	}
	return total
}
"""

FUNC_NAMES = sorted(FUNCS)

# How run$K calls each function kind; lines end with a checksum update.
CALLS = {
    "sum_filter": ["t, sk := sumFilter${K}_${I}([]int{$L1}, $B)", "sum += t + sk"],
    "word_count": ["wc := wordCount${K}_${I}([]string{$WORDS})", "sum += len(wc)"],
    "counter": ["next, reset := counter${K}_${I}($A, $B)", "next()", "reset()", "sum += next()"],
    "pipeline": ["sum += pipeline${K}_${I}($B)"],
    "select_loop": ["e, o := selectLoop${K}_${I}($B)", "sum += e + o"],
    "type_switch": ["desc, sc := describe${K}_${I}([]interface{}{$A, \"s$K\", nil, []int{1, 2}, "
                    "shapes[0], &Err$K{code: $B, msg: \"e\"}, 2.5})",
                    "sum += sc + len(desc)"],
    "labeled": ["r, c, ok := findPair${K}_${I}([][]int{{1, 2, 3}, {-1, $A}, {4, $B}}, $B)",
                "if ok {", "\tsum += r*10 + c", "}"],
    "recover": ["q, err := safeDiv${K}_${I}($B, $Z)", "if err != nil {", "\tsum += len(err.Error())",
                "}", "sum += q"],
    "sort": ["ps := []pair${K}_${I}{{\"b\", $A}, {\"a\", $B}, {\"c\", $A}}", "sortPairs${K}_${I}(ps)",
             "sum += ps[0].value + len(ps[2].key)"],
    "matrix": ["var m$I [$N][$N]int", "for i := range m$I {", "\tfor j := range m$I[i] {",
               "\t\tm$I[i][j] = i + j*$A", "\t}", "}", "sum += trace${K}_${I}(matMul${K}_${I}(m$I, m$I))"],
    "strings": ["l, d, o, rev := analyze${K}_${I}(\"Unit $K: $WORD-$B!\")",
                "sum += l + d*2 + o*3 + len(rev)"],
    "variadic": ["sum += spread${K}_${I}([]int{$L1}) + spread${K}_${I}(nil)"],
    "strategy": ["for name, v := range applyAll${K}_${I}($A, $B) {", "\tsum += v + len(name)", "}"],
    "fallthrough": ["g, bonus := grade${K}_${I}($SCORE)", "sum += len(g) + bonus"],
    "slices": ["sum += len(window${K}_${I}([]int{$L1}, 3))"],
    "struct_map": ["n, longest := grid${K}_${I}($B)", "sum += n + longest"],
    "method_values": ["for _, a := range areas${K}_${I}(shapes) {", "\tsum += a", "}"],
    "workers": ["sum += workers${K}_${I}([]int{$L1}, $W)"],
}

WORDS = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "zeta", "theta", "iota"]
COLORS = ["Red", "Green", "Blue", "Cyan", "Magenta", "Yellow", "Black", "White", "Gray"]
SHAPES = [
    # name, fields [(name, type)], area, perimeter
    ("Rect", [("w", "int"), ("h", "int")], "s.w * s.h", "2 * (s.w + s.h)"),
    ("Square", [("side", "int")], "s.side * s.side", "4 * s.side"),
    ("Circle", [("r", "int")], "3 * s.r * s.r", "6 * s.r"),
    ("Tri", [("a", "int"), ("b", "int"), ("c", "int")], "(s.a * s.b) / 2", "s.a + s.b + s.c"),
    ("Poly", [("n", "int"), ("side", "int")], "s.n * s.side * s.side / 4", "s.n * s.side"),
]


def sub(template, **kw):
    return string.Template(template).substitute(**kw)


class Gen:
    def __init__(self, seed, use_fmt):
        self.seed = seed
        self.use_fmt = use_fmt

    def println(self, args):
        return f"fmt.Println({args})" if self.use_fmt else f"println({args})"

    def unit(self, k):
        rng = random.Random(self.seed * 100003 + k)
        K = str(k)
        parts = []
        colors = COLORS[:rng.randint(3, len(COLORS))]
        consts = "".join(f"\t{c}{K} Color{K} = iota\n" if i == 0 else f"\t{c}{K}\n"
                         for i, c in enumerate(colors))
        cases = "".join(f"\tcase {c}{K}:\n\t\treturn \"{c.lower()}\"\n" for c in colors)
        default = (f"fmt.Sprintf(\"Color{K}(%d)\", int(c))" if self.use_fmt
                   else f"\"Color{K}(\" + itoa(int(c)) + \")\"")
        parts.append(sub(UNIT_HEADER, K=K, ENUM_CONSTS=consts, ENUM_CASES=cases,
                         ENUM_DEFAULT=default))
        shapes = rng.sample(SHAPES, rng.randint(2, 4))
        for name, fields, area, perim in shapes:
            fdecl = "".join(f"\t{f} {t}\n" for f, t in fields)
            params = "".join(f", {f} {t}" for f, t in fields)
            init = ", ".join(f"{f}: {f}" for f, _ in fields)
            scale = "".join(f"\ts.{f} *= f\n" for f, _ in fields)
            parts.append(sub(SHAPE, K=K, NAME=name, LOWER=name.lower(), FIELDS=fdecl,
                             PARAMS=params, INIT=init, AREA=area, PERIM=perim, SCALE=scale))
        kinds = rng.sample(FUNC_NAMES, rng.randint(9, 13))
        body = []
        for i, kind in enumerate(kinds):
            I = str(i)
            vals = dict(K=K, I=I, A=str(rng.randint(2, 9)), M=str(rng.randint(3, 7)),
                        B=str(rng.randint(5, 40)), N=str(rng.randint(2, 4)),
                        BUF=str(rng.randint(0, 4)), W=str(rng.randint(1, 4)),
                        Z=str(rng.choice([0, 1, 3])), SCORE=str(rng.randint(0, 105)),
                        WORD=rng.choice(WORDS),
                        L1=", ".join(str(rng.randint(-5, 50)) for _ in range(rng.randint(4, 9))),
                        WORDS=", ".join(f"\"{rng.choice(WORDS)}\"" for _ in range(rng.randint(3, 8))))
            parts.append(sub(FUNCS[kind], **vals))
            body.append("\t{")
            body.extend("\t\t" + sub(line, **vals) for line in CALLS[kind])
            body.append("\t}")
        # run$K: builds shapes, exercises the unit, prints a line, returns a checksum.
        ctor_args = []
        for name, fields, _, _ in shapes:
            args = ", ".join(str(rng.randint(1, 9)) for _ in fields)
            ctor_args.append(f"New{name}{K}({rng.randint(1, 99)}, {args})")
        run = [f"\nfunc run{K}() int {{",
               f"\tshapes := []Shape{K}{{{', '.join(ctor_args)}}}",
               "\tsum := 0",
               f"\tvar list *Node{K}",
               f"\tvar tree *Tree{K}",
               "\tfor i, s := range shapes {",
               "\t\tsum += s.Area() + s.Perimeter()",
               f"\t\tlist = push{K}(list, s.Area())",
               f"\t\ttree = tree.Insert(s.Perimeter() % {rng.randint(5, 12)})",
               f"\t\tif b, ok := s.(interface{{ AddTag(string) }}); ok {{",
               f"\t\t\tb.AddTag(Color{K}(i).String())",
               "\t\t}",
               "\t}",
               "\tsum += list.Sum() + tree.Depth()",
               "\ttree.Walk(func(key, count int) { sum += key * count })"]
        name0 = shapes[0][0]
        run += [f"\tif sc, ok := shapes[0].(*{name0}{K}); ok {{",
                f"\t\tbig := sc.Scale({rng.randint(2, 5)})",
                "\t\tsum += big.Area() + sc.TagCount() + sc.ID()",
                "\t}"]
        run += body
        run += ["\t" + self.println(f"\"unit {K}\", sum, Color{K}(sum%{len(colors) + 1}).String()"),
                "\treturn sum",
                "}\n"]
        parts.append("\n".join(run))
        return "".join(parts)

    def common(self):
        return """
// itoa formats n in decimal (no strconv in this program).
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [24]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
"""


def file_header(use_fmt, needs_fmt):
    h = "// Code generated by bench/check/gen_program.py. DO NOT EDIT.\n\npackage main\n"
    if use_fmt and needs_fmt:
        h += "\nimport \"fmt\"\n"
    return h


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                epilog=__doc__.split("\n\n", 1)[1],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", required=True, help="output directory (created; *.go replaced)")
    p.add_argument("--lines", type=int, default=50000, help="approximate total lines (50000)")
    p.add_argument("--files", type=int, default=20, help="number of unit files (default 20)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--no-fmt", action="store_true", help="use println instead of fmt")
    p.add_argument("--go-mod", action="store_true", help="also write go.mod (module bench)")
    args = p.parse_args()

    gen = Gen(args.seed, not args.no_fmt)
    units, total = [], 0
    k = 0
    while total < args.lines:
        u = gen.unit(k)
        units.append(u)
        total += u.count("\n")
        k += 1
    os.makedirs(args.out, exist_ok=True)
    for f in os.listdir(args.out):
        if f.endswith(".go"):
            os.remove(os.path.join(args.out, f))
    nfiles = max(1, min(args.files, len(units)))
    per = (len(units) + nfiles - 1) // nfiles
    lines, written = 0, 1
    for fi in range(nfiles):
        chunk = units[fi * per:(fi + 1) * per]
        if not chunk:
            break
        text = file_header(gen.use_fmt, True) + "".join(chunk)
        with open(os.path.join(args.out, f"units_{fi:03d}.go"), "w") as f:
            f.write(text)
        lines += text.count("\n")
        written += 1
    main_go = file_header(gen.use_fmt, True) + gen.common() + "\nfunc main() {\n\ttotal := 0\n"
    main_go += "".join(f"\ttotal += run{i}()\n" for i in range(len(units)))
    main_go += "\t" + gen.println('"total", total') + "\n}\n"
    with open(os.path.join(args.out, "main.go"), "w") as f:
        f.write(main_go)
    lines += main_go.count("\n")
    if args.go_mod:
        with open(os.path.join(args.out, "go.mod"), "w") as f:
            f.write("module bench\n\ngo 1.19\n")
    print(f"{len(units)} units, {written} files, {lines} lines in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
