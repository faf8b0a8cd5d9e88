// errorcheck

// Selectors naming fields or methods that do not exist.

package main

type Person struct {
	Name string
	age  int
}

func (p *Person) Greet() string { return "hi " + p.Name }

type Wrapper struct{ *Person }

func main() {
	p := Person{Name: "x"}
	_ = p.name // ERROR "p.name undefined \(type Person has no field or method name, but does have Name\)"
	_ = p.Age // ERROR "p.Age undefined \(type Person has no field or method Age, but does have age\)"
	p.Shout() // ERROR "p.Shout undefined \(type Person has no field or method Shout\)"
	w := Wrapper{&p}
	_ = w.Missing // ERROR "w.Missing undefined \(type Wrapper has no field or method Missing\)"
	var i interface{ M() }
	i.N() // ERROR "i.N undefined \(type interface\{M\(\)\} has no field or method N\)"
	Person{}.Greet() // ERROR "cannot call pointer method Greet on Person"
	_ = Person.Greet // ERROR "cannot call pointer method Greet on Person"
}
