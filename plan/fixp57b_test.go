package plan

import (
	"slices"
	"strings"
	"testing"
)

// fixp57bTask parses a plan with para as a part's only paragraph and returns the first task whose
// text holds opens.
func fixp57bTask(t *testing.T, para, opens string) *Task {
	t.Helper()
	text := "关于做好某项工程的实施方案\n一、职责分工\n" + para + "\n二、工作要求\n（一）加强宣传。各单位要加强宣传。\n"
	d, err := ParseText("t.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range d.Tasks {
		if k := &d.Tasks[i]; strings.Contains(k.Text, opens) {
			return k
		}
	}
	t.Fatalf("no task holds %q", opens)
	return nil
}

// TestFixp57bBodyNamedAsSubject: a clause naming the body that carries the work out as its 主体
// with 为 or 是 ("本工程实施主体为县水利局，负责…") makes that body the subject of what follows: it leads
// its sentence, and the next sentence's own subject starts a task of its own.
func TestFixp57bBodyNamedAsSubject(t *testing.T) {
	const duties = "本批次校舍加固工程建设主体为县教体局，统筹开展招标、施工和验收等工作。县应急局负责现场安全巡查。"
	tests := []struct {
		name, para, opens string
		lead              []string
	}{
		{"建设主体 opens the duties", duties, "本批次校舍加固工程", []string{"县教体局"}},
		{"the next sentence is its own", duties, "县应急局", []string{"县应急局"}},
		{"实施主体 after a title", "规范运营。该服务站点实施主体是镇人民政府，负责日常运营管理。", "规范运营", []string{"镇人民政府"}},
		{"责任主体 with 单位", "全镇河道清淤项目责任主体单位为区水务局，组织开展清淤工作。", "全镇河道清淤项目", []string{"区水务局"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := fixp57bTask(t, tt.para, tt.opens)
			if !slices.Equal(k.Lead, tt.lead) {
				t.Errorf("lead %v, want %v (%q)", k.Lead, tt.lead, k.Text)
			}
		})
	}
}

// TestFixp57bMoreLinkClosesPage: after a plan's body, a page's "more" link on its own line opens the
// boxes of figures and other policies the page sets beside the document; they are no tasks, and an
// item before them does not run on into them. A "more" link before the body, or one followed by
// units given work, cuts nothing.
func TestFixp57bMoreLinkClosesPage(t *testing.T) {
	const plan = "某县促进消费若干措施\n一、发放消费券\n县商务局牵头发放消费券。\n二、办好促消费活动\n县文旅局负责举办夜市活动。\n"
	t.Run("figures and policy list after more", func(t *testing.T) {
		text := plan + "更多>>\n房价指数\n日期｜指数｜环比｜\n2024.03｜1234.5｜-0.2%｜\n2024.02｜1236.9｜-0.1%｜\n更多\n热门政策\n1某市住房补贴暂行办法\n2某区人才购房管理办法\n"
		d, err := ParseText("t.txt", text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Tasks) != 2 {
			for _, k := range d.Tasks {
				t.Logf("%s %q", k.Number, k.Text)
			}
			t.Fatalf("%d tasks, want 2", len(d.Tasks))
		}
		if strings.Contains(d.Tasks[1].Text, "办法") || strings.Contains(d.Tasks[1].Text, "指数") {
			t.Errorf("last task runs on: %q", d.Tasks[1].Text)
		}
	})
	t.Run("units given work after more are kept", func(t *testing.T) {
		text := plan + "更多\n三、强化保障\n县财政局牵头落实资金。\n"
		d, err := ParseText("t.txt", text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Tasks) != 3 {
			t.Fatalf("%d tasks, want 3", len(d.Tasks))
		}
	})
	t.Run("more before the body", func(t *testing.T) {
		if got := cutAtMoreLink([]string{"首页", "更多", "某县促进消费若干措施", "一、发放消费券"}); len(got) != 4 {
			t.Errorf("cut %v", got)
		}
	})
}

