// k-nucleotide (Benchmarks Game task): read fasta's output on stdin, take the sequence after
// ">THREE", count every k-length substring with a map, print the 1- and 2-nucleotide
// frequencies (percent, most frequent first) and the counts of five given sequences.
// Usage: fasta N | knucleotide.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"sort"
)

func readSequence() []byte {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<16), 1<<20)
	var seq []byte
	inThree := false
	for in.Scan() {
		line := in.Bytes()
		if len(line) > 0 && line[0] == '>' {
			if inThree {
				break
			}
			inThree = bytes.HasPrefix(line, []byte(">THREE"))
			continue
		}
		if inThree {
			seq = append(seq, bytes.ToUpper(line)...)
		}
	}
	return seq
}

func count(seq []byte, k int) map[string]int {
	counts := make(map[string]int)
	for i := 0; i+k <= len(seq); i++ {
		counts[string(seq[i:i+k])]++
	}
	return counts
}

func printFrequencies(seq []byte, k int) {
	counts := count(seq, k)
	keys := make([]string, 0, len(counts))
	total := 0
	for key, n := range counts {
		keys = append(keys, key)
		total += n
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, key := range keys {
		fmt.Printf("%s %.3f\n", key, 100*float64(counts[key])/float64(total))
	}
	fmt.Println()
}

func main() {
	seq := readSequence()
	printFrequencies(seq, 1)
	printFrequencies(seq, 2)
	for _, s := range []string{"GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"} {
		fmt.Printf("%d\t%s\n", count(seq, len(s))[s], s)
	}
}
