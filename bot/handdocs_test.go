package bot

import (
	"fmt"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// handDocs are two small plans built by hand: 丽水市 and 台州市黄岩区, cities the seeds do not have, so
// that nothing here leans on the seed plans.
func handDocs() []*plan.Document {
	mk := func(id, city string, tasks ...plan.Task) *plan.Document {
		d := &plan.Document{ID: id, City: city, Title: city + "服务业实施方案", Number: id}
		for i := range tasks {
			tasks[i].ID = fmt.Sprintf("%s:%d", id, i+1)
			tasks[i].Number = fmt.Sprint(i + 1)
			tasks[i].Doc = new(d.Ref())
			tasks[i].Section = "二、重点任务"
		}
		d.Tasks = tasks
		return d
	}
	return []*plan.Document{
		mk("d1", "丽水市",
			plan.Task{Title: "建设生态产品交易中心", Lead: []string{"市发展改革委", "市商务局"}, Participating: []string{"丽水海关"}},
			plan.Task{Title: "培育文旅融合企业", Lead: []string{"市文化广电旅游局"}}),
		mk("d2", "台州市黄岩区",
			plan.Task{Title: "推进模具产业服务化", Lead: []string{"区经信局", "区商务局"}}),
	}
}

// taskRef is a task of one line of text, for matching tests.
func taskRef(text string) retrieval.TaskRef {
	d := &plan.Document{ID: "t", City: "丽水市"}
	d.Tasks = []plan.Task{{ID: "t:1", Text: text}}
	return retrieval.TaskRef{Doc: d, Task: &d.Tasks[0]}
}
