package main

const which = "test"
