package extractor

import (
	"bytes"
	"html"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// Markup is stripped by overwriting it with spaces (and, where a block ends,
// a line break) byte for byte, so that every offset of the text stays the
// offset of the same character in the file. Lines are counted in the file
// as it was, so a line break put in for a block does not shift them.

// Format of an input, from its name or, for standard input, its start.
type Format int

const (
	FormatText Format = iota
	FormatMarkdown
	FormatHTML
	FormatCaptions // WebVTT or SubRip (captions.go)
)

// FormatOf picks the format by the file's extension, sniffing HTML on
// standard input and captions in any other file.
func FormatOf(source string, raw []byte) Format {
	switch strings.ToLower(filepath.Ext(source)) {
	case ".md", ".markdown":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".vtt", ".srt":
		return FormatCaptions
	}
	if captionsSniffed(raw) { // exported captions are often saved as .txt
		return FormatCaptions
	}
	head := bytes.TrimLeftFunc(raw[:min(len(raw), 512)], unicode.IsSpace)
	if startsFold(head, "<!doctype html") || startsFold(head, "<html") {
		return FormatHTML
	}
	return FormatText
}

// maxSniffLines bounds the lines markdownInText reads: Markdown shows itself
// in a document's first pages.
const maxSniffLines = 5000

// markdownInText reports Markdown in a file its name calls plain text, as
// podcast tools and note apps export transcripts: speakers' labels in bold
// ("**Host (Maya Lindqvist):**"), headings ("## 2. Findings") and pipe
// tables. Two bold labels or headings, or a table's rule under its heading
// row, make it Markdown; the lines of a plain transcript begin with none.
// Only the lines that begin with '*', '_', '#' or '|' are read.
func markdownInText(raw []byte, l lineTable) bool {
	bold, headings := 0, 0
	for k, c := range l.first[:min(len(l.first), maxSniffLines)] {
		if c != '*' && c != '_' && c != '#' && c != '|' {
			continue
		}
		line := raw[l.starts[k]:lineEnd(raw, l.starts[k])]
		switch {
		case boldLead(line):
			bold++
		case headingLine(line):
			headings++
		case tableRule(line):
			return true
		}
		if bold >= 2 || headings >= 2 {
			return true
		}
	}
	return false
}

// timestampedLines reports a transcript whose every line opens with the
// time of its caption ("[00:00:44] THE HOLLISTER RIDGE FIRE IS 38,460
// ACRES. THAT'S AN"), as a video's auto-captions are exported: a sentence
// runs on over lines, each cut by a timestamp. Eight such lines, and six
// of every ten lines that are not blank, make one.
func timestampedLines(raw []byte, l lineTable) bool {
	stamped, inked := countStamped(raw, l, lineTimestamp)
	return stamped >= 8 && stamped*10 >= inked*6
}

// blankLineTimestamps blanks the timestamp that opens each line of a
// timestamped transcript, so that what was said reads on from line to
// line; offsets stay the file's.
func blankLineTimestamps(b []byte, l lineTable) { blankStamps(b, l, lineTimestamp) }

// stampLines reports a transcript copied from a video page's transcript
// panel, as YouTube shows one: each caption's time alone on a line
// ("0:09", "1:02:45") over a short line of what was said, often
// unpunctuated ("fiscal 2026 budget on june 17th and it's 2.31 billion
// dollars"), chapter titles between, next to no blank lines. Eight such
// times, making three of every ten lines that are not blank, and four
// times as many as the blank lines, make one. (A podcast app's export
// also sets each time alone on a line, but over a paragraph of speech
// after a blank line: its turns stay as they are.)
func stampLines(raw []byte, l lineTable) bool {
	stamped, inked := countStamped(raw, l, bareStamp)
	blanks := min(len(l.first), maxSniffLines) - inked
	return stamped >= 8 && stamped*10 >= inked*3 && stamped >= 4*blanks
}

// blankStampLines blanks each time alone on its line with the line break
// before it, so that the captions read on as the lines of one paragraph
// (a blanked line would end it); offsets stay the file's.
func blankStampLines(b []byte, l lineTable) {
	for k, c := range l.first {
		if c == '[' {
			// "[Music]", "[Applause]": the captions' sounds, alone on a
			// line, are no speech.
			start := l.starts[k]
			if line := b[start:lineEnd(b, start)]; soundTag(line) {
				blank(line)
			}
			continue
		}
		if !isDigit(c) {
			continue
		}
		start := l.starts[k]
		n := bareStamp(b[start:lineEnd(b, start)])
		if n == 0 {
			continue
		}
		from := start
		if k > 0 && l.first[k-1] != '\n' { // not after a blank line, which must stay one
			from = l.starts[k-1] + len(bytes.TrimRight(b[l.starts[k-1]:lineEnd(b, l.starts[k-1])], "\r"))
		}
		for i := from; i < start+n; i++ {
			b[i] = ' '
		}
	}
}

// soundTag: a line that is only a word or two in brackets ("[Music]",
// "[Applause]"), as auto-captions mark a sound.
func soundTag(line []byte) bool {
	line = bytes.TrimRight(line, " \t\r")
	if len(line) < 3 || len(line) > 24 || line[0] != '[' || line[len(line)-1] != ']' {
		return false
	}
	for _, c := range line[1 : len(line)-1] {
		if !isLetter(c) && c != ' ' {
			return false
		}
	}
	return true
}

// bareStamp is the length of a caption's time that is all its line holds
// ("0:09", "12:31", "1:02:45", spaces after it), or 0.
func bareStamp(line []byte) int {
	line = bytes.TrimRight(line, " \t\r")
	i, colons := 0, 0
	for i < len(line) && i < 8 && (isDigit(line[i]) || line[i] == ':') {
		if line[i] == ':' {
			if i == 0 {
				return 0
			}
			colons++
		}
		i++
	}
	if i != len(line) || colons < 1 || colons > 2 || !isDigit(line[i-1]) || !isDigit(line[i-2]) || line[i-3] != ':' {
		return 0
	}
	return i
}

// countStamped counts the first maxSniffLines lines that are not blank,
// and of those the lines that stamp reads a stamp at the start of (a
// length above 0). A stamp opens with '[' or a digit: other lines are
// not read.
func countStamped(raw []byte, l lineTable, stamp func([]byte) int) (stamped, inked int) {
	for k, c := range l.first[:min(len(l.first), maxSniffLines)] {
		if c == '\n' {
			continue
		}
		inked++
		if (c == '[' || isDigit(c)) && stamp(raw[l.starts[k]:lineEnd(raw, l.starts[k])]) > 0 {
			stamped++
		}
	}
	return stamped, inked
}

// blankStamps blanks the stamp that opens each line, as stamp reads it.
func blankStamps(b []byte, l lineTable, stamp func([]byte) int) {
	for k, c := range l.first {
		if c != '[' && !isDigit(c) {
			continue
		}
		start := l.starts[k]
		for i := range stamp(b[start:lineEnd(b, start)]) {
			b[start+i] = ' '
		}
	}
}

// numberedLines reports a transcript that numbers the lines of each page
// in its margin, as court reporters print hearings, inquiries and
// arguments (" 9   A.  At the peak, on 12 April, we had 311"): numbers
// of one or two digits, from 1 up to 28 on a page, that go up by one from
// line to line. Twenty such lines, and six of every ten that are not
// blank, make one.
func numberedLines(raw []byte, l lineTable) bool {
	numbered, inked, inTurn, prev := 0, 0, 0, 0
	for k, c := range l.first[:min(len(l.first), maxSniffLines)] {
		if c == '\n' {
			continue
		}
		inked++
		if c != ' ' && !isDigit(c) {
			continue
		}
		n, _ := marginNumber(raw[l.starts[k]:lineEnd(raw, l.starts[k])])
		if n == 0 {
			continue
		}
		numbered++
		if n == prev+1 || n == 1 {
			inTurn++
		}
		prev = n
	}
	return numbered >= 20 && numbered*10 >= inked*6 && inTurn*10 >= numbered*8
}

// marginNumber reads the line number that opens line in a numbered
// transcript: a number from 1 to 28 after at most two spaces, then two
// spaces or more, a tab or the line's end. It returns the number and
// where it ends, or 0.
func marginNumber(line []byte) (int, int) {
	i := 0
	for i < len(line) && i < 2 && line[i] == ' ' {
		i++
	}
	start := i
	for i < len(line) && i-start < 2 && isDigit(line[i]) {
		i++
	}
	if i == start || i < len(line) && isDigit(line[i]) {
		return 0, 0
	}
	n := int(line[start] - '0')
	if i-start == 2 {
		n = n*10 + int(line[start+1]-'0')
	}
	rest := bytes.TrimRight(line[i:], "\r")
	switch {
	case n < 1 || n > 28:
		return 0, 0
	case len(rest) == 0, rest[0] == '\t', len(rest) >= 2 && rest[0] == ' ' && rest[1] == ' ':
		return n, i
	}
	return 0, 0
}

// blankMarginNumbers blanks the line numbers in the margin of a numbered
// transcript, so that what was said reads on from line to line, and every
// line that has none: outside the numbered lines of its pages are only
// their headers and footers ("Page 2", "Opus 2  transcripts@opus2.com",
// "Heritage Reporting Corporation", the page's number). Offsets stay the
// file's.
func blankMarginNumbers(b []byte, l lineTable) {
	for k, c := range l.first {
		if c == '\n' {
			continue
		}
		start := l.starts[k]
		end := lineEnd(b, start)
		n, at := 0, 0
		if c == ' ' || isDigit(c) {
			n, at = marginNumber(b[start:end])
		}
		if n == 0 {
			at = len(bytes.TrimRight(b[start:end], "\r"))
		}
		for i := range at {
			b[start+i] = ' '
		}
		if at > 0 {
			// The line opens with a space now: splitParagraphs reads it
			// again, and a line blanked whole is a blank line.
			l.first[k] = ' '
			if len(bytes.TrimSpace(b[start:end])) == 0 {
				l.last[k] = ' '
			}
		}
	}
}

// lineTimestamp is the length of the timestamp that opens line, "[04:59]"
// or "[00:04:59]", or 0.
func lineTimestamp(line []byte) int {
	i, colons := 1, 0
	if len(line) < 6 || line[0] != '[' {
		return 0
	}
	for i < len(line) && i < 12 && (isDigit(line[i]) || line[i] == ':') {
		if line[i] == ':' {
			colons++
		}
		i++
	}
	if i == len(line) || line[i] != ']' || colons < 1 || colons > 2 || !isDigit(line[1]) || !isDigit(line[i-1]) {
		return 0
	}
	return i + 1
}

// boldLead: the line opens with a bold span closed on it ("**Dr. Reyes:**").
func boldLead(line []byte) bool {
	for _, mark := range []string{"**", "__"} {
		if rest, ok := bytes.CutPrefix(line, []byte(mark)); ok && len(rest) > 0 && rest[0] != ' ' {
			k := bytes.Index(rest[:min(len(rest), 120)], []byte(mark))
			return k > 0
		}
	}
	return false
}

// headingLine: one to six #, a space and a word ("# Executive summary").
func headingLine(line []byte) bool {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && n+1 < len(line) && line[n] == ' ' && isAlnum(line[n+1])
}

// tableRule: the row of dashes under a pipe table's heading ("|---|:--:|").
func tableRule(line []byte) bool {
	line = bytes.TrimRight(line, " \t\r")
	dashes := 0
	for _, c := range line {
		switch c {
		case '-':
			dashes++
		case '|', ':', ' ':
		default:
			return false
		}
	}
	return dashes >= 3 && len(line) > 1 && line[0] == '|'
}

// startsFold reports whether b starts with prefix in any case: the head
// of every file is read, so it is not lower-cased into a copy.
func startsFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && bytes.EqualFold(b[:len(prefix)], []byte(prefix))
}

