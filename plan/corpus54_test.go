package plan

import (
	"slices"
	"strings"
	"testing"
)

// corpus54Task parses a plan of one numbered item and returns the task whose text opens with opens.
func corpus54Task(t *testing.T, item, opens string) *Task {
	t.Helper()
	text := "关于做好某项工作的实施方案\n一、主要任务\n（一）抓好落实\n" + item + "\n"
	d, err := ParseText("t.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range d.Tasks {
		if k := &d.Tasks[i]; strings.HasPrefix(k.Text, opens) {
			return k
		}
	}
	t.Fatalf("no task opens with %q", opens)
	return nil
}

// TestCorpus54SubjectOnABasis: a body or a group opening a sentence with the basis it acts on
// (按照, 依据, 依照, 参照, as 根据 already did) is the sentence's subject; a share of a lead's work
// ("各部门按照各自职责…") and a name that is no body ("工作按照…") are none.
func TestCorpus54SubjectOnABasis(t *testing.T) {
	tests := []struct {
		name, item, opens string
		lead              []string
	}{
		{"county government 按照", "1.县政府按照省里的统一部署，建立联席会议制度。", "县政府", []string{"县政府"}},
		{"group of towns 依据", "2.组建队伍。各乡镇依据县里的会议精神，成立工作专班。", "组建队伍", []string{"各乡镇"}},
		{"bureau 依照", "3.市交通局依照有关规定，开展专项检查。", "市交通局", []string{"市交通局"}},
		{"bureau 参照", "4.县住建局参照上述做法设立服务窗口。", "县住建局", []string{"县住建局"}},
		{"work is no body", "5.全年工作按照时间节点有序推进，确保取得实效。", "全年工作", nil},
		{"share of each department", "6.各部门按照各自职责分工做好相关工作。", "各部门", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := corpus54Task(t, tt.item, tt.opens)
			if !slices.Equal(k.Lead, tt.lead) {
				t.Errorf("lead %v, want %v", k.Lead, tt.lead)
			}
		})
	}
}

// TestCorpus54BodyWithItsOwn: "X及其Y" (a body with its own offices) is one party, as the plan
// writes it; X与其Y and X和Y stay two.
func TestCorpus54BodyWithItsOwn(t *testing.T) {
	tests := []struct {
		name, item, opens string
		lead              []string
	}{
		{"及其 one party", "1.县政府及其工作部门、各乡镇按照《消防安全责任制实施办法》履行职责。", "县政府", []string{"县政府及其工作部门", "各乡镇"}},
		{"及其他 two parties", "3.各级住建部门及其他相关部门应依法加强监督管理。", "各级住建部门", []string{"各级住建部门", "其他相关部门"}},
		{"与其 two parties", "2.本县物业企业与其工会要根据行业协议协商工资。", "本县物业企业", []string{"本县物业企业", "其工会"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := corpus54Task(t, tt.item, tt.opens)
			if !slices.Equal(k.Lead, tt.lead) {
				t.Errorf("lead %v, want %v", k.Lead, tt.lead)
			}
		})
	}
}
