package supervision

import (
	"strings"
	"time"

	"golang.org/x/text/width"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// lightWord is a colour as the 台账 writes it.
var lightWord = map[string]string{duties.Red: "红灯", duties.Yellow: "黄灯", duties.Green: "绿灯"}

// LightWord is colour as the 台账 writes it (红灯, 黄灯, 绿灯).
func LightWord(colour string) string { return lightWord[colour] }

// Status is a row's 状态: done, overdue, due soon, under way, or a standing duty (no deadline).
func Status(r duties.Row) string {
	switch {
	case r.Done():
		return "已完成"
	case r.Colour == duties.Red:
		return "逾期"
	case r.Colour == duties.Yellow:
		return "临近到期"
	case r.Deadline.IsZero():
		return "常态推进"
	}
	return "推进中"
}

// stamp is a time as the 台账 writes it, in the plans' zone; "" for zero.
func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(plan.Zone()).Format("2006-01-02 15:04")
}

// Progress is a row's 最近进展: the latest line a unit reported, when it was reported at or after
// since (zero: any time), else "".
func Progress(r duties.Row, since time.Time) (text, who, when string) {
	st := r.State
	if st.Progress == "" || st.ProgressAt.Before(since) {
		return "", "", ""
	}
	return st.Progress, st.ProgressBy, stamp(st.ProgressAt)
}

// Extension is a row's 延期申请 in words, "" when none was asked for.
func Extension(r duties.Row) string {
	st := r.State
	if st.ExtensionTo.IsZero() {
		return ""
	}
	s := "申请延至" + st.ExtensionTo.String()
	if st.ExtensionReason != "" {
		s += "：" + st.ExtensionReason
	}
	var by []string
	for _, p := range []string{st.ExtensionBy, stamp(st.ExtensionAt)} {
		if p != "" {
			by = append(by, p)
		}
	}
	if len(by) > 0 {
		s += "（" + strings.Join(by, " ") + "）"
	}
	return s
}

// displayWidth is how many columns s takes in a fixed-width font: two for a Chinese character or
// a full-width sign, one for the rest.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
