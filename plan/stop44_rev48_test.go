package plan_test

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// rev48OwnDeadlines are the dates a task's own words set (not the plan's, inherited).
func rev48OwnDeadlines(tk plan.Task) []string {
	var got []string
	for _, dl := range tk.Deadlines {
		if !dl.Inherited {
			got = append(got, dl.Date.String())
		}
	}
	return got
}

// TestRev48SignatureAfterLastSentence: b080689 (review 47) removed the notADeadline rule that read a
// full date right after an item's closing "。" as the day the text was signed, because a completion
// day in Arabic numerals may stand there. It removed it for signatures too: a scraped notice whose
// last item runs on into its signature in Chinese numerals ("…报送市政府办公厅。 二○一○年一月十三日")
// again gives that item a deadline on the signing day, a month before its real one (so it reads as
// overdue from the day it was issued). 2a219a1 read it as the signature; a completion day written in
// Chinese numerals after an item is rare, a signature so written is the rule.
func TestRev48SignatureAfterLastSentence(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a notice's signature run on to its last item", "某市人民政府办公室关于开展安全生产大检查的通知\n\n一、检查内容\n\n（一）认真分析,全面总结。各县(市、区)要进行总结,于2010年2月15日前报送市政府办公厅。 二○一○年一月十三日\n", "2010-02-15"},
		{"a bureau's signature run on to its last item", "某某县交通运输局关于开展道路运输安全隐患排查的通知\n\n一、工作安排\n\n（一）全面排查。各运管站于2015年5月31日前完成排查,结果报局安全股。 二〇一五年四月二十日\n", "2015-05-31"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := plan.ParseText("s.txt", tc.text, plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Tasks) == 0 {
				t.Fatal("no task")
			}
			last := d.Tasks[len(d.Tasks)-1]
			if got := rev48OwnDeadlines(last); len(got) != 1 || got[0] != tc.want {
				t.Errorf("deadlines of its own %v, want only %s (the other day signs the notice)", got, tc.want)
			}
		})
	}
}

// TestRev48AttachmentInATaskIsNoTitle: the new title finder (496df79, parse.go titleFinders) takes
// any head line with a full date somewhere before its last 附件 for "a signature, then the
// attachment's title", and reads the words after 附件 as the plan's title. A task line that asks for a
// form by a date ("请各校于2024年6月30日前上报工作方案，附件1：防溺水工作台账") then titles the plan
// 防溺水工作台账; a task naming 附件：春季动物防疫工作方案 titles the plan with that. Every answer then names
// the plan by its attachment. 2a219a1 kept the notice's title (the task is checked to stay).
func TestRev48AttachmentInATaskIsNoTitle(t *testing.T) {
	tests := []struct{ name, text, title, task string }{
		{"a ledger attached to a task", "某某市教育局关于做好2024年暑期安全工作的通知\n各学校：\n一、工作要求\n1.加强防溺水教育。请各校于2024年6月30日前上报工作方案，附件1：防溺水工作台账\n2.开展安全隐患排查。（牵头单位：安全科）\n", "某某市教育局关于做好2024年暑期安全工作的通知", ""},
		{"a plan attached to a task", "某某县农业农村局关于开展2024年春季动物防疫工作的通知\n各乡镇：\n一、工作任务\n1.全面开展免疫。各乡镇于2024年4月30日前完成春防，附件：春季动物防疫工作方案\n2.加强疫情监测。（牵头单位：畜牧股）\n", "某某县农业农村局关于开展2024年春季动物防疫工作的通知", "免疫"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := plan.ParseText("a.txt", tc.text, plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tc.title {
				t.Errorf("title %q, want %q", d.Title, tc.title)
			}
			found := tc.task == "" // "" when the task is read no better without the attachment
			for _, tk := range d.Tasks {
				found = found || strings.Contains(tk.Title+tk.Text, tc.task)
			}
			if !found {
				t.Errorf("no task on %s among %d tasks", tc.task, len(d.Tasks))
			}
		})
	}
}

// TestRev48DoneDayIsNoDeadline: 7c38f90 makes a day without its year a deadline whenever 完成 follows
// it (于8月5日完成报名). A progress report says what was done on a day the same way ("已于3月15日完成
// 招标", "3月10日完成了现场踏勘"): each becomes a deadline on the day the work was done. The same
// sentence with its year ("已于2024年3月15日完成招标") sets none, and 2a219a1 set none for either.
func TestRev48DoneDayIsNoDeadline(t *testing.T) {
	tests := []struct{ name, text string }{
		{"已于 a day, done", "项目已于3月15日完成招标。"},
		{"已于 a day, then the next step", "已于3月15日完成招标，4月20日开工建设。"},
		{"a day, done with 了", "3月10日完成了现场踏勘，5月20日召开动员大会。"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if ds := plan.ParseDeadlinesIn(tc.text, 2024); len(ds) > 0 {
				t.Errorf("%q: deadline %v, a day the work was done on", tc.text, ds[0].Date)
			}
		})
	}
}

// TestRev48MonthsThenOnceIsNoCycle: the new "N个月…一次" pattern (88c02c1, recurringPatterns) knows
// how long the work takes only by one character before the number (用, 期, 过, 时, 花). A campaign
// said as 集中3个月开展一次 (three months of concentrated work, once) or the first months of a year
// (今年前3个月开展一次) is read as a duty every three months. 2a219a1 read no duty in them.
func TestRev48MonthsThenOnceIsNoCycle(t *testing.T) {
	tests := []struct{ name, text string }{
		{"集中 three months, once", "集中3个月开展一次安全生产大检查。"},
		{"集中 two months in words, once", "集中两个月开展一次专项整治行动。"},
		{"the first three months of a year", "今年前3个月开展一次摸底调查。"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if rs := plan.ParseRecurring(tc.text); len(rs) > 0 {
				t.Errorf("%q: %s, a span of work done once", tc.text, rs[0].Rule.String())
			}
		})
	}
}
