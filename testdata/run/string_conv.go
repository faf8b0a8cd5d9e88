// Conversions among string, []byte, []rune, rune and integers.
package main

import "fmt"

func main() {
	s := "Go语言"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r), b, r)
	fmt.Println(string(b[:2]), string(r[2:]), string(r[2]))
	b[0] = 'g'
	fmt.Println(s, string(b))
	r[3] = '文'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	var i int = 0x1F600
	fmt.Println(string(rune(i)))
	fmt.Println([]byte("abc"), []rune("abc"), string([]byte{104, 105}), string([]rune{0x48, 0x49}))
	invalid := string([]byte{0xff, 'a'})
	fmt.Println([]rune(invalid), len(invalid))
	fmt.Printf("%q %v\n", invalid, []byte(invalid))
	var nilBytes []byte
	fmt.Println(string(nilBytes) == "", len(string(nilBytes)))
	bs := []byte("hello")
	str := string(bs)
	bs[0] = 'j'
	fmt.Println(str, string(bs))
	type MyString string
	ms := MyString("typed")
	fmt.Println(string(ms)+"!", []byte(ms)[0])
	type Bytes []byte
	fmt.Println(string(Bytes("xy")))
	var by byte = 'z'
	fmt.Println(string(rune(by)), string(by+1))
}
