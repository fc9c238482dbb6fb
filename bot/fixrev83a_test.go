package bot

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// fixrev83aBaisha is an invented county plan of the table form: a goal with the plan's period, then
// rows 序号｜重点任务｜牵头单位｜配合单位｜完成时限, two of them stating a time each year, one each month.
const fixrev83aBaisha = `白沙县农田水利建设三年行动方案

一、工作目标
到2028年底，全县新增高效节水灌溉面积5万亩，灌溉水有效利用系数达到0.6以上。

二、重点任务
序号｜重点任务｜牵头单位｜配合单位｜完成时限
1｜新建灌溉渠道80公里｜县水利局｜县财政局、各乡镇人民政府｜2027年10月底
2｜落实小型水利工程管护经费｜县财政局｜县水利局｜每年4月底前
3｜开展水利设施汛前检查｜县水利局｜县应急管理局｜每年5月底前
4｜建立灌区用水管理制度｜县农业农村局｜县水利局｜2026年3月底
5｜通报工程建设进度｜县水利局｜各乡镇人民政府｜每月5日前
6｜完善农田水利设施台账｜县水利局｜各县（市、区）人民政府｜2026年11月底
`

// TestFixrev83aRecurringCellWhen: asked when a row is done whose 完成时限 cell states a time each year,
// the answer says that time (writeDates), not the plan's period the row inherits.
func TestFixrev83aRecurringCellWhen(t *testing.T) {
	e := NewEngine(textIndex(t, fixrev83aBaisha), Options{})
	for _, tc := range []struct{ q, want string }{
		{"小型水利工程管护经费什么时候落实?", "每年4月"},
		{"水利设施汛前检查什么时候开展?", "每年5月"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := askIn(t, e, tc.q, Context{})
			if !strings.Contains(a.Text, tc.want) || strings.Contains(a.Text, "到2028年") {
				t.Errorf("want %s and not the plan's period; got:\n%s", tc.want, a.Text)
			}
		})
	}
}

// TestFixrev83aNotDoneThisYear: "今年还有什么没完成?" asks of the whole year's work (from 1 January),
// what fell due earlier in it too; what is to be done this year still runs from today.
func TestFixrev83aNotDoneThisYear(t *testing.T) {
	p := NewEngine(textIndex(t, fixrev83aBaisha), Options{}).Parser()
	today := plan.NewDay(2026, 12, 7)
	for _, tc := range []struct{ q, from, to string }{
		{"县水利局今年还有什么没完成?", "2026-01-01", "2026-12-31"},
		{"县农业农村局今年还有哪些任务未完成?", "2026-01-01", "2026-12-31"},
		{"县水利局今年还要做什么?", "2026-12-07", "2026-12-31"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			if q.From != tc.from || q.To != tc.to || q.Status != StatusDue {
				t.Errorf("want due %s — %s; got %s %s — %s", tc.from, tc.to, q.Status, q.From, q.To)
			}
		})
	}
	e := NewEngine(textIndex(t, fixrev83aBaisha), Options{})
	a := askIn(t, e, "县农业农村局今年还有什么没完成?", Context{})
	if len(a.Tasks) != 1 || !strings.Contains(a.Text, "灌区用水管理制度") {
		t.Errorf("want row 4 (2026年3月底, not done); got %v:\n%s", a.Tasks, a.Text)
	}
}

// TestFixrev83aWhatIsDue: "What is due next month?" asks what falls due then, whatever it is (a
// monthly duty too), as "下个月要交什么?" does; a question about deadlines stays one.
func TestFixrev83aWhatIsDue(t *testing.T) {
	e := NewEngine(textIndex(t, fixrev83aBaisha), Options{})
	p := e.Parser()
	today := plan.NewDay(2026, 12, 7)
	for _, tc := range []struct {
		q             string
		deadlinesOnly bool
	}{
		{"What is due next month?", false},
		{"What's due next month in Baisha?", false},
		{"Which deadlines fall due next month?", true},
		{"哪些任务下个月到期?", true},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if q := p.Parse(tc.q, Context{}, today); q.deadlinesOnly != tc.deadlinesOnly {
				t.Errorf("want deadlinesOnly %v; got %v", tc.deadlinesOnly, q.deadlinesOnly)
			}
		})
	}
	a := askIn(t, e, "What is due next month?", Context{})
	if !strings.Contains(a.Text, "通报工程建设进度") {
		t.Errorf("want row 5's monthly report in January 2027; got %v:\n%s", a.Tasks, a.Text)
	}
}

