package plan

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestStop39Dates: festivals listed before one deadline word (the earlier sets the day), 清明 by its
// solar term, festivals and month ends every year or month, a report handed in by a time of day, a
// term's end, and a spaced project table whose 竣工时间 column is the deadline (开工时间 none), a stage's dotted
// months, and a check named further on in its clause.
func TestStop39Dates(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"two festivals", "1.中秋、国庆“双节”前，对商务楼宇开展消防安全检查。（责任单位：区商务委）\n", []string{"2025-09-30 by"}},
		{"清明 then 五一", "1.清明、“五一”前，对公墓开展安全检查。（责任单位：市民政局）\n", []string{"2025-04-03 by"}},
		{"清明 2026", "1.2026年清明节前完成公墓检查。（责任单位：市民政局）\n", []string{"2026-04-04 by"}},
		{"every Spring Festival", "1.每年春节前，各级工会开展“送温暖”活动。（责任单位：县总工会）\n", []string{"R yearly"}},
		{"last working day", "1.每月最后一个工作日由县应急管理局组织一次值班抽查。（责任单位：县应急管理局）\n", []string{"R monthly"}},
		{"by five o'clock", "1.各成员单位每周五下午5点前将本周工作进展报送区专班办公室。（责任单位：区发改局）\n", []string{"R weekly"}},
		{"term's end", "1.每学期末由学校组织家长满意度测评。（责任单位：市教育局）\n", []string{"R half-yearly"}},
		{"dotted stage", "（二）集中攻坚阶段（2025.5—2025.8）\n1.各街道对辖区内群租房开展拉网式排查整治。（责任单位：区消防救援大队）\n", []string{"2025-08-31 by"}},
		{"checks further on", "1.自下半年起，区住建局每月随机抽取不少于5个在建项目开展质量安全检查。（责任单位：区住建局）\n", []string{"R monthly"}},
		{"start and end cells", "序号 项目名称及建设内容 牵头单位 配合单位 计划开工时间 计划完工时间\n5 新建城北片区智慧停车场3处 区交通运输局 区公安分局交警大队 2025年3月 2025年11月\n", []string{"2025-11-30 by"}},
		{"next year carried", "1.明年一季度完成考核办法初稿，上半年正式出台并组织实施。（责任单位：市考核办）\n", []string{"2026-03-31 by", "2026-06-30 by"}},
		{"each term before it opens", "1.每学期开学前，对全市中小学校舍开展一次全面检查。（责任单位：市教育局）\n", []string{"R half-yearly"}},
		{"each school year before it ends", "1.每学年结束前将监测数据上报国家数据管理系统。（责任单位：市教育局）\n", []string{"R yearly"}},
		{"the period a report covers", "1.请各区于6月10日前报送上半年工作进展情况。（责任单位：市发改委）\n", []string{"2025-06-10 by"}},
		{"a column of years to build", "序号 | 项目名称 | 责任单位 | 建设年限\n5 | 县人民医院门诊综合楼 | 县卫健局 | 2024—2026\n", []string{"2026-12-31 target"}},
		{"spaced project table", "序号 项目名称 建设内容及规模 总投资（万元） 2025年计划投资（万元） 开工时间 竣工时间 责任单位\n7 县人民医院传染病区建设项目 新建综合楼1栋，设置床位150张 8600 3200 2024年10月 2026年6月 县卫生健康委\n", []string{"2025-12-31 target", "2026-06-30 by"}}, // the year's column is a target (the corpus's convention)
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse("t.txt", []byte(formHead+c.text), Options{})
			if err != nil || len(d.Tasks) != 1 {
				t.Fatalf("parse: %v, %d tasks", err, len(d.Tasks))
			}
			var got []string
			for _, dl := range d.Tasks[0].Deadlines {
				if !dl.Inherited {
					got = append(got, fmt.Sprintf("%s %s", dl.Date, dl.Kind))
				}
			}
			for _, r := range d.Tasks[0].Recurring {
				got = append(got, "R "+ruleName(r.Rule))
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

// TestStop39LeadAfterSubject: a run of lists with their markers after a clause saying what the task
// is about ("…提案《…》，由X主办，Y协办，9月底前办结") names who answers for it.
func TestStop39LeadAfterSubject(t *testing.T) {
	for _, c := range []struct {
		name, text   string
		lead, partic string
	}{
		{"主办 and 协办", "7.县政协第25号重点提案《关于缓解县城停车难问题的建议》，由县住建局主办，县公安局、县自然资源局协办，9月底前办结并答复提案人。\n", "县住建局", "县公安局、县自然资源局"},
		{"主办 and 会办", "8.市人大代表提出的《关于加快城西片区学校建设的建议》（第16号），由市教育局主办，市发展改革委会办，8月底前书面答复代表。\n", "市教育局", "市发展改革委"},
		// Stop 40: the note's units beside the sentence's 牵头 take part (corpus README: the 责任单位 beside
		// a 牵头 named for the same task), as question rounds 47, 55 and 57 read it.
		{"a note beside the sentence's lead", "3.对群众反映的问题，由市城管局牵头，区城管局配合，限期整改。（责任单位：市城管局、市住建局）\n", "市城管局", "市住建局"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse("t.txt", []byte(formHead+c.text), Options{})
			if err != nil || len(d.Tasks) != 1 {
				t.Fatalf("parse: %v, %d tasks", err, len(d.Tasks))
			}
			tk := d.Tasks[0]
			if got, gotP := strings.Join(tk.Lead, "、"), strings.Join(tk.Participating, "、"); got != c.lead || gotP != c.partic {
				t.Errorf("lead %q partic %q, want %q and %q", got, gotP, c.lead, c.partic)
			}
		})
	}
}

