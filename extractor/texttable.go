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
			// The heading's cell over the run: a heading may run a
			// character or two past its rule ("Share %" over "-------").
			h, _, _ := cellOver(heading, i, j)
			if h == "" {
				h = strings.TrimSpace(heading[min(i, len(heading)):min(j, len(heading))])
			}
			if u := pointsOrPercent(h); u != "" {
				return u
			}
			if words := strings.Fields(h); len(words) >= 1 && len(words) <= 2 && lettersOnly(words[len(words)-1]) {
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

// A table that a PDF's text keeps in columns often has no rule under its
// heading, and a note above it says what its figures are in:
//
//	(Houses in numbers; Central funds released in Rs. crore)
//
//	S.No.  State/UT     Target      Sanctioned   Central funds released
//	1.     Assam        3,72,456    2,90,118     2,187.40
//
// Such a table is read only where every row from the figure's up to the
// heading holds two figures alone in their cells, and the heading none: a
// paragraph of prose with two spaces after its full stops has neither.

// textColumn is what a plain-text table says of a figure in one of its
// cells.
type textColumn struct {
	unit    string  // what its heading counts ("cases"), "percent", or ""
	heading string  // the heading over the figure
	money   string  // the currency the table's note writes the column in
	scale   float64 // with the scale the note gives it ("crore")
	counted float64 // or the scale a count is written in ("(in lakh)"), or 0
	rowUnit string  // the figure's row's cell under a "Unit" heading ("tCO2e", "%"), or ""
}

// textColumnOf reads the column of a plain-text table that the figure at
// text[start:end] stands in: under a rule of dashes (columnHeading), or
// under a heading with none, and in either, the table's note.
func (e *Engine) textColumnOf(text string, start, end int) textColumn {
	if h := columnHeading(text, start, end); h != "" {
		return textColumn{unit: h}
	}
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	lineEnd := len(text)
	if k := strings.IndexByte(text[end:], '\n'); k >= 0 {
		lineEnd = end + k
	}
	if !dataRow(text[lineStart:lineEnd]) {
		return textColumn{}
	}
	at := lineStart
	for range maxTableRows {
		if at == 0 {
			return textColumn{}
		}
		prevStart := strings.LastIndexByte(text[:at-1], '\n') + 1
		line := text[prevStart : at-1]
		if dataRow(line) && !yearsRow(line) || ruleLine(line) || groupLabel(line) {
			// A group's label over its rows ("Rural Water Grants and
			// Technical Assistance") stands between them and the heading.
			at = prevStart
			continue
		}
		// A heading's second line may hold its columns' own notes in
		// brackets, under them ("(in lakh)").
		notes := ""
		if (noteRow(line) || e.moneyNoteRow(line)) && prevStart > 0 {
			upStart := strings.LastIndexByte(text[:prevStart-1], '\n') + 1
			notes, line, prevStart = line, text[upStart:prevStart-1], upStart
		}
		// A heading's second line may go on its columns' names under them
		// ("FY2024/25" / "Adopted"), its first cell, the rows' labels',
		// left empty: the line above names the columns.
		if !headingRow(line) && headingTail(line) && prevStart > 0 {
			upStart := strings.LastIndexByte(text[:prevStart-1], '\n') + 1
			if up := text[upStart : prevStart-1]; headingRow(up) {
				line, prevStart = up, upStart
			}
		}
		if !headingRow(line) {
			return textColumn{}
		}
		// A rule of one run may close the table above its heading too.
		for prevStart > 0 {
			upStart := strings.LastIndexByte(text[:prevStart-1], '\n') + 1
			if !ruleLine(text[upStart : prevStart-1]) {
				break
			}
			prevStart = upStart
		}
		head, hs, he := cellOver(line, start-lineStart, end-lineStart)
		if sep := cellSeparator(line, text[lineStart:lineEnd]); sep != 0 {
			// Tabs or bars set the cells apart (a web page's table copied,
			// a table typed with bars and no outer ones): a cell is under
			// the heading of its place in the row, not of its column of
			// characters, which a tab's width or a cell's length moves.
			head, hs, he = cellAtIndex(line, text[lineStart:lineEnd], start-lineStart, sep)
		}
		if head == "" {
			return textColumn{}
		}
		col := textColumn{heading: head, unit: e.headingUnit(head, maxHeadingWords)}
		col.rowUnit = unitCell(line, text[lineStart:lineEnd])
		headUnit := col.unit
		note := noteAbove(text, prevStart)
		if cells := cellsApart(line); note == "" && len(cells) > 0 {
			note = scaleNote(cells[0].text) // "By Fiscal Year, Millions of Dollars   2025   2025-2029"
		}
		e.readNote(&col, note)
		if note, _, _ := cellOver(notes, hs, he); note != "" {
			if note[0] == '(' {
				note = note[1 : len(note)-1]
			}
			e.readColumnNote(&col, note)
		}
		if col.money == "" && col.unit == "" {
			col.unit = headUnit // a column of counts under a note of money
		}
		// The heading's own note: "Weekly spend (£)", "Payout (NZ$m)", or
		// a scale of money as its last word ("Actual expenditure R'000").
		if k := strings.LastIndexByte(head, ' '); k > 0 && !strings.HasSuffix(head, ")") {
			if code, scale := e.moneyNote(head[k+1:]); code != "" && scale > 1 {
				col.money, col.scale, col.counted, col.unit = code, scale, 0, ""
			}
		}
		if k := strings.LastIndexByte(head, '('); k > 0 && strings.HasSuffix(head, ")") {
			note := head[k+1 : len(head)-1]
			if code, scale := e.moneyNote(note); code != "" {
				col.money, col.scale, col.counted, col.unit = code, scale, 0, ""
			} else if f, n := unitAt(e.units, note); n > 0 && n == len(note) && f.kind == KindMeasure && col.unit == "" {
				col.unit = note // "Intake (t)": a measure (assemble)
			}
		}
		// A year's column counts what the table's title names: "Table 1.
		// Arrivals of foreign visitors ..." over "2024  2025".
		if col.unit == "" && col.money == "" && !yearHeading(head) && !strings.Contains(head, "%") {
			// A breakdown's column ("Arrest", "No further action") beside
			// its total's ("Total searches") counts what the total counts.
			col.unit = e.totalsCount(line)
		}
		if col.unit == "" && col.money == "" && (yearHeading(head) || !strings.Contains(head, "%")) {
			// A year's column, or one whose heading names no unit ("New this
			// week"), counts what the table's title names.
			col.unit = e.titleCount(text, prevStart)
		}
		return col
	}
	return textColumn{}
}

// cellSeparator is the byte that sets the cells of a table's heading and
// row apart by their places, a tab or a bar, where both hold it; else 0.
func cellSeparator(heading, row string) byte {
	for _, sep := range [...]byte{'\t', '|'} {
		if strings.IndexByte(row, sep) >= 0 && strings.IndexByte(heading, sep) >= 0 {
			return sep
		}
	}
	return 0
}

// cellAtIndex is the cell of heading in the place that the cell at offset
// at holds in row, both set apart by tabs, and its offsets; "" where the
// heading has no cell there.
func cellAtIndex(heading, row string, at int, sep byte) (string, int, int) {
	place := strings.Count(row[:at], string(sep))
	start := 0
	for range place {
		k := strings.IndexByte(heading[start:], sep)
		if k < 0 {
			return "", 0, 0
		}
		start += k + 1
	}
	end := len(heading)
	if k := strings.IndexByte(heading[start:], sep); k >= 0 {
		end = start + k
	}
	cell := strings.TrimSpace(heading[start:end])
	if cell == "" {
		return "", 0, 0
	}
	s := start + strings.Index(heading[start:end], cell)
	return cell, s, s + len(cell)
}

// unitCell is the cell of a table's row under its heading's "Unit"
// column, as a report's KPI table writes each row's unit between its
// label and its years ("Scope 1 emissions   tCO2e   842,310   801,560"),
// or "". A cell that holds a digit is a figure, no unit.
func unitCell(heading, row string) string {
	for _, c := range cellsApart(heading) {
		if !strings.EqualFold(c.text, "unit") && !strings.EqualFold(c.text, "units") {
			continue
		}
		u, _, _ := cellOver(row, c.start, c.start+len(c.text))
		if u == "" || len(u) > 16 || strings.ContainsAny(u, "0123456789") && !strings.Contains(u, "CO2") {
			return ""
		}
		return u
	}
	return ""
}

// cellEnd is how far past end, the end of a figure, its cell ends,
// where the figure is the last cell of a table's row (dataRow) or a
// field's value (fieldLine), or a cell of a row that another cell
// follows; else -1. The words of the next line are the next row's, and
// those of the next cell ("n/a") another column's, not the figure's noun.
func cellEnd(text string, end int) int {
	n := 0
	for end+n < len(text) && (text[end+n] == ' ' || text[end+n] == '\t' || text[end+n] == '\r') {
		n++
	}
	gap := end+n < len(text) && text[end+n] != '\n'
	if gap && text[end+n] == '|' {
		return n // "| 2 146 512 | 1 551 031": a bar closes the cell
	}
	if gap && n < 2 && !strings.Contains(text[end:end+n], "\t") {
		return -1 // most figures: a word or a mark after them
	}
	start := lineStartNear(text, end, maxRowLine)
	if start < 0 {
		return -1 // a line too long for a row (a paragraph on one line)
	}
	if gap {
		// A gap of a column ("1.2         n/a") in a row of a table.
		k := strings.IndexByte(text[end:min(len(text), end+maxRowLine)], '\n')
		if k < 0 && end+maxRowLine < len(text) || !dataRow(text[start:end+max(k, len(text)-end)]) {
			return -1
		}
		return n
	}
	if !dataRow(text[start:end]) && !fieldLine(text[start:end]) {
		return -1
	}
	return n
}

// rowLabel is the first cell of the plain-text table's row that the figure
// at text[start:] stands in, where the figure is not in it ("Revenue
// ($m)    1,548.2    1,736.4"); else "".
func rowLabel(text string, start int) string {
	lineStart := lineStartNear(text, start, maxRowLine)
	if lineStart < 0 {
		return ""
	}
	line := text[lineStart : start+len(lineAfter(text, start))]
	if !dataRow(line) {
		return ""
	}
	cells := cellsApart(line)
	if len(cells) < 2 || cells[0].start+len(cells[0].text) > start-lineStart || figureCell(cells[0].text) {
		return ""
	}
	return cells[0].text
}

// maxRowLine bounds the line of a table's row or a field: a longer line is
// prose, and is not searched for its ends (a paragraph on one line would
// be searched from each of its figures).
const maxRowLine = 400

// lineStartNear is the start of the line text[at] stands in, where it is
// within reach bytes before at; else -1.
func lineStartNear(text string, at, reach int) int {
	from := max(0, at-reach)
	k := strings.LastIndexByte(text[from:at], '\n')
	switch {
	case k >= 0:
		return from + k + 1
	case from == 0:
		return 0
	}
	return -1
}

// fieldLine: a line that is a field's name and one figure, apart by a
// colon or two spaces ("Votes cast: 683", "Electorate      61,875"), as a
// record lists its counts one to a line.
func fieldLine(line string) bool {
	k := strings.IndexByte(line, ':')
	if k < 0 {
		k = strings.LastIndex(strings.TrimRight(line, " \t"), "  ")
	}
	name := strings.TrimSpace(line[:max(k, 0)])
	if name == "" || len(name) > maxFieldName || !isUpperASCII(name[0]) || strings.Contains(name, "  ") {
		return false
	}
	value := strings.TrimSpace(line[k+1:])
	return value != "" && !strings.ContainsAny(value, " \t")
}

// pointsOrPercent is what a heading that ends in its unit's sign says its
// figures are: "percent" ("CFR (%)", "Share %", "%"), "percentage point"
// ("Change (pts)", "Change (pp)"), or "".
func pointsOrPercent(head string) string {
	h := strings.TrimSpace(head)
	switch {
	case h == "%" || strings.HasSuffix(h, "(%)") || strings.HasSuffix(h, " %") || strings.HasPrefix(h, "% "):
		return "percent"
	case strings.HasSuffix(h, "(pts)") || strings.HasSuffix(h, "(pp)") || strings.HasSuffix(h, "(% pts)") || strings.HasSuffix(h, "(ppts)"):
		return "percentage point"
	}
	return ""
}

// maxHeadingWords bounds the words of a column's heading read for its
// unit: a longer heading names a measure of its own ("Change vs wk 36").
const maxHeadingWords = 3

// percentNote: a table's note says its figures are percents ("annual
// percent change", "percent of GDP", "in per cent", "%").
func percentNote(note string) bool {
	note = strings.TrimPrefix(strings.TrimSpace(note), "in ")
	for _, p := range [...]string{"%", "percent", "per cent", "percentage"} {
		if note == p || strings.HasPrefix(note, p+" ") || strings.HasSuffix(note, " "+p) || strings.Contains(note, " "+p+" ") {
			return !strings.Contains(note, "point") // "(percentage points)" are no percents
		}
	}
	return false
}

// pointsNote: a table's note says its figures are percentage points
// ("percentage points", "contributions in percentage points", "pp").
func pointsNote(note string) bool {
	note = strings.TrimSpace(note)
	return strings.HasSuffix(note, "percentage points") || strings.HasSuffix(note, "percentage point") || note == "pp" || note == "ppts" || note == "pts"
}

// headingUnit is what a column's heading says its figures are: percent
// ("Vacancy rate (%)", "Unemployment rate"), the first plural ("Cases",
// "Persondays Generated"), or a group whose size a figure gives
// ("Population", "Average caseload"): the rules' percent_subjects and
// count_subjects, as in a clause ("the vacancy rate was 7.2").
func (e *Engine) headingUnit(head string, maxWords int) string {
	if u := pointsOrPercent(head); u != "" {
		return u
	}
	w := strings.Fields(head)
	if len(w) > maxWords {
		return ""
	}
	for _, word := range w {
		if lw := strings.ToLower(word); lettersOnly(word) && e.plural(lw) {
			return lw
		}
	}
	if len(w) == 1 && hasLowered(e.tallyWords, w[0]) {
		return "votes" // a poll's "For", "Against", "Withheld" columns
	}
	for _, n := range [...]int{2, 1} {
		if t := tailWords(head, n); t != "" && hasLowered(e.percentSubjects, t) {
			return "percent"
		} else if t != "" && hasLowered(e.countSubjects, t) {
			return strings.ToLower(t)
		}
	}
	return ""
}

// cellsApart splits a line into its cells, apart by two spaces or more (or
// a tab), with the column each starts and ends at.
func cellsApart(line string) []cell {
	var cells []cell
	for i := 0; i < len(line); {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '|') {
			i++
		}
		if i == len(line) {
			break
		}
		j := i
		for j < len(line) && line[j] != '\t' && line[j] != '\r' && line[j] != '|' && !(line[j] == ' ' && j+1 < len(line) && line[j+1] == ' ') {
			j++
		}
		cells = append(cells, cell{strings.TrimRight(line[i:j], " "), i})
		i = j
	}
	return cells
}

