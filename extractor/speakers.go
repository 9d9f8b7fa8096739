package extractor

import (
	"iter"
	"math/bits"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/factable/factable/rules"
)

// speakerPass gives every paragraph its speaker (CLAIMS.md §3): labels on
// their own line and inline labels open a turn that lasts until the next
// label; header lines before the first label may hold a roster of
// "Name, role" lines; stage directions change nothing; an unlabeled
// paragraph that opens a new question belongs to no one rather than to the
// last answerer. Variants of one label ("MS. BROOKS", "MR. BROOKS", an OCR'd
// "BR0OKS") resolve to the form seen first.
func (e *Engine) speakerPass(d *Document) {
	ros := e.readRoster(d)
	d.roster = ros
	recurring := &recurringLabels{e: e, d: d, paras: d.Paragraphs, ros: ros}
	e.splitAtLabels(d, recurring)
	var labels labelSet
	for _, r := range ros.entries {
		labels.canonical(r.name)
	}
	current, turn := "", 0
	seenLabel := false
	record := false                            // the turn was ended by a heading or a word of the record
	labeled := make([]bool, len(d.Paragraphs)) // the paragraphs that open with a label
	// The last numbered paragraph of a speech ("2. The per capita income
	// ...") and its speaker: a budget speech's headings ("BUDGET AT A
	// GLANCE") do not end the minister's turn when the numbering goes on.
	lastNum, numSpeaker := 0, ""
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		text := d.ParagraphText(p)
		if p.RosterLine && !seenLabel && (strings.Contains(text, "\n") || i > 0 && e.matchLine(d, e.speech.rosterHeading, strings.TrimSpace(d.ParagraphText(&d.Paragraphs[i-1])))) {
			// "Dana Whitfield -- President and Chief Executive Officer"
			// under "CALL PARTICIPANTS": the roster, not a turn. A name
			// alone on its line after the roster ("HON. LOSANA
			// TEARIKI") opens the speech.
			p.Header = true
			continue
		}
		if e.speechEnd(text) {
			// "[END OF LIVE, 00:08:40]": the page's own words follow.
			current, turn, record = "", turn+1, true
			p.Speaker, p.Turn, p.Direction = "", turn, true
			continue
		}
		// A name in brackets can look like a direction: "(SHRI BHUPENDRA
		// NATH KHARWAR)" under the office that answers is a label.
		after := followingText(d, p.Start+len(firstLine(text)))
		if len(text) < 100 && e.matchLine(d, e.speech.stageDirections, text) && !e.ownLineLabelOK(d, firstLine(text), after, recurring) {
			p.Direction = true
			p.Speaker, p.Turn = current, turn
			if i > 0 {
				p.Question = d.Paragraphs[i-1].Question
			}
			continue
		}
		if label, rule, ok := e.ownLineLabel(d, firstLine(text), after, recurring); ok {
			label = labels.canonical(label)
			current, turn, seenLabel, record = label, turn+1, true, false
			p.Speaker, p.Turn, p.Question = label, turn, e.isQuestioner(label, rule)
			labeled[i] = true
			first, rest, multiline := strings.Cut(text, "\n")
			if !multiline || strings.TrimSpace(rest) == "" || rule.HeaderBlock {
				p.LabelOnly = true
			} else {
				// "Name: (00:52)" with the speech on the next line.
				p.BodyStart = p.Start + len(first) + 1
			}
			continue
		}
		if label, rule, end, ok := e.inlineLabel(d, text, recurring); ok {
			label = labels.canonical(label)
			if body := strings.TrimSpace(text[min(end, len(text)):]); body != "" && len(body) < 100 && e.matchLine(d, e.speech.stageDirections, body) {
				// "Some Hon Members: [Interruption.]": an interjection,
				// after which the member interrupted goes on.
				p.Speaker, p.Turn, p.Direction, seenLabel = label, turn, true, true
				p.BodyStart = p.Start + end
				labeled[i] = true
				continue
			}
			current, turn, seenLabel, record = label, turn+1, true, false
			p.BodyStart = p.Start + end
			p.Speaker, p.Turn, p.Question = label, turn, e.isQuestioner(label, rule)
			labeled[i] = true
			continue
		}
		if n := e.turnOpener(d, text); n > 0 {
			// ">> yeah and the wait times": someone speaks whom the
			// transcript does not name.
			current, turn, seenLabel = "", turn+1, true
			p.BodyStart = p.Start + n
			p.Speaker, p.Turn = "", turn
			continue
		}
		if !seenLabel {
			p.Header = true
			continue
		}
		if len(text) > 0 && isDigit(text[0]) && liveBlogEntry(text) {
			// A live blog's entry under its time ("10.15am" / "Head of
			// finance Gordon Imrie told members ..."): the reporter's
			// own words, attributed as prose is, not the turn of the
			// councillor quoted in the entry before.
			current, turn, record = "", turn+1, true
			p.Speaker, p.Turn, p.Reported = "", turn, true
			continue
		}
		if lead, ok := e.recordLine(text); ok && hasLowered(e.asideLeads, lead) {
			// "Source: ..." under a table is no one's; the answer goes on
			// after it, in a turn of its own.
			p.Speaker, p.Turn = "", turn+1
			turn += 2
			continue
		} else if ok || sectionHeading(firstLine(text)) {
			current, turn, record = "", turn+1, true
			p.Speaker, p.Turn = "", turn
			// "UPDATE: Fire Chief Dana Whitfield said crews ...": the
			// record's own words after its lead are prose, attributed
			// as prose is.
			p.Reported = ok
			continue
		}
		if e.matchLine(d, e.speech.questionOpeners, text) && !d.Paragraphs[i-1].Question {
			current, turn = "", turn+1 // a new question the transcript left unlabeled
		}
		if n := paragraphNumber(text); n > 0 {
			if current == "" && n == lastNum+1 && numSpeaker != "" {
				current, turn = numSpeaker, turn+1 // "3. Sir, the total size ..." after a heading
			}
			lastNum, numSpeaker = n, current
		}
		prev := d.Paragraphs[i-1]
		p.Speaker, p.Turn, p.Question = current, turn, prev.Question && current == prev.Speaker
		// Minutes' own voice after a heading of the record reports who
		// spoke ("3.1 Mr Devlin presented ... He reported that"): its
		// sentences are attributed as prose is.
		p.Reported = current == "" && record
	}
	askedBetween(d, labeled)
	answeredUnlabeled(d, labeled)
	e.reportedSpeech(d, labeled)
	e.quotedAfterIntro(d, labeled)
	quotedReplies(d)
	introduced := map[int]string{} // questioner turn -> "Name, Outlet"
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if p.Question {
			if _, ok := introduced[p.Turn]; !ok {
				if m := e.findLine(d, e.speech.reporterIntro, d.ParagraphText(p)); m != nil {
					introduced[p.Turn] = m.Groups["label"] + ", " + m.Groups["role"]
				}
			}
		}
	}
	var said string // the label of the paragraph before, and its entry
	var entry *rosterEntry
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		// A label the roster knows ("TAG", "MR. KIRBY") speaks as the full
		// name it lists, with its role (looked up once a turn).
		if i == 0 || p.Speaker != said {
			said, entry = p.Speaker, ros.lookup(p.Speaker)
		}
		if r := entry; r != nil {
			if r.speaks != p.Speaker {
				p.Label = p.Speaker
			}
			p.Speaker, p.Role = r.speaks, r.role
		}
		if !p.Question {
			continue // most paragraphs: no map look-up
		}
		if who, ok := introduced[p.Turn]; ok {
			p.Role = who
		}
	}
	d.Labeled = seenLabel
}

