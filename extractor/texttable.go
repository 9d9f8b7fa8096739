package extractor

import "strings"

// A table laid out in plain text names its columns once, above a rule of
// dashes, and its rows give only numbers:
//
//	District          Code    Cases   Deaths   CFR (%)
//	----------------  -----   -----   ------   -------
//	Maren Central     LM-01     402        5       1.2
//
// The dashes mark where each column runs; a number under one counts what
// its heading names ("402" cases, "5" deaths).

// maxTableRows bounds how far above a row its rule of dashes is looked for.
const maxTableRows = 60

// columnHeading is the heading of the text-table column that the number
// at text[start:end] stands in, "" where it stands in none: its line and
// the lines above it, up to the rule, are rows (cells apart by two spaces
// or more), and the rule has a heading line above it.
func columnHeading(text string, start, end int) string {
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	lineEnd := strings.IndexByte(text[start:], '\n')
	if lineEnd < 0 {
		lineEnd = len(text)
	} else {
		lineEnd += start
	}
	if !textRow(text[lineStart:lineEnd]) {
		return ""
	}
	at := lineStart
	for range maxTableRows {
		if at == 0 {
			return ""
		}
		prevStart := strings.LastIndexByte(text[:at-1], '\n') + 1
		line := text[prevStart : at-1]
		if dashRule(line) {
			if prevStart == 0 {
				return ""
			}
			headStart := strings.LastIndexByte(text[:prevStart-1], '\n') + 1
			return headingOver(text[headStart:prevStart-1], line, start-lineStart, end-lineStart)
		}
		if !textRow(line) {
			return ""
		}
		at = prevStart
	}
	return ""
}

// textRow reports a line of two cells or more, apart by two spaces or
// more.
func textRow(line string) bool {
	return strings.Count(strings.TrimSpace(line), "  ") >= 1 && strings.TrimSpace(line) != ""
}

// dashRule reports a line of dash runs apart by spaces, two runs or more.
func dashRule(line string) bool {
	runs := 0
	for _, f := range strings.Fields(line) {
		if strings.Trim(f, "-") != "" || len(f) < 2 {
			return false
		}
		runs++
	}
	return runs >= 2
}

// headingOver is the heading above the dash run of rule that the columns
// from to to of a row overlap: one or two words of letters ("Cases",
// "Suspected cases"), the last lowered; "percent" for a heading of
// percents ("CFR (%)"); "" for any other.
func headingOver(heading, rule string, from, to int) string {
	for i := 0; i < len(rule); {
		if rule[i] != '-' {
			i++
			continue
		}
		j := i
		for j < len(rule) && rule[j] == '-' {
			j++
		}
		if from < j && to > i {
			h := strings.TrimSpace(heading[min(i, len(heading)):min(j, len(heading))])
			switch words := strings.Fields(h); {
			case strings.HasSuffix(h, "(%)") || h == "%":
				return "percent"
			case len(words) >= 1 && len(words) <= 2 && lettersOnly(words[len(words)-1]):
				return strings.ToLower(words[len(words)-1])
			}
			return ""
		}
		i = j
	}
	return ""
}

func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetter(w[i]) {
			return false
		}
	}
	return w != ""
}
