package plan

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestAliasTable(t *testing.T) {
	a := DefaultAliases()
	groups := [][]string{
		{"市发展改革委", "市发改委", "市发展和改革委员会"},
		{"市人力社保局", "市人社局", "市人力资源社会保障局", "市人力资源和社会保障局"},
		{"市文化广电旅游局", "市文旅局", "市文化和旅游局"},
		{"区发展改革局", "区发改局"},
		{"市委人才办", "市委人才工作领导小组办公室"},
		{"市市场监管局", "市市场监督管理局"},
	}
	for _, g := range groups {
		for _, name := range g {
			if got := a.Canonical(name); got != g[0] {
				t.Errorf("Canonical(%q) = %q, want %q", name, got, g[0])
			}
		}
	}
	// Names not in the table stay as they are.
	for _, name := range []string{"衢州海关", "市招商中心", "嘉服集团"} {
		if got := a.Canonical(name); got != name {
			t.Errorf("Canonical(%q) = %q, want it unchanged", name, got)
		}
	}
}

func TestAliasesExtend(t *testing.T) {
	extra, err := ParseAliases(strings.NewReader("# ours\n三产办 = 第三产业发展办公室\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := DefaultAliases()
	a.Merge(extra)
	if got := a.Canonical("市第三产业发展办公室"); got != "市三产办" {
		t.Errorf("got %q, want 市三产办", got)
	}
	if _, err := ParseAliases(strings.NewReader("just one name\n")); err == nil {
		t.Error("a line without = should be refused")
	}
}

func TestSplitUnits(t *testing.T) {
	cases := map[string][]string{
		"市发改委、市商务局":                 {"市发改委", "市商务局"},
		"市发改委,智慧新城管委会,各县〔市、区〕":      {"市发改委", "智慧新城管委会", "各县〔市、区〕"},
		"嘉兴经济技术开发区(国际商务区)管委会、南湖区政府": {"嘉兴经济技术开发区(国际商务区)管委会", "南湖区政府"},
		"省市场监管局(省知识产权局)、省公安厅":       {"省市场监管局(省知识产权局)", "省公安厅"},
		"“一区一园”专班,市大花园集团":           {"“一区一园”专班", "市大花园集团"},
		"责任单位尤其是各乡镇(街道)":            {"责任单位", "各乡镇(街道)"},
	}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			if got := SplitUnits(in); !reflect.DeepEqual(got, want) {
				t.Errorf("SplitUnits(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

// TestCleanUnitWidening: a name widened by 等…部门/单位 is only what comes before 等.
func TestCleanUnitWidening(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"level and related", "市财政局等市级相关单位", "市财政局"},
		{"related departments", "县水利局等有关部门", "县水利局"},
		{"other competent departments", "区商务局等其他行业主管部门", "区商务局"},
		{"plain", "省教育厅等单位", "省教育厅"},
		{"等 inside a name", "市中等职业学校", "市中等职业学校"},
		{"a table's cell bar left on it", "|市财政局", "市财政局"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanUnit(tt.in); got != tt.want {
				t.Errorf("cleanUnit(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizer(t *testing.T) {
	n := Normalizer{Aliases: DefaultAliases(), City: "温州市鹿城区"}
	cases := map[string]string{
		"鹿城区发改局":        "区发展改革局",
		"温州市鹿城区商务局":     "区商务局",
		"市生态环境局鹿城分局":    "市生态环境局鹿城分局",
		"区文广旅体局":        "区文化和广电旅游体育局",
		"市金融办等有关行业主管部门": "市金融办",
		"（区司法局）":        "区司法局",
	}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			if got := n.Unit(in); got != want {
				t.Errorf("Unit(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

func TestDirectoryResolve(t *testing.T) {
	docs := []*Document{
		{City: "衢州市", Tasks: []Task{{Lead: []string{"市商务局", "市发展改革委"}}}},
		{City: "湖州市", Tasks: []Task{{Lead: []string{"市商务局"}, Participating: []string{"各区县政府"}}}},
		{City: "温州市鹿城区", Tasks: []Task{{Lead: []string{"区商务局"}}}},
	}
	d := NewDirectory(docs, DefaultAliases())
	cases := []struct {
		query, city string
		want        []string
	}{
		{"衢州市商务局", "", []string{"衢州市 市商务局"}},
		{"衢州 商务局", "", []string{"衢州市 市商务局"}},
		{"衢州的商务局", "", []string{"衢州市 市商务局"}},
		{"商务局", "", []string{"温州市鹿城区 区商务局", "湖州市 市商务局", "衢州市 市商务局"}},
		{"市商务局", "", []string{"湖州市 市商务局", "衢州市 市商务局"}},
		{"市发改委", "", []string{"衢州市 市发展改革委"}},
		{"发改委", "衢州市", []string{"衢州市 市发展改革委"}},
		{"鹿城区商务局", "", []string{"温州市鹿城区 区商务局"}},
		{"市气象局", "", nil},
	}
	for _, c := range cases {
		t.Run(c.query+" "+c.city, func(t *testing.T) {
			var got []string
			for _, u := range d.Resolve(c.query, c.city) {
				got = append(got, u.String())
			}
			if !sameStrings(got, c.want) {
				t.Errorf("Resolve(%q, %q) = %q, want %q", c.query, c.city, got, c.want)
			}
		})
	}
	if s := d.Suggest("市商务厅", "", 2); len(s) == 0 || s[0] != "市商务局" {
		t.Errorf("Suggest = %q, want 市商务局 first", s)
	}
	for _, form := range []string{"鹿城", "温州", "温州鹿城区"} {
		if got := d.ResolveCity(form); got != "温州市鹿城区" {
			t.Errorf("ResolveCity(%s) = %q, want 温州市鹿城区", form, got)
		}
	}
	if s := d.Suggest("市商务厅", "湖州市", 3); len(s) == 0 || s[0] != "市商务局" {
		t.Errorf("Suggest in 湖州 = %q", s)
	}
}

// TestLabelLocsAsExpr: labelLocs finds the labels labelExpr finds, at the same places, in every
// line of the seeds and the corpus (dev and held back: this compares two readings of the same
// rule, it tunes nothing).
func TestLabelLocsAsExpr(t *testing.T) {
	SkipUnderRace(t)
	n := 0
	for _, ct := range corpusTexts(t) {
		f, text := ct.name, ct.text
		whole := Normalize(text)
		if got, want := labelLocs(whole), labelExpr.FindAllStringSubmatchIndex(whole, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("%s, the whole text: labelLocs finds %d labels, labelExpr %d", filepath.Base(f), len(got), len(want))
		}
		for _, l := range strings.Split(whole, "\n") {
			want := labelExpr.FindAllStringSubmatchIndex(l, -1)
			if got := labelLocs(l); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %q\nlabelLocs %v\nlabelExpr %v", filepath.Base(f), Clip(l, 80), got, want)
			}
			n += len(want)
		}
	}
	for _, l := range []string{"牵头单位：市发改委，配合单位：市财政局", "市牵头单位 ：X", "责任单位:市公安局项目责任人:王伟", "（省直牵头部门：省教育厅）", "由市发改委牵头单位：X", "无冒号"} {
		if got, want := labelLocs(l), labelExpr.FindAllStringSubmatchIndex(l, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: labelLocs %v, labelExpr %v", l, got, want)
		}
	}
	t.Logf("%d labels compared", n)
}

// TestCityForms: what people type for a place, longest first; a plan that names no place has none
// (it once panicked the question parser when such a plan was loaded).
func TestCityForms(t *testing.T) {
	tests := []struct {
		city string
		want []string
	}{
		{"温州市鹿城区", []string{"温州市鹿城区", "温州鹿城区", "温州鹿城", "鹿城区", "鹿城"}},
		{"衢州市", []string{"衢州市", "衢州"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.city, func(t *testing.T) {
			if got := CityForms(tt.city); !slices.Equal(got, tt.want) {
				t.Errorf("CityForms(%q) = %q, want %q", tt.city, got, tt.want)
			}
		})
	}
}

// TestTrimLevel: what a place is called without its level; an autonomous place without its peoples.
func TestTrimLevel(t *testing.T) {
	tests := map[string]string{
		"衢州市": "衢州", "鹿城区": "鹿城", "衢江": "衢江",
		"内蒙古自治区": "内蒙古", "新疆维吾尔自治区": "新疆", "广西壮族自治区": "广西", "西藏自治区": "西藏",
		"恩施土家族苗族自治州": "恩施", "延边朝鲜族自治州": "延边", "长阳土家族自治县": "长阳",
		"楚雄州": "楚雄", "黔东南州": "黔东南", "杭州": "杭州", "楚雄彝族自治州": "楚雄", "黔东南苗族侗族自治州": "黔东南",
	}
	for in, want := range tests {
		if got := TrimLevel(in); got != want {
			t.Errorf("TrimLevel(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestParaBreaksAsExpr checks that breakBeforeParas and breakAfterSentences split every line of the
// corpus and the seeds as the regexps they stand for do.
func TestParaBreaksAsExpr(t *testing.T) {
	SkipUnderRace(t)
	breakBefore := regexp.MustCompile(`[ \t]+(` + paraOpenForms + `)`)
	breakAfterSentence := regexp.MustCompile(`([。！？；])[ \t]+`)
	lines := []string{"一、总体要求 （一）指导思想 1. 加快 2.5亿 牵头单位：市发改委 附件 1：表", "  附件\t二、", "句子。 下一句！\t再一句； ", " 1.\t2. x", "。 "}
	for _, ct := range corpusTexts(t) {
		text := ct.text
		lines = append(lines, strings.Split(Normalize(text), "\n")...)
	}
	n := 0
	for _, l := range lines {
		want := breakBefore.ReplaceAllString(l, "\n$1")
		if got := breakBeforeParas(l); got != want {
			t.Errorf("%q:\nbreakBeforeParas %q\nbreakBefore      %q", Clip(l, 80), Clip(got, 200), Clip(want, 200))
		}
		if want != l {
			n++
		}
		want = breakAfterSentence.ReplaceAllString(l, "$1\n")
		if got := breakAfterSentences(l); got != want {
			t.Errorf("%q:\nbreakAfterSentences %q\nbreakAfterSentence  %q", Clip(l, 80), Clip(got, 200), Clip(want, 200))
		}
	}
	t.Logf("%d lines, %d split before a paragraph", len(lines), n)
}

// TestRespLineAsExpr checks that respLine reads every line of the corpus and the seeds as the
// pattern it stands for does.
func TestRespLineAsExpr(t *testing.T) {
	SkipUnderRace(t)
	expr := regexp.MustCompile(`^(?:[省市区县]直?)?(` + labelForms + `)\s*[:：]\s*(.*)$`)
	// matchLabel passes over words that are not all Han: every label must be.
	for _, l := range labelWords {
		if matchLabel(l.word) == nil {
			t.Errorf("label word %q: matchLabel does not take it", l.word)
		}
	}
	lines := []string{"牵头单位：市发改委", "市牵头单位 ：  X", "省直牵头部门:\n省教育厅", "牵头单位：X\nY", "牵头 单位：X", "完成时限：", "由市发改委牵头单位：X", "无冒号", "：X", "牵头单位：X：Y"}
	for _, ct := range corpusTexts(t) {
		text := ct.text
		lines = append(lines, strings.Split(Normalize(text), "\n")...)
		lines = append(lines, (&parser{}).cleanLines(Normalize(text))...)
	}
	n := 0
	for _, l := range lines {
		var got []string
		if label, list, ok := respLine(l); ok {
			got = []string{l, label, list}
			n++
		}
		if want := expr.FindStringSubmatch(l); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: respLine %q, the pattern %q", Clip(l, 80), got, want)
		}
	}
	t.Logf("%d lines, %d responsibility lines", len(lines), n)
}

// TestMatchLabel checks matchLabel against labelWhole on every label word with and without a level
// before it, on near misses, and on the words before every colon of the corpus and the seeds.
func TestMatchLabel(t *testing.T) {
	SkipUnderRace(t)
	var words []string
	for _, l := range labelWords {
		for _, pre := range []string{"", "省", "市直", "县", "直", "区直直", "重点", "各"} {
			for _, post := range []string{"", "单位", "直", "人"} {
				words = append(words, pre+l.word+post)
			}
		}
	}
	words = append(words, "", "省", "市直", "牵头局领导", "重点责任部门", "协同处室", "直属单位", "省直牵头部门", "市牵头", "单位", "牵头单位 ", "2023牵头单位")
	for _, ct := range corpusTexts(t) {
		text := ct.text
		eachColon(text, func(colon, _ int) {
			before := []rune(text[max(0, colon-40):colon])
			for k := 1; k <= len(before) && k <= 12; k++ {
				words = append(words, string(before[len(before)-k:]))
			}
		})
	}
	n := 0
	for _, w := range words {
		got, want := matchLabel(w), labelWhole.FindStringSubmatchIndex(w)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: matchLabel %v, labelWhole %v", w, got, want)
		}
		if want != nil {
			n++
		}
	}
	t.Logf("%d words, %d labels", len(words), n)
}

func TestStartsWithVerb(t *testing.T) {
	for _, s := range append(append([]string{"", "市发改委", "进", "对接", "将来", "建设国际会展中心", "\xe5"}, verbStartWords...), "各"+verbStartWords[0]) {
		if got, want := startsWithVerb(s), verbStart.MatchString(s); got != want {
			t.Errorf("startsWithVerb(%q) = %v, verbStart %v", s, got, want)
		}
	}
	// An organ named after its work opens with a verb and is still a unit.
	for _, s := range []string{"发展改革局牵头", "发展和改革委员会", "发展改革和统计局", "组织部", "建设局负责", "发展研究中心"} {
		if startsWithVerb(s) {
			t.Errorf("startsWithVerb(%q) = true, want false: an organ's name", s)
		}
	}
	for _, s := range []string{"发展改革试点", "组织部门开展", "发展现代物流", "组织部分企业参加", "对外开放局面", "建设局部改造"} {
		if !startsWithVerb(s) {
			t.Errorf("startsWithVerb(%q) = false, want true", s)
		}
	}
}

// TestCJKSpacesAsExpr checks that dropCJKSpaces removes the spaces of every line of the corpus and
// the seeds as the regexp it stands for does.
func TestCJKSpacesAsExpr(t *testing.T) {
	SkipUnderRace(t)
	side := `[\p{Han}\d“”《》（）、，。：；％%]`
	expr := regexp.MustCompile(`(` + side + `)[ \t]+(` + side + `)`)
	lines := []string{"到 2027 年", "2 0 2 4 年 6 月 底 前", "一 二 三 四", "一  二\t三", " 一 二 ", "a 一 b", "“十百千” 工程", "１ 二", "\xe4 二", "一 \xe4"}
	for _, ct := range corpusTexts(t) {
		text := ct.text
		lines = append(lines, strings.Split(Normalize(text), "\n")...)
	}
	n := 0
	for _, l := range lines {
		want := expr.ReplaceAllString(l, "$1$2")
		if got := dropCJKSpaces(l); got != want {
			t.Errorf("%q:\ndropCJKSpaces %q\nthe pattern   %q", Clip(l, 80), Clip(got, 200), Clip(want, 200))
		}
		if want != l {
			n++
		}
	}
	t.Logf("%d lines, %d with spaces dropped", len(lines), n)
}

// corpusText is one plan text of the seeds or the corpus, decoded.
type corpusText struct{ name, text string }

// corpusTexts are every text of the corpus (dev and held back) and the seeds, decoded: the lines the
// hand-written scanners are checked against their patterns on (comparing two readings of one rule,
// which tunes nothing).
func corpusTexts(t testing.TB) []corpusText {
	t.Helper()
	files, _ := filepath.Glob("testdata/corpus/*/*.txt")
	seeds, _ := filepath.Glob("../seeds/*.txt")
	var out []corpusText
	for _, f := range append(files, seeds...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if text, err := Decode(b); err == nil {
			out = append(out, corpusText{f, text})
		}
	}
	return out
}

// A city's short name straddling two other words ("白水江镇江神庙": 白水江镇 + 江神庙) does not place
// a plan in that city.
func TestShortNameStraddle(t *testing.T) {
	lines := []string{"1.完成白水江镇江神庙的维修和布展工作。", "2.办好汉中油菜花海略阳观花活动。"}
	if got := mostNamedPlace(lines); got != "汉中市略阳县" {
		t.Errorf("mostNamedPlace = %q, want 汉中市略阳县", got)
	}
	if got := shortCount("江苏省镇江市、镇江新区和白水江镇江神庙", "镇江", "镇江市"); got != 1 {
		t.Errorf("shortCount = %d, want 1 (镇江新区 only)", got)
	}
}

// A county-level city's plan writes 市 units like its city's: the one county-level city named is
// where it belongs; a city plan naming several of its counties stays the city's.
func TestCountyLevelCityPlace(t *testing.T) {
	one := []string{"2022年度省市县三级民生实事共计126项，在市委市政府高度重视下全部完成。", "乐清市民生实事47项。温州市民生实事10项（责任单位：市民政局）。", "乐清本级民生实事项目完成情况（责任单位：市财政局）。温州市要求。温州市部署。"}
	if got := mostNamedPlace(one); got != "温州市乐清市" {
		t.Errorf("mostNamedPlace = %q, want 温州市乐清市", got)
	}
	several := []string{"温州市各县（市、区）：乐清市、瑞安市、永嘉县分别完成（责任单位：市民政局）。温州市部署。"}
	if got := mostNamedPlace(several); got != "温州市" {
		t.Errorf("mostNamedPlace = %q, want 温州市", got)
	}
}

// An autonomous prefecture's short name ends a level as its full name does: 楚雄州元谋县 is 楚雄州
// and 元谋县.
func TestSplitAdminPrefecture(t *testing.T) {
	for in, want := range map[string]string{"楚雄州元谋县": "楚雄州|元谋县", "楚雄彝族自治州元谋县": "楚雄彝族自治州|元谋县", "杭州市西湖区": "杭州市|西湖区", "黔东南州": "黔东南州"} {
		if got := strings.Join(SplitAdmin(in), "|"); got != want {
			t.Errorf("SplitAdmin(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestIsDistrict: the gazetteer's one answer to "is this a district or county (of this city)", which
// the bot's governments of a district (南浔区政府, 各县区政府) ask.
func TestIsDistrict(t *testing.T) {
	tests := []struct {
		name, place, city string
		want              bool
	}{
		{"a district of the city", "吴兴区", "湖州市", true},
		{"a county of the city", "德清县", "湖州市", true},
		{"the city written before it", "湖州市南浔区", "湖州市", true},
		{"the city written before it, no city given", "湖州市南浔区", "", true},
		{"a county-level city", "靖江市", "泰州市", true},
		{"of another city", "吴兴区", "泰州市", false},
		{"a zone's word", "开发区", "湖州市", false},
		{"a park's word", "园区", "", false},
		{"any city's district", "南浔区", "", true},
		{"a city is no district", "湖州市", "", false},
		{"nothing", "", "湖州市", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsDistrict(tt.place, tt.city); got != tt.want {
				t.Errorf("IsDistrict(%q, %q) = %v, want %v", tt.place, tt.city, got, tt.want)
			}
		})
	}
}