// askedBetween gives no one a short unlabeled paragraph that asks a
// question between two turns of one speaker ("SHERIFF OKAFOR: ... / And
// the seven people you arrested, are any of them from out of state? /
// SHERIFF OKAFOR: Three are from Michigan"): a speaker is labeled again
// only after someone else spoke, so the transcript lost the asker's label,
// and CLAIMS.md §3 wants no one rather than the last answerer.
func askedBetween(d *Document, labeled []bool) {
	for i := 1; i+1 < len(d.Paragraphs); i++ {
		p, next := &d.Paragraphs[i], &d.Paragraphs[i+1]
		if labeled[i] || !labeled[i+1] || p.Speaker == "" || p.Direction || p.Header || next.Speaker != p.Speaker {
			continue
		}
		text := strings.TrimRight(d.ParagraphText(p), " \t\r\n\"”’'")
		if len(text) > maxAskedBetween || !strings.HasSuffix(text, "?") {
			continue
		}
		p.Speaker, p.Role, p.Label, p.Question = "", "", "", true
		p.Turn = -(i + 1) // a turn of its own, numbered apart from the labels'
	}
}

// answeredUnlabeled gives the unlabeled answer to a question back to the
// one who answers: a sports press conference (ASAP Sports) or a printed
// interview labels the player once and every question "Q.", and the
// answers after that not at all. An unlabeled paragraph that asks nothing,
// right after a questioner's paragraph that ends in a question mark, is
// the answer of whoever last answered a question under a label, where the
// next label is a new question, someone who answers none (a moderator) or
// none at all: a question's own second paragraph ("And then, is the
// topline $7.266 trillion.") is followed by its answer. It and the
// unlabeled paragraphs after it are that speaker's turn.
func answeredUnlabeled(d *Document, labeled []bool) {
	var answerers map[string]bool // who answers a question under a label
	for i := 1; i < len(d.Paragraphs); i++ {
		if p := &d.Paragraphs[i]; labeled[i] && !p.Question && d.Paragraphs[i-1].Question && p.Speaker != "" && asks(d.ParagraphText(&d.Paragraphs[i-1])) {
			if answerers == nil {
				answerers = map[string]bool{}
			}
			answerers[p.Speaker] = true
		}
	}
	if answerers == nil {
		return
	}
	answerer := ""
	for i := 1; i < len(d.Paragraphs); i++ {
		p, prev := &d.Paragraphs[i], &d.Paragraphs[i-1]
		if labeled[i] {
			if !p.Question && prev.Question && p.Speaker != "" {
				answerer = p.Speaker
			}
			continue
		}
		if answerer == "" || !p.Question || !prev.Question || p.Speaker == "" || p.Speaker != prev.Speaker || p.Direction || p.Header ||
			!asks(d.ParagraphText(prev)) || asks(d.ParagraphText(p)) {
			continue
		}
		turn, j := p.Turn, i
		for j < len(d.Paragraphs) && !labeled[j] && d.Paragraphs[j].Turn == turn {
			j++
		}
		if j < len(d.Paragraphs) && labeled[j] && !d.Paragraphs[j].Question && answerers[d.Paragraphs[j].Speaker] {
			continue // the question goes on, and its answer follows
		}
		for k := i; k < j; k++ {
			q := &d.Paragraphs[k]
			q.Speaker, q.Role, q.Label, q.Question = answerer, "", "", false
			q.Turn = -(i + 1) // a turn of its own, numbered apart from the labels'
		}
	}
}

// asks: a paragraph that ends in a question mark (a closing quote aside).
func asks(text string) bool {
	return strings.HasSuffix(strings.TrimRight(text, " \t\r\n\"”’'"), "?")
}

// reportedSpeech takes a paragraph of a meeting's note that reports who
// spoke ("Mr Corrigan said insurers had received ...", "A resident asked
// why ...") out of the turn of the label before it, which an unlabeled
// paragraph otherwise goes on: a titled name's is attributed as prose is,
// someone unnamed's is no one's. A titled name counts only where the
// document labels or lists it (a speaker's "Mr Smith said last week"
// about someone else stays theirs).
func (e *Engine) reportedSpeech(d *Document, labeled []bool) {
	var known map[string]bool // the labels of the turns, normalized
	for i := 1; i < len(d.Paragraphs); i++ {
		p := &d.Paragraphs[i]
		if labeled[i] || p.Speaker == "" || p.Direction || p.Header || d.Paragraphs[i-1].LabelOnly {
			continue
		}
		m := e.findLine(d, e.speech.reportedSpeech, d.ParagraphText(p))
		if m == nil {
			continue
		}
		if who := m.Groups["label"]; who != "" { // a titled name, not someone unnamed
			if known == nil {
				known = map[string]bool{}
				for j := range d.Paragraphs {
					if labeled[j] {
						known[normName(d.Paragraphs[j].Speaker)] = true
					}
				}
			}
			if !known[normName(who)] && d.roster.lookup(who) == nil {
				continue
			}
		}
		// A turn of its own: a titled name's sentences are attributed as
		// prose is (Reported); someone unnamed's are no one's, and the
		// opening names no source ("A resident from Tanners Court said"
		// is no Tanners Court's).
		p.Speaker, p.Role, p.Label, p.Reported = "", "", "", m.Groups["label"] != ""
		p.Turn = -(i + 1) // a turn of its own, numbered apart from the labels'
	}
}

// quotedAfterIntro gives the paragraphs of a quote to whom the paragraph
// before them introduces, as a press release writes a statement
// ("RDWU general secretary Maureen Achterberg said:" / "\"Our members are
// ..." / "\"Thousands of ..."): each paragraph that opens with a quotation
// mark, up to the first that does not, where no label speaks them.
func (e *Engine) quotedAfterIntro(d *Document, labeled []bool) {
	for i := 0; i+1 < len(d.Paragraphs); i++ {
		p := &d.Paragraphs[i]
		text := d.ParagraphText(p)
		if labeled[i] || p.Speaker != "" || !strings.HasSuffix(strings.TrimRight(text, " \t\r"), ":") {
			continue // most paragraphs: no colon at their end
		}
		last := text[strings.LastIndexByte(text, '\n')+1:]
		m := e.findLine(d, e.speech.quoteIntro, last)
		if m == nil || m.Groups["who"] == "" {
			continue
		}
		who, first := e.withoutOffice(m.Groups["who"]), i+1 // "General Secretary Maureen Kilbride said:": the name
		for j := first; j < len(d.Paragraphs) && !labeled[j] && d.Paragraphs[j].Speaker == ""; j++ {
			q := &d.Paragraphs[j]
			body := strings.TrimLeft(d.ParagraphText(q), " \t")
			// A transcript's time mark may open the quote's next part
			// ("[00:03:30]" / "\"The exception is ...").
			if n := timeMarkLine(body); n > 0 {
				body = strings.TrimLeft(body[n:], " \t\r\n")
			}
			// The first may be set out as a block, without marks, as a news
			// page quotes a post or a speech ("Marsh told MPs:" / "In a more
			// dangerous world, ..."); the next go on only in marks.
			if !strings.HasPrefix(body, "\"") && !strings.HasPrefix(body, "“") && (j > first || !blockQuote(body)) {
				break
			}
			q.Speaker, q.Reported = who, false
			i = j
		}
	}
}

