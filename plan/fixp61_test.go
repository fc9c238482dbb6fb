package plan

import "testing"

// TestFixp61_NumberAfterTitle: a notice's number printed after its title on the title's line starts at
// its issuer's abbreviation, whatever brackets its year, whether glued to the title or spaced; a title
// that passes a plan on in quotes ("…《X》的通知 泉港政〔2026〕7号") is the notice's own, and so is its number.
func TestFixp61_NumberAfterTitle(t *testing.T) {
	cases := []struct{ name, head, want string }{
		{"glued after 通知", "东岭县人民政府关于做好防汛工作的通知东政〔2025〕12号", "东政〔2025〕12号"},
		{"glued square brackets", "东岭县人民政府关于做好防汛工作的通知东政【2025】12号", "东政【2025】12号"},
		{"glued after plan", "西川市2024年农村公路养护实施方案西政办[2024]3号", "西政办[2024]3号"},
		{"forwarded, spaced", "北山区人民政府办公室转发区教育局制订的《关于推进校园安全建设的实施意见》的通知 北政办〔2026〕4号 各镇人民政府：", "北政办〔2026〕4号"},
		{"approved, glued", "北山区人民政府批转区教育局《关于推进校园安全建设的实施意见》的通知北政〔2026〕9号", "北政〔2026〕9号"},
		{"issued in quotes", "南河县人民政府关于印发《南河县河道整治工作方案》的通知 南政〔2023〕21号", "南政〔2023〕21号"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := findNumber([]string{c.head}); got != c.want {
				t.Errorf("findNumber(%q) = %q, want %q", c.head, got, c.want)
			}
		})
	}
}

// TestFixp61_CitedNumberAfterQuote: a number after a quoted title that a sentence cites is not the
// notice's own.
func TestFixp61_CitedNumberAfterQuote(t *testing.T) {
	for _, head := range []string{
		"根据市人民政府转发《关于加强安全生产的意见》的通知 东政〔2020〕5号 精神，制定本方案。",
		"按照《东岭县防汛工作方案》东政〔2020〕5号要求，",
	} {
		if got := findNumber([]string{head}); got != "" {
			t.Errorf("findNumber(%q) = %q, want none", head, got)
		}
	}
}

// TestFixp61_ForwardingIssuer: a notice whose title approves and forwards (批转) or forwards (转发) another
// body's plan is issued by the body at the head of its title.
func TestFixp61_ForwardingIssuer(t *testing.T) {
	cases := []struct{ name, title, want string }{
		{"approved", "北山区人民政府批转区教育局制订的《关于推进校园安全建设的实施意见》的通知 北政〔2026〕9号", "北山区人民政府"},
		{"forwarded", "北山区人民政府办公室转发区教育局《关于推进校园安全建设的实施意见》的通知", "北山区人民政府办公室"},
		{"about forwarding", "南河县人民政府关于批转县住建局《南河县老旧小区改造实施方案》的通知", "南河县人民政府"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := c.title + "\n各镇人民政府，县直有关单位：现转发给你们，请认真贯彻执行。\n一、主要任务\n（一）开展校园安全隐患排查。（牵头单位：区教育局；配合单位：区公安分局）\n"
			d := fixp59Parse(t, "forward.txt", text)
			if d.Issuer != c.want {
				t.Errorf("issuer %q, want %q", d.Issuer, c.want)
			}
		})
	}
}
