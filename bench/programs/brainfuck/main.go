// A brainf*ck interpreter: the source is compiled to instructions (runs of + - < > folded,
// [-] turned into a clear, jump targets resolved), then interpreted over a 30,000-cell tape.
// The embedded program prints A..Z with nested counting loops between letters; it runs N
// times and the output bytes are summed. Usage: brainfuck N.
package main

import (
	"fmt"
	"os"
	"strconv"
)

// cell1 = 'A'; cell2 = 26; for each letter: print, step, and count 10 x 10 x 50 in cells 3-6.
const program = `
++++++++[>++++++++<-]>+
>++++++++++++++++++++++++++
[
  <.+>
  >++++++++++[>++++++++++[>++++++++++++++++++++++++++++++++++++++++++++++++++[->+<]>[-<+>]<[-]<-]<-]<
  -
]`

const (
	opAdd = iota
	opMove
	opOut
	opJz
	opJnz
	opClear
)

type inst struct {
	op  int
	arg int
}

func compile(src string) []inst {
	var code []inst
	var stack []int
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '+', '-', '<', '>':
			n := 0
			j := i
			for ; j < len(src) && src[j] == c; j++ {
				n++
			}
			i = j - 1
			switch c {
			case '+':
				code = append(code, inst{opAdd, n})
			case '-':
				code = append(code, inst{opAdd, -n})
			case '>':
				code = append(code, inst{opMove, n})
			default:
				code = append(code, inst{opMove, -n})
			}
		case '.':
			code = append(code, inst{opOut, 0})
		case '[':
			if i+2 < len(src) && src[i+1] == '-' && src[i+2] == ']' {
				code = append(code, inst{opClear, 0})
				i += 2
				continue
			}
			stack = append(stack, len(code))
			code = append(code, inst{opJz, 0})
		case ']':
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			code[open].arg = len(code)
			code = append(code, inst{opJnz, open})
		}
	}
	return code
}

func run(code []inst, tape []byte, out []byte) []byte {
	for i := range tape {
		tape[i] = 0
	}
	p := 0
	for pc := 0; pc < len(code); pc++ {
		in := code[pc]
		switch in.op {
		case opAdd:
			tape[p] += byte(in.arg)
		case opMove:
			p += in.arg
		case opOut:
			out = append(out, tape[p])
		case opJz:
			if tape[p] == 0 {
				pc = in.arg
			}
		case opJnz:
			if tape[p] != 0 {
				pc = in.arg
			}
		case opClear:
			tape[p] = 0
		}
	}
	return out
}

func main() {
	n := 1
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	code := compile(program)
	tape := make([]byte, 30000)
	var out []byte
	sum := 0
	for i := 0; i < n; i++ {
		out = run(code, tape, out[:0])
		for _, b := range out {
			sum += int(b)
		}
	}
	fmt.Printf("%s\nruns=%d sum=%d\n", out, n, sum)
}
