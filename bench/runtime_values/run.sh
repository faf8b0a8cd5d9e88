#!/bin/sh
# Builds bench/runtime_values in Go and in C++ (against an already built runtime) and prints,
# per workload, both times and the C++/Go ratio (below 1: C++ faster). Best of RUNS runs.
#   bench/runtime_values/run.sh [build-dir]      (default: build-rt; run ninja there first)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-rt}
runs=${RUNS:-3}
go=${GO:-/usr/lib/go-1.19/bin/go}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

lib="$build/lib/libgocxx_runtime.a"
[ -f "$lib" ] || { echo "no $lib: build the runtime first (ninja -C $build gocxx_runtime)" >&2; exit 1; }
${CXX:-g++} -std=c++20 -O2 -DGC_THREADS=1 -I"$root/runtime/include" "$here/values.cpp" "$lib" \
  $(pkg-config --cflags --libs bdw-gc) -lpthread -o "$tmp/values_cpp"
cp "$here/main.go" "$tmp/main.go"
(cd "$tmp" && GOFLAGS= GO111MODULE=off "$go" build -o "$tmp/values_go" main.go)

# best NAME FILE...: the smallest time of workload NAME over the result files.
best() { name=$1; shift; cat "$@" | awk -v n="$name" '$1 == n { if (b == "" || $2 < b) b = $2 } END { print b }'; }

i=0
while [ $i -lt "$runs" ]; do
  "$tmp/values_go" > "$tmp/go.$i"
  "$tmp/values_cpp" > "$tmp/cpp.$i"
  i=$((i + 1))
done
printf '%-22s %10s %10s %8s\n' workload go_ms cpp_ms cpp/go
for w in $(awk '{ print $1 }' "$tmp/go.0"); do
  g=$(best "$w" "$tmp"/go.*)
  c=$(best "$w" "$tmp"/cpp.*)
  awk -v w="$w" -v g="$g" -v c="$c" 'BEGIN { printf "%-22s %10.2f %10.2f %8.2f\n", w, g, c, c / g }'
done
