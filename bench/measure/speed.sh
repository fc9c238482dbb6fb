#!/usr/bin/env bash
# speed.sh NEWREPO OLDREPO OUTDIR: the speed rows of docs/BENCHMARKS.md, the two codes interleaved so
# that the VM's drift from one hour to the next falls on both: ParseSeeds 100x (new, old, old, new),
# Parse1000Plans 1x (new, old), AskEval 50x (new, old, old, new), AskQuestions 1x (new, old), then
# AskScale at 10,000 plans, one round each, under /usr/bin/time -v (new, old). Run it with nothing else
# running; each log is kept in OUTDIR.
set -euo pipefail
new=$(realpath "$1"); old=$(realpath "$2"); out=$(realpath -m "$3"); mkdir -p "$out"
run() { # run NAME REPO PKG BENCH BENCHTIME [ARGS...]
  local name=$1 repo=$2 pkg=$3 bench=$4 bt=$5; shift 5
  (cd "$repo/$pkg" && go test -run '^$' -bench "$bench" -benchtime "$bt" -benchmem -count=1 "$@") >"$out/$name.log" 2>&1
  grep -hE '^Benchmark' "$out/$name.log" | sed "s|^|$name |"
}
run seeds-new-1 "$new" plan '^BenchmarkParseSeeds$' 100x
run seeds-old-1 "$old" plan '^BenchmarkParseSeeds$' 100x
run seeds-old-2 "$old" plan '^BenchmarkParseSeeds$' 100x
run seeds-new-2 "$new" plan '^BenchmarkParseSeeds$' 100x
run p1000-new "$new" plan '^BenchmarkParse1000Plans$' 1x
run p1000-old "$old" plan '^BenchmarkParse1000Plans$' 1x
run eval-new-1 "$new" bot '^BenchmarkAskEval$' 50x
run eval-old-1 "$old" bot '^BenchmarkAskEval$' 50x
run eval-old-2 "$old" bot '^BenchmarkAskEval$' 50x
run eval-new-2 "$new" bot '^BenchmarkAskEval$' 50x
run qs-new "$new" bot '^BenchmarkAskQuestions$' 1x
run qs-old "$old" bot '^BenchmarkAskQuestions$' 1x
for v in new old; do
  repo=$new; [ $v = old ] && repo=$old
  (cd "$repo/bot" && /usr/bin/time -v go test -run '^$' -bench '^BenchmarkAskScale$/^plans=10000$' -benchtime 1x -args -scale.rounds=1) >"$out/scale10k-$v.log" 2>&1
  grep -hE '^Benchmark|Maximum resident' "$out/scale10k-$v.log" | sed "s|^|scale10k-$v |"
done
