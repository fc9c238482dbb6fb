// Package ingesttest makes the files the tests of ingest and its format packages read, and
// checks what the readers give back. It is imported by tests only.
//
// The files are built here, not checked in: .docx (DOCX), .html (SeedHTML) and .pdf (PDF, laid
// out by PDFLayout) from paragraphs and tables, each seed plan in each format (SeedDOCX, SeedHTML,
// SeedPDF), the hostile files of the audit (HostileFiles, and the bombs built at test time), and
// the benchmark plans (BenchPDF, BenchDOCX). The PDF writer sets Chinese text in a Type0 font
// with Identity-H codes and a ToUnicode CMap, as Word and WPS do; no glyphs are embedded because
// text extraction needs none. Files made by a real word processor are in each format package's
// testdata/ instead (see its README.md).
package ingesttest
