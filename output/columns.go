package output

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factable/factable/extractor"
)

// Columns of the Claims sheet (and of the CSV file), in order.
const (
	colID = iota
	colSource
	colLine
	colSpeaker
	colRole
	colTopic
	colClaim
	colValue
	colUnit
	colBound
	colKind
	colPeriod
	colSentence
	colStatus
	colCheckedBy
	colEvidence
	colNotes
	numColumns
)

// column describes one column of the Claims sheet: its header, what the
// About sheet says of it, and the width range its content is fitted into.
type column struct {
	header   string
	about    string
	minWidth float64
	maxWidth float64
}

var columns = [numColumns]column{
	colID:        {"ID", "Stable identifier of the claim; the key that carries review columns over when the workbook is regenerated.", 8, 24},
	colSource:    {"Source", "Input file the claim was read from (\"-\" for standard input).", 8, 40},
	colLine:      {"Line", "1-based line of the input on which the number starts.", 6, 8},
	colSpeaker:   {"Speaker", "Who puts the number forward; empty when no one can be named.", 10, 30},
	colRole:      {"Role", "The speaker's role, when the transcript lists one.", 8, 30},
	colTopic:     {"Topic", "Major topic of the Comparative Agendas Project codebook.", 10, 24},
	colClaim:     {"Claim", "The claim as a reader would say it: qualifier, number and what is counted.", 16, 50},
	colValue:     {"Value", "The number, normalized, as a numeric cell. Percentages are stored as fractions and shown as percent (70% is 0.7); empty for vague amounts (\"dozens of\").", 10, 22},
	colUnit:      {"Unit", "Head word of what is counted, \"percent\", or the ISO 4217 currency code.", 8, 20},
	colBound:     {"Bound", "What the qualifier makes of the value: exact, lower, upper, approx or range.", 8, 10},
	colKind:      {"Kind", "count, percent, money, measure, duration, rank, fraction or multiple.", 8, 10},
	colPeriod:    {"Period", "Time frame the claim refers to, when the sentence gives one.", 8, 30},
	colSentence:  {"Sentence", "The sentence that contains the number, verbatim; the number is in bold.", 30, 80},
	colStatus:    {"Status", "Review verdict, chosen from the drop-down list (see below).", 16, 18},
	colCheckedBy: {"Checked by", "Who reviewed the claim.", 12, 24},
	colEvidence:  {"Evidence", "URL of the source that confirms or refutes the claim.", 12, 50},
	colNotes:     {"Notes", "Free-form review notes.", 12, 60},
}

// firstReviewCol is where the columns filled in by people start; their
// headers are styled apart so reviewers see what is theirs to edit.
const firstReviewCol = colStatus

// Status values offered by the drop-down of the Status column.
var statuses = []struct{ name, about string }{
	{"Unchecked", "Not reviewed yet (the default)."},
	{"Accurate", "The number is right and the claim is fair."},
	{"Mostly accurate", "Right in substance; a detail (rounding, date, scope) is off."},
	{"Misleading", "The number may be right, but the impression it gives is not."},
	{"False", "The number is wrong."},
	{"Unverifiable", "No reliable source confirms or refutes it."},
}

const defaultStatus = "Unchecked"

// review holds the columns people fill in; they survive regeneration.
type review struct {
	Status, CheckedBy, Evidence, Notes string
}

// row is one line of a Claims or Removed sheet. Rows of the Removed sheet
// come back from an old workbook as text, hence ValueText and a Number that
// may be unknown.
type row struct {
	ID, Source string
	Line       int // 0: empty cell
	Speaker    string
	Role       string
	Topic      string
	Claim      string
	Value      *float64 // the cell's value: percentages as fractions
	ValueText  string   // a Value cell someone replaced with text
	Unit       string
	Bound      string
	Kind       string
	Period     string
	Sentence   string
	Number     string // to highlight in Sentence; "" when unknown
	review
}

// claimRow lays a claim out as a sheet row.
func claimRow(c *extractor.Claim) row {
	r := row{
		ID:       c.ID,
		Source:   c.Source,
		Line:     c.Line,
		Role:     c.SpeakerRole,
		Topic:    c.Topic,
		Claim:    Phrase(c),
		Unit:     c.Unit,
		Bound:    c.Bound,
		Kind:     c.Kind,
		Period:   c.Period,
		Sentence: c.Sentence,
		Number:   c.Number,
		review:   review{Status: defaultStatus},
	}
	if c.Speaker != nil {
		r.Speaker = *c.Speaker
	}
	if c.Value != nil {
		v := *c.Value
		if c.Kind == extractor.KindPercent {
			// A spreadsheet's percent is a fraction: storing 0.7 lets the
			// cell show "70%" and still compute (0.7 × a population).
			v /= 100
		}
		r.Value = &v
	}
	return r
}

