package extractor

import (
	"slices"
	"strings"
)

// attribution names whom a sentence of unlabeled prose attributes the
// number at offset at (in the sentence) to (CLAIMS.md §3): "..., the WHO
// said", "according to the IMF", "Smith told reporters", "the CDC's data
// show". Where it names several ("the ministry said 37 cases ..., and
// UNICEF said it was flying in 900,000 doses"), a number takes the source
// named last before it, else the first after it. A pronoun ("she said")
// stands for the last one named. Nothing found: the document's own voice
// (no speaker).
func (sc *sentenceCtx) attribution(at int) string {
	if !sc.attrDone {
		sc.attrDone = true
		sc.attrs = sc.findAttributions()
	}
	who := ""
	for _, m := range sc.attrs {
		if m.at >= at {
			if who == "" {
				who = m.who
			}
			break
		}
		who = m.who
	}
	return who
}

// attrMatch is a source a sentence names and where its phrase begins.
type attrMatch struct {
	at, end, rule int
	who           string
}

// findAttributions is every source the sentence names, in the order of the
// text; of two phrases that overlap, the rules' first. Pronouns are
// resolved, and the last source named is noted, in that order.
func (sc *sentenceCtx) findAttributions() []attrMatch {
	x := sc.x
	var found []attrMatch
	for i, p := range x.e.rules.Attribution {
		ms, _ := x.e.findAll(x.d, p.Name, p.Re, sc.text)
		for _, m := range ms {
			found = append(found, attrMatch{at: m.Start, end: m.End, rule: i, who: m.Groups["who"]})
		}
	}
	if len(found) == 0 {
		return nil
	}
	slices.SortStableFunc(found, func(a, b attrMatch) int { return a.at - b.at })
	var out []attrMatch
	for _, m := range found {
		if k := len(out) - 1; k >= 0 && m.at < out[k].end {
			if m.rule < out[k].rule {
				out[k] = m // the same phrase, read by an earlier rule
			}
			continue
		}
		out = append(out, m)
	}
	kept := out[:0]
	for _, m := range out {
		who := x.e.trimTitles(m.who)
		switch strings.ToLower(who) {
		case "", "you", "we", "i":
			continue // the speaker's own voice or the listener's: no source
		case "he", "she":
			who = sc.lastPersonBefore()
		case "they", "it":
			who = x.lastNamed
			if who == x.lastPerson || isSurname(who) {
				who = "" // one person is no "they"
			}
		default:
			who = x.fullerName(who)
			x.lastNamed, x.lastNamedAt = who, sc.sp.Start
			if len(strings.Fields(who)) >= 2 {
				x.lastPerson = who
			}
		}
		if who != "" {
			m.who = who
			kept = append(kept, m)
		}
	}
	return kept
}

// fullerName is the name a source was given in full before, where it is
// named again shorter: "City Manager Tate said" after "City Manager Owen
// Tate reported" is one person, and one speaker in the table. The shorter
// name's words, two or more, are all among the fuller one's, in order, and
// end in the same word (the surname). Names are remembered as they come.
func (x *docState) fullerName(who string) string {
	ws := strings.Fields(who)
	if len(ws) < 2 {
		return who
	}
	for i := len(x.named) - 1; i >= 0; i-- {
		if full := strings.Fields(x.named[i]); len(full) > len(ws) && full[len(full)-1] == ws[len(ws)-1] && inOrder(ws, full) {
			return x.named[i]
		}
	}
	if len(x.named) == maxNamed {
		x.named = x.named[1:]
	}
	x.named = append(x.named, who)
	return who
}

// maxNamed bounds the names fullerName remembers: the sources of a
// document's last pages.
const maxNamed = 32

// inOrder reports whether every word of short occurs in long, in order.
func inOrder(short, long []string) bool {
	k := 0
	for _, w := range long {
		if k < len(short) && w == short[k] {
			k++
		}
	}
	return k == len(short)
}

// trimTitles drops the title words before a name ("Health Minister John
// Smith" -> "John Smith"), a leading "the" and a possessive, keeping at
// least one word. A name that ends its sentence loses the full stop
// ("according to UNESCO."); an abbreviation keeps its own ("the U.N.").
func (e *Engine) trimTitles(who string) string {
	who = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(who), "'s"), "’s")
	// "CITY MANAGER'S REPORT\nCity Manager Owen Tate reported": a heading
	// in capitals on the line above is no part of the name. (A name broken
	// across two lines of prose keeps its lower-case letters on both.)
	if k := strings.LastIndexByte(who, '\n'); k > 0 && isAllUpper(who[:k]) && !isAllUpper(who[k+1:]) {
		who = strings.TrimSpace(who[k+1:])
	}
	if last := who[strings.LastIndexByte(who, ' ')+1:]; strings.HasSuffix(last, ".") && strings.Count(last, ".") == 1 {
		who = who[:len(who)-1]
	}
	words := strings.Fields(who)
	if len(words) > 1 && (words[0] == "The" || words[0] == "the") {
		words = words[1:] // "The health ministry said", at a sentence's start
		who = strings.Join(words, " ")
	}
	if len(words) > 2 && e.phraseClass(strings.ToLower(words[0]))&stopWord != 0 {
		words = words[1:] // "And Daniel Cho, who is 20": a function word capitalized at a sentence's start
		who = strings.Join(words, " ")
	}
	if len(words) > 0 && !isUpper(words[len(words)-1][0]) {
		return who // a group ("state health officials"), not a titled name
	}
	for len(words) > 1 && e.titles[strings.ToLower(words[0])] {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// lastPersonBefore finds the last person named before the sentence: one
// the prose attributed something to, or a name in the text since.
func (sc *sentenceCtx) lastPersonBefore() string {
	x := sc.x
	re := x.e.rules.PersonName
	if re == nil {
		return x.lastPerson
	}
	from := max(0, sc.sp.Start-600)
	ms, _ := x.e.findAll(x.d, "person_name", re, x.d.Text[from:sc.sp.Start])
	if len(ms) > 0 {
		last := ms[len(ms)-1]
		if from+last.Start < x.lastNamedAt && isSurname(x.lastNamed) {
			return x.lastNamed // "Smith told reporters ... He said": named after the full names
		}
		name := x.e.trimTitles(last.Groups["who"])
		if x.lastPerson != "" && strings.Contains(x.lastPerson, name) {
			return x.lastPerson // the full name said before, not a part of it
		}
		return name
	}
	return x.lastPerson
}

// isSurname: one capitalized word, as prose names a person the second
// time ("Smith told reporters").
func isSurname(who string) bool {
	return who != "" && isUpper(who[0]) && !strings.ContainsAny(who, " .") && !isAllUpper(who)
}

// isAllUpper: no lower-case letter ("IMF", "WHO"): an acronym, no surname.
func isAllUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return false
		}
	}
	return true
}
