package extractor

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/factable/factable/rules"
)

// roster is the list of participants a transcript's header gives: "Name,
// role" lines, a speakers key ("TAG Dr Tedros Adhanom Ghebreyesus"), or
// names on their own lines under a "Participants:" heading. It turns a
// label into the full name and role of the person it stands for.
type roster struct {
	entries []rosterEntry
}

type rosterEntry struct {
	name string // the full name as listed
	// who speaks as: the name without the titles before it ("Dir. Maricel
	// T. Bautista" speaks as "Maricel T. Bautista"): the role holds the
	// office, and a sheet's speaker column is read by name
	speaks string
	role   string
	key    string // the short label a speakers key gives ("TAG")

	norm  string   // normName(name), computed once: lookup runs per label
	words []string // the words of norm
}

// maxRosterEntries bounds a roster: a header does not list more people,
// and lookup, which runs for every label, reads the whole list (a text
// with no blank line is one paragraph, and its roster-like lines would
// otherwise all join it).
const maxRosterEntries = 500

// rosterScanLimit: a paragraph this long with no roster line is speech; the
// header, and so the roster, is over.
const rosterScanLimit = 400

// readRoster reads the roster lines of the header: the paragraphs before
// speech starts; or, where the header lists no one, those of a
// participants list the transcript ends with (a published earnings call
// lists its "Call participants:" after the call).
func (e *Engine) readRoster(d *Document) *roster {
	ros := &roster{}
	e.readRosterFrom(d, ros, 0)
	if len(ros.entries) == 0 {
		if i := e.trailingRosterHeading(d); i >= 0 {
			e.readRosterFrom(d, ros, i)
		}
	}
	return ros
}

// maxTrailingParagraphs bounds how far back from a transcript's end a
// participants list is looked for: its heading, its names and the
// page's own links after them.
const maxTrailingParagraphs = 40

// trailingRosterHeading is the paragraph of a participants heading among
// the short paragraphs the document ends with, or -1.
func (e *Engine) trailingRosterHeading(d *Document) int {
	for i := len(d.Paragraphs) - 1; i >= 0 && i >= len(d.Paragraphs)-maxTrailingParagraphs; i-- {
		text := d.ParagraphText(&d.Paragraphs[i])
		if len(text) > rosterScanLimit {
			return -1 // speech: no list at the end
		}
		if e.matchLine(d, e.speech.rosterHeading, strings.TrimSpace(firstLine(text))) {
			return i
		}
	}
	return -1
}

// readRosterFrom reads roster lines from paragraph from on, until speech.
func (e *Engine) readRosterFrom(d *Document, ros *roster, from int) {
	underHeading := false
	for i := from; i < len(d.Paragraphs); i++ {
		p := &d.Paragraphs[i]
		text := d.ParagraphText(p)
		found, spoken, every := false, false, true
		lines := strings.Split(text, "\n")
		for k := 0; k < len(lines); k++ {
			line := strings.TrimSpace(lines[k])
			matched := false
			if _, _, _, ok := e.inlineLabel(d, line, nil); ok {
				spoken = true // speech has begun: "FDA-2025-N-0412. Dr. Okafor, would you" in a turn is no roster line
				break
			}
			if _, r, ok := e.ownLineLabel(d, line, "", nil); ok && r.Layout == "own-line" && timeMarked(line) {
				// A meeting export's "Hannah Okafor   0:00:04" over its turn:
				// "So Derek, do you want to take us through ..." under it is
				// speech, no "Name, role" line.
				spoken = true
				break
			}
			if e.matchLine(d, e.speech.rosterHeading, line) {
				underHeading, found = true, true
				continue
			}
			if m := e.findLine(d, e.speech.rosterList, line); m != nil {
				// The list may wrap onto indented lines under it ("D. Lomax"
				// / "(Senior Planning Officer), A. Ferris ..."): they are
				// read as one.
				list := line[m.End:]
				for k+1 < len(lines) && wrappedItem(list, strings.TrimSpace(lines[k+1])) {
					k++
					list += " " + strings.TrimSpace(lines[k])
				}
				found = e.readRosterList(d, ros, list) || found
				// The list may go on one item a line, each set under the
				// first ("Present:   Sir Alan Whitcombe (Chair)" /
				// "           Priya Raman (Chief Executive Officer)"); a
				// "Name, role" line is read by the roster rules below.
				for k+1 < len(lines) && stackedItem(lines[k+1]) && strings.Contains(lines[k+1], "(") {
					k++
					found = e.readRosterList(d, ros, strings.TrimSpace(lines[k])) || found
				}
				continue
			}
			for _, r := range e.speech.roster {
				if r.Layout == "under-heading" && !underHeading || r.Layout == "list-item" {
					continue
				}
				m := e.findLine(d, r.pat, line)
				if m == nil {
					continue
				}
				e.addRosterEntry(ros, m)
				found, matched = true, true
				break
			}
			every = every && (matched || line == "")
		}
		// A paragraph of roster lines only is the roster ("Dana Whitfield
		// -- President and Chief Executive Officer" under "CALL
		// PARTICIPANTS"); a name over its speech is a turn.
		p.RosterLine = found && every
		if spoken || !found && len(text) > rosterScanLimit {
			return
		}
		if !found {
			underHeading = false
		}
	}
}

