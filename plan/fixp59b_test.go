package plan

import (
	"strings"
	"testing"
)

// Fixes for question rounds 168 and 169 and the cd- dev plans (fixp59b): each rule gets a table of
// plan fragments written for it.

// fixp59bParse parses a plan text written for a test.
func fixp59bParse(t *testing.T, text string) *Document {
	t.Helper()
	d, err := ParseText("fixp59b.txt", text, Options{})
	if err != nil {
		t.Fatalf("ParseText: %v", err)
	}
	return d
}

// fixp59bTitled is the task whose title starts with words, or nil.
func fixp59bTitled(d *Document, words string) *Task {
	for i := range d.Tasks {
		if strings.HasPrefix(d.Tasks[i].Title, words) {
			return &d.Tasks[i]
		}
	}
	return nil
}

// A label standing as a sentence of its own ("工作任务：") announces the numbered items after it, the
// first one included, when the page ran them together on one line.
func TestFixp59bTaskListLabel(t *testing.T) {
	for _, c := range []struct{ name, text, first, lead string }{
		{"工作任务", "某区2019年市场整治方案\n一、重点工作（一）批发市场治理指标：抽检合格率达到96%以上。工作任务：1.加强进货查验登记。落实台账制度，查处无票经营。（区商务局）2.开展夜市专项检查。督促摊主亮证经营。（区市场监管局）（二）零售环节治理指标：投诉办结率达到100%。工作任务：1.推行明码标价。组织门店统一公示。（区发改局）2.开展回访。（区市场监管局）",
			"加强进货查验登记", "区商务局"},
		{"主要措施", "某县2020年护林方案\n一、工作内容（一）巡护指标：巡护覆盖率达到100%。主要措施：1.组建专职护林队伍。配齐装备，划片包干。（县林业局）2.开展防火宣传。（县应急局）",
			"组建专职护林队伍", "县林业局"},
	} {
		t.Run(c.name, func(t *testing.T) {
			// The page ran on one long line: a preamble of some length before the items.
			head, body, _ := strings.Cut(c.text, "\n")
			d := fixp59bParse(t, head+"\n为做好本项工作，"+strings.Repeat("进一步压实各方责任，", 40)+"制定本方案。"+body)
			x := fixp59bTitled(d, c.first)
			if x == nil {
				t.Fatalf("no task %q:%s", c.first, rev59Dump(d))
			}
			if len(x.Lead) != 1 || x.Lead[0] != c.lead {
				t.Errorf("lead %v, want [%s]", x.Lead, c.lead)
			}
		})
	}
	// A colon inside a sentence still enumerates within its item.
	if opensRunIn("提供以下服务：", "1.", "办理登记；2.往来接待") {
		t.Errorf("a colon inside a sentence opened an item")
	}
}

// A plan's span stated after the day its notice was signed ("…办公室2016年3月1日…自2016年3月5日至
// 2016年5月4日开展…") runs to the span's end, not to the day of signing; work in stages runs to the
// last stage's end.
func TestFixp59bPeriodPhrase(t *testing.T) {
	for _, c := range []struct {
		name  string
		goals []string
		want  string
	}{
		{"signed then span", []string{"某区管理局2016年3月1日某区护学行动方案为加强管理，自2016年3月5日至2016年5月4日在全区开展为期两个月的护学专项行动，制定方案如下："}, "2016-05-04"},
		{"stages", []string{"工作分三个阶段：第一阶段：动员阶段（2017年2月1日至3月1日）各单位制定细则。第二阶段：实施阶段（2017年3月2日至2017年8月31日）各单位全面整改。第三阶段：验收阶段（2017年9月1日至2017年10月15日）区督查室组织验收。"}, "2017-10-15"},
		{"one span", []string{"从现在起至2018年6月底，在全区开展清理行动。"}, "2018-06-30"},
	} {
		t.Run(c.name, func(t *testing.T) {
			end, quote := PlanPeriod("某区护学行动方案", c.goals, 2016)
			if end.String() != c.want {
				t.Errorf("period %s (%q), want %s", end, quote, c.want)
			}
		})
	}
}

