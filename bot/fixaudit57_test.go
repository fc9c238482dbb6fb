package bot

import "testing"

// Audit 57 findings 2, 5, 6 and 7, with the auditor's texts.

func TestFixAudit57_BareYearEnd(t *testing.T) {
	old := "威海市2024年数字政府建设工作要点\n一、主要任务\n（一）建成一体化政务云平台，2024年底前完成。（牵头单位：市大数据局）\n"
	now := "威海市2026年数字政府建设工作要点\n一、主要任务\n（一）推进政务数据共享，2026年6月底前完成。（牵头单位：市大数据局）\n"
	e := NewEngine(textIndex(t, old, now), Options{})
	a := askOn(t, e, "2026-12-07", "年底前要完成什么?")[0]
	wantIn(t, "年底前要完成什么?", a, []string{"2026-12-31"}, []string{"2024-12-07", "政务云平台"})
}

func TestFixAudit57_WorkContent(t *testing.T) {
	text := "德州市2026年城市更新工作方案\n一、主要任务\n（一）改造老旧小区50个。（牵头单位：市住建局）\n" +
		"二、保障措施\n（一）建立城市更新项目库，2026年6月底前完成。（牵头单位：市住建局）\n（二）加强资金保障。（牵头单位：市财政局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "市住建局的工作内容有哪些?")[0]
	wantIn(t, "市住建局的工作内容有哪些?", a, []string{"老旧小区", "项目库"}, nil)
}

func TestFixAudit57_YearMonthMulti(t *testing.T) {
	text := "聊城市2026年安全生产工作方案\n一、主要任务\n（一）每年4月、10月各开展一次安全大检查。（牵头单位：市应急局）\n（二）每年4月底前报送年度计划。（牵头单位：市发改委）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "每年10月要做什么?")[0]
	wantIn(t, "每年10月要做什么?", a, []string{"安全大检查"}, []string{"报送年度计划"})
}

func TestFixAudit57_UnloadedPlanNamed(t *testing.T) {
	text := "德州市2026年城市更新工作方案\n一、主要任务\n（一）改造老旧小区50个。（牵头单位：市住建局）\n（二）建设城市更新项目库。（牵头单位：市发改委）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "德州扬尘治理方案里有几项任务?")[0]
	wantIn(t, "德州扬尘治理方案里有几项任务?", a, nil, []string{"任务共 2 项", "改造老旧小区"})
}

// TestFixaudit57b_YearEndOfNoYear: 年底前 with no year is this year's end. It goes back to an earlier
// year only for the plans asked about (named, or the only ones loaded) when they are all of that
// year; never to whatever older plan happens to be loaded beside this year's.
func TestFixaudit57b_YearEndOfNoYear(t *testing.T) {
	older := "柳河县2023年全域旅游推进工作要点\n一、重点工作\n（一）建成游客集散中心，2023年底前完成。（牵头单位：县文旅局）\n"
	now := "柳河县2026年全域旅游推进工作要点\n一、重点工作\n（一）开通旅游专线公交，2026年5月底前完成。（牵头单位：县交通局）\n" +
		"（二）完成景区标识改造，2026年12月25日前完成。（牵头单位：县文旅局）\n"
	nowNone := "柳河县2026年全域旅游推进工作要点\n一、重点工作\n（一）开通旅游专线公交，2026年5月底前完成。（牵头单位：县交通局）\n"
	tests := []struct {
		name  string
		texts []string
		q     string
		want  []string
		none  []string
	}{
		{"this year's end holds a task", []string{older, now}, "年底前要完成什么?", []string{"景区标识改造", "2026-12-31"}, []string{"游客集散中心"}},
		{"this year's end holds none: no older plan's", []string{older, nowNone}, "年底前要完成什么?", []string{"2026-12-31"}, []string{"游客集散中心", "2023-12"}},
		{"the older plan named", []string{older, nowNone}, "柳河2023年全域旅游要点里年底前要完成什么?", []string{"游客集散中心"}, nil},
		{"the only plan loaded is older", []string{older}, "年底前要完成什么?", []string{"游客集散中心"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := NewEngine(textIndex(t, tt.texts...), Options{})
			wantIn(t, tt.q, askOn(t, e, "2026-12-07", tt.q)[0], tt.want, tt.none)
		})
	}
}