func (e *Engine) addRosterEntry(ros *roster, m *rules.Match) {
	if len(ros.entries) < maxRosterEntries {
		name := cleanLabel(m.Groups["label"])
		norm := normName(name)
		ros.entries = append(ros.entries, rosterEntry{name: name, speaks: e.withoutOffice(name), norm: norm, words: strings.Fields(norm),
			role: strings.TrimSpace(m.Groups["role"]), key: strings.TrimSpace(m.Groups["key"])})
	}
}

// wrappedItem reports whether next, the line under a participants list
// (list, as read so far), goes on with its last item: the item's role in
// brackets opens it ("D. Lomax" / "(Senior Planning Officer), ...") or
// is still open ("(Highways Development Control Officer," / "Hampton
// County Council)"). A line that opens with a name of its own is read on
// its own ("C. Yamamoto, General Manager of Transit").
func wrappedItem(list, next string) bool {
	return strings.HasPrefix(next, "(") || strings.Count(list, "(") > strings.Count(list, ")")
}

// stackedItem: a line under a participants list that goes on with one
// more item, set in from the margin as the list's first item is.
func stackedItem(line string) bool {
	return lineIndent(line) >= minStackedIndent && strings.TrimSpace(line) != "" && !strings.Contains(strings.TrimSpace(line), ":")
}

// minStackedIndent is the indent of a list's items stacked under its
// first: a heading's width at least ("Present:").
const minStackedIndent = 8

// readRosterList reads the items of an inline participants list (list,
// the line past its heading) with the list-item roster rules; true where
// one was read. Items are split by semicolons, or by commas after a role
// in brackets ("Mme Hélène Marchetti (Chair), M. Julien Dubois
// (Vice-Chair)"). The last item may run into a sentence ("Insp. Karen
// Lyle (Wessex Police). About 140 members of the public attended.") or
// the rest of the list ("(Secretary) and 61 members"): it ends at its
// bracket.
func (e *Engine) readRosterList(d *Document, ros *roster, list string) bool {
	read := false
	for part := range strings.SplitSeq(list, ";") {
		for item := range strings.SplitAfterSeq(part, "), ") {
			item = strings.TrimSuffix(item, ", ")
			for _, end := range []string{"). ", ") and "} {
				if k := strings.Index(item, end); k >= 0 {
					item = item[:k+1]
				}
			}
			item = strings.TrimRight(strings.TrimSpace(item), ".") // the list's full stop
			read = e.readRosterItem(d, ros, item) || read
		}
	}
	return read
}

// readRosterItem reads one item of an inline participants list with the
// list-item roster rules; true where one matched.
func (e *Engine) readRosterItem(d *Document, ros *roster, item string) bool {
	for _, r := range e.speech.roster {
		if r.Layout != "list-item" {
			continue
		}
		if m := e.findLine(d, r.pat, item); m != nil {
			e.addRosterEntry(ros, m)
			return true
		}
	}
	return false
}

// withoutOffice is a roster name without the titles of an office before
// it ("Dir.", "Usec.", "Minister"). A courtesy title stays ("Dr Maria Van
// Kerkhove"): it is how the person is named, and a name compared with it
// ignores it (CLAIMS.md §3).
func (e *Engine) withoutOffice(name string) string {
	words := strings.Fields(name)
	k := 0
	// Through the last title of the capitalized words before the name's
	// two: an office may hold other words ("City Manager Daniel Reyes").
	for i := 0; i < len(words)-2 && isUpper(words[i][0]) && !courtesyTitle(words[i]); i++ {
		if e.titles[strings.ToLower(words[i])] {
			k = i + 1
		}
	}
	if k == 0 {
		return name
	}
	return strings.Join(words[k:], " ")
}

