package bot

import "testing"

// skipUnderRace skips a test that measures rather than races: the growth guards, which compare the
// cost of two input sizes in one goroutine. Under -race they run five to ten times slower and the
// ratio measures the detector's bookkeeping as much as the answer code. README's second test command
// runs packages plan and bot again without -race, and these tests with them. The question files
// (TestQuestions) are thinned under -race rather than skipped: the answer code runs goroutines.
func skipUnderRace(t testing.TB) {
	t.Helper()
	if raceDetector {
		t.Skip("a single-goroutine measurement: README's second test command runs it without -race")
	}
}
