package plan

import (
	"slices"
	"testing"
)

// TestLeaders: the persons a task names as answering for it, from a labelled line in its words or
// the nearest heading that gives its group to a leader; a unit, a body or a remark is no leader.
func TestLeaders(t *testing.T) {
	for _, tc := range []struct {
		name, text, section string
		want                []string
	}{
		{"labelled line", "地区生产总值增长8%以上。\n牵头负责领导:金力。\n牵头责任单位:市发展改革委。", "", []string{"牵头负责领导：金力"}},
		{"label then another label", "强化闲置地块改造利用。牵头局领导:袁启华 牵头责任部门:环卫处", "", []string{"牵头局领导：袁启华"}},
		{"two names", "推进项目建设（分管领导：张三、李四）", "", []string{"分管领导：张三、李四"}},
		{"heading gives the group", "大力推进城西科创大走廊建设。", "二、重点工作 > (一)戴建平常务副市长牵头重点工作", []string{"戴建平常务副市长牵头"}},
		{"nearest heading only", "深入实施消费新政。", "一、任务 > (一)王宏副市长牵头重点工作 > (二)胡伟副市长牵头重点工作", []string{"胡伟副市长牵头"}},
		{"a unit label is no person", "推进改革（牵头单位：市发改委）", "", nil},
		{"an office's head in a sentence is no heading", "完善制度。", "三、保障 > （一）由委员会主任负责统筹", nil},
		{"a body's members", "领导小组成员单位：市财政局", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Leaders(&Task{Text: tc.text, Section: tc.section})
			if !slices.Equal(got, tc.want) {
				t.Errorf("Leaders = %q, want %q", got, tc.want)
			}
		})
	}
}
