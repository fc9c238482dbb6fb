package plan

// Options configure parsing.
type Options struct {
	// Aliases fold unit names; nil means DefaultAliases.
	Aliases *Aliases
}

// Parse decodes and parses one plan file. source names it in messages and Document.Source.
func Parse(source string, data []byte, opt Options) (*Document, error) {
	text, err := Decode(data)
	if err != nil {
		return nil, err
	}
	return ParseText(source, text, opt)
}

// ParseText parses the text of one plan.
func ParseText(source, text string, opt Options) (*Document, error) {
	return nil, ErrNotPlan // TODO: parser being written
}
