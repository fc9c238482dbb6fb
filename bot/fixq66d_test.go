package bot

import "testing"

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
