package plan

import (
	"log/slog"
	"sync"

	"github.com/longbridgeapp/opencc"
)

// t2s is OpenCC's traditional-to-simplified converter, built once (its dictionaries are embedded).
var t2s = sync.OnceValue(func() *opencc.OpenCC {
	c, err := opencc.New("t2s")
	if err != nil {
		slog.Warn("traditional characters will not be read as simplified", "err", err)
		return nil
	}
	return c
})

// ToSimplified returns s in simplified characters: plans published in traditional characters (衢州市
// 商務局) and questions typed in them read as the simplified plans do. Text already simplified comes
// back as it is. This is the one place where the conversion happens; questions and plan texts both
// go through it.
func ToSimplified(s string) string {
	if s == "" || !hasNonASCII(s) {
		return s
	}
	c := t2s()
	if c == nil {
		return s
	}
	out, err := c.Convert(s)
	if err != nil {
		return s
	}
	return out
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}
