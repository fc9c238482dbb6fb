//go:build race

package bot

// raceDetector is true in a test binary built with -race: the measurements that assert nothing
// (the held-back question files) are left to the plain run of README's test command.
const raceDetector = true