// blockTags end a paragraph.
var blockTags = map[string]bool{"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "table": true, "section": true, "article": true, "blockquote": true,
	"header": true, "footer": true, "main": true, "aside": true, "dd": true, "dt": true, "dl": true, "pre": true, "hr": true,
	"figure": true, "figcaption": true, "title": true, "nav": true}

// cellTags hold the cells of a table row. A row is a paragraph; a bar
// opens each of its cells, as a reader sees them side by side ("| Medical
// colleges | 387 | 706"), and ends a counted phrase, so that a figure
// keeps the row it is in and takes no noun from the next cell. A row that
// opens with a bar is never taken for the rest of a sentence broken off
// above it (addParagraph).
var cellTags = map[string]bool{"td": true, "th": true}

// skipTags hide their content.
var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true}

// stripHTML blanks tags, comments and the content of scripts and styles,
// and writes entities as their character padded with spaces. It returns
// the spans of that padding, in order.
func stripHTML(b []byte) (tails []span) {
	i := 0
	for i < len(b) {
		switch b[i] {
		case '<':
			end := tagEnd(b, i)
			name, closing := tagName(b[i:end])
			block := blockTags[name]
			blank(b[i:end])
			if block && end-i >= 2 {
				b[i], b[end-1] = '\n', '\n'
			}
			if cellTags[name] && !closing {
				b[i] = '|'
			}
			i = end
			if skipTags[name] && !closing {
				close := indexFold(b[i:], "</"+name)
				if close < 0 {
					close = len(b) - i
				}
				blank(b[i : i+close])
				i += close
			}
		case '&':
			var tail span
			if i, tail = decodeEntity(b, i); tail.End > tail.Start {
				tails = append(tails, tail)
			}
		default:
			i++
		}
	}
	return tails
}

