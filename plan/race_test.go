//go:build race

package plan_test

// raceDetector is true in a test binary built with -race: the corpus measurement, which asserts
// nothing, is left to the plain run of README's test command.
const raceDetector = true