// dataRow: a line of three cells or more, two of them a figure alone.
func dataRow(line string) bool {
	cells := cellsApart(line)
	figures := 0
	for _, c := range cells {
		if figureCell(c.text) {
			figures++
		}
	}
	return len(cells) >= 3 && figures >= 2
}

// headingRow: a line of three short cells or more, no figure among them,
// no sentence.
func headingRow(line string) bool {
	if yearsRow(line) {
		return true
	}
	cells := cellsApart(line)
	if len(cells) < 3 {
		return false
	}
	for _, c := range cells {
		if figureCell(c.text) || len(c.text) > 40 || !hasLetter(c.text) && c.text != "%" {
			return false
		}
	}
	return true
}

// headingTail: an indented line of one to a few short cells of words, no
// figure among them: the second line of a table's heading.
func headingTail(line string) bool {
	cells := cellsApart(line)
	if len(cells) == 0 || len(cells) > 8 || cells[0].start < 2 {
		return false
	}
	for _, c := range cells {
		if len(c.text) > 24 || !lettersOnly(strings.ReplaceAll(c.text, " ", "")) {
			return false
		}
	}
	return true
}

// yearsRow: a heading of three columns or more, a year each ("2022  2023
// 2024e  2025f"), or years and their changes ("2025  2024  % Chg"), and
// nothing else, but the rows' labels' heading first ("Month  2024  2025
// Change, %").
func yearsRow(line string) bool {
	cells := cellsApart(line)
	years := 0
	for i, c := range cells {
		switch {
		case yearHeading(c.text):
			years++
		case strings.HasPrefix(c.text, "%") || pointsOrPercent(c.text) != "":
			// "% Chg", "Change, %"
		case i == 0 && hasLetter(c.text) && !strings.ContainsAny(c.text, "0123456789"):
			// the rows' labels' heading: "Month", "Country", or the
			// table's note: "By Fiscal Year, Millions of Dollars"
		default:
			return false
		}
	}
	// Two years over a statement's columns, the rows' labels' column left
	// empty ("                    2025        2024").
	return years >= 2 && (len(cells) >= 3 || len(cells) == 2 && cells[0].start >= 8)
}