func tagEnd(b []byte, i int) int {
	if bytes.HasPrefix(b[i:], []byte("<!--")) {
		if k := bytes.Index(b[i+4:], []byte("-->")); k >= 0 {
			return i + 4 + k + 3
		}
		return len(b)
	}
	quote := byte(0)
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j + 1
		}
	}
	return len(b)
}

func tagName(tag []byte) (string, bool) {
	t := bytes.TrimLeft(tag, "<")
	closing := bytes.HasPrefix(t, []byte("/"))
	t = bytes.TrimLeft(t, "/")
	n := 0
	for n < len(t) && isAlnum(t[n]) {
		n++
	}
	return strings.ToLower(string(t[:n])), closing
}

func indexFold(b []byte, s string) int {
	return bytes.Index(bytes.ToLower(b), []byte(s))
}

// blank overwrites bytes with spaces, keeping line breaks.
func blank(b []byte) {
	for k := range b {
		if b[k] != '\n' && b[k] != '\r' {
			b[k] = ' '
		}
	}
}

// decodeEntity writes the character of the entity at i (when it is no
// longer than the entity) and pads the rest with spaces. It returns where
// the entity ends and the padding.
func decodeEntity(b []byte, i int) (int, span) {
	j := i + 1
	for j < len(b) && j-i < 12 && (isAlnum(b[j]) || b[j] == '#') {
		j++
	}
	if j >= len(b) || b[j] != ';' {
		return i + 1, span{}
	}
	ent := string(b[i : j+1])
	dec := html.UnescapeString(ent)
	if dec == ent || len(dec) > len(ent) {
		return j + 1, span{}
	}
	if dec == "\u00a0" {
		dec = " "
	}
	copy(b[i:], dec)
	blank(b[i+len(dec) : j+1])
	return j + 1, span{i + len(dec), j + 1}
}

