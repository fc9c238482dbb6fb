package plan_test

import (
	"encoding/json"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/dutybot/dutybot/plan"
)

// TestCompactKeepsContent compacts the seeds and generated plans (decoded from JSON, as the plan
// store hands them out, so that nothing is shared to begin with) and checks every field holds what
// it held, and that paragraphs of tasks now point into their task's text.
func TestCompactKeepsContent(t *testing.T) {
	for _, d := range directoryDocs(t, 20) {
		data, err := json.Marshal(struct {
			D     *plan.Document
			Tasks []plan.Task
			Paras []plan.Paragraph
		}{d, d.Tasks, d.Paras})
		if err != nil {
			t.Fatal(err)
		}
		var want, got struct {
			D     *plan.Document
			Tasks []plan.Task
			Paras []plan.Paragraph
		}
		json.Unmarshal(data, &want)
		json.Unmarshal(data, &got)
		got.D.Tasks, got.D.Paras = got.Tasks, got.Paras
		want.D.Tasks, want.D.Paras = want.Tasks, want.Paras
		plan.Compact(got.D)
		got.Tasks, got.Paras = got.D.Tasks, got.D.Paras // Compact may lay them in arrays of their length
		if !reflect.DeepEqual(got.Tasks, want.Tasks) || !reflect.DeepEqual(got.Paras, want.Paras) || !reflect.DeepEqual(*got.D, *want.D) {
			t.Fatalf("%s: Compact changed the document", d.ID)
		}
		shared := 0
		for _, p := range got.Paras {
			for _, tk := range got.Tasks {
				if p.TaskID == tk.ID && p.Text != "" && strings.Contains(tk.Text, p.Text) {
					if !inside(tk.Text, p.Text) {
						t.Fatalf("%s: paragraph of %s not shared with its task's text", d.ID, tk.ID)
					}
					shared++
				}
			}
		}
		if shared == 0 && len(got.Tasks) > 0 {
			t.Fatalf("%s: no paragraph shared", d.ID)
		}
	}
}

// inside reports whether s's bytes lie within text's.
func inside(text, s string) bool {
	a, b := uintptr(unsafe.Pointer(unsafe.StringData(text))), uintptr(unsafe.Pointer(unsafe.StringData(s)))
	return b >= a && b+uintptr(len(s)) <= a+uintptr(len(text))
}

// TestCompactSharesTextAcrossDocuments: two plans written from one template (decoded apart, so
// that nothing is shared to begin with) hold one copy of the texts they have in common, and each
// its own of the ids and the texts that differ.
func TestCompactSharesTextAcrossDocuments(t *testing.T) {
	mk := func(id, city string) *plan.Document {
		tasks := []plan.Task{
			{ID: id + ":1", Section: "三、保障措施 > （一）加强组织领导", Number: "1", Title: "建立联席会议制度",
				Text: "建立联席会议制度，定期研究解决推进过程中的重大问题，每季度通报一次进展。", Lead: []string{"市发改局"}},
			{ID: id + ":2", Section: "三、保障措施 > （二）强化要素保障", Number: "2", Title: "用地指标",
				Text: city + "统筹安排用地指标，优先保障重点项目落地。", Lead: []string{"市自然资源局"}},
		}
		d := &plan.Document{ID: id, City: city, Title: city + "要素保障工作方案", Tasks: tasks}
		d.Paras = []plan.Paragraph{{Section: "一、总体要求", Text: "坚持问题导向，聚焦项目落地的堵点难点，形成一批可复制的经验。"}}
		data, err := json.Marshal(struct {
			D     *plan.Document
			Tasks []plan.Task
			Paras []plan.Paragraph
		}{d, d.Tasks, d.Paras})
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			D     *plan.Document
			Tasks []plan.Task
			Paras []plan.Paragraph
		}
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatal(err)
		}
		got.D.Tasks, got.D.Paras = got.Tasks, got.Paras
		got.D.ID = id
		plan.Compact(got.D)
		return got.D
	}
	a := mk("c0de0001", "平安县")
	b := mk("c0de0002", "长乐县")
	same := func(x, y string) bool { return unsafe.StringData(x) == unsafe.StringData(y) }
	if !same(a.Tasks[0].Text, b.Tasks[0].Text) || !same(a.Tasks[0].Section, b.Tasks[0].Section) || !same(a.Paras[0].Text, b.Paras[0].Text) {
		t.Errorf("texts both plans hold are not shared")
	}
	if b.Tasks[1].Text != "长乐县统筹安排用地指标，优先保障重点项目落地。" || same(a.Tasks[1].Text, b.Tasks[1].Text) {
		t.Errorf("a text that differs: %q", b.Tasks[1].Text)
	}
	if same(a.Tasks[0].ID, b.Tasks[0].ID) || b.Tasks[0].ID != "c0de0002:1" || b.ID != "c0de0002" {
		t.Errorf("ids: %q %q", b.ID, b.Tasks[0].ID)
	}
	runtime.KeepAlive(a)
}