// yearHeading: a heading cell that names a year, as an estimate or a
// forecast may ("2022", "2024e", "2026f", "FY25E", "2024-25").
func yearHeading(s string) bool {
	if k := strings.LastIndex(s, " ("); k > 0 && strings.HasSuffix(s, ")") && len(s)-k <= 12 {
		s = s[:k] // "2024-25 (RE)", "2025-26 (BE)": revised and budget estimates
	}
	s = strings.TrimRight(s, "efpEFP*")
	if strings.HasPrefix(s, "FY") {
		s = strings.TrimSpace(s[2:])
		return len(s) == 2 && isDigit(s[0]) && isDigit(s[1]) || len(s) == 4 && hasYear(s)
	}
	// A quarter or a half of a year: "Q3 2024", "2024 Q3", "H1 2025"; a
	// month of one: "Mar 2025", "March 2024".
	if q, y, ok := strings.Cut(s, " "); ok && len(q) == 2 && (q[0] == 'Q' || q[0] == 'H') && isDigit(q[1]) {
		s = y
	} else if ok && len(y) == 2 && (y[0] == 'Q' || y[0] == 'H') && isDigit(y[1]) {
		s = q
	} else if ok && len(y) == 4 && monthLabel(q) {
		s = y
	} else if m, y, ok := strings.Cut(s, "-"); ok && len(y) == 2 && isDigit(y[0]) && isDigit(y[1]) && len(m) == 3 && monthLabel(m) {
		return true // "Jan-25", as a board's performance table heads its months
	}
	// "2024-25", and a span of years: "2025-2029", "2025–2034".
	return len(s) <= 11 && hasYear(s) && strings.Trim(s, "0123456789-–/") == ""
}

