module example.com/notfound

go 1.19
