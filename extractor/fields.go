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

// fieldUnit is what the words right before a figure say it counts, where
// they are a field's name and its colon alone at the start of the line, or
// a tally word: the unit, "percent", or "".
func (e *Engine) fieldUnit(before string) string {
	line := before[strings.LastIndexByte(before, '\n')+1:]
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
		if marked && strings.TrimSpace(head[:k]) == "" || !marked && (strings.HasSuffix(lw, "s") || strings.Contains(lw, " ")) {
			return lw
		}
	}
	// "Votes cast: 683": the line opens with the field's name.
	if !strings.HasSuffix(trimmed, ":") {
		return ""
	}
	name := strings.TrimSpace(strings.TrimSuffix(trimmed, ":"))
	if name == "" || len(name) > maxFieldName || !isUpperASCII(name[0]) || hasLowered(e.notLabels, name) {
		return ""
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !isLetter(c) && c != ' ' && c != '-' {
			return "" // "Time: 7", "Ref. No: 18": no name of a group
		}
	}
	return e.headingUnit(name)
}
