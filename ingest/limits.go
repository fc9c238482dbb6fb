package ingest

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/dutybot/dutybot/ingest/guard"
)

// ReadFile reads a plan file from disk, refusing it at the size limit (0 means
// DefaultMaxFileSize). It reads at most limit+1 bytes and trusts no size the file system reports,
// so a file that grows while it is read is refused at the limit; a directory, a device, a socket or
// a named pipe (which would block the open until someone writes to it) is refused by name. Refusals name the file by path, as it was given.
func ReadFile(path string, limit int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	switch m := st.Mode(); {
	case m.IsDir():
		return nil, refuse(path, "this is a directory, not a file", "name the plan file itself")
	case m&(os.ModeDevice|os.ModeCharDevice) != 0:
		return nil, refuse(path, "this is a device, not a file", "name the plan file itself")
	case m&os.ModeSocket != 0:
		return nil, refuse(path, "this is a socket, not a file", "name the plan file itself")
	case m&os.ModeNamedPipe != 0:
		return nil, refuse(path, "this is a named pipe, not a file", "save the plan to a file and name that")
	case !m.IsRegular():
		return nil, refuse(path, "this is not a regular file", "name the plan file itself")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	data, err := ReadLimited(path, f, limit)
	if err != nil {
		var r *RefusedError
		if errors.As(err, &r) {
			return nil, err
		}
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return data, nil
}

// ReadLimited reads r to its end, refusing it once it holds more than limit bytes (0 means
// DefaultMaxFileSize). name is the file's name for the refusal.
func ReadLimited(name string, r io.Reader, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultMaxFileSize
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, refuse(name, fmt.Sprintf("the file is over the %s limit", guard.HumanSize(limit)),
			"split the plan, remove its images (save as .docx or .txt), or ask an administrator to raise DUTYBOT_MAX_FILE_SIZE")
	}
	return data, nil
}