// shownText is text[start:end] as a reader sees it: in a document
// stripped of markup, without the padding after entities ("We’ve", not
// "We’    ve") and with each run of white space the tags left one space.
// A plain text's is its text.
func (d *Document) shownText(start, end int) string {
	text := d.Text[start:end]
	if !d.markup {
		return text
	}
	tails := d.entityTails[sort.Search(len(d.entityTails), func(k int) bool { return d.entityTails[k].End > start }):]
	out := make([]byte, 0, len(text))
	space := false
	for i := start; i < end; i++ {
		if len(tails) > 0 && i >= tails[0].Start {
			if i < tails[0].End {
				continue
			}
			tails = tails[1:]
		}
		switch c := d.Text[i]; c {
		case ' ', '\t', '\n', '\r':
			space = true
		default:
			if space && len(out) > 0 {
				out = append(out, ' ')
			}
			space = false
			out = append(out, c)
		}
	}
	return string(out)
}

// stripMarkdown blanks Markdown syntax: heading and quote markers, list
// bullets, emphasis, code fences and backticks, table bars, and the target
// of links and images (their text stays).
func stripMarkdown(b []byte) {
	lineStart := true
	inFence := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '\n' {
			lineStart = true
			continue
		}
		if lineStart {
			lineStart = false
			j := i
			for j < len(b) && (b[j] == ' ' || b[j] == '\t') {
				j++
			}
			if bytes.HasPrefix(b[j:], []byte("```")) || bytes.HasPrefix(b[j:], []byte("~~~")) {
				inFence = !inFence
				k := lineEnd(b, j)
				blank(b[j:k])
				i = k - 1
				continue
			}
			if inFence {
				k := lineEnd(b, j)
				blank(b[j:k])
				i = k - 1
				continue
			}
			if j < len(b) && b[j] == '|' {
				i = tableRow(b, j) - 1
				continue
			}
			k := j
			for k < len(b) && (b[k] == '#' || b[k] == '>') {
				k++
			}
			if k > j && (k == len(b) || b[k] == ' ') {
				blank(b[j:k])
			} else if j+1 < len(b) && (b[j] == '-' || b[j] == '*' || b[j] == '+') && b[j+1] == ' ' {
				b[j] = ' '
			}
			i = j
			if i >= len(b) { // the text ends in blanks after a line break
				break
			}
			c = b[i]
		}
		switch c {
		case '*', '_', '`', '|':
			if c == '_' && i > 0 && isAlnum(b[i-1]) && i+1 < len(b) && isAlnum(b[i+1]) {
				continue // snake_case
			}
			b[i] = ' '
		case '!':
			if i+1 < len(b) && b[i+1] == '[' {
				if k := linkEnd(b, i+1); k > 0 {
					blank(b[i:k])
					i = k - 1
				}
			}
		case '[':
			if k := linkEnd(b, i); k > 0 {
				close := bytes.IndexByte(b[i:k], ']') + i
				b[i] = ' '
				blank(b[close:k])
				i = close
			}
		case '<':
			if k := bytes.IndexByte(b[i:lineEnd(b, i)], '>'); k > 0 && k < 200 {
				blank(b[i : i+k+1])
				i += k
			}
		}
	}
}

