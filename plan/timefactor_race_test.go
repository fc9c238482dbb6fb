//go:build race

package plan

// timeFactor widens the bounds of the tests that guard against a run-away parse (a text that costs
// the square of its length): the race detector slows the parser tenfold.
const timeFactor = 10
