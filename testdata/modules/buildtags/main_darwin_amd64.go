package main

const which = "darwin/amd64"