// blockQuote: a paragraph that may be a quotation set out without marks
// under its introduction: sentences, not a list, a table or a heading.
func blockQuote(body string) bool {
	first, _, _ := strings.Cut(body, "\n")
	return len(first) > 40 && listBullet(first) == 0 && !strings.Contains(first, "   ") && strings.ContainsAny(first, ".?!")
}

// liveBlogEntry: a paragraph whose first line is a blog's time stamp
// (blogStamp) and that goes on under it.
func liveBlogEntry(text string) bool {
	first, rest, ok := strings.Cut(text, "\n")
	return ok && blogStamp(first) && strings.TrimSpace(rest) != ""
}

// blogStamp: a line that is a clock time with its am or pm and nothing
// else ("10.15am", "9:55 a.m."), as a live blog heads each entry.
func blogStamp(line string) bool {
	t := strings.TrimSpace(line)
	i := 0
	for i < len(t) && isDigit(t[i]) {
		i++
	}
	if i == 0 || i > 2 || i+3 > len(t) || t[i] != '.' && t[i] != ':' || !isDigit(t[i+1]) || !isDigit(t[i+2]) {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(t[i+3:])) {
	case "am", "pm", "a.m.", "p.m.":
		return true
	}
	return false
}

// timeMarkLine is the length of a bracketed time mark alone on the first
// line of text ("[00:03:30]"), or 0.
func timeMarkLine(text string) int {
	line, _, _ := strings.Cut(text, "\n")
	t := strings.TrimRight(line, " \t\r")
	if len(t) < len("[0:00]") || t[0] != '[' || t[len(t)-1] != ']' || strings.Trim(t[1:len(t)-1], "0123456789:.") != "" {
		return 0
	}
	return len(line)
}

// wrappedHeading: the line is a long heading in capitals that runs on to
// the next line ("FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR
// INFORMATION: CONDUCTED ENERGY" / "DEVICES (TASER)"): it ends in a
// letter, no mark that closes it. An office's line over its holder's
// ("THE MINISTER OF STATE FOR JAL SHAKTI" / "(SHRI ...)") is shorter.
func wrappedHeading(line string) bool {
	t := strings.TrimRight(line, " \t")
	if len(t) < minWrappedHeading || !isUpperASCII(t[len(t)-1]) {
		return false
	}
	letters, _, ok := inCapitals(t)
	return ok && letters >= 8
}

// officeLine: the line in capitals opens with an office ("MINISTER OF
// STATE IN THE MINISTRY OF RURAL DEVELOPMENT"), the line India's
// parliament prints over the holder's name, however long: no heading that
// runs on to the next line.
func (e *Engine) officeLine(line string) bool {
	line = strings.TrimSpace(line)
	if rest, ok := strings.CutPrefix(line, "THE "); ok {
		line = rest
	}
	first, _, _ := strings.Cut(line, " ")
	return e.offices[strings.ToLower(first)]
}

// minWrappedHeading is the shortest line read as a heading wrapped over
// two lines: one near a page's width.
const minWrappedHeading = 50

// maxAskedBetween bounds the question askedBetween reads as someone else's:
// a long paragraph ending in a question is more often the speaker's own
// rhetorical one.
const maxAskedBetween = 400

// recurringLabels are the labels of the "recurring" rules that open
// speech: a mixed-case "Name:" opens speech only where it opens at least
// two lines (a news digest's "The New York Times: Trump Says ..." lines
// are headlines). They are counted over the whole text the first time a
// recurring rule matches, if one does: transcripts that write their
// labels in capitals never need them.
type recurringLabels struct {
	e     *Engine
	d     *Document
	paras []Paragraph // as split at blank lines
	ros   *roster
	set   map[string]bool // nil until counted
}

// has reports whether a recurring rule's label opens speech.
func (rl *recurringLabels) has(label string) bool {
	if rl == nil {
		return false // none counted yet (the roster is read before them)
	}
	if rl.set == nil {
		rl.set = rl.count()
	}
	return rl.set[normName(label)]
}

func (rl *recurringLabels) count() map[string]bool {
	e, d := rl.e, rl.d
	counts := map[string]int{}
	byRule := map[string][]string{} // rule -> the labels it matched
	titled := map[string]string{}   // a label with a title before its name -> the name
	written := map[string]string{}  // a label as the text first writes it
	asks := map[string]bool{}       // a label opens a question
	for _, p := range rl.paras {
		for ln := range lines(d.Text, p.Start, p.End) {
			text := d.Text[ln.Start:ln.End]
			// Most lines open no label of either layout: the layouts' union
			// filters say so in one pass each, before any rule's.
			head := text[:min(len(text), 160)]
			mayInline := e.speech.inlineAny.MayMatch(head)
			mayOwn := len(text) <= maxOwnLine && e.speech.ownLineAny.MayMatch(text)
			if !mayInline && !mayOwn {
				continue
			}
			for _, r := range e.speech.labels {
				if !r.Recurring || r.Layout == "own-line" && !mayOwn || r.Layout == "inline" && !mayInline {
					continue
				}
				m := e.findLine(d, r.pat, text[:min(len(text), 160)])
				if m == nil || m.Start != 0 || headline(text[m.End:]) || clockColon(text, m.End) {
					continue
				}
				label := normName(m.Groups["label"])
				if rl.ros.lookup(m.Groups["label"]) != nil {
					counts[label] += 2 // a label the roster names needs no second sighting
				}
				if announced(d.Text, ln.Start, e.trimTitles(m.Groups["label"])) {
					counts[label]++ // "The last speaker is Ines Pohlmann." over "Ines Pohlmann (Die Linke): ..."
				}
				counts[label]++
				// "Spokesperson Wang Wenbin:" at the first turn, "Wang
				// Wenbin:" after it: one speaker, seen twice.
				if name := normName(e.trimTitles(m.Groups["label"])); name != label {
					counts[name]++
					titled[label] = name
					if e.namesOffice(m.Groups["label"]) {
						counts[label] += 2 // "Spokesperson Anitta Hipper:" speaks once in a briefing of many
					}
				}
				byRule[r.Name] = append(byRule[r.Name], label)
				if _, ok := written[label]; !ok {
					written[label] = m.Groups["label"]
				}
				asks[label] = asks[label] || strings.IndexByte(text[m.End:], '?') >= 0
			}
		}
	}
	for _, v := range d.voices {
		counts[normName(v)] += 2 // a caption's voice tag names a speaker for sure
	}
	out := map[string]bool{}
	for k, n := range counts {
		if n >= 2 {
			out[k] = true
		}
	}
	for label, name := range titled {
		out[label] = out[label] || out[name]
	}
	// Once a layout is plainly in use (three turns or more by labels that
	// recur), a label of that layout seen once is a speaker too: the
	// reporter who asks a single question.
	for rule, labels := range byRule {
		// A layout of its own (Hansard's "Name (Constituency) (Party)")
		// is in use once its lines are seen often enough, whoever they name.
		if n := rl.layoutAfter(rule); n > 0 && len(labels) >= n {
			for _, l := range labels {
				out[l] = true
			}
			continue
		}
		confirmed := 0
		for _, l := range labels {
			if out[l] {
				confirmed++
			}
		}
		if confirmed >= 3 {
			for _, l := range labels {
				out[l] = out[l] || asks[l] || rl.e.loneLabel(written[l]) || namedInFull(d.Text, written[l])
			}
		}
	}
	return out
}

