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
# The short benchmarks, each in the order of its comment above.
for spec in "seeds plan ^BenchmarkParseSeeds$ 100x new old old new" \
            "p1000 plan ^BenchmarkParse1000Plans$ 1x new old" \
            "eval bot ^BenchmarkAskEval$ 50x new old old new" \
            "qs bot ^BenchmarkAskQuestions$ 1x new old"; do
  set -- $spec; name=$1 pkg=$2 bench=$3 bt=$4; shift 4; i=0
  for v in "$@"; do
    i=$((i+1)); repo=$new; [ "$v" = old ] && repo=$old
    run "$name-$v-$i" "$repo" "$pkg" "$bench" "$bt"
  done
done
for v in new old; do
  repo=$new; [ $v = old ] && repo=$old
  (cd "$repo/bot" && /usr/bin/time -v go test -run '^$' -bench '^BenchmarkAskScale$/^plans=10000$' -benchtime 1x -args -scale.rounds=1) >"$out/scale10k-$v.log" 2>&1
  grep -hE '^Benchmark|Maximum resident' "$out/scale10k-$v.log" | sed "s|^|scale10k-$v |"
done
