package plan

import (
	"slices"
	"strings"
	"testing"
)

// TestUnitsLineKeepsPersonAndState: a line of labels that opens with the units and goes on to the
// person who answers for the project or to what was done stays in the task's words (the units are
// read from it all the same); a line of units alone does not.
func TestUnitsLineKeepsPersonAndState(t *testing.T) {
	text := "某市2016年民生实事项目进展情况\n1.新建城市书房20家。\n责任单位:市文广局；项目责任人:李明；配合单位:市财政局；实际完成情况:已于2016年4月20日建成开放12家。\n2.改造农贸市场8个。\n责任单位:市商务局；配合单位:各区政府\n"
	for _, tc := range []struct {
		name, sub     string
		lead, partic  []string
		inText, notIn string
		leader        string
	}{
		{"person and state kept", "城市书房", []string{"市文广局"}, []string{"市财政局"}, "项目责任人:李明", "", "项目责任人：李明"},
		{"what was done kept", "城市书房", []string{"市文广局"}, []string{"市财政局"}, "已于2016年4月20日建成开放12家", "", ""},
		{"units alone leave the words", "农贸市场", []string{"市商务局"}, []string{"各区政府"}, "", "责任单位", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tk := stop53Task(t, text, tc.sub)
			if tk == nil {
				t.Fatal("no task")
			}
			if !slices.Equal(tk.Lead, tc.lead) || !slices.Equal(tk.Participating, tc.partic) {
				t.Errorf("lead %v partic %v, want %v %v", tk.Lead, tk.Participating, tc.lead, tc.partic)
			}
			if tc.inText != "" && !containsText(tk.Text, tc.inText) {
				t.Errorf("text %q lacks %q", tk.Text, tc.inText)
			}
			if tc.notIn != "" && containsText(tk.Text, tc.notIn) {
				t.Errorf("text %q holds %q", tk.Text, tc.notIn)
			}
			if tc.leader != "" && !slices.Contains(Leaders(tk), tc.leader) {
				t.Errorf("leaders %v lack %q", Leaders(tk), tc.leader)
			}
		})
	}
}

// TestSubjectThroughComma: a sentence that opens with units alone, then a comma and the units that
// act ("区规划局，各街道要…"), has all of them as its subject; a unit with its role marker, a subject
// with its own verb, a clause of what the work stands on and an addressees' line are no such units.
func TestSubjectThroughComma(t *testing.T) {
	for _, tc := range []struct {
		name, item, sub string
		lead, partic    []string
	}{
		{"two units, a comma", "1.改善休息环境。区环卫所要提出休息用房需求。区规划局，各街道要结合控制性详细规划，优先安排休息用房建设。", "优先安排", []string{"区规划局", "各街道"}, nil},
		{"a list, a comma", "1.河道管理。各乡镇人民政府、街道办事处，开发区管委会按照职责权限，负责本辖区内河道的日常管理。", "日常管理", []string{"各乡镇人民政府、街道办事处", "开发区管委会"}, nil},
		{"roles marked stay apart", "1.整治农贸市场。区商务局负责,区市场监管局配合,督促市场业主完成改造。", "督促", []string{"区商务局"}, []string{"区市场监管局"}},
		{"a subject with its verb", "1.建立工作机构。各街道设立消防安全委员会，由街道主要领导担任主任，统筹辖区消防工作。", "统筹辖区", []string{"各街道"}, nil},
		{"a unit leading its work", "1.建设医学中心。市第一人民医院牵头建设区域医疗中心，市卫生健康委给予政策支持。", "区域医疗中心", []string{"市第一人民医院"}, []string{"市卫生健康委"}},
		{"a unit and what it is", "1.联合执法。县文广局作为文化市场监管的主管部门，要会同县公安局建立联合执法机制。", "联合执法机制", []string{"县文广局"}, []string{"县公安局"}},
		{"what the work stands on", "1.职责分工。以河长制为平台，区水务局、区财政局共同负责实施。", "共同负责实施", []string{"区水务局", "区财政局"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tk := stop53Task(t, "某区环境卫生工作实施意见\n一、主要措施\n"+tc.item+"\n", tc.sub)
			if tk == nil {
				t.Fatal("no task")
			}
			if !slices.Equal(tk.Lead, tc.lead) || !slices.Equal(tk.Participating, tc.partic) {
				t.Errorf("lead %v partic %v, want %v %v", tk.Lead, tk.Participating, tc.lead, tc.partic)
			}
		})
	}
}

// TestSelectingUnitIsSubject: units that choose a body to do the work (遴选, 选取, 选定, 聘请, 招标确定,
// 委托) are the work's subject.
func TestSelectingUnitIsSubject(t *testing.T) {
	for _, verb := range []string{"遴选", "选取", "选定", "聘请", "招标确定", "委托"} {
		text := "某县老旧小区改造工作方案\n一、主要任务\n（一）摸排改造需求\n县住建局负责摸排小区改造需求。\n二、保障措施\n（一）强化第三方服务\n" +
			"第三方机构参与改造项目监理。县城投公司、各乡镇" + verb + "第三方机构承担项目监理，每季度开展质量抽查。\n"
		tk := stop53Task(t, text, verb+"第三方机构")
		if tk == nil {
			t.Errorf("%s: the item whose units choose a body is no task", verb)
			continue
		}
		if want := []string{"县城投公司", "各乡镇"}; !slices.Equal(tk.Lead, want) {
			t.Errorf("%s: lead %v, want %v", verb, tk.Lead, want)
		}
	}
}

// TestFullDateSpanQuote: a span of two full dates with a dash (one to three hyphens, one or two em dashes) or a tilde between ("2011年4月1日
// --2011年6月30日") is due by its end and quoted whole, so that its start can be said.
func TestFullDateSpanQuote(t *testing.T) {
	for _, tc := range []struct{ in, quote, date string }{
		{"第二步集中攻坚（2011年4月1日--2011年6月30日），各单位完成整改。", "2011年4月1日--2011年6月30日", "2011-06-30"},
		{"巩固提升期:2018年7月16日～2018年12月20日", "2018年7月16日～2018年12月20日", "2018-12-20"},
		{"集中整治阶段（2016年3月1日—2016年5月31日）", "2016年3月1日—2016年5月31日", "2016-05-31"},
		{"宣传发动（2016年3月1日至2016年3月15日）", "2016年3月1日至2016年3月15日", "2016-03-15"},
		{"2016年5月31日前完成整改。", "2016年5月31日前", "2016-05-31"},
	} {
		ds := ParseDeadlines(tc.in)
		if len(ds) != 1 || ds[0].Quote != tc.quote || ds[0].Date.String() != tc.date {
			t.Errorf("ParseDeadlines(%q) = %v, want %q %s", tc.in, ds, tc.quote, tc.date)
		}
	}
}

// containsText reports whether s holds sub, white space aside.
func containsText(s, sub string) bool {
	return strings.Contains(strings.Join(strings.Fields(s), ""), strings.Join(strings.Fields(sub), ""))
}