// courtesyTitle: Mr, Ms, Mrs, Dr (and M., Mme, Mlle), with or without a
// full stop.
func courtesyTitle(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "mr", "ms", "mrs", "dr", "m", "mme", "mlle":
		return true
	}
	return false
}

// lookup finds the entry a label stands for: the whole name, the key of a
// speakers key, the initials ("MK" for Maria Van Kerkhove), or a surname
// that only one entry has ("DIRECTOR YOUNG" for Shalanda Young).
func (r *roster) lookup(label string) *rosterEntry {
	if r == nil || label == "" || len(r.entries) == 0 {
		return nil
	}
	var buf [64]byte
	nb := appendNormName(buf[:0], label) // lookup runs a turn: a name the roster has costs no allocation
	for i, e := range r.entries {
		if e.norm == string(nb) || e.key != "" && strings.EqualFold(e.key, strings.TrimSpace(label)) {
			return &r.entries[i]
		}
	}
	words, last := normWords(nb)
	if words == 0 {
		return nil
	}
	if words == 1 && len(label) >= 2 && len(label) <= 4 && strings.ToUpper(label) == label {
		for i, e := range r.entries {
			if initials(e.name) == label || len(label) == 2 && firstLast(e.name) == label {
				return &r.entries[i]
			}
		}
	}
	var found *rosterEntry
	for i, e := range r.entries {
		if nw := e.words; len(nw) > 1 && nw[len(nw)-1] == string(last) {
			if found != nil && found.name != e.name {
				return nil // two people share the surname
			}
			found = &r.entries[i]
		}
	}
	return found
}

// normWords counts the words of a normName and returns the last: normName
// joins ASCII words with single spaces; other text is split as
// strings.Fields splits it.
func normWords(n []byte) (count int, last []byte) {
	for i := 0; i < len(n); i++ {
		if n[i] >= utf8.RuneSelf {
			f := strings.Fields(string(n)) // a copy: n stays on the caller's stack
			if len(f) == 0 {
				return 0, nil
			}
			return len(f), []byte(f[len(f)-1])
		}
	}
	if len(n) == 0 {
		return 0, nil
	}
	return bytes.Count(n, []byte{' '}) + 1, n[bytes.LastIndexByte(n, ' ')+1:]
}

// initials of a name, honorifics left out: "Dr Maria Van Kerkhove" -> "MVK".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(normName(name)) {
		b.WriteString(strings.ToUpper(w[:1]))
	}
	return b.String()
}

// firstLast is the initials of the first and last name: "MK".
func firstLast(name string) string {
	w := strings.Fields(normName(name))
	if len(w) < 2 {
		return ""
	}
	return strings.ToUpper(w[0][:1] + w[len(w)-1][:1])
}

// byRole finds the entry whose role is who, as minutes name a member by
// office once the Present list has named the holder: "The Chief Nurse
// reported" is Siobhan Kerr, listed "Siobhan Kerr, Chief Nurse (CN)";
// "The CEO reported" the one listed "Chief Executive (CEO)". Only one
// entry may hold the role.
func (r *roster) byRole(who string) *rosterEntry {
	if r == nil || len(r.entries) == 0 {
		return nil
	}
	who = strings.TrimSpace(who)
	if w, ok := strings.CutPrefix(who, "The "); ok {
		who = w
	} else if w, ok := strings.CutPrefix(who, "the "); ok {
		who = w
	}
	if who == "" {
		return nil
	}
	var found *rosterEntry
	for i, e := range r.entries {
		office, abbr := e.role, ""
		if k := strings.LastIndex(office, " ("); k > 0 && strings.HasSuffix(office, ")") {
			office, abbr = office[:k], office[k+2:len(office)-1]
		}
		// The office is the last of the role's parts: "Non-Executive
		// Director, Chair of the Finance and Performance Committee".
		office = strings.TrimSpace(office[strings.LastIndexByte(office, ',')+1:])
		if strings.EqualFold(office, who) || abbr != "" && abbr == who {
			if found != nil {
				return nil
			}
			found = &r.entries[i]
		}
	}
	return found
}

// timeMarked: the line holds a clock time or a timestamp ("0:00:04",
// "[00:12]"), as a recording's turn header does and a roster line does not.
func timeMarked(line string) bool {
	for i := 1; i+2 < len(line); i++ {
		if line[i] == ':' && isDigit(line[i-1]) && isDigit(line[i+1]) && isDigit(line[i+2]) {
			return true
		}
	}
	return false
}
