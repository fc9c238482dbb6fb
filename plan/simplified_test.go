package plan

import "testing"

func TestToSimplified(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"question", "衢州市商務局負責哪些任務?", "衢州市商务局负责哪些任务?"},
		{"plan line", "（牽頭單位：省發展改革委，配合單位：省財政廳）", "（牵头单位：省发展改革委，配合单位：省财政厅）"},
		{"a question with only question words in traditional", "湖州方案的文號是什麼?", "湖州方案的文号是什么?"},
		{"already simplified", "市发展改革委牵头，市财政局按职责分工负责。", "市发展改革委牵头，市财政局按职责分工负责。"},
		{"ascii", "which tasks does Quzhou own?", "which tasks does Quzhou own?"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ToSimplified(tc.in); got != tc.want {
				t.Errorf("ToSimplified(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
