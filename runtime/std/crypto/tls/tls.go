// Package tls partially implements TLS 1.2, as specified in RFC 5246, and TLS 1.3, as specified in RFC 8446 (gocxx standard library subset).
//
// gocxx: only the Config fields net/http's Transport applies to its HTTPS connections,
// which libcurl (with OpenSSL) makes; there is no Conn, Client or Server.
package tls

// A Config structure is used to configure a TLS client or server.
type Config struct {
	// ServerName is used to verify the hostname on the returned
	// certificates unless InsecureSkipVerify is given.
	ServerName string

	// InsecureSkipVerify controls whether a client verifies the server's
	// certificate chain and host name. If InsecureSkipVerify is true, crypto/tls
	// accepts any certificate presented by the server and any host name in that
	// certificate.
	InsecureSkipVerify bool
}

// Clone returns a shallow clone of c or nil if c is nil.
func (c *Config) Clone() *Config {
	if c == nil {
		return nil
	}
	c2 := *c
	return &c2
}