// TestFixaudit57b_UnitsWorkContent: "X的工作内容" asks for all the unit's work, in whatever part of the
// plan it stands; only 主要任务/重点任务 name a part.
func TestFixaudit57b_UnitsWorkContent(t *testing.T) {
	text := "黎川县2026年农村供水保障工作方案\n一、主要任务\n（一）新建集中供水站3座。（牵头单位：县水利局）\n" +
		"二、保障措施\n（一）建立供水设施巡检制度。（牵头单位：县水利局）\n（二）落实运维补助资金。（牵头单位：县财政局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	tests := []struct {
		q          string
		want, none []string
	}{
		{"县水利局的工作内容有哪些?", []string{"集中供水站", "巡检制度"}, nil},
		{"县水利局的主要任务有哪些?", []string{"集中供水站"}, []string{"巡检制度"}},
	}
	for _, tt := range tests {
		wantIn(t, tt.q, askOn(t, e, "2026-12-07", tt.q)[0], tt.want, tt.none)
	}
}

// TestFixaudit57b_MonthOfEveryYear: "每年N月" is month N as a window (this year's standing for every
// year's): the duties that fall in it by their occurrences, a duty of two months of the year (每年3月、
// 9月) in each of them; not a duty of another month, and not a task's one-off deadline of another year.
func TestFixaudit57b_MonthOfEveryYear(t *testing.T) {
	text := "资溪县2026年森林防火工作方案\n一、主要任务\n（一）每年3月、9月各组织一次防火演练。（牵头单位：县林业局）\n" +
		"（二）每年11月底前完成防火物资储备。（牵头单位：县应急局）\n（三）每月开展一次林区巡查。（牵头单位：县林业局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	tests := []struct {
		q          string
		want, none []string
	}{
		{"每年9月要做什么?", []string{"防火演练"}, []string{"物资储备", "没有。"}},
		{"每年3月要做什么?", []string{"防火演练"}, []string{"物资储备", "没有。"}},
		{"每年11月要做什么?", []string{"物资储备"}, []string{"防火演练"}},
		{"每年6月要做什么?", nil, []string{"防火演练", "物资储备"}},
	}
	for _, tt := range tests {
		if q := parseOn(t, e, tt.q); q.From == "" || q.yearless {
			t.Errorf("%s: window %q–%q, yearless %v: want this year's month, not a yearless one", tt.q, q.From, q.To, q.yearless)
		}
		wantIn(t, tt.q, askOn(t, e, "2026-12-07", tt.q)[0], tt.want, tt.none)
	}
}

// TestFixaudit57b_PlanNamedIsNotLoaded: words before a document's noun and 里 are dropped as the
// asker's name for a plan only when they describe a plan in scope (its title shares a word with them);
// a plan nobody loaded is not answered with another plan's tasks.
func TestFixaudit57b_PlanNamedIsNotLoaded(t *testing.T) {
	text := "南丰县2026年蜜桔产业提升行动方案\n一、主要任务\n（一）建设蜜桔标准化种植基地。（牵头单位：县农业农村局）\n" +
		"（二）培育蜜桔电商品牌。（牵头单位：县商务局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	tests := []struct {
		q         string
		wantTopic bool
		want      []string
		none      []string
	}{
		{"南丰蜜桔产业提升方案里有几项任务?", false, []string{"2 项"}, nil},
		{"南丰蜜桔振兴方案里有几项任务?", false, []string{"2 项"}, nil},
		{"南丰河道保洁方案里有几项任务?", true, nil, []string{"2 项", "标准化种植基地"}},
	}
	for _, tt := range tests {
		if q := parseOn(t, e, tt.q); (len(q.Topic) > 0) != tt.wantTopic {
			t.Errorf("%s: topic %q, want a topic: %v", tt.q, q.Topic, tt.wantTopic)
		}
		wantIn(t, tt.q, askOn(t, e, "2026-12-07", tt.q)[0], tt.want, tt.none)
	}
}
