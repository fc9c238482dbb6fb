#!/bin/sh
# make-real-files.sh remakes the files a real word processor wrote for the format packages' tests:
# ingest/docx/testdata/*.docx, ingest/pdf/testdata/*.pdf and ingest/html/testdata/*.html. It needs
# LibreOffice (soffice) and the WenQuanYi Zen Hei font: on Debian 12,
#
#	apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-wqy-zenhei
#
# Each plan's text (a seed from seeds/, or a corpus plan copied here from plan/testdata/corpus/dev/)
# is first written as the word processor's input: an HTML page with each non-blank line a
# paragraph (16 pt, first line indented two characters, as a 公文 is set: LibreOffice takes the
# indent from the style attribute, in points, not from the style sheet), except that in the
# plans named with -table the task list — written one cell per line from the line 序号 on — becomes
# a real table whose rows are as wide as its header. LibreOffice loads that page as a Writer
# document (--infilter="HTML (StarWriter)": Writer, not Writer/Web) and saves it as .docx, .pdf and
# .html; those files are committed, not the input.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# page NAME TEXTFILE [table]: the word processor's input, $work/NAME.html.
page() {
	awk -v table="${3:-}" '
	function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
	function trim(s) { sub(/^[ \t\r]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
	BEGIN {
		print "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title></title><style>"
		print "body { font-family: \"WenQuanYi Zen Hei\"; font-size: 16pt }"
		print "p { margin: 0 } table { border-collapse: collapse }"
		print "</style></head><body>"
	}
	{ line = trim($0) }
	line == "" { next }
	table && state == 0 && line == "序号" { state = 1; cols = 0 }
	state == 1 && line == "1" { state = 2; print "</tr>"; n = 0 }
	state == 1 { if (cols == 0) print "<table border=\"1\" cellpadding=\"4\"><tr>"; cols++; print "<td><p>" esc(line) "</p></td>"; next }
	state == 2 { if (n % cols == 0) print "<tr>"; print "<td><p>" esc(line) "</p></td>"; n++; if (n % cols == 0) print "</tr>"; next }
	{ print "<p style=\"text-indent: 32pt\">" esc(line) "</p>" }
	END { if (state == 2) { if (n % cols != 0) print "</tr>"; print "</table>" } print "</body></html>" }
	' "$2" > "$work/$1.html"
}

for s in heze huzhou jiaxing quzhou wenzhou; do
	page "$s" "$root"/seeds/"$s"-*.txt
done
page cangnan-table "$here/r-zj-cangnan-2022-livelihood-progress.txt" table
page shaoxing-table "$here/e-zj-shaoxing-2020-q1-progress.txt" table

# convert FORMAT FILTER DIR NAME...: LibreOffice saves each page as FORMAT in ingest/DIR/testdata/.
convert() {
	format=$1 filter=$2 dir=$3
	shift 3
	for n in "$@"; do
		soffice --headless --infilter="HTML (StarWriter)" --convert-to "$format:$filter" --outdir "$work/$format" "$work/$n.html"
		cp "$work/$format/$n.$format" "$root/ingest/$dir/testdata/"
	done
}

# Every plan as .docx; fewer as .html and .pdf, whose files are larger (a PDF embeds its font:
# about 130 KB for a 13 KB plan), so that all of them stay a few hundred KB.
soffice --version
convert docx "MS Word 2007 XML" docx heze huzhou jiaxing quzhou wenzhou cangnan-table shaoxing-table
convert html "HTML (StarWriter)" html heze quzhou cangnan-table shaoxing-table
convert pdf writer_pdf_Export pdf quzhou cangnan-table shaoxing-table
