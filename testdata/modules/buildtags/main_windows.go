package main

const which = "windows"
