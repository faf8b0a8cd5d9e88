module example.com/notingoroot

go 1.19
