module gocxx/bench

go 1.19
