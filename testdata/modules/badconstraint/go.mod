module example.com/badconstraint

go 1.19
