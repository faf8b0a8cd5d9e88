package secret

const Value = 42
