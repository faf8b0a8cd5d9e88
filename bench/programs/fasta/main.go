// fasta (Benchmarks Game task): write DNA sequences in FASTA format: a repeated ALU string,
// then two sequences drawn from weighted alphabets by the task's linear congruential
// generator (seed 42), 60 characters a line. Usage: fasta N.
package main

import (
	"bufio"
	"os"
	"strconv"
)

const lineWidth = 60

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

type acid struct {
	c byte
	p float64
}

var iub = []acid{
	{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
	{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
	{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
	{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
}

var homosapiens = []acid{
	{'a', 0.3029549426680}, {'c', 0.1979883004921},
	{'g', 0.1975473066391}, {'t', 0.3015094502008},
}

const (
	im = 139968
	ia = 3877
	ic = 29573
)

var last = 42

func random(max float64) float64 {
	last = (last*ia + ic) % im
	return max * float64(last) / im
}

func repeatFasta(out *bufio.Writer, s string, n int) {
	pos := 0
	line := make([]byte, lineWidth+1)
	for n > 0 {
		w := lineWidth
		if n < w {
			w = n
		}
		for i := 0; i < w; i++ {
			line[i] = s[pos]
			pos++
			if pos == len(s) {
				pos = 0
			}
		}
		line[w] = '\n'
		out.Write(line[:w+1])
		n -= w
	}
}

func randomFasta(out *bufio.Writer, table []acid, n int) {
	// Cumulative probabilities, so one draw is a linear scan.
	cum := make([]float64, len(table))
	p := 0.0
	for i, a := range table {
		p += a.p
		cum[i] = p
	}
	line := make([]byte, lineWidth+1)
	for n > 0 {
		w := lineWidth
		if n < w {
			w = n
		}
		for i := 0; i < w; i++ {
			r := random(1.0)
			k := 0
			for k < len(cum)-1 && cum[k] < r {
				k++
			}
			line[i] = table[k].c
		}
		line[w] = '\n'
		out.Write(line[:w+1])
		n -= w
	}
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	out := bufio.NewWriterSize(os.Stdout, 64*1024)
	defer out.Flush()
	out.WriteString(">ONE Homo sapiens alu\n")
	repeatFasta(out, alu, 2*n)
	out.WriteString(">TWO IUB ambiguity codes\n")
	randomFasta(out, iub, 3*n)
	out.WriteString(">THREE Homo sapiens frequency\n")
	randomFasta(out, homosapiens, 5*n)
}