// figureCell: a cell that holds a figure and nothing else: digits with
// their separators, a sign, a percent sign ("3,72,456", "2,187.40",
// "-4.5%").
func figureCell(s string) bool {
	if k := strings.Index(s, " ["); k > 0 && strings.HasSuffix(s, "]") {
		s = s[:k] // "74.8 [note 3]": a statistics table's footnote mark
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			digits++
		case c == ',' || c == '.' || c == '%' || c == '+' || c == '-':
		case c == ' ' && spaceGrouped(s, i):
			// "2 146 512": a space groups the thousands, as South Africa's
			// and France's tables write them
		default:
			return false
		}
	}
	return digits > 0
}

// spaceGrouped: the space at i of s stands between a digit and a group
// of three digits that ends there or at another separator.
func spaceGrouped(s string, i int) bool {
	return i > 0 && isDigit(s[i-1]) && i+3 < len(s) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) &&
		(i+4 == len(s) || !isDigit(s[i+4]))
}

// cellOver is the text of the heading cell over columns from to to of a
// row, with the columns it spans: the one they overlap most, else one that
// ends or starts within two columns of them (a right-aligned figure under
// a left-aligned heading).
func cellOver(heading string, from, to int) (string, int, int) {
	var best cell
	most := 0
	cells := cellsApart(heading)
	for _, c := range cells {
		if o := min(to, c.start+len(c.text)) - max(from, c.start); o > most {
			best, most = c, o
		}
	}
	if most > 0 {
		return best.text, best.start, best.start + len(best.text)
	}
	for _, c := range cells {
		if end := c.start + len(c.text); end <= from && from-end <= 2 || c.start >= to && c.start-to <= 2 {
			return c.text, c.start, end
		}
	}
	return "", 0, 0
}

