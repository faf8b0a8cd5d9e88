module example.com/app

go 1.19

require example.com/lib v0.0.0

// The library lives next to the application.
replace example.com/lib => ../lib
