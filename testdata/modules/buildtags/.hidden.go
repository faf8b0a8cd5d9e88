package main

const which = "hidden"
