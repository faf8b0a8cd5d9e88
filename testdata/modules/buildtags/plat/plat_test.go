package plat_test

This file is not Go: _test.go files are not part of a build.
