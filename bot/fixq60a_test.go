package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// fixq60aPlan is a short plan of a city, in the words of these tests only.
const fixq60aPlan = "厦门市城市品质提升工作方案\n厦府办〔2026〕9号\n" +
	"一、重点任务\n" +
	"（一）加强瓶（桶）装饮用水生产企业监管。开展瓶（桶）装饮用水专项检查，公布抽检结果。（区市场监管局）\n" +
	"（二）限制一次性餐具使用。督促餐饮单位不主动提供一次性餐具。（区商务局、区市场监管局）\n" +
	"（三）推进海绵重点项目建设。健全重点项目季度报送制度，2026年2月底前报送海绵重点项目汇总表，2026年3月25日、6月25日、9月25日、11月30日前报送各季度海绵重点项目进展表。（区住建局）\n" +
	"（四）营造项目公平准入环境。全面清理妨碍公平竞争的政策措施，2026年6月底前完成。（区发改局）\n" +
	"（五）各单位要在每季度末（分别在3月、6月、9月和12月底）将工作进展报区督查组。（区发改局）\n" +
	"（六）推进老旧小区改造。2026年完成改造40个。（区住建局、区发改局）\n"

func fixq60aParse(t *testing.T, e *Engine, q string) Query {
	t.Helper()
	day, _ := plan.ParseDay("2026-01-10")
	return e.Parser().Parse(q, Context{}, day)
}

// TestFixq60a_SummaryTableIsNoSummary: a 汇总表 is a form a plan has reported, not a request to
// summarise: "汇总表什么时候报" asks its deadline.
func TestFixq60a_SummaryTableIsNoSummary(t *testing.T) {
	e := NewEngine(textIndex(t, fixq60aPlan), Options{})
	for _, q := range []string{"厦门海绵重点项目汇总表什么时候报?", "重点项目汇总表的报送截止时间是?"} {
		if got := fixq60aParse(t, e, q); got.Shape == "summary" {
			t.Errorf("%s: shape %q, want no summary", q, got.Shape)
		}
		a := askOn(t, e, "2026-01-10", q)[0]
		wantIn(t, q, a, []string{"2026-02-28"}, []string{"老旧小区"})
	}
}

// TestFixq60a_SummaryAskedFor: "给我汇总一下…", "给领导汇报一下…" ask for the unit's tasks summed up;
// 汇总, 汇报 and the one asked for are no word a task holds.
func TestFixq60a_SummaryAskedFor(t *testing.T) {
	e := NewEngine(textIndex(t, fixq60aPlan), Options{})
	for _, q := range []string{"给我汇总一下厦门区发改局的全部工作。", "给领导汇报一下厦门区发改局的任务。", "麻烦向局长汇报下厦门区发改局的工作"} {
		got := fixq60aParse(t, e, q)
		if len(got.Topic) > 0 {
			t.Errorf("%s: topic %q, want none", q, got.Topic)
		}
		a := askOn(t, e, "2026-01-10", q)[0]
		wantIn(t, q, a, []string{"营造项目公平准入环境", "老旧小区"}, []string{"汇报", "汇总”"})
	}
}

// TestFixq60a_OneOffIsNoFrequency: 一次性 (disposable) is a word of the thing, not 一次 (once).
func TestFixq60a_OneOffIsNoFrequency(t *testing.T) {
	e := NewEngine(textIndex(t, fixq60aPlan), Options{})
	q := "厦门有哪些任务涉及一次性餐具?"
	if got := fixq60aParse(t, e, q); !slices.Contains(got.Topic, "一次性餐具") {
		t.Errorf("%s: topic %q, want 一次性餐具", q, got.Topic)
	}
	a := askOn(t, e, "2026-01-10", q)[0]
	wantIn(t, q, a, []string{"限制一次性餐具使用"}, []string{"老旧小区"})
}

// TestFixq60a_QuarterEnd: 每季度末 is the quarter's end, the frequency asked, and leaves no 末 in the topic.
func TestFixq60a_QuarterEnd(t *testing.T) {
	e := NewEngine(textIndex(t, fixq60aPlan), Options{})
	for _, q := range []string{"厦门每季度末报送进展是哪几个月?", "每季度底要报什么?"} {
		got := fixq60aParse(t, e, q)
		if got.Frequency != "quarterly" || slices.ContainsFunc(got.Topic, func(w string) bool { return strings.Contains(w, "末") || strings.Contains(w, "底") }) {
			t.Errorf("%s: frequency %q topic %q, want quarterly with no 末/底", q, got.Frequency, got.Topic)
		}
	}
}

// TestFixq60a_PointingWordBeforeUnit: 其中 right before a unit points back at the last list; the
// unit is what follows it ("其中区市场监管局负责的是哪些?" asks of 区市场监管局).
func TestFixq60a_PointingWordBeforeUnit(t *testing.T) {
	e := NewEngine(textIndex(t, fixq60aPlan), Options{})
	for _, q := range []string{"其中区市场监管局负责的是哪些?", "其余区住建局负责的呢?"} {
		got := fixq60aParse(t, e, q)
		if len(got.Units) != 1 || strings.HasPrefix(got.Units[0].Name, "其") {
			t.Errorf("%s: units %+v, want the bureau alone", q, got.Units)
		}
	}
	first := Question{Text: "厦门有哪些任务涉及饮用水或餐具?", Now: fixedClock("2026-01-10")()}
	a, err := e.Answer(t.Context(), first)
	if err != nil {
		t.Fatal(err)
	}
	q := Question{Text: "其中区市场监管局负责的是哪些?", Now: fixedClock("2026-01-10")(), Context: a.Context}
	b, err := e.Answer(t.Context(), q)
	if err != nil {
		t.Fatal(err)
	}
	wantIn(t, q.Text, b, []string{"区市场监管局", "饮用水生产企业监管"}, []string{"其中区"})
}

// TestFixq60a_EnglishTerms: bottled water, producers, supervise, sponge city, key projects and fair
// market access in the plans' words (装饮用水, 生产企业, 监管, 海绵, 重点项目, 公平准入).
func TestFixq60a_EnglishTerms(t *testing.T) {
	e := NewEngine(textIndex(t, fixq60aPlan), Options{})
	for _, c := range []struct {
		q          string
		want, none []string
	}{
		{"Who supervises bottled water producers in Xiamen?", []string{"区市场监管局"}, []string{"do not say"}},
		{"When is Xiamen's task on a fair market access environment for projects due?", []string{"2026-06-30"}, []string{"None."}},
	} {
		a := askOn(t, e, "2026-01-10", c.q)[0]
		wantIn(t, c.q, a, c.want, c.none)
	}
}