// TestFixp57bGroupLeadSharesOut: an item that opens with a sentence of its own giving a group of duties
// to its lead ("X牵头…整治工作。") and then shares the work out ("A负责…。B，负责…") keeps X leading each
// share, the units of a share taking part; X named again in a share leads it alone. Without such an
// opening sentence each sentence's subject leads its own.
func TestFixp57bGroupLeadSharesOut(t *testing.T) {
	const group = "县交通局牵头道路运输秩序整治工作。县交通局负责查处非法营运车辆。县公安交警大队、县城管局负责路面巡查。县财政局，负责保障整治经费。"
	tests := []struct {
		name, para, opens string
		lead, partic      []string
	}{
		{"the lead's own share", group, "县交通局负责查处", []string{"县交通局"}, nil},
		{"a share of two units", group, "县公安交警大队", []string{"县交通局"}, []string{"县公安交警大队", "县城管局"}},
		{"a share after a comma", group, "县财政局，负责", []string{"县交通局"}, []string{"县财政局"}},
		{"no group sentence", "县交通局负责查处非法营运车辆。县财政局负责保障整治经费。", "县财政局负责", []string{"县财政局"}, nil},
		// audit 57: a list of group sentences, each naming its own lead the same way, is no group.
		{"each share leads its own", "县公安局牵头涉黑涉恶线索核查工作。县市场监管局牵头市场流通领域乱象整治工作。县住建局牵头工程建设领域乱象整治工作。", "县市场监管局牵头", []string{"县市场监管局"}, nil},
		{"the last of such shares", "县公安局牵头涉黑涉恶线索核查工作。县市场监管局牵头市场流通领域乱象整治工作。县住建局牵头工程建设领域乱象整治工作。", "县住建局牵头", []string{"县住建局"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := fixp57bTask(t, tt.para, tt.opens)
			if !slices.Equal(k.Lead, tt.lead) || !slices.Equal(k.Participating, tt.partic) {
				t.Errorf("lead %v partic %v, want %v %v (%q)", k.Lead, k.Participating, tt.lead, tt.partic, k.Text)
			}
		})
	}
}

// TestFixp57bCutShortLastRow: a text that stops a word or two after a list's 、 or a comma is cut off
// inside its last row, however short that row is: the row does not carry the units of the row before
// it. A last row that ends whole keeps what it has.
func TestFixp57bCutShortLastRow(t *testing.T) {
	const table = "某区重点工作任务分解表\n序号\n重点工作\n牵头单位\n配合单位\n1\n新建口袋公园5个，提升城市绿化品质。\n区城管局\n区住建局、各街道\n2\n"
	d, err := ParseText("t.txt", table+"新增公共停车泊位800个、改造\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(d.Tasks); n != 2 || len(d.Tasks[1].Lead)+len(d.Tasks[1].Participating) != 0 || !d.Truncated {
		t.Errorf("tasks %d, last %+v, truncated %v", n, d.Tasks[n-1], d.Truncated)
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"新增公共停车泊位800个、改造", true},
		{"招引高层次人才30名，培育", true},
		{"区住建局、各街道、区城管局", false},
		{"新增公共停车泊位800个。", false},
		{"张三、李四", false},
	} {
		if got := brokenListEnd(tt.line); got != tt.want {
			t.Errorf("brokenListEnd(%q) = %v", tt.line, got)
		}
	}
}

// TestFixp57bAnniversaryYear: a year said to be an anniversary ("2024年是建市60周年") is what the year
// is, no work due in it, as "…是开局之年" is; so a notice's opening words that say so and hand the plan
// over are no task.
func TestFixp57bAnniversaryYear(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"2024年是本市建市60周年，是推进高质量发展的重要一年。", 0},
		{"2025年为建校100周年，各校要做好校庆筹备。", 0},
		{"2024年底前完成建市60周年纪念馆布展。", 1},
	} {
		if got := ParseDeadlines(tt.text); len(got) != tt.want {
			t.Errorf("%q: %+v, want %d", tt.text, got, tt.want)
		}
	}
	text := "某市人民政府办公室关于分解落实2024年政府工作报告的通知\n各区人民政府，市各委、办、局：\n2024年是本市建市60周年，是推进高质量发展的关键一年。市人民代表大会通过的政府工作报告是全年工作的总纲领。现将《2024年政府工作报告任务分解表》印发给你们，请认真贯彻落实。\n一、压实责任。市政府办公室每季度对任务完成情况进行督查。\n"
	d, err := ParseText("t.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range d.Tasks {
		if strings.Contains(k.Text, "周年") {
			t.Errorf("the notice's opening words are a task: %s %q lead %v", k.ID, k.Text, k.Lead)
		}
	}
}

// TestFixp57bSharesAfterRuYou: words that announce the shares to follow ("具体分工如下：") set the first
// share's unit at the head of its own task, as the later shares are; a colon after an item's title
// is left as it was.
func TestFixp57bSharesAfterRuYou(t *testing.T) {
	const para = "各有关单位分别负责本行业的体系建设。其中，重点行业具体分工如下：县文广局负责建立体育场馆安全体系。县卫健委负责建立医疗机构安全体系。"
	for _, tt := range []struct {
		opens string
		lead  []string
	}{
		{"各有关单位分别负责", []string{"各有关单位"}},
		{"县文广局负责", []string{"县文广局"}},
		{"县卫健委负责", []string{"县卫健委"}},
	} {
		if k := fixp57bTask(t, para, tt.opens); !slices.Equal(k.Lead, tt.lead) || strings.Contains(k.Text, "县卫健委") && tt.opens != "县卫健委负责" {
			t.Errorf("%s: lead %v, want %v (%q)", tt.opens, k.Lead, tt.lead, k.Text)
		}
	}
}
