package b

import "example.com/iv/a/internal/secret"

func Value() int { return secret.Value }
