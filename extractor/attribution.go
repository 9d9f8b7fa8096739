package extractor

import (
	"slices"
	"strings"
	"unicode/utf8"
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
		sc.attrs = sc.findAttributions(sc.text, true)
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
	if who == "" {
		who = sc.quoteSource(sc.sp.Start + at)
	}
	if who == "" {
		who = sc.listReporter()
	}
	if who == "" {
		who = sc.paragraphReporter()
	}
	return who
}

// listReporter is whom the line that introduces a list item attributes
// its figures to, where the item's own words name no one: notes set out
// what a person reported as items under them ("* @Maria Chen presented
// the enrollment report:" over "   * K-12 enrollment is now 14,382"), and
// a release what a body said ("The ministry said:" over "• 37 cases").
// The introducing line is the item's parent: the nearest line before it,
// in its paragraph, that is no sibling item (nor a sibling's child). A
// parent item passes on the source that opens it; a line of prose, the
// last source it names, when it ends in a colon.
func (sc *sentenceCtx) listReporter() string {
	x := sc.x
	if listBullet(sc.text) == 0 {
		return ""
	}
	if x.listItemAt == sc.sp.Start+1 {
		return x.listItemWho
	}
	x.listItemAt, x.listItemWho = sc.sp.Start+1, ""
	at := sc.sp.Start
	for range maxListDepth {
		line, ok := x.listParent(sc.p, at)
		if !ok {
			break
		}
		text := strings.TrimRight(x.d.Text[line.Start:line.End], " \t\r")
		item := listBullet(text[min(len(text), lineIndent(text)):])
		ms := sc.findAttributions(text, false)
		if item > 0 {
			body := lineIndent(text) + item
			if len(ms) > 0 && ms[0].at <= body+1 {
				x.listItemWho = ms[0].who // "* @David Okafor: the bond passed" over its items
				break
			}
			if who := sc.listOpener(text[body:]); who != "" {
				x.listItemWho = who // "* @Tom Lindqvist (HR) reviewed staffing:"
				break
			}
			at = line.Start + lineIndent(text) // an item with no source: its own parent's
			continue
		}
		if len(ms) > 0 && strings.HasSuffix(text, ":") {
			x.listItemWho = ms[len(ms)-1].who
		}
		break
	}
	return x.listItemWho
}

// listOpener is the person a list item introducing others opens with,
// where a verb follows the name and the item ends in a colon ("@Maria
// Chen walked through the proposed budget:", "Tom Lindqvist (HR)
// reviewed staffing:"): notes report each one's part so. "" for none.
func (sc *sentenceCtx) listOpener(item string) string {
	re := sc.x.e.rules.PersonName
	if re == nil || !strings.HasSuffix(item, ":") {
		return ""
	}
	item = strings.TrimPrefix(item, "@")
	m, _ := sc.x.e.find(sc.x.d, "person_name", re, item)
	if m == nil || m.Start != 0 || !personLike(m.Groups["who"]) {
		return ""
	}
	rest := item[m.End:]
	if strings.HasPrefix(rest, " (") {
		if k := strings.IndexByte(rest, ')'); k > 0 {
			rest = rest[k+1:] // the role in brackets
		}
	}
	if len(rest) < 2 || rest[0] != ' ' || !isLowerASCII(rest[1]) {
		return "" // no verb follows: "Kindergarten Enrollment by School:"
	}
	return sc.x.knownName(sc.x.e.trimTitles(m.Groups["who"]))
}

// maxListDepth bounds how many parents listReporter climbs: lists nest a
// few levels deep at most.
const maxListDepth = 4

// listParent is the line that introduces the list item whose bullet is at
// offset at: the nearest line before it in paragraph p that is less
// indented, or as indented and no item. ok is false when the item opens
// the paragraph, or a blank line comes first.
func (x *docState) listParent(p *Paragraph, at int) (line span, ok bool) {
	text := x.d.Text
	nl := strings.LastIndexByte(text[p.Start:at], '\n')
	if nl < 0 {
		return span{}, false
	}
	end := p.Start + nl // the newline that ends the line before the item's
	indent := at - end - 1
	for end > p.Start {
		start := p.Start + strings.LastIndexByte(text[p.Start:end], '\n') + 1
		l := text[start:end]
		if strings.TrimSpace(l) == "" {
			return span{}, false
		}
		if in := lineIndent(l); in < indent || in == indent && listBullet(l[in:]) == 0 {
			return span{start, end}, true
		}
		end = start - 1
	}
	return span{}, false
}

