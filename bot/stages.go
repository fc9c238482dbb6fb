package bot

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dutybot/dutybot/plan"
)

// A plan's stages: many plans set their work by stage under a heading of its own (四、实施步骤, 时间安排,
// 进度安排, 工作步骤: "(三)第三季度：全面实施建设施工。", "动员部署阶段（3月）…"). The stages name no unit, so
// they are no tasks; but "第三季度要干什么?" asks what a stage holds and "什么时候完工?" which stage
// finishes the work, and the stages answer both.

var (
	// reStageSection is the heading of a plan's stages.
	reStageSection = regexp.MustCompile(`实施步骤|时间安排|进度安排|工作步骤|推进步骤|步骤安排|阶段安排|实施进度|工作安排|时间节点|进度计划`)
	// reStageQuarter opens a stage of a quarter: 第三季度, 三季度.
	reStageQuarter = regexp.MustCompile(`^(?:(20\d{2})年)?第?([一二三四1-4])季度`)
	// reStageMonths is a stage's months: "3月", "3—5月", "（2026年3月至6月）", "7月底前", near its start.
	reStageMonths = regexp.MustCompile(`(?:(20\d{2})年)?(\d{1,2})月(?:(?:份)?[—\-－~至到]\s*(?:(20\d{2})年)?(\d{1,2})月)?`)
	// reStageHalf is a stage of a half year: 上半年, 下半年.
	reStageHalf = regexp.MustCompile(`^(?:(20\d{2})年)?([上下])半年`)
	// reFinishWords are the words of a question about when the work is finished.
	reFinishWords = regexp.MustCompile(`^(?:完工|竣工|完成|建成|结束|收尾|验收|办结|全部完成|全面完成)$`)
)

// stage is one stage of a plan: its words and the days it spans.
type stage struct {
	text     string
	from, to plan.Day
}

var quarterNumber = map[string]int{"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

// stagesOf are the stages of d, in order: the paragraphs outside tasks under its stage heading that
// open with (or give in their first words) the period they are for.
func stagesOf(d *plan.Document) []stage {
	year := d.Period.Year
	if year == 0 {
		year = d.Issued.Year
	}
	var out []stage
	for _, p := range d.Paras {
		if p.TaskID != "" || !reStageSection.MatchString(plan.TopSection(p.Section)) {
			continue
		}
		text := strings.TrimRight(strings.TrimSpace(p.Text), "；;。")
		st := stage{text: text}
		y := func(s string) int {
			if n, err := strconv.Atoi(s); err == nil {
				return n
			}
			return year
		}
		head := []rune(text)
		if len(head) > 24 {
			head = head[:24]
		}
		if year == 0 && !strings.Contains(string(head), "20") {
			continue // a stage's period with no year to put it in
		}
		var m []string
		switch {
		case reStageQuarter.MatchString(text):
			m = reStageQuarter.FindStringSubmatch(text)
			qn := quarterNumber[m[2]]
			st.from = plan.NewDay(y(m[1]), time.Month(3*qn-2), 1)
			st.to = plan.NewDay(y(m[1]), time.Month(3*qn+1), 0)
		case reStageHalf.MatchString(text):
			m = reStageHalf.FindStringSubmatch(text)
			if m[2] == "上" {
				st.from, st.to = plan.NewDay(y(m[1]), time.January, 1), plan.NewDay(y(m[1]), time.June, 30)
			} else {
				st.from, st.to = plan.NewDay(y(m[1]), time.July, 1), plan.NewDay(y(m[1]), time.December, 31)
			}
		case reStageMonths.MatchString(string(head)):
			m = reStageMonths.FindStringSubmatch(string(head))
			m1, _ := strconv.Atoi(m[2])
			m2 := m1
			y2 := y(m[1])
			if m[4] != "" {
				m2, _ = strconv.Atoi(m[4])
				if m[3] != "" {
					y2 = y(m[3])
				}
			}
			if m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 {
				continue
			}
			st.from = plan.NewDay(y(m[1]), time.Month(m1), 1)
			st.to = plan.NewDay(y2, time.Month(m2)+1, 0)
		default:
			continue
		}
		out = append(out, st)
	}
	return out
}

// stagesInWindow writes the stages of the plans in scope that fall in the window asked ("第三季度要
// 干什么?"); it reports whether it wrote any.
func stagesInWindow(c *composer, q *Query, docs []*plan.Document) bool {
	from, to := q.days()
	if from.IsZero() || to.IsZero() || len(docs) > 20 {
		return false
	}
	n := 0
	for _, d := range docs {
		for _, st := range stagesOf(d) {
			if st.to.Before(from) || to.Before(st.from) {
				continue
			}
			if n == 0 {
				c.b.WriteString(c.t("方案的实施步骤中，这段时间的安排：\n", "The plan's stages for that time:\n"))
			}
			n++
			c.printf("- %s%s：“%s”\n", d.City, c.docLine(d), plan.Clip(st.text, 120))
			c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number})
		}
	}
	return n > 0
}

// finishStage answers "这个项目什么时候完工?" of one plan that sets its work by stage: its stages, the
// last of which finishes it. It reports whether it answered.
func finishStage(c *composer, q *Query, docs []*plan.Document) bool {
	if !q.asksWhen || len(docs) != 1 || len(q.Topic) == 0 || q.hasUnits() {
		return false
	}
	for _, t := range q.Topic {
		if !reFinishWords.MatchString(t) {
			return false
		}
	}
	d := docs[0]
	sts := stagesOf(d)
	if len(sts) < 2 {
		return false
	}
	last := sts[len(sts)-1]
	c.printf(c.t("%s%s按实施步骤在 %s 前完成：“%s”\n", "%s %s is to be finished by %s, in its last stage: “%s”\n"), d.City, c.docLine(d), last.to, plan.Clip(last.text, 120))
	c.b.WriteString(c.t("各阶段：\n", "Its stages:\n"))
	for _, st := range sts {
		c.printf("- %s\n", plan.Clip(st.text, 120))
	}
	c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number})
	return true
}
