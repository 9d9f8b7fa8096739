package extractor

import "strings"

// A record's field lines and a vote's tally name what their figures count
// before the figure, where prose names it after:
//
//	Votes cast: 683          (a field: its name's plural, as a heading's)
//	Abstentions: 8
//	Yes: 374                 (a tally word, the rules' tally_words)
//	... there were—yeas 217, nays 211, not voting 5
//	YEAS (9): Mayor Castellano, ...

// maxFieldName bounds the name of a field line ("Hospital admissions").
const maxFieldName = 40

// fieldUnit is what the words right before the figure at text[start:end]
// (and after from, where the speech begins) say it counts, where they are a tally word, or a field's name alone at
// the start of its line, before a colon or, where the figure ends the
// line, a gap of two spaces ("Total valid votes        29,218"): the
// unit, "percent", or "".
func (e *Engine) fieldUnit(text string, from, start, end int) string {
	// From the line's start, or the speech's after a label on it: a
	// label ("COLLINS: 253 for 6") is no field.
	// A long line of prose is read back only so far: its start is no
	// field's (whole is false), though a tally word may end it.
	lineStart, whole := lineStartNear(text, start, maxRowLine), true
	if lineStart < 0 {
		lineStart, whole = start-maxRowLine, from > start-maxRowLine
	}
	line := text[max(from, lineStart):start]
	trimmed := strings.TrimRight(line, " \t")
	if len(trimmed) == len(line) && !strings.HasSuffix(line, "(") {
		return "" // "Yes:374", "N=374": no field the figure stands after
	}
	// "YEAS (9)", "Yes: 374", "yeas 217": a tally word, then its figure.
	head := strings.TrimSuffix(strings.TrimSuffix(trimmed, "("), ":")
	head = strings.TrimRight(head, " \t")
	marked := len(head) < len(strings.TrimRight(trimmed, " \t"))
	for _, n := range [...]int{2, 1} {
		w := tailWords(head, n)
		if w == "" || !isLetter(w[0]) {
			continue
		}
		lw := strings.ToLower(w)
		k := len(head) - len(w)
		if !e.tallyWords[lw] || k > 0 && isLetter(head[k-1]) {
			continue
		}
		// Marked by its colon or bracket, the word is the line's field
		// ("Yes: 374", not "Ref. No: 18"); unmarked, a plural or a phrase
		// ("yeas 217", "not voting 5", not "said no 5 times").
		if marked && whole && strings.TrimSpace(head[:k]) == "" || !marked && (strings.HasSuffix(lw, "s") || strings.Contains(lw, " ")) {
			return lw
		}
	}
	var name string
	switch {
	case !whole:
		return ""
	case strings.HasSuffix(trimmed, ":"):
		name = strings.TrimSpace(strings.TrimSuffix(trimmed, ":")) // "Votes cast: 683"
	case strings.HasSuffix(line, "  ") && strings.TrimSpace(lineAfter(text, end)) == "":
		name = strings.TrimSpace(trimmed) // "Electorate      61,875"
		if strings.Contains(name, "  ") {
			return "" // a row of several cells: its heading says (textColumnOf)
		}
	default:
		return ""
	}
	if name == "" || len(name) > maxFieldName || !isUpperASCII(name[0]) || hasLowered(e.notLabels, name) {
		return ""
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !isLetter(c) && c != ' ' && c != '-' && c != '(' && c != ')' {
			return "" // "Time: 7", "Ref. No: 18", "It ended.  32": no name of a group
		}
	}
	return e.headingUnit(name, maxFieldWords)
}

// maxFieldWords bounds the words of a field's name read for its unit
// ("Rejected (spoilt) ballot papers").
const maxFieldWords = 5

// lineAfter is the rest of the line after end.
func lineAfter(text string, end int) string {
	if k := strings.IndexByte(text[end:], '\n'); k >= 0 {
		return text[end : end+k]
	}
	return text[end:]
}
