// Adapted from Go 1.19 src/net/lookup.go, port.go, port_unix.go, hosts.go, dnsclient.go
// (isDomainName) and iprawsock.go (IPAddr).
//
// gocxx: names are looked up as Go's resolver does with nsswitch "files dns": /etc/hosts
// first, then (for valid domain names) getaddrinfo(3), which blocks its worker thread for
// the duration of the query. A name the resolver does not know is Go's *DNSError
// "lookup NAME on SERVER: no such host", SERVER being the first nameserver of
// /etc/resolv.conf, as Go's resolver reports it.

// Copyright 2012 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package net

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"
)

// IPAddr represents the address of an IP end point.
type IPAddr struct {
	IP   IP
	Zone string // IPv6 scoped addressing zone
}

// Network returns the address's network name, "ip".
func (a *IPAddr) Network() string { return "ip" }

func (a *IPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	ip := ipEmptyString(a.IP)
	if a.Zone != "" {
		return ip + "%" + a.Zone
	}
	return ip
}

// errNoSuchHost is the error text of a name that does not resolve.
var errNoSuchHost = errors.New("no such host")

// services contains minimal mappings between services names and port
// numbers for platforms that don't have a complete list of port numbers.
//
// See https://www.iana.org/assignments/service-names-port-numbers
//
// On Unix, this map is augmented by readServices via goLookupPort.
var services = map[string]map[string]int{
	"udp": {
		"domain": 53,
	},
	"tcp": {
		"ftp":    21,
		"ftps":   990,
		"gopher": 70, // ʕ◔ϖ◔ʔ
		"http":   80,
		"https":  443,
		"imap2":  143,
		"imap3":  220,
		"imaps":  993,
		"pop3":   110,
		"pop3s":  995,
		"smtp":   25,
		"ssh":    22,
		"telnet": 23,
	},
}

var onceReadServices sync.Once

// fileFields returns the fields of each line of a configuration file, '#' comments removed
// (nil if it cannot be read). Go reads these files with its own line reader (parse.go).
func fileFields(name string) [][]string {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil
	}
	var lines [][]string
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if f := getFields(line); len(f) > 0 {
			lines = append(lines, f)
		}
	}
	return lines
}

func readServices() {
	// "http 80/tcp www www-http # World Wide Web HTTP"
	for _, f := range fileFields("/etc/services") {
		if len(f) < 2 {
			continue
		}
		portnet := f[1] // "80/tcp"
		port, j, ok := dtoi(portnet)
		if !ok || port <= 0 || j >= len(portnet) || portnet[j] != '/' {
			continue
		}
		netw := portnet[j+1:] // "tcp"
		m, ok1 := services[netw]
		if !ok1 {
			m = make(map[string]int)
			services[netw] = m
		}
		for i := 0; i < len(f); i++ {
			if i != 1 { // f[1] was port/net
				m[f[i]] = port
			}
		}
	}
}

// lookupPortMap returns the port of service on network from the services table.
func lookupPortMap(network, service string) (port int, error error) {
	switch network {
	case "tcp4", "tcp6":
		network = "tcp"
	case "udp4", "udp6":
		network = "udp"
	}

	if m, ok := services[network]; ok {
		if port, ok := m[strings.ToLower(service)]; ok {
			return port, nil
		}
	}
	return 0, &AddrError{Err: "unknown port", Addr: network + "/" + service}
}

// parsePort parses service as a decimal integer and returns the
// corresponding value as port. It is the caller's responsibility to
// parse service as a non-decimal integer when needsLookup is true.
//
// Some system resolvers will return a valid port number when given a number
// over 65536 (see https://golang.org/issues/11715). Alas, the parser
// can't bail early on numbers > 65536. Therefore reasonably large/small
// numbers are parsed in full and rejected if invalid.
func parsePort(service string) (port int, needsLookup bool) {
	if service == "" {
		// Lock in the legacy behavior that an empty string
		// means port 0. See golang.org/issue/13610.
		return 0, false
	}
	const (
		max    = uint32(1<<32 - 1)
		cutoff = uint32(1 << 30)
	)
	neg := false
	if service[0] == '+' {
		service = service[1:]
	} else if service[0] == '-' {
		neg = true
		service = service[1:]
	}
	var n uint32
	for _, d := range service {
		if '0' <= d && d <= '9' {
			d -= '0'
		} else {
			return 0, true
		}
		if n >= cutoff {
			n = max
			break
		}
		n *= 10
		nn := n + uint32(d)
		if nn < n || nn > max {
			n = max
			break
		}
		n = nn
	}
	if !neg && n >= cutoff {
		port = int(cutoff - 1)
	} else if neg && n > cutoff {
		port = int(cutoff)
	} else {
		port = int(n)
	}
	if neg {
		port = -port
	}
	return port, false
}

// lookupPort is Resolver.LookupPort.
func lookupPort(network, service string) (port int, err error) {
	port, needsLookup := parsePort(service)
	if needsLookup {
		switch network {
		case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6":
		case "": // a hint wildcard for Go 1.0 undocumented behavior
			network = "ip"
		default:
			return 0, &AddrError{Err: "unknown network", Addr: network}
		}
		onceReadServices.Do(readServices)
		port, err = lookupPortMap(network, service)
		if err != nil {
			return 0, err
		}
	}
	if 0 > port || port > 65535 {
		return 0, &AddrError{Err: "invalid port", Addr: service}
	}
	return port, nil
}

// LookupPort looks up the port for the given network and service.
func LookupPort(network, service string) (port int, err error) {
	return lookupPort(network, service)
}

