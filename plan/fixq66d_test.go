package plan

import "testing"

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
