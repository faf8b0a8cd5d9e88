module example.com/iv

go 1.19
