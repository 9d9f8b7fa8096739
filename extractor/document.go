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
	lineRoom   lineTable // the line table's memory, kept as room for the next document
	Paragraphs []Paragraph
	Warnings   []string
	Labeled    bool // the text names its speakers with labels

	markup      bool     // stripped of HTML, Markdown or captions: sentences are shown cleaned (shownText)
	runOn       int      // the longest sentence kept whole over lines (cutRunOn): shorter in captions copied line by line
	entityTails []span   // the spaces after decoded HTML entities, in order
	voices      []string // the names a caption file's voice tags give (captions.go)
	roster      *roster  // the participants the header lists (speakerPass), for names attribution finds

	lastOfParagraph byte // the last byte of the last paragraph, while they are split

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
	Reported   bool // a note's paragraph that reports who spoke: attribution names them
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
	return newDocument(source, raw, &docRoom{}, nil)
}

// docRoom is memory for a document's tables (its line starts and
// paragraphs) that Extract hands on from each document it is done with
// to the next, in its docScratch (scratch.go): a folder of transcripts
// would otherwise allocate, zero and collect tens of KB a file. Only the
// room is reused: every entry is written anew.
type docRoom struct {
	lines      lineTable
	paragraphs []Paragraph
}

// keep takes d's tables back as room for the next document: d is not
// used after. Whether a long document's room stays is release's choice.
func (r *docRoom) keep(d *Document) {
	r.lines = d.lineRoom
	r.paragraphs = d.Paragraphs
}

// entries is the most entries a table of the room held.
func (r *docRoom) entries() int {
	return max(len(r.lines.starts), len(r.paragraphs))
}

// maxRoomEntries is the room the pool keeps whatever comes (a transcript
// has a few thousand lines, and fewer paragraphs); more is kept only
// while long documents keep coming (longRoomDocs).
const maxRoomEntries = 1 << 14

