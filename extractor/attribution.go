package extractor

import "strings"

// attribution names whom a sentence of unlabeled prose attributes its
// numbers to (CLAIMS.md §3): "..., the WHO said", "according to the IMF",
// "Smith told reporters", "the CDC's data show". A pronoun ("she said")
// stands for the last one named. Nothing found: the document's own voice
// (no speaker).
func (sc *sentenceCtx) attribution() string {
	if sc.attrDone {
		return sc.attr
	}
	sc.attrDone = true
	x := sc.x
	for _, p := range x.e.rules.Attribution {
		m, _ := x.e.find(x.d, p.Name, p.Re, sc.text)
		if m == nil {
			continue
		}
		who := x.e.trimTitles(m.Groups["who"])
		switch strings.ToLower(who) {
		case "":
			continue
		case "he", "she":
			who = sc.lastPersonBefore()
		case "they", "it":
			who = x.lastNamed
		default:
			x.lastNamed = who
			if len(strings.Fields(who)) >= 2 {
				x.lastPerson = who
			}
		}
		sc.attr = who
		return who
	}
	return ""
}

// trimTitles drops the title words before a name ("Health Minister John
// Smith" -> "John Smith"), a leading "the" and a possessive, keeping at
// least one word.
func (e *Engine) trimTitles(who string) string {
	who = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(who), "'s"), "’s")
	words := strings.Fields(who)
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
		name := x.e.trimTitles(ms[len(ms)-1].Groups["who"])
		if x.lastPerson != "" && strings.Contains(x.lastPerson, name) {
			return x.lastPerson // the full name said before, not a part of it
		}
		return name
	}
	return x.lastPerson
}
