package scaling

import (
	"testing"
)

// linear and square do work that grows with n and with n², kept by sink from the compiler.
var sink int

func linear(n int) {
	for i := range n * 20000 {
		sink += i & 7
	}
}

func square(n int) {
	for i := range n * n * 200 {
		sink += i & 7
	}
}

func TestGrowth(t *testing.T) {
	for _, tc := range []struct {
		name     string
		work     func(int)
		low, top float64
	}{
		{"linear work grows about k times", linear, 2, 8},
		{"square work grows about k² times", square, 8, 40},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := Growth(tc.work, 100, 4, 3); g < tc.low || g > tc.top {
				t.Errorf("Growth = %.1f, want between %v and %v", g, tc.low, tc.top)
			}
		})
	}
}
