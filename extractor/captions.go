package extractor

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"
)

// Caption files (WebVTT, SubRip) cut what was said into timed cues: a cue
// number, a timing line and a line or two of text, a blank line between
// cues. A sentence runs on from one cue into the next ("paid out a little
// over 212" / "million dollars"), and WebVTT names who speaks in a voice
// tag ("<v Dr. Lena Marsh>"). stripCaptions blanks what is no speech (the
// header, NOTE, STYLE and REGION blocks, cue numbers, timings, tags), joins
// a cue to the one before where that one ends mid-sentence, and writes a
// voice tag that changes the speaker as an inline label ("Dr. Lena
// Marsh:"), so that the rest of the pipeline reads captions as the
// transcript they are. Offsets stay those of the file (markup.go).

// captionsSniffed reports a caption file from its start: "WEBVTT", or a
// SubRip cue (a number on its own line, then a timing line).
func captionsSniffed(raw []byte) bool {
	head := bytes.TrimPrefix(raw[:min(len(raw), 512)], []byte("\uFEFF"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if bytes.HasPrefix(head, []byte("WEBVTT")) {
		return len(head) == 6 || head[6] == ' ' || head[6] == '\t' || head[6] == '\r' || head[6] == '\n'
	}
	first, rest, ok := bytes.Cut(head, []byte("\n"))
	first = bytes.TrimRight(first, "\r ")
	if !ok || len(first) == 0 || !allDigits(string(first)) {
		return false
	}
	second, _, _ := bytes.Cut(rest, []byte("\n"))
	return timingLine(second)
}

// timingLine: "00:00:14.260 --> 00:00:24.900" (SubRip writes a comma),
// maybe followed by cue settings.
func timingLine(line []byte) bool {
	k := bytes.Index(line, []byte("-->"))
	if k < 0 {
		return false
	}
	before := bytes.TrimSpace(line[:k])
	return len(before) >= 5 && isDigit(before[0]) && bytes.IndexByte(before, ':') > 0
}

// captionLine is one line of a caption file: its offsets without the line
// break.
type captionLine struct{ start, end int }

// stripCaptions rewrites a caption file in place (see above) and returns
// the padding left after the entities it decoded, as stripHTML does, and
// the names its voice tags give: labels that need no second sighting
// (recurringLabels).
func stripCaptions(b []byte, notNames map[string]bool) (tails []span, voices []string) {
	var lines []captionLine
	for i := 0; i <= len(b); {
		e := lineEnd(b, i)
		end := e
		if end > i && b[end-1] == '\r' {
			end--
		}
		lines = append(lines, captionLine{i, end})
		i = e + 1
	}
	blankLine := func(l captionLine) bool { return len(bytes.TrimSpace(b[l.start:l.end])) == 0 }

	var said, shown []string // the text lines of the cue before, and of this one
	voice, other := "", ""   // who the last cue's voice tag named, and the voice before it
	lastText := -1           // where the last cue's text ends, -1 before any
	midSentence := false
	for k := 0; k < len(lines); {
		if blankLine(lines[k]) {
			k++
			continue
		}
		// A block: the lines up to the next blank one. (YouTube writes a
		// line of one space right under a cue's timing: its text follows.)
		end := k
		for end < len(lines) && (!blankLine(lines[end]) || end > k && timingLine(b[lines[end-1].start:lines[end-1].end]) && end+1 < len(lines) && !blankLine(lines[end+1])) {
			end++
		}
		first := b[lines[k].start:lines[k].end]
		timing := -1
		for j := k; j < min(end, k+2); j++ {
			if timingLine(b[lines[j].start:lines[j].end]) {
				timing = j
				break
			}
		}
		switch {
		case bytes.HasPrefix(first, []byte("WEBVTT")) || blockKeyword(first, "NOTE") || blockKeyword(first, "STYLE") || blockKeyword(first, "REGION"):
			blank(b[lines[k].start:lines[end-1].end])
		case timing >= 0 && timing+1 < end:
			blank(b[lines[k].start:lines[timing].end]) // the cue number and the timing
			text := lines[timing+1 : end]
			named, textTails := stripCueText(b, text)
			tails = append(tails, textTails...)
			if named == "" {
				named = bracketVoice(b, text, notNames)
			}
			// Rolling captions (YouTube's) show each line twice, in its own
			// cue and again above the next one's: the second time is no
			// new speech.
			said, shown = shown, said[:0]
			for _, l := range text {
				line := strings.Join(strings.Fields(string(b[l.start:l.end])), " ")
				shown = append(shown, line) // on screen again, whether said now or before
				if line != "" && slices.Contains(said, line) {
					blank(b[l.start:l.end])
				}
			}
			for len(text) > 0 && len(bytes.TrimSpace(b[text[0].start:text[0].end])) == 0 && named == "" {
				text = text[1:]
			}
			for len(text) > 0 && len(bytes.TrimSpace(b[text[len(text)-1].start:text[len(text)-1].end])) == 0 {
				text = text[:len(text)-1]
			}
			if len(text) == 0 {
				break // a cue that only repeats
			}
			textStart := text[0].start
			switch {
			case named != "" && named != voice:
				voice, other = named, voice
				if at := bytes.IndexByte(b[textStart:text[0].end], '['); at >= 0 && bytes.TrimSpace(b[textStart:textStart+at]) == nil {
					writeLabel(b, textStart+at, named) // over the blanked "[NAME]"
				} else {
					writeLabel(b, textStart, named)
				}
				voices = append(voices, named)
			case named == "" && other != "" && dashTurn(b, text) && lines[timing].end-lines[timing].start > len(other):
				// "- But the OBR gave you just £9.9 billion": a dialogue
				// dash alone in a cue of two named voices hands the turn
				// to the other one. The label goes on the blanked timing
				// line, which the cue's text follows.
				voice, other = other, voice
				writeLabel(b, lines[timing].start, voice)
				voices = append(voices, voice)
			case lastText >= 0 && midSentence && !turnMark(b[textStart:text[0].end]):
				// The sentence runs on: the cues between are one line.
				for i := lastText; i < textStart; i++ {
					if b[i] == '\n' || b[i] == '\r' {
						b[i] = ' '
					}
				}
			}
			lastText = text[len(text)-1].end
			midSentence = !endsSentence(b[textStart:lastText])
		case timing >= 0: // a cue with no text
			blank(b[lines[k].start:lines[end-1].end])
		}
		k = end
	}
	return tails, voices
}

// turnMark: the cue's first line opens a turn of its own, as SubRip files
// mark one: ">>", a dialogue dash, or a label ("KIRBY:", "Dr. Cho:").
func turnMark(line []byte) bool {
	line = bytes.TrimLeft(line, " \t")
	if bytes.HasPrefix(line, []byte(">>")) || bytes.HasPrefix(line, []byte("- ")) {
		return true
	}
	if len(line) == 0 || line[0] < 'A' || line[0] > 'Z' {
		return false
	}
	k := bytes.IndexByte(line[:min(len(line), 40)], ':')
	return k > 0 && (k+1 == len(line) || line[k+1] == ' ')
}

// bracketVoice reads the speaker a subtitle file names in capitals and
// brackets at the start of a cue's text, as broadcasters' SubRip files do
// ("[PRESENTER] Good morning", "<i>[REPORTER] At this petrol station</i>",
// once the tags are blanked), blanks it and returns the name. Speech must
// follow on the line: a bracket alone is a sound ("[THEME MUSIC]"), and
// one that names a sound before speech ("[LAUGHS] Yes") is told by a word
// of notNames, and left as the stage direction it is. A name of more than
// four words or with a lower-case letter is a description.
func bracketVoice(b []byte, text []captionLine, notNames map[string]bool) string {
	l := text[0]
	i := l.start
	for i < l.end && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	if i == l.end || b[i] != '[' {
		return ""
	}
	close := bytes.IndexByte(b[i:l.end], ']')
	if close < 2 || close > 40 {
		return ""
	}
	name := b[i+1 : i+close]
	words := 0
	for k, c := range name {
		switch {
		case c >= 'A' && c <= 'Z':
			if k == 0 || name[k-1] == ' ' {
				words++
			}
		case c == ' ' || c == '.' || c == '-' || c == '\'' || c >= utf8.RuneSelf:
		default:
			return ""
		}
	}
	if words == 0 || words > 4 || name[0] == ' ' || name[len(name)-1] == ' ' || len(bytes.TrimSpace(b[i+close+1:l.end])) == 0 {
		return ""
	}
	for w := range strings.FieldsSeq(string(name)) {
		if notNames[strings.ToLower(w)] {
			return ""
		}
	}
	out := string(name)
	blank(b[i : i+close+1])
	return out
}

// dashTurn: the cue's first line opens with a dialogue dash and no other
// line does. Two dashes split a cue between two voices, the first of them
// either one: no turn is read from those.
func dashTurn(b []byte, text []captionLine) bool {
	for n, l := range text {
		line := bytes.TrimLeft(b[l.start:l.end], " \t")
		if dash := bytes.HasPrefix(line, []byte("- ")); dash != (n == 0) {
			return false
		}
	}
	return true
}

// blockKeyword: the line is word alone or followed by white space.
func blockKeyword(line []byte, word string) bool {
	rest, ok := bytes.CutPrefix(line, []byte(word))
	return ok && (len(rest) == 0 || rest[0] == ' ' || rest[0] == '\t')
}

// stripCueText blanks the tags of a cue's text lines, decodes entities,
// and returns the name of the voice tag that opens the cue, if any.
func stripCueText(b []byte, lines []captionLine) (voice string, tails []span) {
	for n, l := range lines {
		for i := l.start; i < l.end; {
			switch b[i] {
			case '<':
				close := bytes.IndexByte(b[i:l.end], '>')
				if close < 0 {
					i = l.end
					continue
				}
				tag := b[i+1 : i+close]
				if n == 0 && i == l.start && voice == "" {
					voice = voiceName(tag)
				}
				blank(b[i : i+close+1])
				i += close + 1
			case '&':
				var tail span
				if i, tail = decodeEntity(b[:l.end], i); tail.End > tail.Start {
					tails = append(tails, tail)
				}
			default:
				i++
			}
		}
	}
	return voice, tails
}

// voiceName is the name in a voice tag's text ("v Dr. Lena Marsh", "v.loud
// Esme"), or "" for any other tag.
func voiceName(tag []byte) string {
	if len(tag) < 3 || tag[0] != 'v' || (tag[1] != ' ' && tag[1] != '.') {
		return ""
	}
	rest := tag[1:]
	if rest[0] == '.' { // classes before the name
		k := bytes.IndexByte(rest, ' ')
		if k < 0 {
			return ""
		}
		rest = rest[k:]
	}
	return string(bytes.TrimSpace(rest))
}

// writeLabel writes "name:" over the blanked voice tag at i: the tag is
// always longer than the label by three bytes or more.
func writeLabel(b []byte, i int, name string) {
	copy(b[i:], name)
	b[i+len(name)] = ':'
}

// endsSentence: the cue's text ends a sentence (a full stop, a question or
// exclamation mark, maybe closed by a quote or bracket).
func endsSentence(text []byte) bool {
	t := bytes.TrimRight(text, " \t\r\n")
	for len(t) > 0 {
		switch c := t[len(t)-1]; c {
		case '"', '\'', ')', ']':
			t = t[:len(t)-1]
			continue
		case '.', '?', '!', ':':
			return true
		}
		if bytes.HasSuffix(t, []byte("”")) || bytes.HasSuffix(t, []byte("’")) {
			t = t[:len(t)-len("”")]
			continue
		}
		return bytes.HasSuffix(t, []byte("…"))
	}
	return true
}
