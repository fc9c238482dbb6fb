package ingest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/ingest/html"
)

// TestRev50ShortSpannedCellsAreNoAmplifier: maxSpannedText / maxMergedText cap each merged cell at
// 512 bytes, but nothing caps the cells times the rows: a page of 100 cells of 400 bytes, each
// rowspan="999", followed by 998 bare "<tr>" rows (4 bytes each; a row needs no cell to take the
// spanned ones), is 45 KB and comes out as 40 MB, a thousandfold; the 20 MB upload limit allows a
// page written out as tens of gigabytes, far past the sandbox's 512 MB. TestMergedCellsAreNoAmplifier only tries one long cell. (Word's vMerge has
// the same shape, kept to some tens of times the file by the docx reader's 100:1 inflate guard.)
func TestRev50ShortSpannedCellsAreNoAmplifier(t *testing.T) {
	cellText := strings.Repeat("区", 133) // 399 bytes, under the 512 cap
	const cells, rows = 100, 999
	var page strings.Builder
	page.WriteString("<html><body><table><tr>")
	for range cells {
		fmt.Fprintf(&page, `<td rowspan="%d">%s</td>`, rows, cellText)
	}
	page.WriteString("</tr>")
	for range rows - 1 {
		page.WriteString("<tr>")
	}
	page.WriteString("</table></body></html>")
	out, err := html.Text([]byte(page.String()))
	if err == nil && len(out) > 50*page.Len() {
		t.Errorf("html: a %d-byte page writes %d bytes of text (%dx)", page.Len(), len(out), len(out)/page.Len())
	}

}