// loneLabel: a label seen once reads as someone who speaks, once its
// layout is in use: a name of two words or more ("Jane Doe:"), one in
// capitals ("REPORTER:"), an office or a questioner; or any that asks a
// question ("Reuters: Is it 25 Allies?", count). One word in mixed case
// that asks nothing is a briefing's lead-in ("Fuel: about 1 in 6 gas
// stations are dry").
func (e *Engine) loneLabel(label string) bool {
	if strings.ContainsAny(strings.TrimSpace(label), " \t") || isAllUpper(label) {
		return true
	}
	l := strings.ToLower(label)
	return e.offices[l] || e.questioners[l]
}

// maxAnnounced is how far before a label the chair's words that name its
// speaker may stand: the end of the turn before.
const maxAnnounced = 300

// announced reports whether the text just before offset at names the
// speaker of a label there (name: the label without titles), by a name of
// two words or more, as a chair announces the next speaker ("The next
// speaker is Matthias Gebauer for Alliance 90/The Greens.", "I call Dr.
// Markus Lehnert."): a label seen once, so announced, speaks.
func announced(text string, at int, name string) bool {
	if k := strings.IndexByte(name, '('); k >= 0 {
		name = name[:k] // "Ines Pohlmann (Die Linke)": the party is not said
	}
	name = strings.TrimSpace(name)
	if strings.IndexByte(name, ' ') < 0 || at <= len(name) {
		return false
	}
	for w := range strings.FieldsSeq(name) {
		if !isUpper(w[0]) || strings.ContainsAny(w, "0123456789") {
			return false // "Table 1", cited before its title: no one's name
		}
	}
	return strings.Contains(text[max(0, at-maxAnnounced):at], name)
}

// namedInFull reports whether text names the one-word label as a
// person's surname with a given name before it and a role or an
// affiliation after it ("Rafael Ortega, Vice-President of the ECB",
// "Rafael Ortega (ECB)"): a press conference's header names the
// "Ortega:" who answers once. A briefing's "Fuel:" is no one's surname.
func namedInFull(text, label string) bool {
	if label == "" || strings.ContainsAny(label, " \t") {
		return false
	}
	for i := 0; ; {
		k := strings.Index(text[i:], label)
		if k < 0 {
			return false
		}
		at, end := i+k, i+k+len(label)
		i = end
		if end+1 >= len(text) || (text[end] != ',' && (text[end] != ' ' || text[end+1] != '(')) || at < 3 || text[at-1] != ' ' {
			continue
		}
		j := at - 1
		for j > 0 && isLetter(text[j-1]) {
			j--
		}
		if at-1-j >= 2 && isUpper(text[j]) && (j == 0 || !isLetter(text[j-1]) && text[j-1] != '-') {
			return true
		}
	}
}