// text returns the value of a text column.
func (r *row) text(col int) string {
	switch col {
	case colID:
		return r.ID
	case colSource:
		return r.Source
	case colSpeaker:
		return r.Speaker
	case colRole:
		return r.Role
	case colTopic:
		return r.Topic
	case colClaim:
		return r.Claim
	case colValue:
		return r.ValueText
	case colUnit:
		return r.Unit
	case colBound:
		return r.Bound
	case colKind:
		return r.Kind
	case colPeriod:
		return r.Period
	case colSentence:
		return r.Sentence
	case colStatus:
		return r.Status
	case colCheckedBy:
		return r.CheckedBy
	case colEvidence:
		return r.Evidence
	case colNotes:
		return r.Notes
	}
	return ""
}

// setText is the inverse of text, for rows read back from a workbook.
func (r *row) setText(col int, s string) {
	switch col {
	case colID:
		r.ID = s
	case colSource:
		r.Source = s
	case colSpeaker:
		r.Speaker = s
	case colRole:
		r.Role = s
	case colTopic:
		r.Topic = s
	case colClaim:
		r.Claim = s
	case colValue:
		r.ValueText = s
	case colUnit:
		r.Unit = s
	case colBound:
		r.Bound = s
	case colKind:
		r.Kind = s
	case colPeriod:
		r.Period = s
	case colSentence:
		r.Sentence = s
	case colStatus:
		r.Status = s
	case colCheckedBy:
		r.CheckedBy = s
	case colEvidence:
		r.Evidence = s
	case colNotes:
		r.Notes = s
	}
}

// suffixQualifiers are hedges written after the number ("30-plus years",
// "40 or so countries").
var suffixQualifiers = map[string]bool{
	"or more": true, "or so": true, "or less": true, "and more": true,
	"and above": true, "and over": true, "odd": true,
}

// Phrase is the claim as a reader would say it: qualifier, number and the
// counted object, e.g. "more than 2.2 billion doses of vaccines" or
// "30-plus years". A percentage whose number lost its sign gets it back
// ("under 4% unemployment rate").
func Phrase(c *extractor.Claim) string {
	num := strings.TrimSpace(c.Number)
	if c.Kind == extractor.KindPercent && !mentionsPercent(num) {
		num += "%"
	}
	q := strings.TrimSpace(c.Qualifier)
	switch {
	case q == "":
	case strings.HasPrefix(q, "-") || strings.HasPrefix(q, "+"):
		num += q
	case suffixQualifiers[strings.ToLower(q)]:
		num += " " + q
	default:
		num = q + " " + num
	}
	obj := strings.TrimSpace(c.Object)
	if obj == "" {
		return num
	}
	// "dozens delegations" reads as a typo: vague plural amounts take "of".
	if c.Vague && strings.HasSuffix(strings.ToLower(c.Number), "s") &&
		!strings.HasPrefix(strings.ToLower(obj), "of ") {
		obj = "of " + obj
	}
	return num + " " + obj
}

func mentionsPercent(num string) bool {
	l := strings.ToLower(num)
	return strings.ContainsAny(l, "%٪") || strings.Contains(l, "percent") ||
		strings.Contains(l, "per cent") || strings.Contains(l, "pct")
}

// findNumber locates the claim's number in its sentence, for highlighting.
// The extractor's offsets are used when they point at the number; otherwise
// the first occurrence that is not part of a longer number or word ("4" in
// "14" or "4.5") is taken. It returns -1 when the number is not found.
func findNumber(sentence, number string, start, end int) int {
	if number == "" {
		return -1
	}
	if 0 <= start && start < end && end <= len(sentence) && sentence[start:end] == number {
		return start
	}
	for from := 0; from < len(sentence); {
		i := strings.Index(sentence[from:], number)
		if i < 0 {
			return -1
		}
		i += from
		if boundaryBefore(sentence[:i]) && boundaryAfter(sentence[i+len(number):]) {
			return i
		}
		_, size := utf8.DecodeRuneInString(sentence[i:])
		from = i + size
	}
	return -1
}

func boundaryBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return s == "" || !(unicode.IsLetter(r) || unicode.IsDigit(r))
}

func boundaryAfter(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if s == "" {
		return true
	}
	if unicode.IsDigit(r) {
		return false
	}
	// "2.2" inside "2.25" or "5,200" inside "5,2001".
	if r == '.' || r == ',' {
		next, _ := utf8.DecodeRuneInString(s[size:])
		return !unicode.IsDigit(next)
	}
	return true
}

// displayWidth approximates how many character widths a spreadsheet needs to
// show s: East Asian wide characters take two.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case r == '\n':
		case r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) ||
			unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
			(r >= 0xFF00 && r <= 0xFF60) || (r >= 0x3000 && r <= 0x303F)):
			w += 2
		default:
			w++
		}
	}
	return w
}