// lineIndent is how many spaces and tabs open line.
func lineIndent(line string) int {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return i
}

// paragraphReporter is whom a paragraph of minutes reports, where it opens
// with the name and a verb of saying ("2.1 M. Lafon reported that picking
// began on 21 August. The cellar received 9,412 tonnes ..."): the reported
// speech runs on over its sentences, as minutes write it. The opening
// sentence asks only where its own words named no one: an aside in
// brackets hid its source ("Mme Rey (member no. 0417) said"). "" for a
// paragraph that opens otherwise: a news story's next sentence after
// "Smith said" is the reporter's own.
func (sc *sentenceCtx) paragraphReporter() string {
	x := sc.x
	if x.reportedIn == sc.p {
		return x.reported
	}
	x.reportedIn, x.reported = sc.p, ""
	start := sc.p.Start
	if sc.p.BodyStart > 0 {
		start = sc.p.BodyStart
	}
	first := x.d.Text[start:min(sc.p.End, start+maxReportOpening)]
	first = first[itemNumberEnd(first):]
	if line, rest, ok := strings.Cut(first, "\n"); ok && !hasLowerASCII(line) {
		// "2.   CHAIR'S ADDRESS" / "2.1  The Chair reported that ...": the
		// item's heading stands over its reported speech.
		first = strings.TrimLeft(rest, " \t")
		first = first[itemNumberEnd(first):]
	}
	first = first[:firstSentenceEnd(first)]
	if courtesyTitle(first[:max(0, strings.IndexByte(first, ' '))]) {
		first = withoutAsides(first) // "Mme Rey (member no. 0417) said"
	}
	for _, m := range sc.findAttributions(first, true) {
		opening := m.at <= 1 || openingPhrase(first[:m.at], first[m.at:]) // "On labour, M. Lafon said"
		name := strings.TrimLeft(first[m.at:], ", ")
		lead := name[:max(0, strings.IndexByte(name, ' '))]
		titled := courtesyTitle(lead) // "Mrs Whitcombe presented ..."
		// "He reported that ...": the person the pronoun stands for
		pronoun := (lead == "He" || lead == "She") && m.who != ""
		office := x.e.offices[strings.ToLower(m.who)] // "The Chair reported that": the office reports
		if opening && x.e.rules.Attribution[m.rule].Name == "who-said" && (personLike(m.who) || (titled || pronoun || office) && isUpper(m.who[0])) {
			x.reported = m.who
		}
		break
	}
	return x.reported
}

// withoutAsides is s without the asides in brackets it holds, each with
// the space before it.
func withoutAsides(s string) string {
	if !strings.Contains(s, " (") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, " (")
		j := strings.IndexByte(s[max(i, 0):], ')')
		if i < 0 || j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i+j+1:]
	}
}

// openingPhrase: a short phrase and a comma open the sentence before its
// reporter (before and rest: the sentence before the match and from it) ("On labour, M. Lafon said that ...").
func openingPhrase(before, rest string) bool {
	t := strings.TrimRight(before, " ")
	return len(t) < 30 && (strings.HasSuffix(t, ",") || strings.HasPrefix(rest, ",")) && strings.Count(t, ",") <= 1
}

// pluralNounVerb: the verb of saying that ends at end is a plural noun
// ("estimates", "reports", "forecasts"), as the word after it shows: a
// preposition or the verb the noun is the subject of ("Early estimates
// for February indicate", "Reports from the field show").
func pluralNounVerb(text string, end int) bool {
	start := end
	for start > 0 && isLetter(text[start-1]) {
		start--
	}
	switch strings.ToLower(text[start:end]) {
	case "estimates", "reports", "notes", "forecasts", "finds", "projections":
	default:
		return false
	}
	next, _ := nextWordOf(strings.TrimLeft(text[end:], " \n"))
	switch strings.ToLower(next) {
	case "for", "of", "from", "on", "in", "by", "show", "shows", "showed", "indicate", "indicated", "suggest", "suggested", "point", "are", "were", "put", "published", "released":
		return true
	}
	return false
}

