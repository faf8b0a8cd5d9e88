package main

const which = "linux"
