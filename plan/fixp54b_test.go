package plan

import (
	"slices"
	"strings"
	"testing"
)

// TestFixp54b_PartiesOfAJointDuty: a sentence with no subject that strengthens the coordination of
// named parties ("加强属地街道与区住建委、区交通委等部门的协调配合") makes them all lead its task.
func TestFixp54b_PartiesOfAJointDuty(t *testing.T) {
	text := "某区2023年道路整治工作方案\n一、工作任务\n（一）道路整治：区交通委负责牵头整治。\n二、保障措施\n（一）强化协同配合\n加强属地街道与区住建委、区交通委、区城管局等部门的协调配合，联合做好执法检查工作。\n"
	d := fixp54Parse(t, text)
	task := fixp54Task(d, "强化协同配合")
	if task == nil {
		for _, x := range d.Tasks {
			t.Logf("task %q %v", x.Title, x.Lead)
		}
		t.Fatal("no task for the joint duty")
	}
	for _, u := range []string{"属地街道", "区住建委", "区交通委", "区城管局"} {
		if !slices.Contains(task.Lead, u) {
			t.Errorf("lead %v, want %s among them", task.Lead, u)
		}
	}
}

// TestFixp54b_FrequencyInWords: once a period said in words is a recurring duty: "一年向社会发布一次"
// yearly, "每年不少于2次" yearly (at least as often: the count is no period), "月度统计分析通报" monthly; "用一年时间开展一次" is one
// campaign.
func TestFixp54b_FrequencyInWords(t *testing.T) {
	for text, want := range map[string]string{
		"各部门按照职责分工，一年向社会发布一次达标企业名单。": "FREQ=YEARLY",
		"组织开展隐患排查，原则上每年不少于2次。":       "FREQ=YEARLY",
		"要坚持落实月度统计分析通报、排名制度。":        "FREQ=MONTHLY",
		"用一年时间开展一次专项整治。":             "",
	} {
		var got string
		if rs := ParseRecurring(text); len(rs) > 0 {
			got = rs[0].Rule.String()
		}
		if got != want {
			t.Errorf("%s: rule %q, want %q", text, got, want)
		}
	}
}

// TestFixp54b_LeadInHeadingFrequency: a heading that leads into its items with a colon and says how
// often they are done ("原则上每年不少于2次：") gives that duty to each item with none of its own.
func TestFixp54b_LeadInHeadingFrequency(t *testing.T) {
	text := "某区关于建立老旧小区安全巡查机制的实施意见\n一、总体要求\n各单位要高度重视安全巡查工作。\n二、各单位按以下分工组织开展安全巡查，原则上每年不少于2次：\n（一）区房管局。负责组织物业企业对老旧小区进行全面巡查。\n（二）区应急局。负责指导各街道开展隐患排查。\n"
	d := fixp54Parse(t, text)
	for _, title := range []string{"区房管局", "区应急局"} {
		task := fixp54Task(d, title)
		if task == nil {
			for _, x := range d.Tasks {
				t.Logf("task %q", x.Title)
			}
			t.Fatalf("no task %q", title)
		}
		if !slices.ContainsFunc(task.Recurring, func(r Recurring) bool { return r.Rule.String() == "FREQ=YEARLY" && strings.Contains(r.Quote, "2次") }) {
			t.Errorf("%s: recurring %+v, want the heading's yearly 2次", title, task.Recurring)
		}
	}
}

// TestFixp54b_YearOfAFinding: a year before the plan's that opens an account of what was found
// ("2022年省级督察发现违法用地，本区共计4件") is no target of that year.
func TestFixp54b_YearOfAFinding(t *testing.T) {
	text := "某区2023年违法用地整治方案\n一、整治内容\n（一）督察违法项目：2022年省级督察发现违法用地，本区共计4件。\n（二）卫片违法项目：区规划资源局负责整治。\n"
	d := fixp54Parse(t, text)
	for _, x := range d.Tasks {
		for _, dl := range x.Deadlines {
			if dl.Date.Year == 2022 {
				t.Errorf("%q: deadline %+v in the year of the finding", x.Title, dl)
			}
		}
	}
}
