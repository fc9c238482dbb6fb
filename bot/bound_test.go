package bot

import "time"

// bound widens a run-away guard's time bound under the race detector, which slows answers tenfold.
func bound(d time.Duration) time.Duration {
	if raceDetector {
		return 10 * d
	}
	return d
}
