package ingest

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
)

// An OLE2 compound file (the container of .doc, .xls, .ppt, .wps, and of an encrypted .docx) is a
// small file system: 512- or 4096-byte sectors, a header, and a directory of 128-byte entries,
// each naming a stream in UTF-16LE. Which streams it holds tells what it is: "WordDocument" a
// Word 97–2003 file, "EncryptionInfo" with "EncryptedPackage" an Office 2007+ file under a
// password. Directory entries always start at a multiple of 128 bytes after the header, so they
// can be recognised without following the sector chains.

const oleMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"

// oleStreams returns the names among want that the compound file's directory holds.
func oleStreams(data []byte, want ...string) map[string]bool {
	found := map[string]bool{}
	if !bytes.HasPrefix(data, []byte(oleMagic)) || len(data) < 512 {
		return found
	}
	names := map[string]string{} // UTF-16LE bytes → name
	for _, w := range want {
		var b bytes.Buffer
		for _, u := range utf16.Encode([]rune(w)) {
			_ = binary.Write(&b, binary.LittleEndian, u)
		}
		names[b.String()] = w
	}
	for off := 512; off+128 <= len(data) && len(found) < len(want); off += 128 {
		e := data[off : off+128]
		n := int(binary.LittleEndian.Uint16(e[0x40:]))
		kind := e[0x42]
		if n < 4 || n > 64 || n%2 != 0 || (kind != 1 && kind != 2 && kind != 5) {
			continue
		}
		if w, ok := names[string(e[:n-2])]; ok && e[n-2] == 0 && e[n-1] == 0 {
			found[w] = true
		}
	}
	return found
}