// ruleLine: a line of one run of dashes or equals signs across a table,
// above or below its heading, as the US Government Publishing Office
// rules one.
func ruleLine(line string) bool {
	line = strings.TrimSpace(line)
	return len(line) >= 10 && (strings.Trim(line, "-") == "" || strings.Trim(line, "=") == "")
}

// noteRow: a line of notes in brackets only, under a heading ("(in lakh)").
func noteRow(line string) bool {
	cells := cellsApart(line)
	for _, c := range cells {
		if len(c.text) < 3 || c.text[0] != '(' || c.text[len(c.text)-1] != ')' {
			return false
		}
	}
	return len(cells) > 0
}

// groupLabel: a line of one cell of words alone, no figure, flush left
// and short: the label of the rows under it in a budget table.
func groupLabel(line string) bool {
	cells := cellsApart(line)
	return len(cells) == 1 && cells[0].start == 0 && len(cells[0].text) <= 60 && hasLetter(cells[0].text) &&
		!strings.ContainsAny(cells[0].text, "0123456789.:;") && isUpperASCII(cells[0].text[0])
}

// moneyNoteRow: a line of money notes alone, one under each column and
// unbracketed, as a financial statement writes them under its years
// ("NZ$000        NZ$000").
func (e *Engine) moneyNoteRow(line string) bool {
	cells := cellsApart(line)
	for _, c := range cells {
		if code, scale := e.moneyNote(c.text); code == "" || scale <= 1 {
			return false // a symbol alone is no note of a scale
		}
	}
	return len(cells) > 0
}

