module example.com/cmaketests

go 1.19