// withRoom is s emptied, or a new slice where s has no room for n.
func withRoom[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// newDocument is NewDocument with the document's tables made in room
// where it has room; notNames are words that name no speaker (the rules'
// not_labels), which a caption file's brackets may hold ("[LAUGHS]").
func newDocument(source string, raw []byte, room *docRoom, notNames map[string]bool) (*Document, error) {
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
	fileLines := linesOf(room.lines, unsafe.String(unsafe.SliceData(raw), len(raw)))
	d.lineStarts, d.lineRoom = fileLines.starts, fileLines
	format := FormatOf(source, raw)
	if format == FormatText && markdownInText(raw, fileLines) {
		format = FormatMarkdown
	}
	if format == FormatText && timestampedLines(raw, fileLines) {
		raw = bytes.Clone(raw)
		blankLineTimestamps(raw, fileLines)
	}
	relined := false // line breaks were blanked: paragraphs need the text's lines
	if format == FormatText && stampLines(raw, fileLines) {
		raw = bytes.Clone(raw)
		blankStampLines(raw, fileLines)
		relined = true
		d.runOn = 2 * runOnPiece // the captions' speech runs on unpunctuated
	}
	if format == FormatText && chatExport(raw, fileLines) {
		raw = bytes.Clone(raw)
		blankChatStamps(raw, fileLines)
	}
	if format == FormatText && numberedLines(raw, fileLines) {
		raw = bytes.Clone(raw)
		blankMarginNumbers(raw, fileLines)
	}
	switch format {
	case FormatHTML:
		raw = bytes.Clone(raw)
		d.entityTails = stripHTML(raw)
	case FormatMarkdown:
		raw = bytes.Clone(raw)
		stripMarkdown(raw)
	case FormatCaptions:
		raw = bytes.Clone(raw)
		d.entityTails, d.voices = stripCaptions(raw, notNames)
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
	textLines := fileLines
	if format != FormatText || relined {
		textLines = linesOf(lineTable{}, d.Text)
	}
	d.splitParagraphs(room.paragraphs, textLines)
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

// lineTable is where each line of a text starts, with the first and the
// last byte of each: they are read as the line breaks are found, while
// they are in the caches. splitParagraphs, a second pass over the whole
// text, then reads the text itself only at lines that start or end in
// white space (on a long input, reading each line's ends again cost a
// cache miss or two a line: 4% of a run).
type lineTable struct {
	starts      []int
	first, last []byte // of each line; '\n' for an empty one
	cr          bool   // the text holds a \r
}

// inked reports a byte that shows a line is not blank (blankLine).
func inked(c byte) bool { return c < utf8.RuneSelf && !isSpace(c) }

// linesOf finds the lines of t, in room's memory. A line ends at \n,
// \r\n or a lone \r.
func linesOf(room lineTable, t string) lineTable {
	if cap(room.starts) == 0 {
		// No room: sized once, not grown by copying. The room of an
		// earlier document is grown as it fills instead (it mostly
		// fits): counting the lines would read t once more.
		n := strings.Count(t, "\n") + 1
		room = lineTable{starts: make([]int, 0, n), first: make([]byte, 0, n), last: make([]byte, 0, n)}
	}
	l := lineTable{starts: room.starts[:0], first: room.first[:0], last: room.last[:0]}
	open := func(start int) {
		c := byte('\n')
		if start < len(t) {
			c = t[start]
		}
		l.starts = append(l.starts, start)
		l.first = append(l.first, c)
	}
	// close ends the last line opened at end, where its break starts.
	close := func(end int) {
		c := byte('\n')
		if end > l.starts[len(l.starts)-1] {
			c = t[end-1]
		}
		l.last = append(l.last, c)
	}
	open(0)
	if l.cr = strings.IndexByte(t, '\r') >= 0; !l.cr {
		for i := 0; ; {
			k := strings.IndexByte(t[i:], '\n')
			if k < 0 {
				break
			}
			close(i + k)
			i += k + 1
			open(i)
		}
	} else {
		for i := 0; i < len(t); i++ {
			if c := t[i]; c == '\n' || c == '\r' {
				close(i)
				if c == '\r' && i+1 < len(t) && t[i+1] == '\n' {
					i++
				}
				open(i + 1)
			}
		}
	}
	close(len(t))
	return l
}

// end is where line k of t ends, before its line break. The text is read
// only where a \r may stand before a \n.
func (l *lineTable) end(t string, k int) int {
	if k+1 == len(l.starts) {
		return len(t)
	}
	e := l.starts[k+1] - 1 // the \n or lone \r
	if l.cr && e > l.starts[k] && t[e] == '\n' && t[e-1] == '\r' {
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

// splitParagraphs cuts the text, whose lines are l, at blank lines, into
// paragraphs made in room's memory where it has room. It reads the text
// only at the lines that start or end in white space (lineTable).
func (d *Document) splitParagraphs(room []Paragraph, l lineTable) {
	mayBlank := 0 // about one paragraph each: sized once, not grown by copying
	for _, c := range l.first {
		if !inked(c) {
			mayBlank++
		}
	}
	d.Paragraphs = withRoom(room, mayBlank+1)
	open := -1 // the first line of the paragraph being read
	for k := range l.starts {
		if !d.blankAt(l, k) {
			if open < 0 {
				open = k
			}
		} else if open >= 0 {
			d.addParagraph(l, open, k)
			open = -1
		}
	}
	if open >= 0 {
		d.addParagraph(l, open, len(l.starts))
	}
}

// blankAt reports whether line k is blank.
func (d *Document) blankAt(l lineTable, k int) bool {
	if inked(l.first[k]) {
		return false
	}
	le := l.end(d.Text, k)
	ls := min(max(l.starts[k], d.Body), le) // the first line starts after a BOM
	return blankLine(d.Text[ls:le])
}

// blankLine reports a line of white space only (Unicode's, as
// strings.TrimSpace reads it); most lines show a letter first.
func blankLine(s string) bool {
	if s != "" && inked(s[0]) {
		return false
	}
	return strings.TrimSpace(s) == ""
}

// addParagraph adds lines from to to-1, trimmed of white space, as a
// paragraph.
func (d *Document) addParagraph(l lineTable, from, to int) {
	t := d.Text
	start, first := max(l.starts[from], d.Body), l.first[from]
	if start != l.starts[from] || !inked(first) {
		for isSpace(t[start]) { // a blank line closes the paragraph: it has ink
			start++
		}
		first = t[start]
	}
	end, last := l.end(t, to-1), l.last[to-1]
	if !inked(last) {
		for end > start && isSpace(t[end-1]) {
			end--
		}
		last = t[end-1]
	}
	// A paragraph that starts in lower case after one that stopped
	// mid-sentence is the same paragraph, broken by the transcription
	// ("down sharply from north" / "of 7 percent in 2020 Q4.").
	if n := len(d.Paragraphs); n > 0 && first >= 'a' && first <= 'z' && (isLetter(d.lastOfParagraph) || d.lastOfParagraph == ',') {
		d.Paragraphs[n-1].End = end
		d.lastOfParagraph = last
		return
	}
	d.lastOfParagraph = last
	d.Paragraphs = append(d.Paragraphs, Paragraph{Start: start, End: end, BodyStart: start, Table: first == '|'})
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// ParagraphText returns the text of a paragraph.
func (d *Document) ParagraphText(p *Paragraph) string { return d.Text[p.Start:p.End] }