// readColumnNote reads the note in brackets under one column's heading:
// money ("Rs. crore"), a percent ("%"), or the scale its counts are
// written in ("in lakh", "'000"), which outweighs the table's note.
func (e *Engine) readColumnNote(col *textColumn, note string) {
	note = strings.TrimSpace(note)
	if code, scale := e.moneyNote(note); code != "" {
		col.money, col.scale, col.counted, col.unit = code, scale, 0, ""
		return
	}
	switch lower := strings.TrimSpace(strings.TrimPrefix(strings.ToLower(note), "in ")); {
	case lower == "%" || lower == "per cent" || lower == "percent":
		col.unit, col.money, col.counted = "percent", "", 0
	case tableScales[lower] > 1:
		col.money, col.scale, col.counted = "", 0, tableScales[lower]
	case e.lx.words[lower].scale >= 1000:
		col.money, col.scale, col.counted = "", 0, e.lx.words[lower].scale // "(in lakh)"
	}
}

// noteAbove is the note of a table within the two lines of words above
// its heading: the text inside the brackets of a line that opens and
// closes with one ("(Rs. in crore)", "[In millions of dollars]"), a
// line's scale of money or percent part ("By Fiscal Year, Millions of
// Dollars", "% of extended labour force"), or a table title's last
// bracket; "" for none.
func noteAbove(text string, headingStart int) string {
	for _, line := range linesAbove(text, headingStart) {
		if len(line) > 2 && (line[0] == '(' && line[len(line)-1] == ')' || line[0] == '[' && line[len(line)-1] == ']') {
			return line[1 : len(line)-1]
		}
		if n := scaleNote(line); n != "" {
			return n // as the CBO heads a table
		}
		if n := percentPart(line); n != "" {
			return n // as Eurostat titles one
		}
		// A note set right of the title, apart by a column's gap ("14.
		// Budget at a Glance          (Rs in crore)").
		if cells := cellsApart(line); len(cells) >= 2 {
			if last := cells[len(cells)-1].text; len(last) > 2 && last[0] == '(' && last[len(last)-1] == ')' {
				return last[1 : len(last)-1]
			}
		}
		// A table's title may end in its note: "Table 1: Contributions to
		// the CPI 12-month rate (percentage points)".
		if k := strings.LastIndexByte(line, '('); k > 0 && line[len(line)-1] == ')' && tableTitle(line) {
			return line[k+1 : len(line)-1]
		}
	}
	return ""
}

