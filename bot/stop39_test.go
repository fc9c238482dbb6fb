package bot

import (
	"slices"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestStop39TypoWordsStay: a 局 typed by its sound is corrected only where it is no word of its own:
// 交通具体 is 交通 + 具体, not 交通局.
func TestStop39TypoWordsStay(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	today := plan.NewDay(2026, 12, 1)
	for _, c := range []struct {
		q     string
		units bool
	}{
		{"交通具体要做哪些工作?", false},
		{"商务居民生服务有哪些任务?", false},
		{"市商务据负责哪些任务?", true},
	} {
		q := p.Parse(c.q, Context{}, today)
		if got := len(q.Units) > 0; got != c.units {
			t.Errorf("%s: units %v, want units: %v", c.q, q.Units, c.units)
		}
	}
}

// TestStop39TopicKeepsWholeWords: 共同富裕 is a topic, not 共同 (together) + 富裕; a link character
// inside a word (共同, 合同) opens no "跟X有关".
func TestStop39TopicKeepsWholeWords(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"共同富裕方面有哪些任务?", []string{"共同富裕"}},
		{"合同管理方面有哪些工作", []string{"合同管理"}},
		{"哪些活跟污水有关?", []string{"污水"}},
		{"和水有关的任务", []string{"水"}},
	} {
		if got := topicTerms(c.q, "zh"); !slices.Equal(got, c.want) {
			t.Errorf("%s: topic %v, want %v", c.q, got, c.want)
		}
	}
	p := NewEngine(seedIndex(t), Options{}).Parser()
	q := p.Parse("市发改委、市商务局在共同富裕方面有哪些任务?", Context{}, plan.NewDay(2026, 12, 1))
	if q.AllUnits {
		t.Errorf("共同富裕 read as 共同 (tasks naming both units): %+v", q)
	}
}

// TestStop39GroupsAtLevel: a group of units (各区市场监管局) is at the levels its places name, so a
// type asked at 区 level keeps it.
func TestStop39GroupsAtLevel(t *testing.T) {
	for _, c := range []struct {
		name, lv string
		want     bool
	}{
		{"区市场监管局", "区", true},
		{"各区市场监管局", "区", true},
		{"各区市场监管局", "市", false},
		{"各县（市、区）市场监管部门", "区", true},
		{"各县区市场监管局", "县", true},
		{"市场监管局", "区", false},
		{"各市场监管所", "市", false},
		{"县市场监管局", "区", false},
	} {
		if got := atLevel(c.name, c.lv); got != c.want {
			t.Errorf("atLevel(%s, %s) = %v, want %v", c.name, c.lv, got, c.want)
		}
	}
}

// TestStop39UndatedLimitShown: a listed task with no date shows the time limit it states ("整改时限：5天").
func TestStop39UndatedLimitShown(t *testing.T) {
	c := &composer{lang: "zh"}
	for _, tc := range []struct{ text, want string }{
		{"市第五人民医院。(1)院内存在摩托车乱停乱放现象;\n时限：5天", " · 时限 5天"},
		{"清理占道经营。", ""},
	} {
		if got := dueNote(c, &Query{}, &plan.Task{Text: tc.text}); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestStop39EverydayWords: everyday words find the plans' own (大学生 → 高校毕业生, 房子 → 住房, 电瓶车 →
// 电动自行车), and "哪个处在管" asks who, its words no topic.
func TestStop39EverydayWords(t *testing.T) {
	for _, c := range []struct{ term, form string }{
		{"大学生就业", "高校毕业生就业"},
		{"免租房子", "免租住房"},
		{"电瓶车充电", "电动自行车充电"},
		{"企业招工", "企业用工"},
	} {
		if !slices.Contains(nearForms(c.term, nil), c.form) {
			t.Errorf("%s: forms %v lack %s", c.term, nearForms(c.term, nil), c.form)
		}
	}
	p := NewEngine(seedIndex(t), Options{}).Parser()
	q := p.Parse("认证那块是哪个处在管呀", Context{}, plan.NewDay(2026, 12, 1))
	if q.Shape != ShapeOwner || !slices.Equal(q.Topic, []string{"认证"}) {
		t.Errorf("shape %q topic %v, want owner of 认证", q.Shape, q.Topic)
	}
}

// TestStop39HowLongToPay: "多长时间要付清" asks for a time limit, not how often.
func TestStop39HowLongToPay(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	for _, q := range []string{"土地出让金多长时间要付清?", "补贴多久能拨付?"} {
		if got := p.Parse(q, Context{}, plan.NewDay(2026, 12, 1)); got.Shape == ShapeFrequency {
			t.Errorf("%s: read as a frequency question", q)
		}
	}
}

// TestStop39OrdinalIsNoFrequency: "第几次常务会议" asks which meeting, not how often.
func TestStop39OrdinalIsNoFrequency(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	for _, c := range []struct {
		q    string
		freq bool
	}{
		{"这个方案是州政府第几次常务会议同意的?", false},
		{"领导小组一年开几次会?", true},
	} {
		if got := p.Parse(c.q, Context{}, plan.NewDay(2026, 12, 1)).Shape == ShapeFrequency; got != c.freq {
			t.Errorf("%s: frequency %v, want %v", c.q, got, c.freq)
		}
	}
}
