package plan

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func taskWith(d *Document, words string) *Task {
	for i := range d.Tasks {
		if strings.Contains(d.Tasks[i].Title+d.Tasks[i].Text, words) {
			return &d.Tasks[i]
		}
	}
	return nil
}

// TestStop46Reading: forms the question rounds 85–87 and the corpus met that the parser read wrong.
func TestStop46Reading(t *testing.T) {
	t.Run("a number alone in brackets under the title line is the plan's own", func(t *testing.T) {
		d := rev53Parse(t, "某市人民政府关于印发《贯彻落实<国务院办公厅关于进一步支持某省经济社会发展的若干意见>分工方案》的通知\n(某政发【2010】99号)\n各县、区人民政府,市政府各部门:\n一、加强组织领导。各县区要建立工作机构。(责任单位:市发改委)\n二、狠抓项目落实。(责任单位:市财政局)\n")
		if d.Number != "某政发【2010】99号" {
			t.Errorf("number %q, want 某政发【2010】99号", d.Number)
		}
	})
	t.Run("a cited number in brackets under a sentence is not the plan's", func(t *testing.T) {
		d := rev53Parse(t, "关于做好某项工作的通知\n为贯彻落实国务院办公厅关于支持某省发展的意见,现将有关事项通知如下:\n(国办发〔2010〕29号)\n一、加强组织领导。(责任单位:市发改委)\n二、狠抓项目落实。(责任单位:市财政局)\n")
		if d.Number == "国办发〔2010〕29号" {
			t.Errorf("number %q: a line of a sentence, not a title, stands above it", d.Number)
		}
	})
	t.Run("a line that ends with an opening title mark runs on", func(t *testing.T) {
		got := joinBreaks([]string{"为了认真贯彻落实《", "国务院办公厅关于进一步支持甘肃经济社会发展的若干意见》精神,制定本方案。"})
		if len(got) != 1 {
			t.Errorf("joinBreaks: %q, want one line", got)
		}
	})
	t.Run("two leaders a line in a flattened row do not shift its unit cells", func(t *testing.T) {
		text := "序号\n项目\n重点工作\n牵头领导\n牵头单位\n主要参与单位\n一、在铸强发展引擎上大抓落实\n1\n厚植创新发展源动力\n建设城西科创大走廊核心区,推进实验室装置建设。\n梅建胜\n顾国煜\n区科技局\n区发改局、未来科技城\n2\n深挖名校名院名企资源,加快构建技术创新中心体系。\n顾国煜\n区科技局\n各平台、镇街\n"
		d := rev53Parse(t, text)
		tk := taskWith(d, "城西科创大走廊")
		if tk == nil {
			t.Fatalf("no task for row 1; tasks %d", len(d.Tasks))
		}
		if !slices.Equal(tk.Lead, []string{"区科技局"}) || !slices.Contains(tk.Participating, "区发改局") || !slices.Contains(tk.Participating, "未来科技城") {
			t.Errorf("row 1: lead %v, participating %v; want 区科技局, then 区发改局 and 未来科技城", tk.Lead, tk.Participating)
		}
	})
	t.Run("a science city is a zone, so a unit", func(t *testing.T) {
		for _, s := range []string{"未来科技城", "中新天津生态城", "广州科学城"} {
			if !looksLikeUnit(s) {
				t.Errorf("%s: not a unit", s)
			}
		}
	})
	t.Run("a picture's file name is page furniture", func(t *testing.T) {
		data, err := os.ReadFile("testdata/corpus/dev/by-zj-ningbo-2025-gwr-task-list.txt")
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse("ningbo.txt", data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if tk := taskWith(d, "webp"); tk != nil {
			t.Errorf("a task of the picture's name: %s %q", tk.ID, tk.Title)
		}
		if !junkLine("640.webp.jpg") || junkLine("附件1.各区任务清单") {
			t.Errorf("junkLine: a picture's name is junk, an attachment's line is not")
		}
	})
	t.Run("the unit that supplies an indicator's figure does not do the work", func(t *testing.T) {
		d := rev53Parse(t, "一、主要预期目标\n(一)地区生产总值增长7.5%左右。(牵头领导:谢某,牵头单位:市发改委,数据提供单位:市统计局)\n(二)全社会研发投入增长12%。(牵头领导:曹某,牵头单位:市科技局,责任单位:市经信局、市教育局,数据提供单位:市统计局)\n")
		for _, tk := range d.Tasks {
			for _, u := range append(slices.Clone(tk.Lead), tk.Participating...) {
				if strings.Contains(u, "数据提供") || u == "市统计局" {
					t.Errorf("%s: unit %q", tk.Title, u)
				}
			}
		}
	})
}

// TestStop46MeetingClauses: a meeting's report that hands out its work clause by clause in one
// paragraph (the corpus's 师宗 page, a real shape of county news) gives a task a clause, and none for
// its narration.
func TestStop46MeetingClauses(t *testing.T) {
	data, err := os.ReadFile("testdata/corpus/dev/cb-yn-shizong-2022-idle-land-disposal-tasks.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("shizong.txt", data, Options{})
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	want := []struct{ words, lead, due string }{
		{"60.58亩供地工作", "县发展和改革局", "2022-09-30"},
		{"74.0亩批而未供", "县工业园区管委会", "2022-12-31"},
		{"50.06亩批而未供", "丹凤街道", "2022-12-31"},
		{"196.94亩闲置土地", "县工业园区管委会", "2022-12-31"},
	}
	if len(d.Tasks) != len(want) {
		t.Errorf("%d tasks, want %d", len(d.Tasks), len(want))
	}
	for _, w := range want {
		tk := taskWith(d, w.words)
		if tk == nil {
			t.Errorf("%s: no task", w.words)
			continue
		}
		if !slices.Equal(tk.Lead, []string{w.lead}) || len(tk.Deadlines) != 1 || tk.Deadlines[0].Date.String() != w.due {
			t.Errorf("%s: lead %v, deadlines %v; want %s by %s", w.words, tk.Lead, tk.Deadlines, w.lead, w.due)
		}
	}
}

// TestStop46TitleRunIn: a page run together, its title glued between the page's number and the first
// heading ("第1页共8页深化医药卫生体制改革实施方案一、加快推进…"), keeps its title.
func TestStop46TitleRunIn(t *testing.T) {
	d := rev53Parse(t, "第1页共8页深化医药卫生体制改革实施方案一、加快推进基本医疗保障制度建设(一)扩大基本医疗保障覆盖面。1、将未参保的退休人员纳入城镇职工医保。(市劳动和社会保障局负责,市国资委配合)2、在校大学生纳入城镇居民医保。(市劳动和社会保障局负责,市财政局配合)\n")
	if d.Title != "深化医药卫生体制改革实施方案" {
		t.Errorf("title %q", d.Title)
	}
	if tk := taskWith(d, "在校大学生"); tk == nil || !slices.Equal(tk.Lead, []string{"市劳动和社会保障局"}) {
		t.Errorf("task of 在校大学生: %+v", tk)
	}
}

// TestStop46MonthDayList: "每月15日、30日前报送" is due on the 15th and on the 30th of every month.
func TestStop46MonthDayList(t *testing.T) {
	var got []string
	for _, r := range ParseRecurring("定期报告。每月15日、30日前，各有关部门将本部门整治工作进展情况汇总给牵头部门。") {
		got = append(got, r.Rule.String())
	}
	want := []string{"FREQ=MONTHLY;BYMONTHDAY=15", "FREQ=MONTHLY;BYMONTHDAY=30"}
	if !slices.Equal(got, want) {
		t.Errorf("rules %v, want %v", got, want)
	}
}

// TestStop46AgentDraftsOthersCheck: "由乡镇人民政府拟定整治方案，经区农业农村委、区规划资源局共同核定，
// 于2020年10月30日前…": the one who drafts leads, the departments who check take part; a government's
// approval (经县政府批准) takes none.
func TestStop46AgentDraftsOthersCheck(t *testing.T) {
	d := rev53Parse(t, "某区2020年违法用地综合整治行动实施方案\n一、整治要求\n1.由乡镇人民政府拟定整治方案，经区农业农村委、区规划资源局共同核定，于2020年10月30日前依法依规落实分类处置。\n2.县水利局负责编制灌区改造实施方案，经县政府批准后组织实施。\n")
	if tk := taskWith(d, "拟定整治方案"); tk == nil || !slices.Equal(tk.Lead, []string{"乡镇人民政府"}) || !slices.Equal(tk.Participating, []string{"区农业农村委", "区规划资源局"}) {
		t.Errorf("拟定/核定: %+v", tk)
	}
	if tk := taskWith(d, "灌区改造"); tk == nil || len(tk.Participating) != 0 {
		t.Errorf("经县政府批准: %+v", tk)
	}
}