// saidHasSubject: the verb of saying at offset at of text has its subject
// right before it, a pronoun or a name ("She said", "Naidoo said"), so the
// capitalized words after it are what was said, not who said it.
func saidHasSubject(text string, at int) bool {
	if before := strings.TrimRight(text[:at], " "); strings.HasSuffix(before, ",") {
		// "Mr A Botha, Chief Director: Infrastructure, said Phase 1 ...":
		// the sentence opens with the titled name the role follows.
		before = before[strings.LastIndexByte(before, '\n')+1:] // the line: a heading may stand above it
		name, _, _ := strings.Cut(before, ",")
		if t, _, ok := strings.Cut(name, " "); ok && courtesyTitle(t) && len(name) < len(before)-1 {
			return true
		}
	}
	w, _ := prevWord(text, at)
	if w == "" {
		return false
	}
	switch strings.ToLower(w) {
	case "he", "she", "they", "we", "i", "it", "you":
		return true
	}
	return isUpper(w[0])
}

// firstSentenceEnd is where the first sentence of s ends: after the first
// full stop that follows a word of three letters or more ("M. Lafon
// reported that ... August."), or len(s).
func firstSentenceEnd(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '.' || s[i+1] != ' ' {
			continue
		}
		w := i
		for w > 0 && isLetter(s[w-1]) {
			w--
		}
		if i-w >= 3 {
			return i + 1
		}
	}
	return len(s)
}

// maxReportOpening bounds the opening sentence paragraphReporter reads.
const maxReportOpening = 240

