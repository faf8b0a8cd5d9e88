module example.com/vendored

go 1.19

require example.com/vend v1.2.0