// namesOffice: label names an office and a person ("Chief Spokesperson
// Paula Pinho", "Health Minister Jane Roe"), one of the rules'
// office_titles among the title words before a name of two words or more.
// A headline's "Trade Deal Talks Stall:" names none.
func (e *Engine) namesOffice(label string) bool {
	words := strings.Fields(label)
	name := strings.Fields(e.trimTitles(label))
	if len(name) < 2 {
		return false
	}
	for _, w := range words[:len(words)-len(name)] {
		if e.offices[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// layoutAfter is the LayoutAfter of the speaker rule named name.
func (rl *recurringLabels) layoutAfter(name string) int {
	for _, r := range rl.e.speech.labels {
		if r.Name == name {
			return r.LayoutAfter
		}
	}
	return 0
}

// lines yields the lines of src[start:end].
func lines(src string, start, end int) iter.Seq[span] {
	return func(yield func(span) bool) {
		for start < end {
			k := strings.IndexByte(src[start:end], '\n')
			if k < 0 {
				yield(span{start, end})
				return
			}
			if !yield(span{start, start + k}) {
				return
			}
			start += k + 1
		}
	}
}

// splitAtLabels starts a new paragraph at every line that opens with a
// speaker label, or that is page furniture ("-4-", "Page 3 of 9"):
// debates and OCR'd transcripts run turns together without blank lines.
func (e *Engine) splitAtLabels(d *Document, recurring *recurringLabels) {
	var out []Paragraph // nil until some paragraph splits: most texts keep theirs
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if strings.IndexByte(d.Text[p.Start:p.End], '\n') < 0 {
			if out != nil {
				out = append(out, *p) // one line: nothing to split
			}
			continue
		}
		cur := *p
		ownBefore := false // the line before is a label alone on its line
		prev := ""         // the line before
		// A participants list's items stacked under its first are no labels.
		list := e.findLine(d, e.speech.rosterList, firstLine(d.Text[p.Start:p.End])) != nil
		for ln := range lines(d.Text, p.Start, p.End) {
			text := strings.TrimRight(d.Text[ln.Start:ln.End], "\r")
			before := prev
			prev = text
			if ln.Start == p.Start {
				var r *rules.SpeakerRule
				_, r, ownBefore = e.ownLineLabel(d, text, followingText(d, ln.End), recurring)
				if ownBefore && r.HeaderBlock {
					break // an e-mail's header: its Subject: is no line of the record
				}
				continue // the first line opens the paragraph anyway
			}
			if list && stackedItem(text) {
				continue
			}
			list = false
			furniture := e.matchLine(d, e.speech.pageFurniture, text)
			_, _, _, labeled := e.inlineLabel(d, text, recurring)
			if !labeled {
				own := false
				_, _, own = e.ownLineLabel(d, text, followingText(d, ln.End), recurring)
				// A label's next line that reads as a label alone, with no
				// colon, is its role ("Answered by Daniel Ashworth" /
				// "Parliamentary Under-Secretary (Ministry of Justice)"),
				// no new turn; one with a colon is a label of its own (a
				// question's second asker).
				labeled = own && (!ownBefore || strings.HasSuffix(strings.TrimSpace(text), ":")) && (!wrappedHeading(before) || e.officeLine(before))
				ownBefore = own
			} else {
				ownBefore = false
			}
			if !labeled {
				lead, record := e.recordLine(text)
				labeled = e.turnOpener(d, text) > 0 || record
				// An aside ("ASTON: DR PRIYA NAIR / Co-chair", "Source:
				// ...") is its line alone; the speech goes on under it.
				furniture = furniture || record && hasLowered(e.asideLeads, lead)
			}
			if !labeled && !furniture {
				continue
			}
			if out == nil {
				out = append(make([]Paragraph, 0, len(d.Paragraphs)+16), d.Paragraphs[:i]...)
			}
			cur.End = strings.LastIndexFunc(d.Text[:ln.Start], func(r rune) bool { return !isSpaceRune(r) }) + 1
			if cur.End > cur.Start {
				out = append(out, cur)
			}
			cur = Paragraph{Start: ln.Start, End: p.End, BodyStart: ln.Start, Table: p.Table}
			if furniture {
				out = append(out, Paragraph{Start: ln.Start, End: ln.Start + len(strings.TrimRight(text, " \t")), BodyStart: ln.Start})
				cur.Start, cur.BodyStart = ln.End+1, ln.End+1
			}
		}
		for cur.Start < cur.End && isSpace(d.Text[cur.Start]) {
			cur.Start++
			cur.BodyStart = cur.Start
		}
		if out != nil && cur.End > cur.Start {
			out = append(out, cur)
		}
	}
	if out != nil {
		d.Paragraphs = out
	}
}

// fieldValue: the rest of the first line after a label's colon is a
// figure alone, perhaps with another in brackets ("8,204   (90.2%)"): set
// after a gap of spaces, a form's field and its value.
func fieldValue(s string) bool {
	line, _, _ := strings.Cut(s, "\n")
	line = strings.TrimSpace(line)
	if k := strings.IndexByte(line, '('); k > 0 && strings.HasSuffix(line, ")") {
		line = strings.TrimSpace(line[:k])
	}
	return line != "" && figureCell(line)
}

// tableRowFirst: the first line of text is a row of a plain-text table, its
// cells set apart by runs of spaces, two of them figures.
func tableRowFirst(text string) bool {
	line := firstLine(text)
	return strings.Count(line, "   ") >= 2 && dataRow(line)
}

func isSpaceRune(r rune) bool { return r < 128 && isSpace(byte(r)) }

// turnOpener is the length of the turn marker that opens text (the rules'
// turn_openers), or 0.
func (e *Engine) turnOpener(d *Document, text string) int {
	if m := e.findLine(d, e.speech.turnOpeners, text); m != nil && m.Start == 0 {
		return m.End
	}
	return 0
}

// headline reports text in Title Case, as headlines are and speech is not.
// A salutation that an exclamation or a question ends, with more words
// after it ("Madam President! Dear colleagues! In January, the"), opens
// speech: a headline is one phrase.
func headline(s string) bool {
	words, caps := 0, 0
	ended := false
	for w := range strings.FieldsSeq(s) {
		if words == 10 {
			break
		}
		if ended {
			return false
		}
		words++
		if isUpper(w[0]) {
			caps++
		}
		ended = w[len(w)-1] == '!' || w[len(w)-1] == '?'
	}
	return words >= 3 && caps*10 >= words*6
}

// labelSet resolves label variants to the first form seen.
type labelSet struct {
	known []knownLabel // first seen first
	// The variants resolved by edit distance, to the index of their form:
	// a variant recurs ("OPERATOR" is "MODERATOR" every time), and its
	// answer holds until a new form, which may be nearer, is added.
	variants map[string]int
}

type knownLabel struct {
	form     string // as first written
	norm     string // normName(form)
	squeezed string // norm without its spaces, which the edit distance compares
	chars    uint64 // charSet(squeezed)
}

// maxLabelEdits is the most edits that make two labels one (OCR noise).
const maxLabelEdits = 2

func (l *labelSet) canonical(label string) string {
	for _, k := range l.known {
		if k.form == label {
			return label // a label recurs as written: its norm is known
		}
	}
	var buf [64]byte
	nb := appendNormName(buf[:0], label)
	for _, k := range l.known {
		if k.norm == string(nb) && len(nb) > 0 {
			return k.form
		}
	}
	if i, ok := l.variants[string(nb)]; ok {
		return l.known[i].form
	}
	if best := l.nearest(nb); best >= 0 {
		if l.variants == nil {
			l.variants = map[string]int{}
		}
		l.variants[string(nb)] = best
		return l.known[best].form
	}
	if l.known == nil {
		l.known = make([]knownLabel, 0, 8) // a transcript has a few speakers
	}
	both := string(appendSqueezed(nb, nb)) // the norm and its squeezed form, one string
	sq := both[len(nb):]
	l.known = append(l.known, knownLabel{form: label, norm: both[:len(nb)], squeezed: sq, chars: charSet(sq)})
	clear(l.variants)
	return label
}

// nearest is the index of the known form within a small edit distance of
// the norm n, the nearest first seen, or -1. OCR noise: a label of some
// length ("t'RLETON" for "CARLETON").
func (l *labelSet) nearest(n []byte) int {
	var buf [64]byte
	sq := appendSqueezed(buf[:0], n)
	if len(sq) < 5 {
		return -1
	}
	best, bestD := -1, maxLabelEdits+1
	chars := charSet(sq)
	for i, k := range l.known {
		msq := k.squeezed
		if len(msq) < 5 {
			continue
		}
		limit := 1
		if len(msq) >= 7 {
			limit = 2
		}
		// Only a distance below the best so far counts.
		limit = min(limit, bestD-1)
		// An edit adds a character to the set of those a label holds and
		// takes one away at most: most pairs of labels are told apart
		// here, without the edit distance.
		if bits.OnesCount64(chars^k.chars) > 2*limit {
			continue
		}
		// Numbered labels are different people: "Speaker 2" is no OCR
		// slip of "Speaker 1", nor "ANCHOR 2" of "ANCHOR 1".
		if !sameDigits(string(sq), msq) || letteredApart(string(n), k.norm) || sexedApart(string(n), k.norm) {
			continue
		}
		if dist := editDistanceWithin(sq, msq, limit); dist <= limit {
			best, bestD = i, dist
		}
	}
	return best
}

// letteredApart: two labels end in different letters alone ("Speaker A"
// and "Speaker B", as Descript names the voices it cannot), which are two
// people, not an OCR slip.
func letteredApart(a, b string) bool {
	la, lb := len(a), len(b)
	return la >= 3 && lb >= 3 && a[la-2] == ' ' && b[lb-2] == ' ' && isLetter(a[la-1]) && isLetter(b[lb-1]) && a[la-1] != b[lb-1]
}

// sexedApart: one label is a man's or a male voice and the other a
// woman's or a female one ("UNIDENTIFIED MALE" and "UNIDENTIFIED FEMALE",
// as a network's transcript writes voices it cannot name): two people,
// not an OCR slip.
func sexedApart(a, b string) bool {
	for _, pair := range [...][2]string{{"male", "female"}, {"man", "woman"}} {
		if hasWordFold(a, pair[0]) && hasWordFold(b, pair[1]) || hasWordFold(a, pair[1]) && hasWordFold(b, pair[0]) {
			return true
		}
	}
	return false
}

// hasWordFold: s holds w as a whole word, in any case.
func hasWordFold(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// sameDigits: a and b hold the same digits in the same order.
func sameDigits(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && !isDigit(a[i]) {
			i++
		}
		for j < len(b) && !isDigit(b[j]) {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i, j = i+1, j+1
	}
}

// charSet is the set of the bytes of s, each as the bit of its low six
// bits: bytes that share a bit only make two sets look nearer.
func charSet[T string | []byte](s T) uint64 {
	var set uint64
	for i := 0; i < len(s); i++ {
		set |= 1 << (s[i] & 63)
	}
	return set
}

// appendSqueezed appends the norm n without its spaces to b.
func appendSqueezed(b, n []byte) []byte {
	for _, c := range n {
		if c != ' ' {
			b = append(b, c)
		}
	}
	return b
}

// editDistanceWithin is the edit distance of a and b where it is at most
// k (up to maxLabelEdits), and k+1 where it is more. A path of k edits or
// fewer keeps within k of the diagonal, so the table is kept only there,
// one row at a time, and given up at the first row all past k.
func editDistanceWithin(a []byte, b string, k int) int {
	if abs(len(a)-len(b)) > k {
		return k + 1
	}
	// Cell d of a row i holds the distance of a[:i] and b[:i+d-k].
	var prevRow, curRow [2*maxLabelEdits + 1]int
	prev, cur := prevRow[:2*k+1], curRow[:2*k+1]
	for d := range prev {
		prev[d] = k + 1
		if j := d - k; j >= 0 && j <= len(b) {
			prev[d] = j
		}
	}
	for i := 1; i <= len(a); i++ {
		rowMin := k + 1
		for d := range cur {
			j := i + d - k
			switch {
			case j < 0 || j > len(b):
				cur[d] = k + 1
			case j == 0:
				cur[d] = i
			default:
				cost := 1
				if a[i-1] == b[j-1] {
					cost = 0
				}
				v := prev[d] + cost // a[i-1] and b[j-1] aligned
				if d+1 < len(prev) {
					v = min(v, prev[d+1]+1) // a[i-1] dropped
				}
				if d > 0 {
					v = min(v, cur[d-1]+1) // b[j-1] dropped
				}
				cur[d] = min(v, k+1)
			}
			rowMin = min(rowMin, cur[d])
		}
		if rowMin > k {
			return k + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)-len(a)+k]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// maxOwnLine is the longest line that may be a label on its own line.
const maxOwnLine = 120

// firstLine is the first line of a paragraph without its \r, as far as
// ownLineLabel reads it: a line longer than maxOwnLine is cut a byte past
// it, too long all the same, where it is not searched to its end for a
// line break (most paragraphs of speech are one long line).
func firstLine(text string) string {
	head := text[:min(len(text), maxOwnLine+1)]
	k := strings.IndexByte(head, '\n')
	switch {
	case k >= 0:
		head = head[:k]
	case len(head) < len(text) && head[maxOwnLine] == '\r':
		head, _, _ = strings.Cut(text, "\n") // the line may end in a run of \r
	}
	return strings.TrimRight(head, "\r")
}

// ownLineLabelOK reports whether ownLineLabel finds a label.
func (e *Engine) ownLineLabelOK(d *Document, text, after string, recurring *recurringLabels) bool {
	_, _, ok := e.ownLineLabel(d, text, after, recurring)
	return ok
}

// maxFollowed is how much of the text after a label's line a rule's
// followed_by pattern reads: the next line or two.
const maxFollowed = 160

// followingText is the text after the line that ends at end, for a rule's
// followed_by: the line break and the next maxFollowed bytes.
func followingText(d *Document, end int) string {
	return d.Text[end:min(len(d.Text), end+maxFollowed)]
}

// ownLineLabel is the label of a line (text) that names a speaker alone,
// and the rule that read it; after is the text after the line, which a
// rule's followed_by must match.
func (e *Engine) ownLineLabel(d *Document, text, after string, recurring *recurringLabels) (string, *rules.SpeakerRule, bool) {
	if len(text) > maxOwnLine || strings.Contains(text, "\n") || !e.speech.ownLineAny.MayMatch(text) {
		return "", nil, false
	}
	for _, r := range e.speech.ownLine {
		m := e.findLine(d, r.pat, text)
		if m == nil {
			continue
		}
		label := m.Groups["label"]
		if r.RosterOnly && d.roster.lookup(label) == nil {
			continue
		}
		if r.FollowedBy != nil {
			if ok, _ := e.match(d, r.Name, r.FollowedBy, after); !ok {
				continue // "throwaway_rn_halvern" with no "· 1 day ago" under it
			}
		}
		if (!r.Recurring || recurring.has(label)) && e.plausibleLabel(label) && !programmeName(text, label) {
			return cleanLabel(label), r.SpeakerRule, true
		}
	}
	return "", nil, false
}

// programmeName: the label alone on its line names a programme or a
// body, which no speaker is: its initials are spelled in brackets after
// it ("Pradhan Mantri Gram Sadak Yojana (PMGSY)"), or it is one code in
// capitals joined by a hyphen ("PM-JANMAN (Housing and Roads for PVTGs)").
func programmeName(line, label string) bool {
	words := strings.Fields(label)
	if len(words) == 1 {
		w := words[0]
		return strings.Contains(w, "-") && strings.ToUpper(w) == w && hasLetter(w) && strings.Contains(line, "(")
	}
	var b strings.Builder
	b.WriteByte('(')
	for _, w := range words {
		b.WriteByte(w[0])
	}
	b.WriteByte(')')
	return strings.Contains(line, b.String())
}

func (e *Engine) inlineLabel(d *Document, text string, recurring *recurringLabels) (string, *rules.SpeakerRule, int, bool) {
	head := text[:min(len(text), 160)]
	if !e.speech.inlineAny.MayMatch(head) {
		return "", nil, 0, false // most paragraphs: no label pattern's filter lets them through
	}
	for _, r := range e.speech.inline {
		m := e.findLine(d, r.pat, head)
		if m == nil || m.Start != 0 {
			continue
		}
		// m is the document's one match, which recurring.has may fill
		// anew: what is needed of it is kept first.
		label, end := m.Groups["label"], m.End
		if clockColon(head, end) || r.RosterOnly && d.roster.lookup(label) == nil || r.Recurring && !recurring.has(label) || !e.plausibleLabel(label) {
			continue
		}
		if strings.HasSuffix(head[:end], "  ") && fieldValue(head[end:]) {
			continue // "Turnout:        63.4%": a field's value, no speech
		}
		if tableRowFirst(head) {
			return "", nil, 0, false // "RTT: % of patients waiting < 18 weeks     92.0%     57.6%": a table's row
		}
		// "EASTERN CHAD: Sudan Refugee Crisis" heads a report: what follows
		// the colon is a title, and the label opens no other paragraph.
		// A caption's turn marker (">> BUDGET DIRECTOR OKAFOR: THANK YOU
		// MAYOR AND MEMBERS OF") opens speech, however title-like its
		// first line in capitals.
		if !r.Recurring && !turnMarked(head) && titleLine(text[end:]) && !recurring.has(label) {
			continue
		}
		// "IFS: 'almost no headroom'" over a live blog's entry: a
		// headline that quotes its source, the quote alone on its line.
		if !turnMarked(head) && quotedHeadline(text[end:]) {
			continue
		}
		return cleanLabel(label), r.SpeakerRule, end, true
	}
	return "", nil, 0, false
}

// speechEnd reports a paragraph that is a mark closing the speech alone
// (the rules' speech_ends), in brackets or not, a note after a comma or a
// dash left aside: "[END OF LIVE, 00:08:40]", "END OF TRANSCRIPT".
func (e *Engine) speechEnd(text string) bool {
	if len(text) > maxSpeechEnd || e.speechEndLen == 0 || strings.IndexByte(text, '\n') >= 0 {
		return false
	}
	t := strings.TrimSpace(text)
	if len(t) > 2 && (t[0] == '[' && t[len(t)-1] == ']' || t[0] == '(' && t[len(t)-1] == ')') {
		t = t[1 : len(t)-1]
	}
	// The mark ends at a comma or a dash ("–", "—" open with 0xE2; " - ").
	for i := 1; i < len(t); i++ {
		if c := t[i]; c == ',' || c == 0xE2 || c == '-' && t[i-1] == ' ' && i+1 < len(t) && t[i+1] == ' ' {
			t = t[:i]
			break
		}
	}
	t = strings.TrimSpace(t)
	return len(t) <= e.speechEndLen && hasLowered(e.speechEnds, t)
}

// maxSpeechEnd bounds the paragraph that may be a mark closing the speech,
// its time or note included.
const maxSpeechEnd = 60

// turnMarked: text opens with a caption's turn marker (">>").
func turnMarked(text string) bool {
	return strings.HasPrefix(strings.TrimLeft(text, " \t"), ">>")
}

// clockColon: the colon a label match ends at, at offset end of text, is
// a clock time's ("At 04:12 on Friday"): a digit follows it at once.
func clockColon(text string, end int) bool {
	return end > 0 && end < len(text) && text[end-1] == ':' && isDigit(text[end])
}

// titleLine: the first line of s is a title, not speech: one to eight
// words, each capitalized or a short function word, with no mark that
// ends or splits a sentence.
func titleLine(s string) bool {
	line, _, _ := strings.Cut(s, "\n")
	line = strings.TrimSpace(line)
	if line == "" || strings.ContainsAny(line, ".?!,;:\"“”") {
		return false
	}
	words := 0
	for w := range strings.FieldsSeq(line) {
		words++
		if words > 8 {
			return false
		}
		switch w {
		case "of", "and", "the", "in", "for", "on", "to", "a", "an", "at", "by", "&", "–", "-", "|":
			continue
		}
		if !isUpper(w[0]) && !isDigit(w[0]) {
			return false
		}
	}
	return true
}

// quotedHeadline: the first line of s is a short quotation and nothing
// else, and text follows on the next line, as a news page's headline
// quotes what its story reports ("'We are choosing security'").
func quotedHeadline(s string) bool {
	line, rest, ok := strings.Cut(s, "\n")
	line = strings.TrimSpace(line)
	if !ok || strings.TrimSpace(rest) == "" || len(line) < 4 || len(line) > maxQuotedHeadline {
		return false
	}
	for _, q := range [...][2]string{{"'", "'"}, {"\"", "\""}, {"‘", "’"}, {"“", "”"}} {
		if strings.HasPrefix(line, q[0]) && strings.HasSuffix(line, q[1]) {
			inner := line[len(q[0]) : len(line)-len(q[1])]
			return !strings.Contains(inner, q[1]) // one quotation, not two
		}
	}
	return false
}

// maxQuotedHeadline bounds a headline's quotation: a few words.
const maxQuotedHeadline = 80

// plausibleLabel rejects what a label pattern can catch but no one is
// called: dates, times, bare numbers.
func (e *Engine) plausibleLabel(l string) bool {
	letters := 0
	for i := 0; i < len(l); i++ {
		if isLetter(l[i]) {
			letters++
		}
	}
	if letters < 1 || len(l) > 80 {
		return false
	}
	// One word that names no one ("Tuesday:"); a numbering abbreviation
	// and its number ("Case No. 1:23-cv-04567") identify a document.
	words := 0
	var word, prev string
	for w := range strings.FieldsSeq(l) {
		if words > 0 && isDigit(w[0]) && strings.HasSuffix(prev, ".") && hasLowered(e.numAbbrev, strings.TrimSuffix(prev, ".")) {
			return false
		}
		// A word of the record and its number ("Resolution 1 (Financial
		// statements): For 401,226,510") heads a line of a poll's results
		// or of minutes, not a turn.
		if words == 1 && isDigit(w[0]) && hasLowered(e.notLabels, prev) {
			return false
		}
		if words == 0 && hasLowered(e.clauseLeads, w) {
			return false
		}
		words, word, prev = words+1, w, w
	}
	if words >= 2 && hasLowered(e.numAbbrev, strings.TrimSuffix(word, ".")) {
		return false // "Sitting No: 5", "Volume No: 96": a record's field
	}
	if words >= 4 && strings.Contains(l, " AND ") && !strings.Contains(l, "(") {
		return false // "PERSONS NOMINATED AND VOTES RECORDED": a heading, no one's name
	}
	if words >= 2 && words <= 4 && len(l) < 40 && !strings.Contains(l, "  ") {
		// "Action items:", "Questions & Answers:"; and a heading that ends
		// in such a word ("DIRECTORS PRESENT:", "EXECUTIVE SUMMARY:").
		return !hasLowered(e.notLabels, strings.Trim(l, ".,")) && !hasLowered(e.notLabels, strings.Trim(word, ".,"))
	}
	return !(words == 1 && hasLowered(e.notLabels, strings.Trim(word, ".,")))
}

// paragraphNumber is the number a paragraph opens with ("3. Sir, the
// total ..."), or 0.
func paragraphNumber(text string) int {
	n, k := 0, 0
	for k < len(text) && k < 3 && isDigit(text[k]) {
		n = n*10 + int(text[k]-'0')
		k++
	}
	if k == 0 || k+1 >= len(text) || text[k] != '.' || text[k+1] != ' ' {
		return 0
	}
	return n
}

// sectionHeading reports a heading in capitals on a line of its own ("5.
// PUBLIC COMMENT", "ITEM 7.3 — BOND ELECTION"): a new part of the record,
// which the turn before it does not run into.
func sectionHeading(text string) bool {
	if len(text) > 160 || text == "" || text[0] == '(' || text[0] == '[' {
		return false // "(ON SCREEN: AZ-06 -- 91% IN)": a caption over speech
	}
	letters, words, ok := inCapitals(text)
	// "6. RESOLUTIONS": a numbered heading may be one word.
	numbered := isDigit(text[0]) && strings.Contains(text[:min(len(text), 4)], ". ")
	return ok && letters >= 8 && (words >= 2 || numbered)
}

// recordLine reports a paragraph that opens with a word of the record, not
// of anyone's speech ("MOTION: Trustee Raman moved ...", "Note: ..."), and
// that word: it is the document's own voice, and the turn before it has
// ended, unless it is an aside (the rules' aside_leads).
func (e *Engine) recordLine(text string) (string, bool) {
	k := strings.IndexByte(text[:min(len(text), 24)], ':')
	if k <= 0 || k+1 < len(text) && text[k+1] != ' ' {
		return "", false
	}
	lead := text[:k]
	return lead, strings.Count(lead, " ") <= 1 && lead[0] != ' ' && isLetter(lead[0]) && hasLowered(e.notLabels, lead)
}

// hasLowered is m[strings.ToLower(s)], lower-casing ASCII in a stack
// buffer instead of a new string.
func hasLowered(m map[string]bool, s string) bool {
	var buf [64]byte
	if len(s) > len(buf) {
		return m[toLower(s)]
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return m[toLower(s)]
		}
		if isUpper(c) {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return m[string(b)]
}

// cleanLabel is the label with its white space runs made single spaces.
func cleanLabel(l string) string {
	l = withoutParty(l)
	if singleSpaced(l) {
		return l
	}
	return strings.Join(strings.Fields(l), " ")
}

// withoutParty is a label without the party and state a US network's
// transcript writes after a politician's name the first time ("GOV. RUTH
// HALVERSON (D-MN)"): the name speaks, as it does later ("HALVERSON").
func withoutParty(l string) string {
	k := strings.LastIndex(l, " (")
	if k <= 0 || !strings.HasSuffix(l, ")") {
		return l
	}
	party, state, _ := strings.Cut(l[k+2:len(l)-1], "-")
	switch party {
	case "D", "R", "I", "DFL", "L", "G", "Ind":
	default:
		return l
	}
	if state != "" && (len(state) != 2 || !isUpperASCII(state[0]) || !isUpperASCII(state[1])) {
		return l
	}
	return l[:k]
}

// singleSpaced reports ASCII text whose white space is single spaces
// between words: cleanLabel leaves it as it is.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return false
		case isSpace(c) && (c != ' ' || i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}

func (e *Engine) isQuestioner(label string, r *rules.SpeakerRule) bool {
	if r != nil && r.Questioner {
		return true
	}
	return hasLowered(e.questioners, label)
}

// normName compares names ignoring case, honorifics and punctuation (CLAIMS.md §3).
func normName(s string) string {
	var buf [64]byte
	return string(appendNormName(buf[:0], s))
}

// appendNormName appends normName(s) to b: ASCII in place, other text by
// normNameMixed.
func appendNormName(b []byte, s string) []byte {
	start := len(b)
	for i := 0; i < len(s); {
		if s[i] >= utf8.RuneSelf {
			return append(b[:start], normNameMixed(s)...)
		}
		j := i
		for j < len(s) && isAlnum(s[j]) {
			j++
		}
		if j == i {
			i++
			continue
		}
		mark := len(b)
		if mark > start {
			b = append(b, ' ')
		}
		w := len(b)
		for _, c := range []byte(s[i:j]) {
			if isUpper(c) {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		if honorific(b[w:]) {
			b = b[:mark]
		}
		i = j
	}
	return b
}

func honorific(w []byte) bool {
	switch string(w) {
	case "mr", "ms", "mrs", "dr", "prof", "sen", "rep", "gov", "amb":
		return true
	}
	return false
}

// normNameMixed is normName of text that is not all ASCII.
func normNameMixed(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127) }) {
		if honorific([]byte(w)) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// speakerPatterns are the patterns of the speaker pass, each with the line
// filter derived from it and, where it translates exactly, its Go
// matcher: the pass tries them on every line and paragraph, most of which
// are speech, and the filter turns those away; on the rest, labels mostly,
// Go's regexp answers in a fraction of regexp2's time.
type speakerPatterns struct {
	labels, roster                                  []labelRule
	inline, ownLine                                 []labelRule     // the labels by layout
	inlineAny, ownLineAny                           rules.FilterSet // the union of each layout's filters
	stageDirections, questionOpeners, pageFurniture linePattern
	turnOpeners                                     linePattern
	reporterIntro, rosterHeading                    linePattern
	reportedSpeech, rosterList                      linePattern
	quoteIntro                                      linePattern
}

type labelRule struct {
	*rules.SpeakerRule
	pat linePattern
}

// linePattern is a pattern, its filter and its Go matcher (nil where it
// has none) or, where its program is too long for Go, the matcher of its
// widened form for short strings (a label on its own line), both guided
// (rules.LineMatcher.Guided); a nil pattern (the rule set has none)
// matches nothing.
type linePattern struct {
	name  string
	re    *rules.Regex
	may   *rules.LineFilter
	exact *rules.LineMatcher
	short *rules.ShortMatcher
}

func newSpeakerPatterns(rs *rules.Set) *speakerPatterns {
	sp := &speakerPatterns{labels: make([]labelRule, len(rs.Speakers)), roster: make([]labelRule, len(rs.Roster))}
	// Each pattern's filter and matchers take a millisecond or more to
	// derive, and every run waits for them before its first file: they
	// are derived side by side, one pattern a core.
	var jobs []func()
	// The unions take longest: they go first, so that the cores end
	// together (the jobs are taken in order).
	inline, ownLine := layoutPatterns(rs)
	jobs = append(jobs, func() { sp.inlineAny = rules.NewUnionFilters(inline) },
		func() { sp.ownLineAny = rules.NewUnionFilters(ownLine) })
	for _, l := range []struct {
		rules []*rules.SpeakerRule
		out   []labelRule
	}{{rs.Speakers, sp.labels}, {rs.Roster, sp.roster}} {
		for i, r := range l.rules {
			jobs = append(jobs, func() { l.out[i] = labelRule{r, newLinePattern(r.Name, r.Re)} })
		}
	}
	for _, p := range []struct {
		dst  *linePattern
		name string
		re   *rules.Regex
	}{
		{&sp.stageDirections, "stage_directions", rs.StageDirections},
		{&sp.questionOpeners, "question_openers", rs.QuestionOpeners},
		{&sp.turnOpeners, "turn_openers", rs.TurnOpeners},
		{&sp.pageFurniture, "page_furniture", rs.PageFurniture},
		{&sp.reporterIntro, "reporter_intro", rs.ReporterIntro},
		{&sp.reportedSpeech, "reported_speech", rs.ReportedSpeech},
		{&sp.quoteIntro, "quote_intro", rs.QuoteIntro},
		{&sp.rosterList, "roster_list", rs.RosterList},
		{&sp.rosterHeading, "roster_heading", rs.RosterHeading},
	} {
		jobs = append(jobs, func() { *p.dst = newLinePattern(p.name, p.re) })
	}
	runOnCores(jobs)
	for _, r := range sp.labels {
		switch r.Layout {
		case "inline":
			sp.inline = append(sp.inline, r)
		case "own-line":
			sp.ownLine = append(sp.ownLine, r)
		}
	}
	return sp
}

// layoutPatterns returns the patterns of the inline and the own-line
// speaker labels, in the rules' order.
func layoutPatterns(rs *rules.Set) (inline, ownLine []*rules.Regex) {
	for _, r := range rs.Speakers {
		switch r.Layout {
		case "inline":
			inline = append(inline, r.Re)
		case "own-line":
			ownLine = append(ownLine, r.Re)
		}
	}
	return inline, ownLine
}

// runOnCores runs the jobs, as many at once as there are cores.
func runOnCores(jobs []func()) {
	var wg sync.WaitGroup
	var next atomic.Int64 // the jobs are taken in order
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Go(func() {
			for i := next.Add(1) - 1; i < int64(len(jobs)); i = next.Add(1) - 1 {
				jobs[i]()
			}
		})
	}
	wg.Wait()
}

func newLinePattern(name string, re *rules.Regex) linePattern {
	p := linePattern{name: name, re: re, may: rules.NewLineFilter(re), short: rules.NewShortMatcher(re).Guided()}
	if re != nil {
		p.exact = re.LineMatcher().Guided()
	}
	return p
}

// matcher is the Go matcher for s, or nil.
func (p linePattern) matcher(s string) *rules.LineMatcher {
	if p.short.Answers(s) {
		return p.short.LineMatcher
	}
	return p.exact
}

// skips reports a string the pattern cannot match, or a pattern switched
// off for its timeouts.
func (e *Engine) skips(p linePattern, s string) bool {
	return p.re == nil || !p.may.MayMatch(s) || e.isDead(p.re)
}

func (e *Engine) matchLine(d *Document, p linePattern, s string) bool {
	if e.skips(p, s) {
		return false
	}
	if ok, answered := p.matcher(s).MatchString(s); answered {
		return ok
	}
	ok, _ := e.match(d, p.name, p.re, s)
	return ok
}

// findLine is the pattern's match in s, or nil. A match of Go's matcher
// is the document's lineMatch, reused: the caller reads it before it
// looks for the next.
func (e *Engine) findLine(d *Document, p linePattern, s string) *rules.Match {
	if p.re == nil || e.isDead(p.re) {
		return nil
	}
	// An unanchored pattern ("I'm Ann Lee from Reuters" in a question) is
	// looked for from the character before its first possible start (the
	// one a \b or lookbehind there reads): Go's matcher would try every
	// position of the paragraph before it. Where the filter tells the
	// start, it also tells when there is none; where it does not (0), it
	// is asked.
	first := p.may.FirstStart(s)
	if first > len(s) || first == 0 && !p.may.MayMatch(s) {
		return nil
	}
	from := max(first-1, 0)
	if found, answered := p.matcher(s[from:]).FindInto(s[from:], &d.lineMatch); answered {
		if !found {
			return nil
		}
		m := &d.lineMatch
		m.Start, m.End = m.Start+from, m.End+from
		return m
	}
	m, _ := e.find(d, p.name, p.re, s)
	return m
}
