package ingest

import (
	"errors"

	"github.com/dutybot/dutybot/plan"
)

// MessageZH says in Chinese why a file could not be added, for the people who sent it: a refusal's
// reason and remedy, or a text that does not read as a plan; false for any other error (trouble of
// the server's own, which is logged, not explained).
func MessageZH(err error) (string, bool) {
	var r *RefusedError
	switch {
	case errors.As(err, &r):
		return r.ZH(), true
	case errors.Is(err, plan.ErrNotPlan):
		return "没有找到任务：这份文件读起来不像实施方案（没有带责任单位或期限的编号条目）。请确认发的是方案本身（含任务清单或附件表格）。", true
	case errors.Is(err, plan.ErrEmpty):
		return "文件是空的。请重新发送方案文件。", true
	case errors.Is(err, plan.ErrBinary):
		return "文件不是文本。请把方案存为 .txt、.docx、.html 或带文字层的 PDF 再发。", true
	}
	return "", false
}
