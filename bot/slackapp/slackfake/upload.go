package slackfake

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// Upload is a file the app uploaded the way Slack asks now (files.getUploadURLExternal, a POST of
// the bytes to the URL it gave, files.completeUploadExternal), once it is completed.
type Upload struct {
	ID       string
	Filename string
	Title    string
	Channel  string
	Comment  string
	Thread   string
	Data     []byte
}

// pendingUpload is a file between getUploadURLExternal and completeUploadExternal.
type pendingUpload struct {
	filename string
	length   int
	data     []byte
	posted   bool
}

// getUploadURL answers files.getUploadURLExternal: a file id and a URL on this server to POST to.
func (f *Server) getUploadURL(w http.ResponseWriter, r *http.Request) {
	v, _ := form(r)
	n, err := strconv.Atoi(v.Get("length"))
	if v.Get("filename") == "" || err != nil || n <= 0 {
		reply(w, map[string]any{"ok": false, "error": "invalid_arguments"})
		return
	}
	id := fmt.Sprintf("F%d", f.seq.Add(1))
	f.mu.Lock()
	f.pending[id] = &pendingUpload{filename: v.Get("filename"), length: n}
	f.mu.Unlock()
	reply(w, map[string]any{"ok": true, "file_id": id, "upload_url": f.GetAPIURL() + "upload/" + id})
}

// uploadBytes takes the POST of a file's bytes (multipart, field "file"), as files.slack.com does.
func (f *Server) uploadBytes(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/upload/")
	file, _, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "no file", http.StatusBadRequest)
		return
	}
	data, err := io.ReadAll(file)
	if err != nil {
		http.Error(w, "unreadable", http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	p, ok := f.pending[id]
	if ok {
		p.data, p.posted = data, true
	}
	f.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	io.WriteString(w, "OK - "+strconv.Itoa(len(data)))
}

// completeUpload answers files.completeUploadExternal: each file must have been posted, with the
// length announced.
func (f *Server) completeUpload(w http.ResponseWriter, r *http.Request) {
	v, _ := form(r)
	var files []struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	}
	if err := json.Unmarshal([]byte(v.Get("files")), &files); err != nil || len(files) == 0 {
		reply(w, map[string]any{"ok": false, "error": "invalid_arguments"})
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []map[string]string
	for _, fl := range files {
		p, ok := f.pending[fl.ID]
		if !ok || !p.posted || len(p.data) != p.length {
			reply(w, map[string]any{"ok": false, "error": "file_upload_not_completed"})
			return
		}
		delete(f.pending, fl.ID)
		f.uploads = append(f.uploads, Upload{ID: fl.ID, Filename: p.filename, Title: fl.Title, Channel: v.Get("channel_id"),
			Comment: v.Get("initial_comment"), Thread: v.Get("thread_ts"), Data: p.data})
		out = append(out, map[string]string{"id": fl.ID, "title": fl.Title})
	}
	reply(w, map[string]any{"ok": true, "files": out})
}

// Uploads returns the files uploaded so far.
func (f *Server) Uploads() []Upload {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Upload(nil), f.uploads...)
}
