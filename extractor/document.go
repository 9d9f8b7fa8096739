package extractor

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Document is one input text. Text holds the input as read (a UTF-8 BOM
// kept, so offsets are true to the file); every offset in the package is a
// byte offset into Text.
type Document struct {
	Source     string
	Text       string
	Body       int // where the text starts after a BOM
	lineStarts []int
	Paragraphs []Paragraph
	Warnings   []string
	Labeled    bool // the text names its speakers with labels
}

// Paragraph is a run of non-blank lines.
type Paragraph struct {
	Start, End int // trimmed of surrounding space
	// Set by the speaker pass:
	Speaker    string
	Label      string // the label as written, where the roster gave a fuller name
	Role       string
	LabelOnly  bool // the paragraph is just a speaker label
	Direction  bool // a stage direction: "(LAUGHTER)", "[crosstalk]"
	BodyStart  int  // where speech starts (after an inline label)
	Question   bool // spoken by a questioner
	Turn       int  // index of the speaker turn
	Header     bool // before the first speaker label (title, roster, dateline)
	RosterLine bool
}

// ErrBinary reports input that is not text.
var ErrBinary = errors.New("binary file (NUL bytes): not a text")

// NewDocument decodes raw input; Markdown and HTML (by the source's
// extension) are stripped of their markup in place (markup.go). UTF-16 with a BOM is converted to UTF-8
// (offsets then refer to the converted text); invalid UTF-8 is kept as is,
// with a warning naming the first bad line, so offsets stay true.
func NewDocument(source string, raw []byte) (*Document, error) {
	d := &Document{Source: source}
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		raw = decodeUTF16(raw)
		d.Warnings = append(d.Warnings, fmt.Sprintf("%s: UTF-16 input converted to UTF-8; offsets refer to the UTF-8 text", source))
	case bytes.IndexByte(raw, 0) >= 0:
		line := 1 + bytes.Count(raw[:bytes.IndexByte(raw, 0)], []byte{'\n'})
		return nil, fmt.Errorf("%s:%d: %w", source, line, ErrBinary)
	}
	d.Text = string(raw)
	if strings.HasPrefix(d.Text, "\uFEFF") {
		d.Body = len("\uFEFF")
	}
	d.indexLines()
	switch FormatOf(source, raw) {
	case FormatHTML:
		b := []byte(d.Text)
		stripHTML(b)
		d.Text = string(b)
	case FormatMarkdown:
		b := []byte(d.Text)
		stripMarkdown(b)
		d.Text = string(b)
	}
	if !utf8.ValidString(d.Text) {
		bad := 0
		for i := 0; i < len(d.Text); {
			r, size := utf8.DecodeRuneInString(d.Text[i:])
			if r == utf8.RuneError && size == 1 {
				bad = i
				break
			}
			i += size
		}
		d.Warnings = append(d.Warnings, fmt.Sprintf("%s:%d: invalid UTF-8; the bad bytes are kept and read as U+FFFD", source, d.Line(bad)))
	}
	d.splitParagraphs()
	return d, nil
}

func decodeUTF16(raw []byte) []byte {
	big := raw[0] == 0xFE
	raw = raw[2:]
	u := make([]uint16, len(raw)/2)
	for i := range u {
		if big {
			u[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
		} else {
			u[i] = uint16(raw[2*i+1])<<8 | uint16(raw[2*i])
		}
	}
	return []byte(string(utf16.Decode(u)))
}

// indexLines records where each line starts. A line ends at \n, \r\n or a
// lone \r.
func (d *Document) indexLines() {
	t := d.Text
	d.lineStarts = make([]int, 1, strings.Count(t, "\n")+1)
	if strings.IndexByte(t, '\r') < 0 {
		for i := strings.IndexByte(t, '\n'); i >= 0; {
			d.lineStarts = append(d.lineStarts, i+1)
			k := strings.IndexByte(t[i+1:], '\n')
			if k < 0 {
				break
			}
			i += 1 + k
		}
		return
	}
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '\n':
			d.lineStarts = append(d.lineStarts, i+1)
		case '\r':
			if i+1 < len(t) && t[i+1] == '\n' {
				continue
			}
			d.lineStarts = append(d.lineStarts, i+1)
		}
	}
}

// Line returns the 1-based line of offset off.
func (d *Document) Line(off int) int {
	return sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > off })
}

// Lines is the number of lines of the text.
func (d *Document) Lines() int {
	n := len(d.lineStarts)
	if n > 1 && d.lineStarts[n-1] == len(d.Text) {
		n-- // a final newline does not open a line
	}
	if len(d.Text) == 0 {
		return 0
	}
	return n
}

// splitParagraphs cuts the text at blank lines. It reads the text's own
// line breaks, not the file's lines: stripped markup may have added some.
func (d *Document) splitParagraphs() {
	t := d.Text
	noCR := strings.IndexByte(t, '\r') < 0
	// About one paragraph a blank line: sized once, not grown by copying.
	d.Paragraphs = make([]Paragraph, 0, strings.Count(t, "\n\n")+strings.Count(t, "\n\r\n")+1)
	start := -1
	for ls := d.Body; ls < len(t); {
		le, next := lineEndIn(t, ls, noCR)
		if blankLine(t[ls:le]) {
			if start >= 0 {
				d.addParagraph(start, ls)
				start = -1
			}
		} else if start < 0 {
			start = ls
		}
		ls = next
	}
	if start >= 0 {
		d.addParagraph(start, len(t))
	}
}

// lineEndIn returns the end of the line at ls and the start of the next;
// noCR says the text has no \r, so \n alone ends lines.
func lineEndIn(t string, ls int, noCR bool) (le, next int) {
	if noCR {
		k := strings.IndexByte(t[ls:], '\n')
		if k < 0 {
			return len(t), len(t) + 1
		}
		return ls + k, ls + k + 1
	}
	le = ls
	for le < len(t) && t[le] != '\n' && t[le] != '\r' {
		le++
	}
	next = le
	if next < len(t) && t[next] == '\r' {
		next++
	}
	if next < len(t) && t[next] == '\n' {
		next++
	}
	if next == le {
		next = le + 1
	}
	return le, next
}

// blankLine reports a line of white space only (Unicode's, as
// strings.TrimSpace reads it); most lines show a letter first.
func blankLine(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf && !isSpace(s[0]) {
		return false
	}
	return strings.TrimSpace(s) == ""
}

func (d *Document) addParagraph(start, end int) {
	for start < end && isSpace(d.Text[start]) {
		start++
	}
	for end > start && isSpace(d.Text[end-1]) {
		end--
	}
	if start >= end {
		return
	}
	// A paragraph that starts in lower case after one that stopped
	// mid-sentence is the same paragraph, broken by the transcription
	// ("down sharply from north" / "of 7 percent in 2020 Q4.").
	if n := len(d.Paragraphs); n > 0 && d.Text[start] >= 'a' && d.Text[start] <= 'z' {
		prev := &d.Paragraphs[n-1]
		if last := d.Text[prev.End-1]; isLetter(last) || last == ',' {
			prev.End = end
			return
		}
	}
	d.Paragraphs = append(d.Paragraphs, Paragraph{Start: start, End: end, BodyStart: start})
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// ParagraphText returns the text of a paragraph.
func (d *Document) ParagraphText(p *Paragraph) string { return d.Text[p.Start:p.End] }
