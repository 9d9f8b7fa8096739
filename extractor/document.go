package extractor

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/factable/factable/rules"
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

	markup      bool   // stripped of HTML or Markdown: sentences are shown cleaned (shownText)
	entityTails []span // the spaces after decoded HTML entities, in order

	lineMatch rules.Match // findLine's (speakers.go)
}

// Paragraph is a run of non-blank lines.
type Paragraph struct {
	Start, End int // trimmed of surrounding space
	// Set by the speaker pass (the flags last, packed: a text has a
	// paragraph every few hundred bytes):
	Speaker    string
	Label      string // the label as written, where the roster gave a fuller name
	Role       string
	BodyStart  int  // where speech starts (after an inline label)
	Turn       int  // index of the speaker turn
	LabelOnly  bool // the paragraph is just a speaker label
	Direction  bool // a stage direction: "(LAUGHTER)", "[crosstalk]"
	Question   bool // spoken by a questioner
	Header     bool // before the first speaker label (title, roster, dateline)
	RosterLine bool
	// A row of a table: it opens with a bar (markup.go). Told when the
	// paragraph is made, while its text is in the caches (table.go).
	Table bool
}

// ErrBinary reports input that is not text.
var ErrBinary = errors.New("binary file (NUL bytes): not a text")

// NewDocument decodes raw input; Markdown and HTML (by the source's
// extension) are stripped of their markup in place (markup.go). UTF-16 with a BOM is converted to UTF-8
// (offsets then refer to the converted text); invalid UTF-8 is kept as is,
// with a warning naming the first bad line, so offsets stay true.
// Plain UTF-8 text is not copied: Text is raw itself, which the caller
// must not change while the document or its claims are in use.
func NewDocument(source string, raw []byte) (*Document, error) {
	return newDocument(source, raw, &docRoom{})
}

// docRoom is memory for a document's tables (its line starts and
// paragraphs) that Extract hands on from each document it is done with
// to the next, in its docScratch (scratch.go): a folder of transcripts
// would otherwise allocate, zero and collect tens of KB a file. Only the
// room is reused: every entry is written anew.
type docRoom struct {
	lineStarts []int
	paragraphs []Paragraph
}

// keep takes d's tables back as room for the next document: d is not
// used after. The tables of a long document are let go: kept, they would
// hold its memory through the small documents after it.
func (r *docRoom) keep(d *Document) {
	if cap(d.lineStarts) <= maxRoomEntries {
		r.lineStarts = d.lineStarts
	}
	if cap(d.Paragraphs) <= maxRoomEntries {
		r.paragraphs = d.Paragraphs
	}
}

// maxRoomEntries bounds the room kept (a transcript has a few thousand
// lines, and fewer paragraphs).
const maxRoomEntries = 1 << 14

// withRoom is s emptied, or a new slice where s has no room for n.
func withRoom[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// newDocument is NewDocument with the document's tables made in room
// where it has room.
func newDocument(source string, raw []byte, room *docRoom) (*Document, error) {
	d := &Document{Source: source}
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		raw = decodeUTF16(raw)
		d.Warnings = append(d.Warnings, fmt.Sprintf("%s: UTF-16 input converted to UTF-8; offsets refer to the UTF-8 text", source))
	case bytes.IndexByte(raw, 0) >= 0:
		line := 1 + bytes.Count(raw[:bytes.IndexByte(raw, 0)], []byte{'\n'})
		return nil, fmt.Errorf("%s:%d: %w", source, line, ErrBinary)
	}
	if bytes.HasPrefix(raw, []byte("\uFEFF")) {
		d.Body = len("\uFEFF")
	}
	// Lines are the file's, counted before markup is stripped.
	d.lineStarts = lineStartsOf(room.lineStarts, unsafe.String(unsafe.SliceData(raw), len(raw)))
	format := FormatOf(source, raw)
	switch format {
	case FormatHTML:
		raw = bytes.Clone(raw)
		d.entityTails = stripHTML(raw)
	case FormatMarkdown:
		raw = bytes.Clone(raw)
		stripMarkdown(raw)
	}
	d.markup = format != FormatText
	d.Text = unsafe.String(unsafe.SliceData(raw), len(raw))
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
	// Paragraphs follow the text's own line breaks: the file's lines for
	// plain text, found afresh where stripped markup may have added some.
	lines := d.lineStarts
	if format != FormatText {
		lines = lineStartsOf(nil, d.Text)
	}
	d.splitParagraphs(room.paragraphs, lines)
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

// lineStartsOf returns where each line of t starts, in room's memory. A
// line ends at \n, \r\n or a lone \r.
func lineStartsOf(room []int, t string) []int {
	if cap(room) == 0 {
		// No room: sized once, not grown by copying. The room of an
		// earlier document is grown as it fills instead (it mostly
		// fits): counting the lines would read t once more.
		room = make([]int, 0, strings.Count(t, "\n")+1)
	}
	starts := append(room[:0], 0)
	if strings.IndexByte(t, '\r') < 0 {
		for i := 0; ; {
			k := strings.IndexByte(t[i:], '\n')
			if k < 0 {
				return starts
			}
			i += k + 1
			starts = append(starts, i)
		}
	}
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(t) && t[i+1] == '\n' {
				continue
			}
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineEndOf is where line k (of those starting at starts) ends, before its
// line break.
func lineEndOf(t string, starts []int, k int) int {
	if k+1 == len(starts) {
		return len(t)
	}
	e := starts[k+1] - 1 // the \n or lone \r
	if t[e] == '\n' && e > starts[k] && t[e-1] == '\r' {
		e--
	}
	return e
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

// splitParagraphs cuts the text, whose lines start at starts, at blank
// lines, into paragraphs made in room's memory where it has room.
func (d *Document) splitParagraphs(room []Paragraph, starts []int) {
	t := d.Text
	empty := 0 // about one paragraph an empty line: sized once, not grown by copying
	for k, ls := range starts {
		if lineEndOf(t, starts, k) == ls {
			empty++
		}
	}
	d.Paragraphs = withRoom(room, empty+1)
	start := -1
	for k, ls := range starts {
		le := lineEndOf(t, starts, k)
		ls = min(max(ls, d.Body), le) // the first line starts after a BOM
		if blankLine(t[ls:le]) {
			if start >= 0 {
				d.addParagraph(start, ls)
				start = -1
			}
		} else if start < 0 {
			start = ls
		}
	}
	if start >= 0 {
		d.addParagraph(start, len(t))
	}
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
	d.Paragraphs = append(d.Paragraphs, Paragraph{Start: start, End: end, BodyStart: start, Table: d.Text[start] == '|'})
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// ParagraphText returns the text of a paragraph.
func (d *Document) ParagraphText(p *Paragraph) string { return d.Text[p.Start:p.End] }
