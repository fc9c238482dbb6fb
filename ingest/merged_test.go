package ingest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/ingest/docx"
	"github.com/dutybot/dutybot/ingest/html"
	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
)

// TestMergedCellsAreNoAmplifier: a merged cell's text is given to each row it spans only when it is
// short (a unit list, a date); a long cell merged over many rows is written once, so a small file
// cannot make the readers write its text a thousand times.
func TestMergedCellsAreNoAmplifier(t *testing.T) {
	long := strings.Repeat("很长的单元格文字", 200) // 4,800 bytes
	const rows = 300
	type cell = ingesttest.DOCXCell
	table := [][]cell{{{Paras: []string{long}, VMerge: "restart"}, {Paras: []string{"1"}}}}
	var page strings.Builder
	page.WriteString(`<html><body><table><tr><td rowspan="300">` + long + `</td><td>1</td></tr>`)
	for i := 2; i <= rows; i++ {
		table = append(table, []cell{{VMerge: "continue"}, {Paras: []string{fmt.Sprint(i)}}})
		fmt.Fprintf(&page, "<tr><td>%d</td></tr>", i)
	}
	page.WriteString("</table></body></html>")
	fromDOCX, err := docx.Text(ingesttest.DOCX([]ingesttest.DOCXBlock{{Table: table}}, ""))
	if err != nil {
		t.Fatal(err)
	}
	fromHTML, err := html.Text([]byte(page.String()))
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]string{"docx": fromDOCX, "html": fromHTML} {
		if n := strings.Count(got, long); n != 1 {
			t.Errorf("%s: the long merged cell is written %d times, want once", name, n)
		}
	}
}
