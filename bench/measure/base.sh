#!/usr/bin/env bash
# base.sh COMMIT [DIR]: check out an earlier commit in a worktree (default /tmp/base) with this checkout's test
# data and scoring harnesses copied in, so accuracy.sh scores both codes on the same files:
#   bench/measure/base.sh 0234d32 && bench/measure/accuracy.sh /tmp/acc-base /tmp/base
set -euo pipefail
here=$(realpath "$(dirname "$0")/../.."); commit=$1; dir=${2:-/tmp/base}
cd "$here"
git worktree remove --force "$dir" 2>/dev/null || rm -rf "$dir"
git worktree add -q --detach "$dir" "$commit"
rsync -a --delete plan/testdata/ "$dir/plan/testdata/"
rsync -a --delete bot/testdata/ "$dir/bot/testdata/"
for f in plan/corpus_test.go plan/deadlineforms_test.go plan/roleforms_test.go plan/race_test.go plan/norace_test.go plan/measure_test.go \
         bot/questions_test.go bot/race_test.go bot/norace_test.go bot/measure_test.go; do
  [ -f "$f" ] && cp "$f" "$dir/$f"
done
echo "$dir: $commit with this checkout's test data and harnesses"
