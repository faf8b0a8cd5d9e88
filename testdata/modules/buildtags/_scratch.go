package main

const which = "scratch"