// linesAbove are the two lines of words above offset at (a table's
// heading), nearest first, trimmed; blank lines between are passed over.
func linesAbove(text string, at int) []string {
	var lines []string
	for at > 0 && len(lines) < 2 {
		prevStart := strings.LastIndexByte(text[:at-1], '\n') + 1
		line := strings.TrimSpace(text[prevStart : at-1])
		at = prevStart
		if line != "" {
			lines = append(lines, line)
		}
	}
	return lines
}

// totalsCount is the plural a heading's "Total ..." cell counts ("Month
// Total searches  Arrest  No further action": searches), or "".
func (e *Engine) totalsCount(heading string) string {
	for _, c := range cellsApart(heading) {
		rest, ok := strings.CutPrefix(c.text, "Total ")
		if !ok {
			rest, ok = strings.CutPrefix(c.text, "total ")
		}
		if lw := strings.ToLower(strings.TrimSpace(rest)); ok && lettersOnly(lw) && e.pluralWhole(lw) {
			return lw
		}
	}
	return ""
}

// titleCount is the plural that opens the title of the table whose
// heading starts at headingStart ("Table 1. Arrivals of foreign visitors
// at accommodation establishments, by month": arrivals), within two lines
// above it; "" for none.
func (e *Engine) titleCount(text string, headingStart int) string {
	for _, line := range linesAbove(text, headingStart) {
		if !tableTitle(line) {
			continue
		}
		rest := strings.TrimLeft(line[len("Table "):], "0123456789.")
		rest = strings.TrimLeft(rest, ".:–— ")
		first, _, _ := strings.Cut(rest, " ")
		if lw := strings.ToLower(first); lettersOnly(first) && e.pluralWhole(lw) && !e.notLabels[lw] {
			return lw
		}
		// "Confirmed measles cases by county of residence": the plural
		// the title's phrase counts, after its modifiers.
		if _, head := e.countedPhrase(strings.ToLower(rest)); head != "" && lettersOnly(head) && e.pluralWhole(head) && !e.notLabels[head] {
			return head
		}
		return ""
	}
	return ""
}

// scaleNote is the last comma's part of a line that writes a table's
// money and scale unbracketed ("By Fiscal Year, Millions of Dollars":
// "Millions of Dollars"), or "".
func scaleNote(line string) string {
	part := strings.TrimSpace(line[strings.LastIndexByte(line, ',')+1:])
	lower := strings.TrimPrefix(strings.ToLower(part), "in ")
	for _, scale := range [...]string{"thousands of ", "millions of ", "billions of "} {
		if strings.HasPrefix(lower, scale) && len(lower) < len(scale)+20 {
			return part
		}
	}
	return ""
}