// TestFixrev83aRefCities: the places a unit's name matches are counted among the cities asked about,
// when some are: a list of one city's units is not said to be grouped by place.
func TestFixrev83aRefCities(t *testing.T) {
	refs := []plan.UnitRef{{City: "白沙县", Name: "县水利局"}, {City: "青溪县", Name: "县水利局"}, {City: "温州市鹿城区", Name: "区水利局"}}
	for _, tc := range []struct {
		asked []string
		want  int
	}{
		{nil, 3},
		{[]string{"白沙县"}, 1},
		{[]string{"白沙县", "青溪县"}, 2},
		{[]string{"温州市"}, 1},
	} {
		if got := refCities(refs, tc.asked); got != tc.want {
			t.Errorf("refCities(%v) = %d, want %d", tc.asked, got, tc.want)
		}
	}
}

// TestFixrev83aCountyCityGovernment: a county-level city's government (a 县级市 of the gazetteer) that no
// plan names is, in its city's plans, in the groups written with 市 among their places (各县（市、区）
// 人民政府); a prefecture city's own government and a bare 市政府 are not read so.
func TestFixrev83aCountyCityGovernment(t *testing.T) {
	plain := strings.ReplaceAll(fixrev83aBaisha, "白沙县", "南通市")
	p := NewEngine(textIndex(t, plain), Options{}).Parser()
	today := plan.NewDay(2026, 12, 7)
	for _, tc := range []struct {
		q     string
		group bool
	}{
		{"海门市政府要做什么?", false}, // 海门 is a district of 南通 now: no county-level city
		{"启东市人民政府负责哪些任务?", true},
		{"如皋市政府要做什么?", true},
		{"南通市政府要做什么?", false},
		{"市政府要做什么?", false},
	} {
		t.Run(tc.q, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			got := len(q.refs) == 1 && slices.ContainsFunc(q.refs[0], func(u plan.UnitRef) bool { return u.Name == "各县（市、区）人民政府" })
			if got != tc.group {
				t.Errorf("want the group %v; got units %v refs %v", tc.group, q.Units, q.refs)
			}
		})
	}
}

// fixrev83aQingshan is an invented county's annual work points with 责任单位 lines.
const fixrev83aQingshan = `青山县2027年森林防火工作要点

一、压实防火责任
1．召开森林防火指挥部全体会议，每半年召开一次。
责任单位：县林业局
2．开展森林防火宣传周活动，每年3月组织开展。
责任单位：县应急管理局
二、强化火源管控
3．2027年4月底前完成重点林区视频监控全覆盖。
责任单位：县林业局、县公安局
4．开展城镇燃气安全隐患排查，每月对液化气储配站开展一次检查。
责任单位：县住房和城乡建设局
5．每月5日前向市林业局报送森林防火形势分析报告。
责任单位：县林业局
6．推行野外用火审批“一网通办”，2027年3月底前上线运行。
责任单位：县政务办
`

// TestFixrev83aEnglishWords: the English of a situation analysis, of gas safety checks and of the
// government affairs (service) office reach the plans' 形势分析, 燃气安全隐患排查 and 政务办 (glossary,
// departments.txt).
func TestFixrev83aEnglishWords(t *testing.T) {
	e := NewEngine(textIndex(t, fixrev83aQingshan), Options{})
	for _, tc := range []struct{ q, task, want string }{
		{"How often is the situation analysis reported?", "形势分析报告", `每月5日|(?i)monthly`},
		{"Who is responsible for the monthly gas safety checks?", "燃气安全隐患排查", `县住房和城乡建设局`},
		{"What does the government affairs service office lead?", "一网通办", `县政务办`},
		{"What does the government affairs office lead?", "一网通办", `县政务办`},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := askIn(t, e, tc.q, Context{})
			if a.Outcome != OutcomeAnswered || !strings.Contains(a.Text, tc.task) || !regexp.MustCompile(tc.want).MatchString(a.Text) {
				t.Errorf("want %q and %s; got %s/%s %v:\n%s", tc.task, tc.want, a.Intent, a.Outcome, a.Tasks, a.Text)
			}
		})
	}
}