// isDomainName checks if a string is a presentation-format domain name
// (currently restricted to hostname-compatible "preferred name" LDH labels and
// SRV-like "underscore labels"; see golang.org/issue/12421).
func isDomainName(s string) bool {
	// The root domain name is valid. See golang.org/issue/45715.
	if s == "." {
		return true
	}

	// See RFC 1035, RFC 3696.
	// Presentation format has dots before every label except the first, and the
	// terminal empty label is optional here because we assume fully-qualified
	// (absolute) input. We must therefore reserve space for the first and last
	// labels' length octets in wire format, where they are necessary and the
	// maximum total length is 255.
	// So our _effective_ maximum is 253, but 254 is not rejected if the last
	// character is a dot.
	l := len(s)
	if l == 0 || l > 254 || l == 254 && s[l-1] != '.' {
		return false
	}

	last := byte('.')
	nonNumeric := false // true once we've seen a letter or hyphen
	partlen := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		default:
			return false
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_':
			nonNumeric = true
			partlen++
		case '0' <= c && c <= '9':
			// fine
			partlen++
		case c == '-':
			// Byte before dash cannot be dot.
			if last == '.' {
				return false
			}
			partlen++
			nonNumeric = true
		case c == '.':
			// Byte before dot cannot be dot, dash.
			if last == '.' || last == '-' {
				return false
			}
			if partlen > 63 || partlen == 0 {
				return false
			}
			partlen = 0
		}
		last = c
	}
	if last == '-' || partlen > 63 {
		return false
	}

	return nonNumeric
}

// lookupStaticHost returns the addresses of name in /etc/hosts, in file order (Go reads the
// file again when it changes; gocxx reads it on every lookup).
func lookupStaticHost(name string) []IPAddr {
	name = strings.TrimSuffix(strings.ToLower(name), ".")
	var addrs []IPAddr
	for _, f := range fileFields("/etc/hosts") {
		if len(f) < 2 {
			continue
		}
		ip, zone := parseIPZone(f[0])
		if ip == nil {
			continue
		}
		for _, h := range f[1:] {
			if strings.TrimSuffix(strings.ToLower(h), ".") == name {
				addrs = append(addrs, IPAddr{IP: ip, Zone: zone})
				break
			}
		}
	}
	return addrs
}

// dnsServer is the server Go's resolver names in its errors: the first nameserver of
// /etc/resolv.conf, else Go's default.
func dnsServer() string {
	for _, f := range fileFields("/etc/resolv.conf") {
		if len(f) >= 2 && f[0] == "nameserver" {
			if ip, _ := parseIPZone(f[1]); ip != nil {
				return JoinHostPort(f[1], "53")
			}
		}
	}
	return "127.0.0.1:53"
}

// EAI_* codes of getaddrinfo(3) (glibc).
const (
	eaiAgain  = -3
	eaiNoName = -2
	eaiNoData = -5
)

// lookupIPAddr resolves host: a literal address, /etc/hosts, then getaddrinfo.
func lookupIPAddr(ctx context.Context, host string) ([]IPAddr, error) {
	// Make sure that no matter what we do later, host=="" is rejected.
	// parseIP, for example, does accept empty strings.
	if host == "" {
		return nil, &DNSError{Err: errNoSuchHost.Error(), Name: host, IsNotFound: true}
	}
	if ip, zone := parseIPZone(host); ip != nil {
		return []IPAddr{{IP: ip, Zone: zone}}, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, &DNSError{Err: mapErr(err).Error(), Name: host, IsTimeout: err == context.DeadlineExceeded}
	}
	if addrs := lookupStaticHost(host); len(addrs) > 0 {
		return addrs, nil
	}
	if !isDomainName(host) {
		return nil, &DNSError{Err: errNoSuchHost.Error(), Name: host, IsNotFound: true}
	}
	ips, zones, code, msg := sysGetaddrinfo(host)
	switch code {
	case 0:
	case eaiNoName, eaiNoData:
		return nil, &DNSError{Err: errNoSuchHost.Error(), Name: host, Server: dnsServer(), IsNotFound: true}
	default:
		return nil, &DNSError{Err: msg, Name: host, IsTemporary: code == eaiAgain}
	}
	addrs := make([]IPAddr, 0, len(ips))
	for i, ip := range ips {
		addrs = append(addrs, IPAddr{IP: IP(ip), Zone: zoneName(zones[i])})
	}
	if len(addrs) == 0 {
		return nil, &DNSError{Err: errNoSuchHost.Error(), Name: host, Server: dnsServer(), IsNotFound: true}
	}
	return addrs, nil
}

// LookupHost looks up the given host using the local resolver.
// It returns a slice of that host's addresses.
func LookupHost(host string) (addrs []string, err error) {
	if ip, _ := parseIPZone(host); ip != nil && host != "" {
		return []string{host}, nil
	}
	ips, err := lookupIPAddr(context.Background(), host)
	if err != nil {
		return nil, err
	}
	for _, ip := range ips {
		addrs = append(addrs, ip.String())
	}
	return addrs, nil
}

// LookupIP looks up host using the local resolver.
// It returns a slice of that host's IPv4 and IPv6 addresses.
func LookupIP(host string) ([]IP, error) {
	addrs, err := lookupIPAddr(context.Background(), host)
	if err != nil {
		return nil, err
	}
	ips := make([]IP, len(addrs))
	for i, ia := range addrs {
		ips[i] = ia.IP
	}
	return ips, nil
}
