package main

const which = "linux/arm64"
