package extractor

import (
	"sort"
	"strings"
)

// A table row reaches the pipeline as a paragraph of its own with a bar
// before each cell (markup.go): "| Medical colleges | 387 | 706". A figure
// alone in its cell is read against its row and its column, as a reader
// reads a table:
//
//   - under a heading that names a year and little else ("| Indicator |
//     2014 | 2023"), the heading is the figure's period, and the row's
//     first cell what it counts;
//   - under a heading that names a measure ("| Country | Cases | Deaths"),
//     the heading is what it counts;
//   - under no heading, the row's first cell is;
//   - in a row whose first cell names a year ("| 2023 | 1,450,000"), that
//     year is the period.
//
// The heading row is the one above the row of dashes under it (Markdown),
// else the table's first.

// tableCells reads the sentence's claims that stand alone in a cell of a
// table row.
func (sc *sentenceCtx) tableCells() {
	if !sc.p.Table || len(sc.x.res.Claims) == sc.claimsStart {
		return
	}
	d := sc.x.d
	row := cellsOf(d.Text[sc.p.Start:sc.p.End])
	var heading []cell
	if top := tableTop(d, sc.p); top != nil && top.Start != sc.p.Start {
		heading = cellsOf(d.Text[top.Start:top.End])
	}
	for i := range sc.x.res.Claims[sc.claimsStart:] {
		c := &sc.x.res.Claims[sc.claimsStart+i]
		k := cellAt(row, c.Start-sc.p.Start)
		if k <= 0 || strings.TrimSpace(row[k].text) != c.Number {
			continue // the row's label, or a figure with words beside it
		}
		head := ""
		if k < len(heading) {
			head = heading[k].text
		}
		if yearCell(row[0].text) && c.Period == "" {
			c.Period = row[0].text // "| 2023 | 1,450,000 | 415": the row is a year's
		}
		if yearCell(head) && c.Period == "" {
			c.Period = head
		}
		if sc.rowUnit(c, row[0].text) {
			continue // "| Bed occupancy (%) | 92.0 | 96.1": the label's unit is the row's
		}
		switch {
		case yearCell(head):
			sc.countRowOrHeading(c, row[0].text)
		case hasLetter(head):
			sc.countRowOrHeading(c, head)
		default:
			sc.countRowOrHeading(c, row[0].text)
		}
	}
}

// countRowOrHeading gives a figure with no noun of its own the phrase of
// a row's label or a column's heading as its object ("| Growth | 3.5%"),
// and a count its head as the unit.
func (sc *sentenceCtx) countRowOrHeading(c *Claim, label string) {
	if c.Object != "" || c.Vague || !hasLetter(label) || monthLabel(label) {
		return // "July", "Jul–Sep": a row of a time, which counts nothing
	}
	if _, after, ok := strings.Cut(label, ": "); ok {
		label = after // "RTT: patients waiting 65+ weeks": the group's name, then what it counts
	}
	obj, head := sc.x.e.countedPhrase(label)
	if obj == "" || c.Kind == KindCount && (c.Unit != "" || head == "") {
		return
	}
	c.Object = obj
	if c.Kind == KindCount {
		c.Unit = head
	}
}

// monthLabel: a row's label names a month or a span of months ("July",
// "Sept.", "Jul–Sep", "January 2025").
func monthLabel(label string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(label), " ")
	if k := strings.IndexAny(first, "–-/"); k > 0 {
		first = first[:k]
	}
	first = strings.ToLower(strings.TrimSuffix(first, "."))
	for _, m := range [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if first == m || len(first) >= 3 && strings.HasPrefix(m, first) && (len(first) == 3 || first == "sept") {
			return true
		}
	}
	return false
}

// cell is one cell of a row: its text, trimmed, and where it starts in
// the row's text.
type cell struct {
	text  string
	start int
}

// cellsOf splits a row, which opens with a bar, at its bars.
func cellsOf(row string) []cell {
	var cells []cell
	for i := 0; i < len(row); {
		j := strings.IndexByte(row[i+1:], '|')
		end := len(row)
		if j >= 0 {
			end = i + 1 + j
		}
		cells = append(cells, cell{joinFields(row[i+1 : end]), i + 1})
		i = end
	}
	return cells
}

// cellAt is the index of the cell that offset off of the row falls in.
func cellAt(cells []cell, off int) int {
	return sort.Search(len(cells), func(k int) bool { return cells[k].start > off }) - 1
}

// tableTop is the first row of the table that row p belongs to: the
// paragraphs before it that are rows too, one after the other.
func tableTop(d *Document, p *Paragraph) *Paragraph {
	k := sort.Search(len(d.Paragraphs), func(k int) bool { return d.Paragraphs[k].Start >= p.Start })
	if k == len(d.Paragraphs) || d.Paragraphs[k].Start != p.Start {
		return nil
	}
	for k > 0 && d.Paragraphs[k-1].Table {
		k--
		if q := &d.Paragraphs[k]; dashRow(d.Text[q.Start:q.End]) {
			if k > 0 && d.Paragraphs[k-1].Table {
				return &d.Paragraphs[k-1]
			}
			return nil
		}
	}
	return &d.Paragraphs[k]
}

// dashRow: a row of dashes, which a Markdown table puts under its heading.
func dashRow(row string) bool { return strings.Trim(row, "|-: \t\r\n") == "" }

