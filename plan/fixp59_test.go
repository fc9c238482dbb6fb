package plan

import (
	"slices"
	"strings"
	"testing"
)

// fixp59Parse parses text and fails the test when it yields no plan.
func fixp59Parse(t *testing.T, name, text string) *Document {
	t.Helper()
	d, err := ParseText(name, text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// fixp59Task is the task whose text holds s; nil when none does.
func fixp59Task(d *Document, s string) *Task {
	for i := range d.Tasks {
		if strings.Contains(d.Tasks[i].Text, s) {
			return &d.Tasks[i]
		}
	}
	return nil
}

// TestFixp59ParagraphsEachWithNote: an item whose paragraphs each close with their own responsibility
// label, the page run together on one line ("责任单位：A牵头，B等参与 第二段…。 责任单位：A负责"), is one
// task a paragraph, each with its own units: the second paragraph is not read into the first's list.
func TestFixp59ParagraphsEachWithNote(t *testing.T) {
	text := "某区管委会关于印发某区水环境保护工作方案的通知 各乡镇人民政府，区直各单位：现将《某区水环境保护工作方案》印发给你们，请认真贯彻执行。" +
		" 一、主要任务 （一）加强水源保护" +
		" 1.整治入河排污口 全面排查入河排污口，建立排污口台账，2027年底前完成整治。对排查出的问题逐一销号管理，确保整治到位。 责任单位：区生态环境局牵头，区水利局等参与" +
		" 2.推进农村污水治理 加快农村生活污水处理设施建设，2028年底前实现行政村全覆盖。加强设施运行维护，确保稳定运行。 责任单位：区住建局牵头，区农业农村局等参与" +
		" 减少农药化肥使用量，推广测土配方施肥和病虫害绿色防控技术。每年至少开展2次农田退水水质监测，发现问题及时处置。 责任单位：区农业农村局负责" +
		" 3.保护饮用水源地 开展饮用水水源地规范化建设，定期巡查保护区，依法清理违法建筑。完善应急预案，提升应急处置能力。 责任单位：区水利局牵头，区生态环境局等参与"
	d := fixp59Parse(t, "water.txt", text)
	first := fixp59Task(d, "加快农村生活污水处理设施建设")
	second := fixp59Task(d, "减少农药化肥使用量")
	if first == nil || second == nil {
		t.Fatalf("no task for each paragraph: %d tasks", len(d.Tasks))
	}
	if first == second {
		t.Fatalf("both paragraphs in one task %s", first.ID)
	}
	if strings.Contains(first.Text, "减少农药化肥") {
		t.Errorf("first paragraph's task holds the second: %q", first.Text)
	}
	if !slices.Equal(first.Lead, []string{"区住建局"}) || !slices.Contains(first.Participating, "区农业农村局") {
		t.Errorf("first paragraph: lead %v partic %v, want lead [区住建局], 区农业农村局 taking part", first.Lead, first.Participating)
	}
	if !slices.Equal(second.Lead, []string{"区农业农村局"}) || len(second.Participating) != 0 {
		t.Errorf("second paragraph: lead %v partic %v, want lead [区农业农村局] alone", second.Lead, second.Participating)
	}
	for _, u := range append(append([]string(nil), first.Participating...), second.Lead...) {
		if strings.Contains(u, "农药") || strings.Contains(u, "施肥") {
			t.Errorf("a paragraph's words read as a unit: %q", u)
		}
	}
}

// TestFixp59NoteThenPageFurniture: a page's furniture run onto the last note ("…等参与 附件下载") is no
// part of the unit's name.
func TestFixp59NoteThenPageFurniture(t *testing.T) {
	text := "某区管委会关于印发某区扬尘治理工作方案的通知 区直各单位：现将《某区扬尘治理工作方案》印发给你们，请认真贯彻执行。" +
		" 一、主要任务" +
		" 1.加强工地扬尘管控 落实施工工地围挡、覆盖、冲洗等措施，2027年底前建成智能监控平台。对违规工地依法查处。 责任单位：区住建局牵头，区城管局等参与" +
		" 2.加强考核问责 将扬尘治理纳入年度考核，对工作不力的单位予以通报。考核结果向社会公开。 责任单位：区生态环境局牵头，区党群工作部、区督查室等参与 附件下载"
	d := fixp59Parse(t, "dust.txt", text)
	tk := fixp59Task(d, "将扬尘治理纳入年度考核")
	if tk == nil {
		t.Fatal("no task for item 2")
	}
	if !slices.Contains(tk.Participating, "区督查室") {
		t.Errorf("partic %v, want 区督查室", tk.Participating)
	}
	for _, u := range tk.Units() {
		if strings.Contains(u, "附件") || strings.Contains(u, "下载") {
			t.Errorf("page furniture read into a unit: %q", u)
		}
	}
}

// TestFixp59CoIssuersFieldIsNoTask: a portal's field listing the other issuers ("[联合发文单位] A;B;C")
// is page furniture, not a duty of its notice.
func TestFixp59CoIssuersFieldIsNoTask(t *testing.T) {
	text := "某市商务局等3部门印发《关于促进夜间经济发展的若干措施》的通知_政策文件_某市人民政府门户网站\n" +
		"[主题分类] 商贸、海关、旅游/国内贸易（含供销）\n" +
		"[发文机构] 某市商务局\n" +
		"[联合发文单位] 某市文化和旅游局;某市市场监督管理局;国家税务总局某市税务局\n" +
		"[成文日期] 2025-05-20\n" +
		"[发文字号] 某商字〔2025〕8号\n" +
		"某市商务局等3部门印发《关于促进夜间经济发展的若干措施》的通知\n" +
		"某商字〔2025〕8号\n" +
		"各有关单位：\n" +
		"　　《关于促进夜间经济发展的若干措施》已经市政府同意，现印发你们，请认真贯彻落实。\n" +
		"某市商务局　　　　\n" +
		"某市文化和旅游局　　　　\n" +
		"某市市场监督管理局　　　　\n" +
		"国家税务总局某市税务局　　　　\n" +
		"2025年5月20日　　\n" +
		"关于促进夜间经济发展的若干措施\n" +
		"　　1.打造夜间消费街区。2025年底前建成3个夜间消费街区。（责任单位：市商务局、各区政府）\n" +
		"　　2.延长文旅场馆开放时间。鼓励博物馆、图书馆在节假日延时开放。（责任单位：市文化和旅游局）\n"
	d := fixp59Parse(t, "night.txt", text)
	for _, tk := range d.Tasks {
		if strings.Contains(tk.Text, "联合发文") {
			t.Errorf("task %s read from the co-issuers' field: %q", tk.ID, tk.Text)
		}
	}
	if len(d.Tasks) != 2 {
		t.Errorf("got %d tasks, want 2", len(d.Tasks))
	}
}

// TestFixp59NoteCutInsideRoleWord: a note the text's end cuts inside its closing role word
// ("（A、B等部门和各乡镇人民政府负") keeps all its units, the last one too.
func TestFixp59NoteCutInsideRoleWord(t *testing.T) {
	text := "为推动特色农产品销售，制定本方案。\n" +
		"一、拓宽销售渠道\n" +
		"(一)开展产销对接。组织农产品进机关、进学校、进企业活动,鼓励食堂签订长期供货合同。(县农业农村局、县商务局、县总工会等部门和各乡镇人民政府负责)\n" +
		"(二)发展电商销售。支持农产品上线电商平台,开展直播带货活动,完善县乡村三级物流体系。(县商务局、县邮政分公司、县供销社等部门和各乡镇人民政府负"
	d := fixp59Parse(t, "sales.txt", text)
	tk := fixp59Task(d, "支持农产品上线电商平台")
	if tk == nil {
		t.Fatal("no task for item (二)")
	}
	want := []string{"县商务局", "县邮政分公司", "县供销社", "各乡镇人民政府"}
	for _, u := range want {
		if !slices.Contains(tk.Lead, u) {
			t.Errorf("lead %v lacks %s", tk.Lead, u)
		}
	}
}

// TestFixp59TermInTaskParagraph: the plan's own term said by its length ("本预案自印发之日起实施，有效期为
// 5年") is the plan's period even when the paragraph that says it was read into a task.
func TestFixp59TermInTaskParagraph(t *testing.T) {
	text := "某区应急管理局关于印发《某区地下空间突发事件应急预案》的通知\n" +
		"某应急发〔2025〕3号\n" +
		"各街道办事处，区有关单位：现将《某区地下空间突发事件应急预案》印发给你们，请认真贯彻执行。\n" +
		"某区应急管理局\n" +
		"2025年3月10日\n" +
		"一、职责分工\n" +
		"1.区应急局负责地下空间突发事件的综合协调。\n" +
		"2.区公安分局负责事发现场的治安维护和交通管制。\n" +
		"3.区消防救援支队负责火灾扑救和人员搜救。本预案由区应急局负责解释。本预案自印发之日起实施，有效期为5年。\n"
	d := fixp59Parse(t, "term.txt", text)
	if d.Period.String() != "2030-03-09" {
		t.Errorf("period %v %q, want 2030-03-09 (five years from 2025-03-10)", d.Period, d.PeriodQuote)
	}
}

// TestFixp59OwnTermSentence: which sentences give the plan's own term.
func TestFixp59OwnTermSentence(t *testing.T) {
	for _, s := range []string{"本预案自印发之日起实施，有效期为5年。", "本方案有效期3年。", "本预案由区应急局负责解释。本预案自印发之日起实施，有效期为5年。"} {
		if !ownTermSentence.MatchString(s) {
			t.Errorf("%s: not read as the plan's own term", s)
		}
	}
	for _, s := range []string{"补贴资格有效期1年。", "各单位本年度内完成，有效期3年的证照及时换发。"} {
		if ownTermSentence.MatchString(s) {
			t.Errorf("%s: read as the plan's own term", s)
		}
	}
}
