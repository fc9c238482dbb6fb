#!/usr/bin/env bash
# accuracy.sh OUTDIR [REPO]: the accuracy figures of docs/BENCHMARKS.md, on the code in REPO (default: this
# checkout). It runs the corpus report, both form files, every question file and the evaluation set without the
# race detector, keeps each log in OUTDIR, and writes OUTDIR/summary.txt. Held-back figures go to summary.txt
# only; the terminal shows them when SHOW_HELD=1 (they are read once, at the end of a round of rule changes).
set -euo pipefail
out=$(realpath -m "$1"); repo=$(realpath "${2:-$(dirname "$0")/../..}")
mkdir -p "$out"; cd "$repo"
go test ./plan -count=1 -run '^TestCorpus$' -v -timeout 60m >"$out/corpus.log" 2>&1 || true
go test ./plan -count=1 -run '^(TestDeadlineForms|TestRoleForms)$' -v -timeout 60m >"$out/forms.log" 2>&1 || true
go test ./bot -count=1 -run '^TestQuestions$' -v -timeout 90m >"$out/questions.log" 2>&1 || true
go test ./bot -count=1 -run '^TestEvaluation$' -v -timeout 30m >"$out/eval.log" 2>&1 || true
{
  grep -hoE '(dev|heldout): [0-9]+ plans, .*' "$out/corpus.log"
  for kind in deadline role; do
    grep -hoE "$kind forms [^ ]+: [0-9]+/[0-9]+ right$" "$out/forms.log" |
      awk -v k="$kind" '{split($4,a,"/"); r+=a[1]; n+=a[2]} END {printf "%s forms: %d/%d right\n", k, r, n}'
  done
  grep -hoE '[a-z0-9-]+-(open|heldout)\.json: [0-9]+/[0-9]+ right' "$out/questions.log" |
    awk '{split($2,a,"/"); s=($1 ~ /heldout/) ? "held back" : "open"; r[s]+=a[1]; n[s]+=a[2]; f[s]++}
         END {for (s in r) printf "questions %s: %d/%d right in %d files\n", s, r[s], n[s], f[s]}' | sort
  grep -hE '^ *\| \*\*all\*\* ' "$out/eval.log" | sed "s/^ */evaluation (n, intent, outcome, P, R, figures) /" || true
  grep -hE '^(--- FAIL|FAIL)' "$out"/*.log | head -20 || true
} >"$out/summary.txt"
if [ "${SHOW_HELD:-0}" = 1 ]; then cat "$out/summary.txt"; else grep -v -e heldout -e 'held back' "$out/summary.txt"; fi
