package ingesttest

import (
	"encoding/binary"
	"slices"
	"unicode/utf16"
)

// OLE writes a compound file whose directory names streams (empty ones): enough for the
// sniffer, which reads the directory, to tell a .doc from an encrypted Office file.
func OLE(streams ...string) []byte {
	const sector = 512
	hdr := make([]byte, sector)
	copy(hdr, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")     // the OLE2 magic
	binary.LittleEndian.PutUint16(hdr[0x18:], 0x003E) // minor version
	binary.LittleEndian.PutUint16(hdr[0x1A:], 3)      // major version: 512-byte sectors
	binary.LittleEndian.PutUint16(hdr[0x1C:], 0xFFFE) // little-endian
	binary.LittleEndian.PutUint16(hdr[0x1E:], 9)      // sector shift
	binary.LittleEndian.PutUint16(hdr[0x20:], 6)      // mini sector shift
	binary.LittleEndian.PutUint32(hdr[0x2C:], 1)      // FAT sectors
	binary.LittleEndian.PutUint32(hdr[0x30:], 1)      // first directory sector
	binary.LittleEndian.PutUint32(hdr[0x38:], 4096)   // mini stream cutoff
	binary.LittleEndian.PutUint32(hdr[0x3C:], 0xFFFFFFFE)
	binary.LittleEndian.PutUint32(hdr[0x44:], 0xFFFFFFFE)
	for i := 0; i < 109; i++ {
		binary.LittleEndian.PutUint32(hdr[0x4C+4*i:], 0xFFFFFFFF)
	}
	binary.LittleEndian.PutUint32(hdr[0x4C:], 0) // the FAT is sector 0
	fat := make([]byte, sector)
	for i := range sector / 4 {
		binary.LittleEndian.PutUint32(fat[4*i:], 0xFFFFFFFF)
	}
	binary.LittleEndian.PutUint32(fat[0:], 0xFFFFFFFD) // sector 0: FAT
	binary.LittleEndian.PutUint32(fat[4:], 0xFFFFFFFE) // sector 1: directory, end of chain
	dir := make([]byte, sector)
	entry := func(i int, name string, kind byte, child uint32) {
		e := dir[128*i : 128*(i+1)]
		u := utf16.Encode([]rune(name))
		for j, c := range u {
			binary.LittleEndian.PutUint16(e[2*j:], c)
		}
		binary.LittleEndian.PutUint16(e[0x40:], uint16(2*len(u)+2))
		e[0x42] = kind
		e[0x43] = 1 // black
		binary.LittleEndian.PutUint32(e[0x44:], 0xFFFFFFFF)
		binary.LittleEndian.PutUint32(e[0x48:], 0xFFFFFFFF)
		binary.LittleEndian.PutUint32(e[0x4C:], child)
		binary.LittleEndian.PutUint32(e[0x74:], 0xFFFFFFFE)
	}
	child := uint32(0xFFFFFFFF)
	if len(streams) > 0 {
		child = 1
	}
	entry(0, "Root Entry", 5, child)
	for i, s := range streams[:min(len(streams), 3)] {
		entry(i+1, s, 2, 0xFFFFFFFF)
		if i+2 <= len(streams) && i+2 <= 3 {
			binary.LittleEndian.PutUint32(dir[128*(i+1)+0x48:], uint32(i+2)) // right sibling
		}
	}
	return slices.Concat(hdr, fat, dir)
}