// TestStop39LaterSubjectsTakePart: after a 牵头 (or 会同) lead, the subjects of its sentence's later
// clauses with a share of its work take part ("…负责本辖区网点选址", "…做好救助对象排查认定"); one
// in charge of its own locality ("负责属地落实") leads a task of its own.
func TestStop39LaterSubjectsTakePart(t *testing.T) {
	for _, c := range []struct {
		name, text   string
		lead, partic string
	}{
		{"a share of its own", "3.县商务局牵头，县交通运输局配合，各乡镇人民政府负责本辖区网点选址和场地保障。\n", "县商务局", "县交通运输局、各乡镇人民政府"},
		{"after 会同", "8.市交通运输局要会同市城管局，在国庆节前完成公交港湾站改造，各区人民政府做好征迁协调保障。\n", "市交通运输局", "市城管局、各区人民政府"},
		{"the locality's own charge", "1.推进交通整治。市公安局牵头，市城管局配合，各区政府负责属地落实。\n", "市公安局", "市城管局"},
		{"doing its part", "（二十六）完善社会救助体系。区民政局牵头，区人社局、区医保局按职责分工抓好落实，各街道办事处做好救助对象排查认定。\n", "区民政局", "区人社局、区医保局、各街道办事处"},
		{"its own sentence leads", "5.市住建局牵头推进老旧小区改造。市财政局负责落实改造资金。\n", "市住建局", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse("t.txt", []byte(formHead+c.text), Options{})
			if err != nil || len(d.Tasks) == 0 {
				t.Fatalf("parse: %v, %d tasks", err, len(d.Tasks))
			}
			tk := d.Tasks[0]
			if got, gotP := strings.Join(tk.Lead, "、"), strings.Join(tk.Participating, "、"); got != c.lead || gotP != c.partic {
				t.Errorf("lead %q partic %q, want %q and %q", got, gotP, c.lead, c.partic)
			}
		})
	}
}

// TestStop39LianheInNames: 联合 inside a name (信用社联合社, 工商业联合会) joins no one.
func TestStop39LianheInNames(t *testing.T) {
	for _, c := range []struct{ text, lead string }{
		{"1.浙江省农村信用社联合社杭州办事处加大涉农信贷投放。\n", "浙江省农村信用社联合社杭州办事处"},
		{"1.市工商业联合会组织民营企业开展培训。\n", "市工商业联合会"},
	} {
		d, err := Parse("t.txt", []byte(formHead+c.text), Options{})
		if err != nil || len(d.Tasks) != 1 {
			t.Fatalf("parse: %v, %d tasks", err, len(d.Tasks))
		}
		if got := strings.Join(d.Tasks[0].Lead, "、"); got != c.lead || len(d.Tasks[0].Participating) > 0 {
			t.Errorf("%s: lead %q partic %v, want %q alone", c.text, got, d.Tasks[0].Participating, c.lead)
		}
	}
}

// TestStop39ScoringTable: a scoring table's 评分内容 is the requirement scored, no other body: it stays
// the row's words, and how often it says is the row's duty (a real plan's attachment).
func TestStop39ScoringTable(t *testing.T) {
	b, err := os.ReadFile("testdata/corpus/dev/aj-sh-fengxian-2023-heritage-building-fire-safety-plan.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("t.txt", b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, tk := range d.Tasks {
		if strings.Contains(tk.Text, "每半年至少召开1次消防工作例会") {
			found = true
			if len(tk.Recurring) == 0 || ruleName(tk.Recurring[0].Rule) != "half-yearly" {
				t.Errorf("%q: recurring %v, want half-yearly", tk.Text, tk.Recurring)
			}
		}
	}
	if !found {
		t.Error("no task holds the scored requirement 每半年至少召开1次消防工作例会")
	}
}