// tableRow rewrites the row of a pipe table that starts at i and returns
// where its line ends. The row becomes a paragraph of its own, as an HTML
// table's (cellTags): its closing bar a line break, which leaves a blank
// line before the next row. The row of dashes under the heading stays, a
// paragraph of no words: it tells where a table's heading is (tableTop).
func tableRow(b []byte, i int) int {
	end := lineEnd(b, i)
	row := b[i:end]
	if k := bytes.LastIndexByte(row, '|'); k > 0 && len(bytes.TrimSpace(row[k+1:])) == 0 {
		row[k] = '\n'
	}
	for k, c := range row {
		if c == '*' || c == '_' || c == '`' {
			row[k] = ' '
		}
	}
	return end
}

func lineEnd(b []byte, i int) int {
	if k := bytes.IndexByte(b[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(b)
}

// linkEnd returns the end of "[text](target)" starting at i, or -1.
func linkEnd(b []byte, i int) int {
	le := lineEnd(b, i)
	close := bytes.IndexByte(b[i:le], ']')
	if close < 0 || i+close+1 >= le || b[i+close+1] != '(' {
		return -1
	}
	paren := bytes.IndexByte(b[i+close+1:le], ')')
	if paren < 0 {
		return -1
	}
	return i + close + 1 + paren + 1
}
