package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// fixq59cPlan is a short plan of a city, in the words of these tests only.
const fixq59cPlan = "漳州市老楼危楼安全整治工作方案\n漳政办〔2026〕9号\n" +
	"一、重点任务\n" +
	"（一）开展老楼排查。2027年3月31日前完成全市老楼排查。（牵头单位：市住建局；配合单位：市金融工作局）\n" +
	"（二）加强信贷支持。定期组织银企对接。（牵头单位：市金融工作局）\n" +
	"（三）整治渔船安全隐患。（牵头单位：市海洋渔业局；配合单位：市公安局）\n" +
	"（四）打击非法改装车辆。（牵头单位：市公安局）\n"

// fixq59cPlaceless is a plan that names no city in its header, only the county its park is in.
const fixq59cPlaceless = "新田工业园各部室年度工作职责\n" +
	"一、综合办公室\n①积极宣传推介园区,完成上稿6篇;②做好文件收发。\n" +
	"二、招商合作局\n①制作园区招商手册,力争引进4家投资3000万元以上的项目;②为企业代办证照。\n" +
	"三、工程建设管理局\n①年底前完成标准厂房建设8万平方米;②完成园区道路建设。\n" +
	"四、社会事务部\n①2027年8月31日前建成新田学校教学楼。\n"

// TestFixq59c_OurUnitAndCountCheck: 咱 before a unit ("咱金融局") only says who asks, as 咱们 does;
// a question checking a count ("就一条吗", "是不是有两件事") asks for the tasks, which say how many,
// and names no topic.
func TestFixq59c_OurUnitAndCountCheck(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59cPlan), Options{})
	day, _ := plan.ParseDay("2026-12-07")
	for _, q := range []string{"咱金融局在漳州老楼方案里是不是有两件事?", "咱局在漳州方案里有哪些任务"} {
		if got := e.Parser().Parse(q, Context{}, day); slices.ContainsFunc(got.Topic, func(s string) bool { return strings.Contains(s, "咱") || strings.Contains(s, "件事") }) {
			t.Errorf("%s: topic %q, want no 咱 nor the count checked", q, got.Topic)
		}
	}
	// A count with no asking about it is words of the question.
	if got := e.Parser().Parse("推进高效办成一件事", Context{}, day); !slices.ContainsFunc(got.Topic, func(s string) bool { return strings.Contains(s, "一件事") }) {
		t.Errorf("topic %q, want 高效办成一件事 kept", got.Topic)
	}
	for _, c := range []struct {
		q          string
		want, none []string
	}{
		{"咱金融局在漳州老楼方案里是不是有两件事?", []string{"开展老楼排查", "加强信贷支持"}, []string{"没有提到", "咱"}},
		{"喂 漳州老楼那个方案 市海洋渔业局就一条吗", []string{"整治渔船安全隐患", "1 项"}, []string{"一条", "打击非法改装车辆"}},
		{"市公安局是不是只有两项任务?", []string{"整治渔船安全隐患", "打击非法改装车辆"}, []string{"没有提到"}},
	} {
		a := askOn(t, e, "2026-12-07", c.q)[0]
		wantIn(t, c.q, a, c.want, c.none)
	}
}

// TestFixq59c_EnglishVesselsAndBuildings: fishing vessels are the plans' 渔船 (as fishing boats are),
// old buildings their 老楼.
func TestFixq59c_EnglishVesselsAndBuildings(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59cPlan), Options{})
	for _, c := range []struct {
		q          string
		want, none []string
	}{
		{"Who leads the fishing-vessel work in Zhangzhou?", []string{"市海洋渔业局"}, []string{"do not say"}},
		{"Which tasks in the Zhangzhou old buildings plan are due in 2027?", []string{"2027-03-31", "开展老楼排查"}, []string{"None", "加强信贷支持"}},
	} {
		a := askOn(t, e, "2026-12-07", c.q)[0]
		wantIn(t, c.q, a, c.want, c.none)
	}
}

// TestFixq59c_PlacelessPlaceAtHead: a place no loaded plan is from, written on to what is asked of it
// ("新田园区招商…"), names the plan that names no place but whose words name it; the rest is the topic.
func TestFixq59c_PlacelessPlaceAtHead(t *testing.T) {
	ix := textIndex(t, fixq59cPlan, fixq59cPlaceless)
	e := NewEngine(ix, Options{})
	day, _ := plan.ParseDay("2026-12-07")
	got := e.Parser().Parse("新田园区招商手册方面有什么任务?", Context{}, day)
	if len(got.Plans) != 1 || slices.ContainsFunc(got.Topic, func(s string) bool { return len([]rune(s)) > 1 && string([]rune(s)[:2]) == "新田" }) {
		t.Errorf("plans %q topic %q: want the placeless plan and no 新田 in the topic", got.Plans, got.Topic)
	}
	school := e.Parser().Parse("新田学校教学楼什么时候建好?", Context{}, day)
	if !slices.ContainsFunc(school.Topic, func(s string) bool { return strings.HasPrefix(s, "新田学校") }) {
		t.Errorf("topic %q: want 新田学校, a name the plan writes, kept whole", school.Topic)
	}
	for _, c := range []struct {
		q          string
		want, none []string
	}{
		{"新田园区招商手册方面有什么任务?", []string{"招商合作局", "4家"}, []string{"没有提到"}},
		{"新田园区标准厂房建设是谁的任务，要建多少?", []string{"工程建设管理局", "8万平方米"}, []string{"没有"}},
		// A school of the place's name is no place said before what is asked.
		{"新田学校教学楼什么时候建好?", []string{"新田学校", "2027-08-31"}, []string{"没有"}},
	} {
		a := askOn(t, e, "2026-12-07", c.q)[0]
		wantIn(t, c.q, a, c.want, c.none)
	}
}

// TestFixq59c_NoMainUnit: "没写主要责任单位" asks for the tasks that name no unit, as 没写责任单位 does:
// when every task names one, there are none.
func TestFixq59c_NoMainUnit(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59cPlan), Options{})
	for _, q := range []string{"漳州老楼方案里有没有没写主要责任单位的任务", "哪些任务没有明确具体责任单位?"} {
		a := askOn(t, e, "2026-12-07", q)[0]
		wantIn(t, q, a, []string{"没有"}, []string{"开展老楼排查", "加强信贷支持"})
	}
}

// TestFixq59c_WhichPolicies: "哪些政策" asks for the items of a plan, as 哪些任务 does: 政策 is no word
// they must hold.
func TestFixq59c_WhichPolicies(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59cPlan), Options{})
	q := "漳州老楼方案里哪些政策执行到2027年3月31日?"
	a := askOn(t, e, "2026-12-07", q)[0]
	wantIn(t, q, a, []string{"开展老楼排查", "2027-03-31"}, []string{"“政策”", "0 项"})
}
