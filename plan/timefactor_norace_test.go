//go:build !race

package plan

// timeFactor widens the run-away guards' bounds under the race detector (see timefactor_race_test.go).
const timeFactor = 1
