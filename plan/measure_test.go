package plan

import "testing"

// SkipUnderRace skips a test that measures rather than races: the corpus, the form files, the
// guards that compare the cost of two input sizes and the checks that read every line of the corpus
// twice. Each runs one goroutine, so the race detector finds nothing in it, and under -race it runs
// five to ten times slower (and a growth ratio measures the detector's bookkeeping as much as the
// parser). README's second test command runs packages plan and bot again without -race, and these
// tests with them. Exported for the external tests of package plan_test.
func SkipUnderRace(t testing.TB) {
	t.Helper()
	if raceDetector {
		t.Skip("a single-goroutine measurement: README's second test command runs it without -race")
	}
}
