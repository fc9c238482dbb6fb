package guard

// Refusal says why a file cannot be read as a plan and what to do instead. Its Error text is safe
// to show to users as it is. A format reader leaves Name empty; the dispatcher sets it.
type Refusal struct {
	Name   string // the file
	Reason string // what is wrong, e.g. "this PDF is a scan: it has no text layer"
	Remedy string // what to do instead
}

func (e *Refusal) Error() string {
	if e.Name == "" {
		return e.Reason + ": " + e.Remedy
	}
	return e.Name + ": " + e.Reason + ": " + e.Remedy
}

// Refuse returns a *Refusal for a file not named yet.
func Refuse(reason, remedy string) error {
	return &Refusal{Reason: reason, Remedy: remedy}
}
