package extractor

import (
	"strings"

	"github.com/factable/factable/rules"
)

// speakerPass gives every paragraph its speaker (CLAIMS.md §3): labels on
// their own line and inline labels open a turn that lasts until the next
// label; header lines before the first label may hold a roster of
// "Name, role" lines; an unlabeled paragraph that opens a new question
// belongs to no one rather than to the last answerer.
func (e *Engine) speakerPass(d *Document) {
	roster := map[string]string{} // normalized name -> role
	var rosterNames []string
	current, turn := "", 0
	seenLabel := false
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		text := d.ParagraphText(p)
		if label, rule, ok := e.ownLineLabel(d, text); ok {
			p.LabelOnly = true
			current, turn, seenLabel = label, turn+1, true
			p.Speaker, p.Turn, p.Question = label, turn, e.isQuestioner(label, rule)
			continue
		}
		if label, rule, end, ok := e.inlineLabel(d, text); ok {
			current, turn, seenLabel = label, turn+1, true
			p.BodyStart = p.Start + end
			p.Speaker, p.Turn, p.Question = label, turn, e.isQuestioner(label, rule)
			continue
		}
		if !seenLabel {
			p.Header = true
			for _, line := range strings.Split(text, "\n") {
				if name, role, ok := e.rosterLine(d, strings.TrimSpace(line)); ok {
					roster[normName(name)] = role
					rosterNames = append(rosterNames, name)
					p.RosterLine = true
				}
			}
			continue
		}
		if e.rules.QuestionOpeners != nil {
			if ok, _ := e.match(d, "question_openers", e.rules.QuestionOpeners, text); ok && !d.Paragraphs[i-1].Question {
				current, turn = "", turn+1 // a new question the transcript left unlabeled
			}
		}
		prev := d.Paragraphs[i-1]
		p.Speaker, p.Turn, p.Question = current, turn, prev.Question && current == prev.Speaker
	}
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if p.Speaker != "" {
			p.Role = lookupRole(roster, rosterNames, p.Speaker)
		}
	}
}

func (e *Engine) ownLineLabel(d *Document, text string) (string, *rules.SpeakerRule, bool) {
	if strings.Contains(text, "\n") || len(text) > 120 {
		return "", nil, false
	}
	for _, r := range e.rules.Speakers {
		if r.Layout != "own-line" {
			continue
		}
		m, _ := e.find(d, r.Name, r.Re, text)
		if m != nil && plausibleLabel(m.Groups["label"]) {
			return cleanLabel(m.Groups["label"]), r, true
		}
	}
	return "", nil, false
}

func (e *Engine) inlineLabel(d *Document, text string) (string, *rules.SpeakerRule, int, bool) {
	head := text[:min(len(text), 160)]
	for _, r := range e.rules.Speakers {
		if r.Layout != "inline" {
			continue
		}
		m, _ := e.find(d, r.Name, r.Re, head)
		if m != nil && m.Start == 0 && plausibleLabel(m.Groups["label"]) {
			return cleanLabel(m.Groups["label"]), r, m.End, true
		}
	}
	return "", nil, 0, false
}

func (e *Engine) rosterLine(d *Document, line string) (string, string, bool) {
	for _, r := range e.rules.Roster {
		m, _ := e.find(d, r.Name, r.Re, line)
		if m != nil {
			return cleanLabel(m.Groups["label"]), strings.TrimSpace(m.Groups["role"]), true
		}
	}
	return "", "", false
}

// plausibleLabel rejects what a label pattern can catch but no one is
// called: dates, times, bare numbers.
func plausibleLabel(l string) bool {
	letters := 0
	for i := 0; i < len(l); i++ {
		if isLetter(l[i]) {
			letters++
		}
	}
	if letters < 1 || len(l) > 80 {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(l)) {
		switch strings.Trim(w, ".,") {
		case "note", "notes", "source", "sources", "update", "editor's", "transcript", "question", "answer", "subject", "re", "tags", "photo", "video":
			if len(strings.Fields(l)) == 1 {
				return w == "question" || w == "answer"
			}
		}
	}
	return true
}

func cleanLabel(l string) string { return strings.Join(strings.Fields(strings.TrimSpace(l)), " ") }

func (e *Engine) isQuestioner(label string, r *rules.SpeakerRule) bool {
	if r != nil && r.Questioner {
		return true
	}
	return e.questioners[strings.ToLower(label)]
}

// normName compares names ignoring case, honorifics and punctuation (CLAIMS.md §3).
func normName(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127) }) {
		switch w {
		case "mr", "ms", "mrs", "dr", "prof", "sen", "rep", "gov", "amb":
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// lookupRole finds a speaker's role in the roster: by the whole name, or by
// a surname that only one roster name has ("DIRECTOR YOUNG" -> Shalanda Young).
func lookupRole(roster map[string]string, names []string, speaker string) string {
	n := normName(speaker)
	if r, ok := roster[n]; ok {
		return r
	}
	words := strings.Fields(n)
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	found := ""
	for _, name := range names {
		nw := strings.Fields(normName(name))
		if len(nw) > 0 && nw[len(nw)-1] == last {
			if found != "" && found != name {
				return ""
			}
			found = name
		}
	}
	if found != "" {
		return roster[normName(found)]
	}
	return ""
}
