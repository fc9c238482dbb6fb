package retrieval

import "testing"

// TestPerf62_VectorChunk: a document's vectors are laid in chunks of vectorBytes (a size class of
// the allocator: 32 vectors of 64 floats), the last holding what is left; a vector longer than a
// chunk has one of its own.
func TestPerf62_VectorChunk(t *testing.T) {
	for _, tc := range []struct {
		name   string
		n, dim int
		want   int // floats
	}{
		{"full chunk", 58, 64, 32 * 64},
		{"the rest", 26, 64, 26 * 64},
		{"exactly a chunk", 32, 64, 32 * 64},
		{"one left", 1, 64, 64},
		{"a vector longer than a chunk", 3, 4096, 4096},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := len(vectorChunk(tc.n, tc.dim)); got != tc.want {
				t.Errorf("vectorChunk(%d, %d) holds %d floats, want %d", tc.n, tc.dim, got, tc.want)
			}
		})
	}
}
