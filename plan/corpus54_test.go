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

// TestCorpus54StandingHelpers: a standing note whose units only help ("以下均需各镇配合落实，不再列出")
// makes them take part in every later task, whoever leads it; one whose units carry the work out
// ("以下均需各区县政府落实") keeps them responsible.
func TestCorpus54StandingHelpers(t *testing.T) {
	text := "关于开展某项治理的工作方案\n二、重点任务\n" +
		"1.开展底数调查。2027年底前完成调查。（县生态局牵头负责；各镇负责配合落实，以下均需各镇配合落实，不再列出）\n" +
		"2.严格源头管控。加强登记管理。（县工信局、县生态局按职责分工负责）\n" +
		"三、保障措施\n" +
		"（一）加强资金保障。统筹各类资金。（县财政局、县生态局按职责分工负责）\n"
	d, err := ParseText("t.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct{ lead, partic []string }{
		"开展底数调查": {[]string{"县生态局"}, []string{"各镇"}},
		"严格源头管控": {[]string{"县工信局", "县生态局"}, []string{"各镇"}},
		"加强资金保障": {[]string{"县财政局", "县生态局"}, []string{"各镇"}},
	}
	found := 0
	for _, k := range d.Tasks {
		for opens, w := range want {
			if !strings.HasPrefix(k.Text, opens) {
				continue
			}
			found++
			if !slices.Equal(k.Lead, w.lead) || !slices.Equal(k.Participating, w.partic) {
				t.Errorf("%s: lead %v partic %v, want lead %v partic %v", opens, k.Lead, k.Participating, w.lead, w.partic)
			}
		}
	}
	if found != len(want) {
		t.Errorf("found %d of the %d tasks", found, len(want))
	}

	text = "关于开展某项治理的工作方案\n二、重点任务\n" +
		"1.开展底数调查。（县生态局牵头，以下均需各乡镇政府落实，不再列出）\n" +
		"2.严格源头管控。加强登记管理。（县工信局负责）\n"
	d, err = ParseText("t.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range d.Tasks {
		if strings.HasPrefix(k.Text, "严格源头管控") && !slices.Contains(k.Lead, "各乡镇政府") {
			t.Errorf("严格源头管控: lead %v partic %v, want 各乡镇政府 responsible", k.Lead, k.Participating)
		}
	}
}

// TestCorpus54GroupOfBodiesActs: a group of bodies named by how they stand to the work (各有关单位,
// 相关职能部门, 各职能部门) opening a clause with what it does is its subject, and not a name run on
// through the sentence ("各有关单位成立迎评工作领导小组" is no unit); a group's share of work another
// leads ("…牵头，各部门按照各自职责分工做好…") stays none.
func TestCorpus54GroupOfBodiesActs(t *testing.T) {
	tests := []struct {
		name, item, opens string
		lead              []string
	}{
		{"各有关单位 成立", "1.各有关单位成立迎接督导工作小组，明确专人负责。", "各有关单位", []string{"各有关单位"}},
		{"相关职能部门 加强", "2.相关职能部门加强日常监管，加大巡查力度。", "相关职能部门", []string{"相关职能部门"}},
		{"各职能部门 建立", "3.各职能部门建立健全协同机制。", "各职能部门", []string{"各职能部门"}},
		{"share of a lead's work", "4.由县政务中心负责事项受理，各部门按照各自职责分工做好相关工作。", "由县政务中心", []string{"县政务中心"}},
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
