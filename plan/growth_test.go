package plan

// maxGrowth is how many times more a run-away guard (rev51, rev53, rev54) lets four times the input
// cost: linear work costs about 4 times more, work that grows with the square of its input 16 times.
// The guards compare sizes (internal/scaling) rather than time one parse against a budget, so that a
// loaded machine does not fail them and a fast one does not hide a quadratic rule.
const maxGrowth = 8
