package scaling

import "time"

var epoch = time.Now()

// wallTime is the time since the package was loaded.
func wallTime() time.Duration { return time.Since(epoch) }
