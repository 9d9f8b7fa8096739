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
// (and after from, where the speech begins) say it counts, where they are
// a tally word, or a field's name alone at the start of its line, before
// a colon or, where the figure ends the line, a gap of two spaces ("Total
// valid votes        29,218"): the unit, "percent", or "". Most figures
// have a word and one space before them, which is read back no further
// than a tally's two words.
func (e *Engine) fieldUnit(text string, from, start, end int) string {
	k := start // back over the spaces before the figure
	for k > from && start-k <= maxRowLine && (text[k-1] == ' ' || text[k-1] == '\t') {
		k--
	}
	if k == start && (k == from || text[k-1] != '(') || k == from {
		return "" // "N=374", "$374", a figure that opens the speech
	}
	spaces := start - k
	head := text[max(from, k-maxFieldName-1):k]
	marked := false
	switch c := text[k-1]; {
	case c == ':' || c == '(':
		head, marked = strings.TrimRight(head[:len(head)-1], " \t"), true // "Yes: 374", "YEAS (9)"
	case spaces >= 2 || !isLetter(c):
	default:
		// "yeas 217", "not voting 5": a plural tally word or a phrase.
		for _, n := range [...]int{2, 1} {
			if w := tailWords(head, n); w != "" && isLetter(w[0]) {
				lw := strings.ToLower(w)
				if j := len(head) - len(w); e.tallyWords[lw] && (j == 0 || !isLetter(head[j-1])) && (strings.HasSuffix(lw, "s") || strings.Contains(lw, " ")) {
					return lw
				}
			}
		}
		return ""
	}
	// The name of a field opens its line (or the speech, after a label:
	// "COLLINS: 253 for 6" is no field).
	lineStart := strings.LastIndexByte(head, '\n') + 1
	if lineStart == 0 && k-maxFieldName-1 > from && k-maxFieldName-1 > 0 && text[k-maxFieldName-2] != '\n' {
		return "" // the line runs back further than a field's name
	}
	name := strings.TrimSpace(head[lineStart:])
	if marked {
		if lw := strings.ToLower(name); e.tallyWords[lw] {
			if !e.pluralWhole(lw) {
				return "votes" // "Yes: 374", "FOR: 679,402,118"
			}
			return lw // "YEAS (9)", "Abstentions: 8"
		}
		if text[k-1] == '(' {
			return ""
		}
	} else if strings.TrimSpace(lineAfter(text, end)) != "" {
		return "" // "Electorate    61,875   (2021)": a row of more cells
	}
	if name == "" || len(name) > maxFieldName || !isUpperASCII(name[0]) || hasLowered(e.notLabels, name) || strings.Contains(name, "  ") {
		return ""
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !isLetter(c) && c != ' ' && c != '-' && c != '(' && c != ')' {
			return "" // "Time: 7", "Ref. No: 18", "It ended.  32": no name of a group
		}
	}
	// "Number of votes cast", "Number of individuals entitled to vote":
	// the plural after "Number of"; "Number voting YES": votes.
	if len(name) > len("number of ") && strings.EqualFold(name[:len("number of ")], "number of ") {
		rest := name[len("number of "):]
		if w, _, _ := strings.Cut(rest, " "); e.pluralWhole(strings.ToLower(w)) {
			return strings.ToLower(w)
		}
		return e.headingUnit(rest, maxFieldWords)
	}
	if len(name) > len("number voting ") && strings.EqualFold(name[:len("number voting ")], "number voting ") {
		return "votes"
	}
	return e.headingUnit(name, maxFieldWords)
}

// maxFieldWords bounds the words of a field's name read for its unit
// ("Rejected (spoilt) ballot papers").
const maxFieldWords = 5

// lineAfter is the rest of the line after end, as far as maxRowLine: a
// longer rest is cut there (a row's line is never that long).
func lineAfter(text string, end int) string {
	rest := text[end:min(len(text), end+maxRowLine)]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		return rest[:k]
	}
	return rest
}