// The pinyin of a page's ruby annotation left after its characters is dropped when a text is read;
// a bracket of other words stays.
func TestFixp59bRubyPinyin(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"現(xiàn)將方案印發(fā)給你們", "现将方案印发给你们"},
		{"各區（qū）政府", "各区政府"},
		{"市財政局(地税局)", "市财政局(地税局)"},
		{"指标(a)和(b)", "指标(a)和(b)"},
	} {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A notice whose addressees run into its first paragraph ("各县区政府,市各部门: 现将…") and that
// numbers nothing: its addressees are no doers of its work.
func TestFixp59bAddresseeRunIn(t *testing.T) {
	text := "关于印发2021年重点工作分解方案的通知\n各县区人民政府,市各委办局,市各直属单位: 现将2021年重点工作分解方案印发给你们,有关要求如下: 一要提高认识抓落实。各县区各部门要按照分解方案,建立任务清单和时间节点。二要强化督查抓落实。市政府督查室将加强日常跟踪督办,定期通报结果。\n"
	d := fixp59bParse(t, text)
	for _, x := range d.Tasks {
		for _, u := range append(append([]string{}, x.Lead...), x.Participating...) {
			if u == "市各直属单位" || u == "市各委办局" {
				t.Errorf("task %q has the addressee %s:%s", x.Title, u, rev59Dump(d))
			}
		}
	}
	var leads []string
	for _, x := range d.Tasks {
		leads = append(leads, x.Lead...)
	}
	if !strings.Contains(strings.Join(leads, " "), "市政府督查室") {
		t.Errorf("no task led by 市政府督查室:%s", rev59Dump(d))
	}
}

// A form's date left blank to fill in ("报送时间：2015年 月 日") is no date.
func TestFixp59bBlankFormDate(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"附件1 排查汇总表 报送单位（公章） 报送时间：2019年 月 日 序号", 0},
		{"填表日期：2020年月日", 0},
		{"于2019年5月10日前报送汇总表", 1},
	} {
		if got := ParseDeadlinesIn(c.text, 2019); len(got) != c.n {
			t.Errorf("ParseDeadlinesIn(%q) = %v, want %d", c.text, got, c.n)
		}
	}
}

// "每逢周一报送" is a weekly duty, on Mondays.
func TestFixp59bEveryWeekday(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"每逢周一报送前一周工作开展情况", "FREQ=WEEKLY;BYDAY=MO"},
		{"每逢星期五上报本周进展", "FREQ=WEEKLY;BYDAY=FR"},
	} {
		rs := ParseRecurring(c.text)
		if len(rs) != 1 || rs[0].Rule.String() != c.want {
			t.Errorf("ParseRecurring(%q) = %v, want %s", c.text, rs, c.want)
		}
	}
}

// A task table copied flush left, a row's 主要责任单位 cell one name a line and its 协同配合单位 cell
// on the line below: the lines of units go on the row's unit cells, not on its task's words.
func TestFixp59bUnitLinesBelowRow(t *testing.T) {
	text := "某县2024年重点工作任务分解表\n序号 重点工作任务 主要责任单位 协同配合单位\n1 税收收入增长6%左右。 县财政局\n县税务局\n县直有关部门,各乡镇人民政府。\n2 招商引资到位资金增长9%左右。 县商务局 县发改委、县工信局。\n3 农民人均可支配收入增长7%左右。 县农业农村局\n县人社局\n县民政局,各乡镇人民政府。\n"
	d := fixp59bParse(t, text)
	for _, c := range []struct {
		title        string
		lead, partic string
	}{
		{"税收收入增长6%左右", "县财政局 县税务局", "县直有关部门 各乡镇人民政府"},
		{"招商引资到位资金增长9%左右", "县商务局", "县发改委 县工信局"},
		{"农民人均可支配收入增长7%左右", "县农业农村局 县人社局", "县民政局 各乡镇人民政府"},
	} {
		x := fixp59bTitled(d, c.title)
		if x == nil {
			t.Fatalf("no task %q:%s", c.title, rev59Dump(d))
		}
		if got := strings.Join(x.Lead, " "); got != c.lead {
			t.Errorf("%s: lead %q, want %q", c.title, got, c.lead)
		}
		if got := strings.Join(x.Participating, " "); got != c.partic {
			t.Errorf("%s: participating %q, want %q", c.title, got, c.partic)
		}
		if strings.Contains(x.Text, "局") {
			t.Errorf("%s: units left in the words %q", c.title, x.Text)
		}
	}
}
