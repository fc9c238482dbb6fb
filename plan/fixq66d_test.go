package plan

import (
	"strings"
	"testing"
)

// TestFixQ66d_ImplementedBodyNoIssuer: a notice that carries out a higher body's document names that
// body after 贯彻落实 without book-title marks; the body is not the plan's issuer, and the page's
// own issuer line then places the plan.
func TestFixQ66d_ImplementedBodyNoIssuer(t *testing.T) {
	for _, c := range []struct{ name, line, want string }{
		{"carried out, no marks", "关于印发贯彻落实湖南省政府办公厅2022年政务公开工作要点任务分工的通知", ""},
		{"落实 alone", "关于落实省人民政府2023年重点工作的实施方案", ""},
		{"issuer before", "中方县人民政府办公室关于贯彻落实湖南省政府办公厅政务公开工作要点的通知", "中方县"},
		{"issuer line", "中方县人民政府 www.zhongfang.gov.cn 发布时间: 2022-07-24", "中方县"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := issuerIn(c.line); got != c.want {
				t.Errorf("issuerIn(%q) = %q, want %q", c.line, got, c.want)
			}
		})
	}
}

// TestFixQ66d_CutAtFigureVerb: a page's excerpt that stops at a verb its figure must follow (降至,
// 达到) is cut off, however short its last line; the table's last row then keeps no units carried
// from the row above.
func TestFixQ66d_CutAtFigureVerb(t *testing.T) {
	for _, c := range []struct {
		name, line string
		want       bool
	}{
		{"降至 at the end", "做强物流直通车品牌,力争全年社会物流总费用与GDP比率降至", true},
		{"达到 at the end", "到2020年城乡居民基本养老保险参保率达到", true},
		{"figure given", "力争全年社会物流总费用与GDP比率降至14%", false},
		{"short cell", "比率降至", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := figureVerbEnd(c.line); got != c.want {
				t.Errorf("figureVerbEnd(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
	text := "2024年一季度重点工作任务完成情况\n\n序号\n\n目标与任务\n\n牵头责任单位\n\n一季度工作进展\n\n1\n\n全力帮助企业解决税费、融资、用工等方面难题。\n\n市税务局市地方金融局市人社局\n\n组织县市区举行银企对接活动。\n\n2\n\n做强物流直通车品牌,力争全年社会物流总费用与GDP比率降至\n"
	d, err := Parse("cut.txt", []byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range d.Tasks {
		if strings.HasPrefix(tk.Text, "做强物流直通车品牌") && len(tk.Units()) > 0 {
			t.Errorf("the cut row keeps units %v carried from the row above", tk.Units())
		}
	}
	if !d.Truncated {
		t.Errorf("the text is not read as cut off")
	}
}
