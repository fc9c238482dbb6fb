package plan_test

import (
	"encoding/json"
	"reflect"
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