// itemNumberEnd is where the text after an item's number starts ("2.1 ",
// "4. "), or 0.
func itemNumberEnd(s string) int {
	i := 0
	for i < len(s) && (isDigit(s[i]) || s[i] == '.') {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != ' ' {
		return 0
	}
	return i + 1
}

// quoteSource names whom a quotation is attributed to, for a number at
// offset at of the document inside one whose own sentence names no source:
// a quote runs over sentences ("\"... 41,000 people. Tell the 1,150
// workers ...,\" Brandt said."), and the paragraph says whose it is after
// its closing mark (", Brandt said", "— Mara Lindqvist") or before its
// opening one ("Ferro said, \"", or the quote before: "\"...,\" Brandt
// said in an email. \"Tell ..."). "" when at is in no quotation.
func (sc *sentenceCtx) quoteSource(at int) string {
	p := sc.p
	if p == nil {
		return ""
	}
	x, t := sc.x, sc.x.d.Text
	if x.quotesOf != p.BodyStart+1 { // found once a paragraph: one can be a whole book
		x.quotesOf, x.quotes = p.BodyStart+1, appendQuotes(x.quotes[:0], t, p.BodyStart, p.End)
	}
	k, _ := slices.BinarySearchFunc(x.quotes, at, func(q span, at int) int { return q.End - 1 - at })
	if k == len(x.quotes) || x.quotes[k].Start > at {
		return ""
	}
	qs, qe := x.quotes[k].Start, x.quotes[k].End
	mark := qe - 1 // the closing mark, which "— Mara Lindqvist" follows
	for mark > qs && !utf8.RuneStart(t[mark]) {
		mark--
	}
	after := t[mark:min(p.End, qe+maxQuoteTag)]
	if ms := sc.findAttributions(after, false); len(ms) > 0 && ms[0].at <= maxQuoteGap {
		return ms[0].who
	}
	from := max(p.BodyStart, qs-maxQuoteTag)
	if ms := sc.findAttributions(t[from:qs+1], false); len(ms) > 0 {
		return ms[len(ms)-1].who
	}
	return ""
}

// maxQuoteTag bounds the text read on either side of a quotation for its
// attribution, and maxQuoteGap how far from the closing mark it may begin
// (", Brandt said in an email", "— Mara Lindqvist, candidate").
const (
	maxQuoteTag = 120
	maxQuoteGap = 6
)

// appendQuotes appends the quotations of t[from:to] to out, in order:
// each from its opening mark to just after its closing one. Curly marks
// say which way they face; straight ones pair up in order.
func appendQuotes(out []span, t string, from, to int) []span {
	open := -1
	for i := from; i < to; i++ {
		switch {
		case t[i] == '"':
			if open < 0 {
				open = i
				continue
			}
			out = append(out, span{open, i + 1})
			open = -1
		case strings.HasPrefix(t[i:to], "“"):
			open = i
			i += len("“") - 1
		case strings.HasPrefix(t[i:to], "”"):
			if open >= 0 {
				out = append(out, span{open, i + len("”")})
			}
			open = -1
			i += len("”") - 1
		}
	}
	return out
}

// attrMatch is a source a sentence names and where its phrase begins.
type attrMatch struct {
	at, end, rule int
	who           string
}

// findAttributions is every source the sentence names, in the order of the
// text; of two phrases that overlap, the rules' first. Pronouns are
// resolved, and the last source named is noted, in that order.
func (sc *sentenceCtx) findAttributions(text string, note bool) []attrMatch {
	x := sc.x
	var found []attrMatch
	for i, p := range x.e.rules.Attribution {
		ms, _ := x.e.findAll(x.d, p.Name, p.Re, text)
		for _, m := range ms {
			if p.Name == "said-who" && saidHasSubject(text, m.Start) {
				continue // "She said South Africans had endured ...": the name opens what she said
			}
			if p.Name == "who-said" && timeOrPlaceBefore(text, m.Start, m.End, m.Groups["who"]) {
				continue // "spot inspections in February had found": a time or a place finds nothing
			}
			if p.Name == "who-said" && pluralNounVerb(text, m.End) {
				continue // "Early estimates for February indicate": a noun, no one who estimates
			}
			who := m.Groups["who"]
			at := m.Start + max(0, strings.Index(text[m.Start:m.End], who))
			if k := strings.LastIndexByte(who, '\n'); k >= 0 {
				// "Mhlabeni Bulk Water Scheme\nMr A Botha, ... said": a
				// heading's words run into the name on the line below, which
				// a title opens or which opens the heading's own line; "The
				// Chief\n     Financial Officer responded" is one office.
				last := strings.TrimSpace(who[k+1:])
				before := strings.Fields(who[:k])
				office := len(before) > 0 && x.e.titles[strings.ToLower(before[len(before)-1])] // "The Chief" / "Financial Officer"
				if !office && (courtesyTitle(last[:max(0, strings.IndexByte(last, ' '))]) || (at == 0 || text[at-1] == '\n') && personLike(last)) {
					who = last
				} else {
					who = strings.Join(strings.Fields(who), " ")
				}
			}
			found = append(found, attrMatch{at: m.Start, end: m.End, rule: i, who: who})
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
		var who string
		if r := x.d.roster.byRole(m.who); r != nil {
			who = r.speaks // "The Chief Nurse reported": the one the Present list names so
			if t, rest, ok := strings.Cut(who, " "); ok && courtesyTitle(t) {
				who = rest // "M. Jean-Pierre Navarro": the name
			}
		} else {
			who = x.e.trimTitles(m.who)
		}
		switch strings.ToLower(who) {
		case "", "you", "we", "i":
			continue // the speaker's own voice or the listener's: no source
		case "a", "an", "the", "some":
			continue // "An estimated 740,000 people face ...": an article, no one's name
		case "he", "she":
			who = sc.lastPersonBefore()
		case "they", "it":
			who = x.lastNamed
			if who == x.lastPerson || isSurname(who) {
				who = "" // one person is no "they"
			}
		default:
			if !note {
				who = x.knownName(who)
				break
			}
			if body := sc.namedBody(who); body != "" {
				who = body // "the bureau": the Bureau of Labor Statistics named before
			}
			who = x.fullerName(who)
			x.lastNamed, x.lastNamedAt = who, sc.sp.Start
			if personLike(who) {
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
	if full := x.knownName(who); full != who || strings.IndexByte(who, ' ') < 0 {
		return full
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
	if len(words) > 2 && len(words[0]) == 2 && words[0][1] == '.' && e.titles[strings.ToLower(words[1])] {
		words = words[1:] // "graded A. Mrs Whitcombe recalled": a sentence's last letter, not an initial
	}
	j := 0
	for j < len(words)-1 && e.titles[strings.ToLower(words[j])] {
		j++
	}
	if j > 0 && isUpper(words[j][0]) && !e.officeAfter(words[j:]) {
		words = words[j:] // "Health Minister John Smith"
	}
	return strings.Join(words, " ")
}

// officeAfter: the words that follow a name's leading titles go on to
// name an office, in words the titles do not all list, before the name
// ("Safety Officer Haddad" after "Chief"): the title opens the office's
// name, whole, and is no title to drop alone. A title that modifies
// ("Health" in "World Health Organization") names no office.
func (e *Engine) officeAfter(words []string) bool {
	if len(words) < 2 || e.titles[strings.ToLower(words[0])] {
		return false
	}
	for _, w := range words[1 : len(words)-1] {
		if lw := strings.ToLower(w); isUpper(w[0]) && e.titles[lw] && !e.modifiers[lw] {
			return true
		}
	}
	return false
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
	before := x.d.Text[from:sc.sp.Start]
	ms, _ := x.e.findAll(x.d, "person_name", re, before)
	// Capitalized words name bodies too ("the Job Openings and Labor
	// Turnover Survey"): he or she is the last that is no part of one.
	for len(ms) > 0 && placeBefore(before[:ms[len(ms)-1].Start]) || len(ms) > 1 && x.e.partOfBody(before, ms[len(ms)-1].Start, ms[len(ms)-1].End) {
		ms = ms[:len(ms)-1]
	}
	if len(ms) > 0 {
		last := ms[len(ms)-1]
		if from+last.Start < x.lastNamedAt && isSurname(x.lastNamed) {
			return x.lastNamed // "Smith told reporters ... He said": named after the full names
		}
		if r := x.d.roster.byRole(capitalizedRun(before, last.Start)); r != nil {
			return r.speaks // "The Principal Planning Officer presented ... She advised": the one the roster names so
		}
		name := x.e.trimTitles(last.Groups["who"])
		if x.lastPerson != "" && strings.Contains(x.lastPerson, name) {
			return x.lastPerson // the full name said before, not a part of it
		}
		return name
	}
	return x.lastPerson
}

// capitalizedRun is the run of capitalized words of s from offset i on
// ("The Principal Planning Officer"), up to maxRunWords: an office the
// person-name pattern reads only the start of.
func capitalizedRun(s string, i int) string {
	end, words := i, 0
	for j := i; j < len(s) && words < maxRunWords; {
		if !isUpper(s[j]) {
			break
		}
		k := j
		for k < len(s) && (isLetter(s[k]) || s[k] == '-' || s[k] == '.') {
			k++
		}
		end, words = k, words+1
		if k >= len(s) || s[k] != ' ' {
			break
		}
		j = k + 1
	}
	return s[i:end]
}

// maxRunWords bounds capitalizedRun: an office's title.
const maxRunWords = 6

// placeBefore: the text before a name ends in a preposition of place
// ("a further 95 ha around Les Combes") or an article ("ridership on the
// Blue Line"): the name is a place's or a thing's, not a person's whom
// "he" could stand for.
func placeBefore(before string) bool {
	w, _ := prevWord(before, len(before))
	switch w {
	case "in", "at", "around", "near", "across", "outside", "inside", "into", "towards", "toward", "the":
		return true
	}
	return false
}

// timeOrPlaceBefore: the name that a match of who-said (text[start:end])
// gives is the object of a preposition of time or place ("in February
// had found", "at Westfield said"), not the subject of the verb.
func timeOrPlaceBefore(text string, start, end int, who string) bool {
	k := strings.Index(text[start:end], who)
	if k < 0 || who == "" {
		return false
	}
	w, _ := prevWord(text, start+k)
	switch w {
	case "in", "on", "at", "since", "during", "until", "through", "around", "near", "across":
		return true
	}
	return false
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

// knownName is fullerName's look-up alone: the name given in full before,
// or who. A quotation's attribution, read again for a sentence inside it,
// names no one new.
func (x *docState) knownName(who string) string {
	ws := strings.Fields(who)
	if len(ws) < 2 {
		return who
	}
	for i := len(x.named) - 1; i >= 0; i-- {
		if full := strings.Fields(x.named[i]); len(full) > len(ws) && full[len(full)-1] == ws[len(ws)-1] && inOrder(ws, full) {
			return x.named[i]
		}
	}
	return who
}

// namedBody resolves a body the prose names by its kind alone ("according
// to the bureau", "the department's database") to its name in full, given
// before: a source of the sentences before, or a capitalized name in the
// text before the sentence ("the state Department of Workforce
// Development"). Unresolved, it is the body as written ("the bureau"); a
// name already is "".
func (sc *sentenceCtx) namedBody(who string) string {
	if who == "" || !('a' <= who[0] && who[0] <= 'z') || strings.IndexByte(who, ' ') >= 0 {
		return ""
	}
	head := string(who[0]-'a'+'A') + who[1:] // "bureau" -> "Bureau"
	x := sc.x
	for i := len(x.named) - 1; i >= 0; i-- {
		if slices.Contains(strings.Fields(x.named[i]), head) {
			return x.named[i]
		}
	}
	before := x.d.Text[max(0, sc.sp.Start-maxBodyLookback):sc.sp.Start]
	if name := nameAround(before, head); name != "" {
		return name
	}
	return "the " + who
}

// maxBodyLookback bounds the text namedBody reads for a body's full name.
const maxBodyLookback = 4000

// nameAround finds the last capitalized name in s with the word head in it
// ("Department of Workforce Development", "Wisconsin Department of
// Revenue"), or "" for none: head with the capitalized words on either
// side, joined by "of", "for", "and" or "the" after it.
func nameAround(s, head string) string {
	for end := len(s); ; {
		k := strings.LastIndex(s[:end], head)
		if k < 0 {
			return ""
		}
		e := k + len(head)
		if (k > 0 && isLetter(s[k-1])) || (e < len(s) && isLetter(s[e])) {
			end = k
			continue
		}
		words := []string{head}
		// Capitalized words before it ("Wisconsin Department").
		for start := k; start > 0; {
			w, ws := prevWord(s, start)
			if w == "" || !isUpper(w[0]) || ws < 1 || s[ws-1] == '.' || ws >= 2 && s[ws-2] == '.' {
				break
			}
			words, start = append([]string{w}, words...), ws
		}
		// "of Labor Statistics", "for Disease Control and Prevention".
		for i := e; ; {
			w, we := nextWordAt(s, i)
			if w == "" {
				break
			}
			if isUpper(w[0]) {
				words, i = append(words, w), we
				continue
			}
			n, _ := nextWordAt(s, we)
			if (w == "of" || w == "for" || w == "and" || w == "on") && n != "" && isUpper(n[0]) {
				words, i = append(words, w), we
				continue
			}
			break
		}
		if len(words) < 2 {
			end = k
			continue
		}
		return strings.Join(words, " ")
	}
}

// prevWord is the word of letters ending at the space before offset i, and
// where it starts.
func prevWord(s string, i int) (string, int) {
	if i < 1 || s[i-1] != ' ' {
		return "", i
	}
	j := i - 1
	for j > 0 && isLetter(s[j-1]) {
		j--
	}
	return s[j : i-1], j
}

// nextWordAt is the word of letters after the one space at offset i, and
// where it ends.
func nextWordAt(s string, i int) (string, int) {
	if i >= len(s) || s[i] != ' ' {
		return "", i
	}
	j := i + 1
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	return s[i+1 : j], j
}

// personLike: a name of two words or more that names a person, not a body
// ("Dana Kowalczyk", not "Job Openings and Labor Turnover Survey"): every
// word capitalized, none a joining word or a word bodies are named with.
func personLike(who string) bool {
	ws := strings.Fields(who)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !isUpper(w[0]) || bodyWords[strings.Trim(w, ".,'’")] {
			return false
		}
	}
	return true
}

// bodyWords are the words that show a name is a body's.
var bodyWords = map[string]bool{"Bureau": true, "Department": true, "Ministry": true, "Agency": true, "Office": true,
	"Survey": true, "University": true, "College": true, "Institute": true, "Association": true, "Council": true,
	"Commission": true, "Committee": true, "Board": true, "Bank": true, "Fund": true, "Organization": true,
	"Organisation": true, "Administration": true, "Authority": true, "Service": true, "Services": true, "Center": true,
	"Centre": true, "Party": true, "Group": true, "Company": true, "Corporation": true, "Inc": true, "Corp": true,
	"Ltd": true, "LLC": true, "News": true, "Times": true, "Post": true, "Journal": true, "Foundation": true, "Trust": true,
	"Union": true, "Federation": true, "League": true, "Alliance": true, "Coalition": true, "Network": true,
	"Project": true, "Program": true, "Programme": true, "Report": true, "Index": true, "Court": true,
	"Government": true, "Parliament": true, "Congress": true, "Senate": true, "Statistics": true, "Hospital": true,
	"Laboratory": true, "Research": true, "Database": true, "Census": true, "Poll": true, "Study": true}

// partOfBody reports capitalized words at s[start:end] that name a body or
// are a part of a longer name joined by "and", "of" or "for" ("Job
// Openings" in "Job Openings and Labor Turnover Survey"). Titles are no
// body ("Police Chief Darnell").
func (e *Engine) partOfBody(s string, start, end int) bool {
	for _, w := range strings.Fields(e.trimTitles(s[start:end])) {
		if bodyWords[strings.Trim(w, ".,'’")] {
			return true
		}
	}
	for _, j := range []string{" and ", " of ", " for "} {
		if rest, ok := strings.CutPrefix(s[end:], j); ok && rest != "" && isUpper(rest[0]) {
			return true
		}
		if head, ok := strings.CutSuffix(s[:start], j); ok {
			if w, _ := prevWord(head+" ", len(head)+1); w != "" && isUpper(w[0]) {
				return true
			}
		}
	}
	return false
}

// hasLowerASCII reports whether s holds a lower-case ASCII letter.
func hasLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if isLowerASCII(s[i]) {
			return true
		}
	}
	return false
}
