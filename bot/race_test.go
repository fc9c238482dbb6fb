//go:build race

package bot

// raceDetector is true in a test binary built with -race (see skipUnderRace).
const raceDetector = true
