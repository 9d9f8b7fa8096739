package extractor

import "strings"

// A table row reaches the pipeline as one paragraph with a bar before each
// cell (markup.go): "| Medical colleges | 387 | 706". A figure alone in its
// cell counts what the row's first cell names.

// rowLabel is the first cell of the table row that sentence text [from,
// to) of src is, when the figure at [start, end) stands alone in a later
// cell; else "".
func rowLabel(src string, from, to, start, end int) string {
	if from >= to || src[from] != '|' {
		return ""
	}
	from++
	row := src[from:to]
	first := strings.IndexByte(row, '|')
	if first < 0 || start-from < first {
		return ""
	}
	before, after := src[from:start], src[end:to]
	if k := strings.LastIndexByte(before, '|'); k < 0 || strings.TrimSpace(before[k+1:]) != "" {
		return ""
	}
	if k := strings.IndexByte(after, '|'); k >= 0 {
		after = after[:k]
	}
	if strings.TrimSpace(after) != "" {
		return ""
	}
	label := strings.TrimSpace(row[:first])
	if !strings.ContainsFunc(label, func(r rune) bool { return r < 0x80 && isLetter(byte(r)) }) {
		return ""
	}
	return label
}
