package bot

import (
	"strings"
	"testing"
)

// TestFixQ66d_AffectedTopic: "X影响下的…" asks about what X affects; plans write 受X影响的…, so the
// topic word is X影响, not X影响下 (which no plan writes).
func TestFixQ66d_AffectedTopic(t *testing.T) {
	for _, c := range []struct{ name, term, want string }{
		{"epidemic", "疫情影响下", "疫情影响"},
		{"flood", "洪涝灾害影响下", "洪涝灾害影响"},
		{"plain word", "影响下", "影响下"},
		{"other term", "贷款还款", "贷款还款"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := trimColloquial(c.term); got != c.want {
				t.Errorf("trimColloquial(%q) = %q, want %q", c.term, got, c.want)
			}
		})
	}
}

// TestFixQ66d_AskingWordsNoTopic: words that carry the asking, not what is asked about: a role word
// glossed by its other name in brackets (牵头（主办）), the year's 重点工作 a question searches in
// (重点工作中), and talk to the bot (给我列一下, …来着).
func TestFixQ66d_AskingWordsNoTopic(t *testing.T) {
	for _, c := range []struct {
		name, s string
		want    []string
	}{
		{"role glossed", " 牵头（主办）几项任务?", nil},
		{"role glossed, ascii brackets", " 负责(主责)哪些任务?", nil},
		{"within the year's key work", "2022年重点工作中 牵头几项?", nil},
		{"give me a list", "要干的事给我列一下", nil},
		{"particle 来着", "外资企业有几家来着", []string{"外资企业"}},
		{"topic kept", "重点工作中涉及养老的", []string{"养老"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := topicTerms(c.s, "zh")
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("topicTerms(%q) = %q, want %q", c.s, got, c.want)
			}
		})
	}
}