// percentPart is the part of a table's title line, between commas,
// semicolons or brackets, that says its figures are percents ("% of
// extended labour force", "Performance Summary (%, net of fees)"), where
// the line holds no figure of its own; else "".
func percentPart(line string) string {
	if strings.ContainsAny(line, "0123456789") || !strings.Contains(line, "%") && !strings.Contains(line, "percent") {
		return ""
	}
	parts := strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ';' || r == '(' || r == ')' })
	for _, part := range parts {
		if part = strings.TrimSpace(part); percentNote(part) {
			return part
		}
	}
	return ""
}

// tableTitle: the line names a table ("Table 1: ...", "Table 3.2 ...").
func tableTitle(line string) bool {
	rest, ok := strings.CutPrefix(line, "Table ")
	return ok && rest != "" && (isDigit(rest[0]) || isUpper(rest[0]))
}

// measureNote: the note is a unit of measure alone ("km", "hectares").
func (e *Engine) measureNote(note string) bool {
	f, n := unitAt(e.units, note)
	return n > 0 && n == len(note) && f.kind == KindMeasure
}

// genericNotes are the subjects of a note that speak of every column:
// "(Amount in Rs. lakh)", "(Figures in $ million)".
var genericNotes = map[string]bool{"": true, "amount": true, "amounts": true, "figures": true, "all figures": true,
	"value": true, "values": true, "all amounts": true, "all values": true}

// readNote reads a table's note for the column: its parts, apart by
// semicolons, say what the figures of one column, or of all, are in.
// "Central funds released in Rs. crore" writes that column in crores of
// rupees, "Rs. in lakh" or "Amount in $ million" every column, "Houses in
// numbers" counts houses in the columns no other part names.
func (e *Engine) readNote(col *textColumn, note string) {
	var count, money, measure textColumn
	for part := range strings.SplitSeq(note, ";") {
		part = strings.TrimSpace(part)
		lower := strings.ToLower(part)
		subject, rest := "", part
		if k := strings.Index(lower, " in "); k >= 0 {
			subject, rest = part[:k], part[k+len(" in "):]
		} else if r, ok := strings.CutPrefix(lower, "in "); ok {
			rest = part[len(part)-len(r):]
		}
		code, scale := e.moneyNote(rest)
		if code == "" && subject != "" {
			if code, scale = e.moneyNote(subject + " " + rest); code != "" {
				subject = "" // "Rs. in crore"
			}
		}
		ls := strings.ToLower(strings.TrimSpace(subject))
		named := ls != "" && !genericNotes[ls] && (strings.Contains(strings.ToLower(col.heading), ls) || strings.Contains(ls, strings.ToLower(col.heading)))
		switch r := strings.ToLower(strings.TrimSpace(rest)); {
		case code != "" && named:
			col.money, col.scale, col.unit = code, scale, ""
			return
		case code != "" && genericNotes[ls]:
			money = textColumn{money: code, scale: scale}
		case (r == "numbers" || r == "number" || r == "nos." || r == "nos") && ls != "" && !strings.Contains(ls, " ") && e.plural(ls):
			count.unit = ls // "Houses in numbers"
		case percentNote(lower):
			count.unit = "percent" // "(annual percent change)", "(% of GDP)"
		case pointsNote(lower):
			count.unit = "percentage point" // "(percentage points)"
		case code == "" && (ls == "" || genericNotes[ls] || named || !strings.Contains(ls, " ")) && e.measureNote(r):
			measure.unit = r // "(Length in km)": the figures measure what the heading names, in km
		}
	}
	switch {
	case money.money != "":
		col.money, col.scale, col.unit = money.money, money.scale, ""
	case measure.unit != "":
		col.unit = measure.unit
	case count.unit != "" && col.unit == "":
		col.unit = count.unit
	}
}
