module example.com/badgomod

go 1.19

require example.com/x