// yearCell: a table cell that names a year and little else ("2023",
// "2022-23", "FY 2023", "Q3 2023", "2023 (est.)"), not a longer label
// that holds a date.
func yearCell(s string) bool { return len(s) <= 16 && hasYear(s) }

// hasYear: s holds a calendar year, four digits alone ("2014", "FY 2023",
// "2014-15", "Q3 2023").
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) && isDigit(s[i]) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) {
			if y := s[i : i+4]; y >= "1800" && y < "2200" {
				return true
			}
		}
	}
	return false
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if isLetter(s[i]) {
			return true
		}
	}
	return false
}

// rowUnit gives a bare figure the unit its row's label names in brackets
// at its end, as board papers write a metric: "(%)" a percentage, "(£k)"
// or "($m)" money in thousands or millions, a plural "(pathways)" what it
// counts (a note such as "(est)" is none).
// It reports whether the label named one.
func (sc *sentenceCtx) rowUnit(c *Claim, label string) bool {
	label = strings.TrimSpace(label)
	k := strings.LastIndex(label, "(")
	if k <= 0 || !strings.HasSuffix(label, ")") || c.Kind != KindCount || c.Unit != "" || c.Vague || c.Value == nil {
		return false
	}
	in := strings.TrimSpace(label[k+1 : len(label)-1])
	switch {
	case in == "%" || strings.EqualFold(in, "percent") || strings.EqualFold(in, "per cent"):
		c.Kind, c.Unit = KindPercent, "percent"
	case in != "" && lettersOnly(in) && sc.x.e.plural(strings.ToLower(in)):
		if sc.x.e.moneyObjects[strings.ToLower(in)] {
			return false // "Direct Spending (Outlays)": money, in the table's note
		}
		c.Unit = strings.ToLower(in) // "(pathways)", not "(est)" or "(target)"
	case len(in) == 1 && isLetter(in[0]):
		return false // "HARGROVE (R)": a party's letter, not the rand
	default:
		code, scale := sc.x.e.moneyNote(in)
		if code == "" {
			if f, n := unitAt(sc.x.e.units, in); n > 1 && n == len(in) && f.kind == KindMeasure {
				c.Kind, c.Unit = KindMeasure, f.unit // "Water withdrawn (ML)"
				break
			}
			return false
		}
		c.Kind, c.Unit = KindMoney, code
		c.Value = sc.x.values.new(*c.Value * scale)
	}
	c.Object = strings.TrimSpace(label[:k])
	return true
}

// unitFromCell gives a figure the unit its row's "Unit" cell writes
// ("tCO2e", "ML", "%", "$m", "FTE"), and the row's label as its object.
func (sc *sentenceCtx) unitFromCell(c *Claim, unit, label string) {
	e := sc.x.e
	switch {
	case unit == "%" || strings.EqualFold(unit, "percent") || strings.EqualFold(unit, "per cent"):
		c.Kind, c.Unit = KindPercent, "percent"
	default:
		if code, scale := e.moneyNote(unit); code != "" {
			c.Kind, c.Unit = KindMoney, code
			c.Value = sc.x.values.new(*c.Value * scale)
		} else if f, n := unitAt(e.units, unit); n > 0 && n == len(unit) {
			c.Kind, c.Unit = f.kind, f.unit // "ML", "GWh", "km"
		} else if hasLetter(unit) {
			c.Kind, c.Unit = KindMeasure, unit // "tCO2e": a measure as written
			if lettersOnly(unit) && e.plural(strings.ToLower(unit)) {
				c.Kind, c.Unit = KindCount, strings.ToLower(unit) // "hectares" in a count's words
			}
		}
	}
	if label = strings.TrimSpace(label); label != "" {
		c.Object = label
	}
}

// moneyNote reads the money a table's note writes its figures in: a
// currency and a scale after it, "£k", "$m", "€bn", "£000s", "Rs. crore",
// "US$ million", "₹ in lakh". It returns "" for anything else.
func (e *Engine) moneyNote(in string) (string, float64) {
	in = strings.TrimSpace(in)
	code, rest := "", ""
	for _, sym := range e.lx.symbols { // longest first: "US$" before "$"
		if r, ok := strings.CutPrefix(in, sym.text); ok {
			code, rest = sym.code, r
			break
		}
	}
	if code == "" {
		if f, n := unitAt(e.currencies, in); n > 0 {
			code, rest = f.unit, in[n:]
		}
	}
	if code == "" {
		// The scale first, as the US Congressional Record notes a table
		// ("[In millions of dollars]").
		if sc, cur, ok := strings.Cut(in, " of "); ok {
			cur = strings.TrimSpace(cur)
			if f, n := unitAt(e.currencies, cur); n > 0 && n == len(cur) {
				code, rest = f.unit, sc
			}
		}
	}
	rest = strings.ToLower(strings.TrimSpace(rest))
	rest = strings.TrimSpace(strings.TrimPrefix(rest, "in "))
	scale, ok := tableScales[rest]
	if !ok {
		if wi := e.lx.words[rest]; wi.scale >= 1000 {
			scale, ok = wi.scale, true // "crore", "million", "thousands"
		}
	}
	if code == "" || !ok {
		return "", 0
	}
	return code, scale
}

// tableScales are the scales a table's unit writes after its currency:
// "(£k)", "($m)", "(€bn)", "(£000s)".
var tableScales = map[string]float64{"": 1, "k": 1e3, "000": 1e3, "000s": 1e3, "'000": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9}
