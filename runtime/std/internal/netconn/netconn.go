// Package netconn lets net/http read what package net knows about a connection (gocxx
// standard library subset; Go's std shares such state through internal packages too).
package netconn

import "time"

// Deadlines reports the read and write deadlines set on c, a net.Conn (ok false when c is
// not one of package net's connections). Package net sets it when it is initialized.
var Deadlines func(c any) (read, write time.Time, ok bool)
