package extractor

import (
	"cmp"
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"fmt"
	"hash"
	"iter"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/factable/factable/rules"
)

// Engine extracts claims with one compiled rule set. It is safe for
// concurrent use.
type Engine struct {
	rules       *rules.Set
	lx          *lexicon
	abbrev      map[string]bool
	numAbbrev   map[string]bool
	titles      map[string]bool
	offices     map[string]bool // the rules' office_titles
	modifiers   map[string]bool // the rules' title_modifiers
	spanWords   map[string]bool // the rules' span_prepositions of one word
	rateUnits   map[string]bool
	frequency   map[string]bool     // multiples that are counts of times unless they compare
	notWholes   map[string]bool     // nouns before "of" and a number that are no group it counts
	changeVerbs map[string][]string // the rules' change_verbs, lower-cased, by last word, longest first (subjectBefore)
	levelVerbs  map[string]bool     // the rules' level_verbs, lower-cased, with the space before them
	rateLeads   *rateLeads
	comparisons [][]string // the rules' comparison_leads, each as its words
	notLabels   map[string]bool
	notPoints   map[string]bool // the rules' not_percentage_points
	// the rules' percent_subjects: rates given as a bare figure
	percentSubjects map[string]bool
	// the rules' money_subjects, money_objects and money_verbs: amounts
	// given as a bare figure (moneyByContext)
	moneySubjects, moneyObjects, moneyVerbs map[string]bool
	countSubjects                           map[string]bool // the rules' count_subjects (countSubject)
	shiftNouns                              map[string]bool // the rules' shift_nouns (shiftOf)
	equalsVerbs, shortUnits                 map[string]bool // the rules' equals_verbs (countSubject) and short_units
	asideLeads                              map[string]bool // the rules' aside_leads (recordLine)
	speechEnds                              map[string]bool // the rules' speech_ends (speechEnd)
	speechEndLen                            int             // the longest of them
	clauseLeads                             map[string]bool // the rules' clause_leads (plausibleLabel)
	tallyWords                              map[string]bool // the rules' tally_words (fieldUnit)
	questioners                             map[string]bool
	units                                   []unitForm
	cued                                    []unitForm             // units with cues: a currency's words elsewhere (cuedUnitAt)
	cues                                    map[string]*unitCues   // by unit
	smaller                                 map[string]smallerUnit // by unit: the unit a figure in it may go on in
	currencies                              []unitForm
	localDollars                            map[string]bool     // the other dollars a plain "$" may mean (currencytally.go)
	places                                  map[string]string   // a country's or a place's name -> its currency (currencytally.go)
	shared                                  map[string][]string // a currency word -> the currencies that share it (currencytally.go)
	codeEnds                                [256]bool           // the last bytes of currency codes (currencyCodeBefore)
	qualBefore                              []qualForm
	qualAfter                               []qualForm
	qualAfterAt                             *firstByteIndex // qualAfter by first byte
	// the words qualBefore's hedges end with (mayEndHedge)
	hedgeLastWords map[string]bool
	phraseWords    map[string]uint8 // nounPhrase's word classes (phrase.go)
	topics         *topicIndex
	exclusions     *exclusionIndex

	periodTriggers *triggerIndex
	speech         *speakerPatterns
	abbrevShapes   wordShapes // of abbrev and numAbbrev

	mu       sync.Mutex
	timedOut map[string]bool      // rules that hit their match timeout, reported once
	timeouts map[*rules.Regex]int // timeouts of each pattern; at maxTimeouts it is skipped
	anyDead  atomic.Bool          // some pattern is skipped (the fast path of every match)

	scratches sync.Pool // of *docScratch (scratch.go)
	claimRoom sync.Pool // of *[]Claim, zeroed: results' claims given back (Recycle)
}

// Options change what Extract reports.
type Options struct {
	Mentions bool // also report the numbers that are not claims
}

// New prepares an engine for a rule set.
func New(rs *rules.Set) *Engine {
	e := &Engine{rules: rs, lx: newLexicon(rs), abbrev: set(rs.Abbreviations), numAbbrev: set(rs.NumberingAbbreviations), titles: set(rs.Titles), offices: set(rs.OfficeTitles), modifiers: set(rs.TitleModifiers), rateUnits: set(rs.RateUnits), frequency: set(rs.FrequencyMultiples), notWholes: set(rs.NotWholesBeforeOf), notLabels: set(rs.NotLabels), notPoints: set(rs.NotPercentagePoints), percentSubjects: set(rs.PercentSubjects), moneySubjects: set(rs.MoneySubjects), moneyObjects: set(rs.MoneyObjects), moneyVerbs: set(rs.MoneyVerbs), countSubjects: set(rs.CountSubjects), shiftNouns: set(rs.ShiftNouns), equalsVerbs: set(rs.EqualsVerbs), shortUnits: set(rs.ShortUnits), asideLeads: set(rs.AsideLeads), speechEnds: set(rs.SpeechEnds), clauseLeads: set(rs.ClauseLeads), tallyWords: set(rs.TallyWords),
		questioners: set(rs.QuestionerLabels), timedOut: map[string]bool{}, timeouts: map[*rules.Regex]int{}}
	for _, m := range rs.SpeechEnds {
		e.speechEndLen = max(e.speechEndLen, len(m))
	}
	e.changeVerbs = map[string][]string{}
	for _, v := range rs.ChangeVerbs {
		if w := strings.Fields(strings.ToLower(v)); len(w) > 0 {
			last := w[len(w)-1]
			e.changeVerbs[last] = append(e.changeVerbs[last], " "+strings.Join(w, " ")) // with the space before it
		}
	}
	e.levelVerbs = map[string]bool{}
	for _, v := range rs.LevelVerbs {
		e.levelVerbs[" "+strings.Join(strings.Fields(strings.ToLower(v)), " ")] = true
	}
	for _, vs := range e.changeVerbs {
		slices.SortStableFunc(vs, func(a, b string) int { return len(b) - len(a) }) // "was up" before "up"
	}
	e.spanWords = map[string]bool{}
	for _, p := range rs.SpanPrepositions {
		if !strings.Contains(p, " ") {
			e.spanWords[strings.ToLower(p)] = true
		}
	}
	e.indexUnits()
	e.localDollars = localDollars(e.lx)
	e.places = places(rs.Currencies)
	e.shared = sharedWords(rs.Currencies)
	e.indexQualifiers()
	e.indexPhraseWords()
	e.topics = newTopicIndex(rs.Topics)
	e.periodTriggers = newTriggerIndex(rs.Periods)
	e.rateLeads = newRateLeads(rs.RateLeads)
	for _, l := range rs.ComparisonLeads {
		e.comparisons = append(e.comparisons, strings.Fields(strings.ToLower(l)))
	}
	e.speech = newSpeakerPatterns(rs)
	e.abbrevShapes = newWordShapes(e.abbrev, e.numAbbrev)
	// The exclusions' batches read the patterns' prefilters, which a set
	// from rules.Start may still be deriving: all that goes before ran
	// beside them.
	rs.Wait()
	e.exclusions = indexExclusions(rs.Exclusions)
	return e
}

func set(l []string) map[string]bool {
	m := make(map[string]bool, len(l))
	for _, s := range l {
		m[strings.ToLower(s)] = true
	}
	return m
}

// Extract reads one input and returns its claims (and, with
// Options.Mentions, the numbers that are not claims). The claims' text may
// share raw's memory (NewDocument): raw must not change after the call.
// A caller done with the result may hand its claims' memory to the next
// call (Recycle).
func (e *Engine) Extract(source string, raw []byte, opt Options) (*Result, error) {
	var out [1]Outcome
	e.extractBatch([]Input{{Source: source, Raw: raw}}, opt, out[:])
	return out[0].Result, out[0].Err
}

// Input is one document of a batch: its name and its bytes, which must not
// change after the call (Extract).
type Input struct {
	Source string
	Raw    []byte
}

// Outcome is what came of one Input: its result, or the error that
// refused it.
type Outcome struct {
	Result *Result
	Err    error
}

// ExtractBatch reads several inputs and returns what came of each, in
// their order; each is read as Extract reads it, with the same results.
//
// It is faster than Extract on each: it runs each pass (scan, classify,
// assemble, topics) over all the documents before the next pass. Each
// pass has its own code and tables, and a short document's passes, run one
// after the other, each start with the caches and branch history full of
// the others'. Batches of a megabyte or two of short transcripts run
// about as fast as one long input (bench/run: "separate documents"). The
// documents' intermediate tables are all held at once: a batch's size is
// the caller's memory bound.
func (e *Engine) ExtractBatch(in []Input, opt Options) []Outcome {
	out := make([]Outcome, len(in))
	e.extractBatch(in, opt, out)
	return out
}

func (e *Engine) extractBatch(in []Input, opt Options, out []Outcome) {
	// xs holds the documents that could be read (a refused one has its
	// error in out); Extract's single one needs no slice made for it.
	var one [1]*docState
	xs := one[:0]
	if len(in) > 1 {
		xs = make([]*docState, 0, len(in))
	}
	for i, doc := range in {
		x := &docState{e: e, opt: opt, docScratch: e.scratch(), out: &out[i]}
		d, err := newDocument(doc.Source, doc.Raw, &x.room, x.e.notLabels)
		if err != nil {
			e.release(x.docScratch)
			out[i].Err = err
			continue
		}
		e.speakerPass(d)
		x.d = d
		x.res = &Result{Source: Source{File: doc.Source, SHA256: sha(doc.Raw), Lines: d.Lines()}}
		xs = append(xs, x)
	}
	for _, x := range xs {
		x.scanPass()
	}
	for _, x := range xs {
		x.classifyPass()
	}
	for _, x := range xs {
		x.assemblePass()
	}
	for _, x := range xs {
		x.topics()
		x.finish()
	}
}

// finish hands the result out and the scratch back.
func (x *docState) finish() {
	res := x.res
	res.Source.Claims = len(res.Claims)
	// d.Warnings is read only now: a rule can time out during the run.
	res.Warnings = append(x.d.Warnings, x.warnings...)
	x.room.keep(x.d)
	x.e.release(x.docScratch)
	x.out.Result = res
}

func sha(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// docState is the work on one document.
type docState struct {
	e        *Engine
	d        *Document
	res      *Result
	out      *Outcome // where the result goes (finish)
	opt      Options
	warnings []string
	docScratch
	pass passState

	question      string        // text of the last question asked, for topics
	questionStart int           // ... and where it starts
	askedJust     bool          // the paragraph of speech before this one asked a question
	lastCurrency  string        // the currency last named, for bare "trillions"
	scaledMoney   string        // the currency of the last amount with a scale ("1.05 billion euros") ...
	scaledMoneyIn int           // ... and 1 + BodyStart of its paragraph (0 for none)
	named         []string      // the sources prose named, in full (fullerName)
	localDollar   string        // the dollar a plain "$" means here, if not the US one (currencytally.go)
	tally         currencyTally // the currencies the document writes, counted as it is scanned (currencytally.go)
	lastNamed     string        // the last source named in prose, for "it said"
	quotesOf      int           // 1 + BodyStart of the paragraph quotes holds, 0 for none
	quotes        []span        // the quotations of that paragraph (quoteSource)
	lastNamedAt   int           // where the sentence that named it starts
	lastPerson    string        // the last person named in prose, for "she said"
	reportedIn    *Paragraph    // the paragraph paragraphReporter read last, and whom it reports
	reported      string
	listItemAt    int // 1 + the offset of the list item listReporter read last, and whom it reports
	listItemWho   string
	// the question whose scores its answers share (questionScores)
	scoredQuestion string
	questionTopics []float64
	// the tags of the last sentence and topic asked for (tagsOf)
	tagSpan  span
	tagTopic string
	tags     []string
	runes    []rune // scratch for the exclusion patterns

	line int // the line lineOf found last

	idNorm string // the sentence of the last claim given an id, its spaces normalized
	idSlot int32  // idNorm's slot in idSlots

	// the claims' values, speakers and tags, and ids and rate units
	// (slab.go)
	values slab[float64]
	texts  slab[string]
	ids    byteSlab
}

// The passes over a document, in order: scanPass, classifyPass (with the
// periods), assemblePass, topics. Each keeps its own code and tables in
// the caches; ExtractBatch runs each over all its documents in turn.

// scanPass finds the candidates in the paragraphs' speech.
func (x *docState) scanPass() {
	x.pass.scanned, x.pass.candidates = x.scanParagraphs()
}

// classifyPass splits the scanned paragraphs into sentences, turns away the
// candidates an exclusion rule matches and finds the sentences' periods.
func (x *docState) classifyPass() {
	p := &x.pass
	p.kept, p.sentences = x.classify(p.scanned, p.candidates)
	x.periods(p.scanned, p.sentences)
}

// assemblePass makes the claims (and mentions) of the candidates kept,
// paragraph by paragraph.
func (x *docState) assemblePass() {
	d, scanned, kept, sentences := x.d, x.pass.scanned, x.pass.kept, x.pass.sentences
	// A token no exclusion rule turned away makes at most one claim: room
	// for them all is made once, so the claims (large structs) are neither
	// moved as the slice grows nor gathered from chunks at the end, and no
	// room is made for the tokens turned away (half of them, in speech).
	x.res.Claims = x.e.claimsWithRoom(kept)
	x.localDollar = x.tally.localDollar(x.e, d.Text)
	// The claims' value, speaker and id each, in one chunk of each slab.
	x.values.reserve(kept)
	x.texts.reserve(kept)
	x.ids.reserve(kept * claimIDLen)
	x.topicIns = slices.Grow(x.topicIns, kept)
	x.topicSents = slices.Grow(x.topicSents, sentences)
	x.paras = slices.Grow(x.paras, len(scanned))
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if x.opt.Mentions {
			x.labelMentions(p)
		}
		if p.LabelOnly || p.Direction {
			continue
		}
		if len(scanned) > 0 && scanned[0].para == i {
			x.paragraph(p, &scanned[0])
			scanned = scanned[1:]
		}
		x.noteQuestion(i)
	}
}

// passState is what the passes hand on to each other.
type passState struct {
	scanned         []scannedParagraph // scanPass's paragraphs with tokens
	candidates      int                // ... and how many tokens they hold
	kept, sentences int                // classifyPass's tokens kept, and sentences with tokens
}

// scannedParagraph is the tokens of the paragraph at index para, its
// sentences and the exclusion rule that turned each token away (nil for
// a claim), aligned with toks.
type scannedParagraph struct {
	para     int
	toks     []Token
	sents    []span
	excluded []*rules.Exclusion
	// for each sentence that holds tokens, in order: its lowering and
	// period, when it holds a claim (docState.periods)
	sentences []sentenceText
}

// sentenceText is what the periods pass found of a sentence with claims.
type sentenceText struct {
	lower, period string
	periods       []periodSpan // every period phrase, where two claims may take different ones
	aligned, done bool
}

// countNil is how many of the verdicts are nil: the claims.
func countNil(excluded []*rules.Exclusion) int {
	n := 0
	for _, r := range excluded {
		if r == nil {
			n++
		}
	}
	return n
}

// scanParagraphs scans the bodies of the document's paragraphs and returns
// those that hold tokens, in order, and how many tokens they hold.
func (x *docState) scanParagraphs() ([]scannedParagraph, int) {
	d := x.d
	// Room for every paragraph at once: growing it by appends would copy
	// and drop its (large) records several times over.
	scanned := withRoom(x.scanned, len(d.Paragraphs))
	n := 0
	s := x.e.lx.scanner(d.Text, 0, 0)
	defer s.release()
	// The tokens are handed out in the last document's room.
	s.slab = x.tokens
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if p.LabelOnly || p.Direction {
			continue
		}
		if toks := s.scanSpan(p.BodyStart, p.End); len(toks) > 0 {
			scanned = append(scanned, scannedParagraph{para: i, toks: toks})
			n += len(toks)
			x.tally.note(x.e, d.Text, toks)
		}
	}
	x.scanned, x.tokens = scanned, s.slab
	return scanned, n
}

// classify splits the scanned paragraphs into sentences and runs the
// exclusion rules on their tokens; n is how many tokens they hold. It
// returns how many tokens no rule turned away, and how many sentences
// hold tokens.
func (x *docState) classify(scanned []scannedParagraph, n int) (kept, sentences int) {
	d := x.d
	x.excluded = withRoom(x.excluded, n)[:n]    // all nil: release clears the verdicts it held
	x.sents = withRoom(x.sents, n+len(scanned)) // the paragraphs' sentences, in one array
	excluded, sents := x.excluded, x.sents
	for k := range scanned {
		sp := &scanned[k]
		p := &d.Paragraphs[sp.para]
		from := len(sents)
		sents = x.e.appendSentences(sents, d.Text, p.BodyStart, p.End, sp.toks[len(sp.toks)-1].End)
		sents = sents[:from+len(joinSplitTokens(sents[from:], sp.toks))]
		sp.sents = capSentences(d.Text, sents[from:len(sents):len(sents)], sp.toks, cmp.Or(d.runOn, maxRunOn))
		sp.excluded, excluded = excluded[:len(sp.toks):len(sp.toks)], excluded[len(sp.toks):]
		for s, r := range sentenceTokens(sp.sents, sp.toks) {
			sentences++
			for j := r.from; j < r.to; j++ {
				sp.excluded[j] = x.e.exclusion(d, d.Text, s.Start, s.End, sp.toks[j], &x.runes)
				if sp.excluded[j] == nil {
					kept++
				}
			}
		}
	}
	x.sents = sents
	return kept, sentences
}

// periods lowers each sentence that holds a claim and finds its period,
// in a pass of its own: the period patterns and their trigger words stay
// in the caches from one sentence to the next. sentences is how many
// sentences hold tokens.
func (x *docState) periods(scanned []scannedParagraph, sentences int) {
	d := x.d
	all := slices.Grow(x.sentences, sentences)
	for k := range scanned {
		sp := &scanned[k]
		from := len(all)
		for s, r := range sentenceTokens(sp.sents, sp.toks) {
			var st sentenceText
			if slices.Contains(sp.excluded[r.from:r.to], nil) {
				sc := sentenceCtx{x: x, sp: s, text: d.Text[s.Start:s.End]}
				st = sentenceText{period: sc.periodOf(), lower: sc.lower, aligned: sc.aligned, done: true}
				if st.period != "" && countNil(sp.excluded[r.from:r.to]) > 1 {
					if spans := sc.findPeriods(); len(spans) > 1 {
						st.periods = spans
					}
				}
			}
			all = append(all, st)
		}
		sp.sentences = all[from:len(all):len(all)]
	}
	x.sentences = all
}

// noteQuestion keeps the question paragraph i asks, if it asks one, for the
// topics of the answers: the paragraphs of one turn make one question.
func (x *docState) noteQuestion(i int) {
	d := x.d
	p := &d.Paragraphs[i]
	x.askedJust = p.Question
	if !p.Question {
		return
	}
	if p.BodyStart > 0 && i > 0 && d.Paragraphs[i-1].Question && d.Paragraphs[i-1].Turn == p.Turn {
		// The paragraphs of a turn follow each other with only white
		// space between: the question is the text from the first one's
		// body on, not a copy of their bodies joined.
		if len(x.question) < maxQuestion {
			x.question = d.Text[x.questionStart:p.End]
		}
	} else {
		x.question, x.questionStart = d.Text[p.BodyStart:p.End], p.BodyStart
	}
}

// labelMentions reports the numbers of a speaker label ("Donald Trump:
// (00:52)", "Speaker 7") and of a stage direction: no claims, but --all
// accounts for every number.
func (x *docState) labelMentions(p *Paragraph) {
	end, rule := p.BodyStart, "speaker-label"
	if p.LabelOnly || p.Direction {
		end = p.End
	}
	if p.Direction {
		rule = "stage-direction"
	}
	if end <= p.Start {
		return
	}
	for _, t := range x.e.lx.scan(x.d.Text, p.Start, end) {
		reason := "name"
		if t.Kind == TokTime {
			reason = "time"
		}
		x.res.Mentions = append(x.res.Mentions, Mention{Source: x.d.Source, Line: x.lineOf(t.Start), Number: t.Text,
			Value: x.values.new(t.Value), Start: t.Start, End: t.End, Reason: reason, Rule: rule})
	}
}

// paragraph assembles the claims of one paragraph.
func (x *docState) paragraph(p *Paragraph, sp *scannedParagraph) {
	d := x.d
	// The paragraph's and the question's topic scores are computed when a
	// claim's topic needs them, which most do not (topicOf); the document's
	// sum takes each paragraph once, in order, when it is needed.
	x.paras = append(x.paras, paraTopics{body: d.Text[p.BodyStart:p.End]})
	pt := &x.paras[len(x.paras)-1]
	if !p.Question && x.question != "" {
		pt.question = x.question
	}
	k := 0
	for s, r := range sentenceTokens(sp.sents, sp.toks) {
		sc := &sentenceCtx{x: x, p: p, sp: s, text: d.Text[s.Start:s.End], toks: sp.toks[r.from:r.to], excluded: sp.excluded[r.from:r.to], topics: pt}
		if st := sp.sentences[k]; st.done {
			sc.lower, sc.aligned, sc.lowerDone = st.lower, st.aligned, true
			sc.period, sc.periodDone, sc.periods = st.period, true, st.periods
		}
		k++
		x.noteSentence(sc)
		sc.run()
	}
}

// sentenceTokens yields each sentence that holds tokens, with the range
// of toks (sorted) that it holds.
func sentenceTokens(sents []span, toks []Token) iter.Seq2[span, tokenRange] {
	return func(yield func(span, tokenRange) bool) {
		ti := 0
		for _, s := range sents {
			from := ti
			for ti < len(toks) && toks[ti].Start < s.End {
				ti++
			}
			if ti > from && !yield(s, tokenRange{from, ti}) {
				return
			}
		}
	}
}

// tokenRange is toks[from:to] of a paragraph's tokens.
type tokenRange struct{ from, to int }

// maxQuestion bounds the question text kept for the topics of its answers.
const maxQuestion = 4000

// maxSentence caps a sentence. Text without sentence punctuation (captions,
// OCR, a 200 MB line) would otherwise be one sentence, and every claim in
// it would carry, hash and score all of it: quadratic time and output.
const maxSentence = 2000

// capSentences cuts each sentence longer than maxSentence at a space that no
// token spans, so every piece holds whole numbers; toks are the paragraph's
// tokens, in order.
func capSentences(src string, sents []span, toks []Token, runOn int) []span {
	if longest(sents) <= runOn {
		return sents // nearly always: nothing to cut, nothing to copy
	}
	var out []span
	for _, sp := range sents {
		if sp.End-sp.Start > runOn {
			out = cutRunOn(out, src, &sp, toks)
		}
		for sp.End-sp.Start > maxSentence {
			limit := sp.Start + maxSentence
			cut := -1
			for p := limit; p > sp.Start+maxSentence/2; p-- {
				if isSpace(src[p]) && !inToken(toks, p) {
					cut = p
					break
				}
			}
			if cut < 0 { // no free space: cut after the token at the limit, or at the limit
				cut = limit
				if k := sort.Search(len(toks), func(k int) bool { return toks[k].End > limit }); k < len(toks) && toks[k].Start <= limit {
					cut = toks[k].End
				}
				for cut < sp.End && !utf8.RuneStart(src[cut]) {
					cut++
				}
				if cut >= sp.End {
					break
				}
			}
			end := cut
			for end > sp.Start && isSpace(src[end-1]) {
				end--
			}
			out = append(out, span{sp.Start, end})
			sp.Start = skipSpace(src, cut, sp.End)
		}
		if sp.End > sp.Start {
			out = append(out, sp)
		}
	}
	return out
}

// maxRunOn is the longest sentence kept whole where it runs over lines:
// speech written without sentence punctuation (a video's auto-captions,
// copied line by line) would otherwise read as one sentence to the cap,
// and every claim in it would carry a page of context and its topic.
// Prose's longest sentences, wrapped, stay under it.
const maxRunOn = 700

// runOnPiece is the length a run-on sentence's piece reaches before it is
// cut at a line break: two or three caption lines.
const runOnPiece = 160

// cutRunOn appends to out the pieces of a run-on sentence sp that end at
// line breaks, each at least runOnPiece long, and leaves sp the rest. No
// cut falls in a token, nor after a line that ends in a number (its unit
// may open the next line: "it's over 9" / "minutes").
func cutRunOn(out []span, src string, sp *span, toks []Token) []span {
	if alignedColumns(src[sp.Start:sp.End]) {
		return out // a table's rows, which its own reading keeps together
	}
	from := sp.Start
	for i := sp.Start + runOnPiece; i < sp.End; i++ {
		k := strings.IndexByte(src[i:sp.End], '\n')
		if k < 0 {
			break
		}
		i += k
		end := i
		for end > from && isSpace(src[end-1]) {
			end--
		}
		next := skipSpace(src, i, sp.End)
		if end == from || next == sp.End || isDigit(src[end-1]) || inToken(toks, i) {
			continue
		}
		out = append(out, span{from, end})
		from = next
		i = from + runOnPiece - 1
	}
	sp.Start = from
	return out
}

// alignedColumns reports text that sets words apart by runs of spaces
// within a line, as a table aligns its columns.
func alignedColumns(text string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], "  ")
		if k < 0 {
			return false
		}
		j := i + k + 2
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if j < len(text) && text[j] != '\n' && text[j] != '\r' && i+k > 0 && text[i+k-1] != '\n' {
			return true
		}
		i = j
	}
}

// inToken reports whether offset p is inside one of toks (sorted).
func inToken(toks []Token, p int) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].End > p })
	return k < len(toks) && toks[k].Start <= p
}

// maxTimeouts is how many times a pattern may time out before it is
// skipped for the rest of the run. More than one, because the timeout is
// wall-clock time and a loaded machine can push an honest match over it.
const maxTimeouts = 3

// match runs a rule pattern. A match that times out is tried once more (a
// busy machine or a long garbage collection can stall an honest match past
// the timeout; a catastrophic pattern times out again). A pattern that
// times out twice counts as not matching there, and its rule is reported
// by name (once per run); after
// maxTimeouts timeouts the pattern is skipped for the rest of the run, so a
// catastrophic user pattern costs a few timeouts, not one per number. The
// run goes on without it.
func (e *Engine) match(d *Document, name string, re *rules.Regex, s string) (bool, error) {
	return guarded(e, d, name, re, func() (bool, error) { return re.MatchString(s) })
}

func (e *Engine) find(d *Document, name string, re *rules.Regex, s string) (*rules.Match, error) {
	return guarded(e, d, name, re, func() (*rules.Match, error) { return re.Find(s) })
}

func (e *Engine) findAll(d *Document, name string, re *rules.Regex, s string) ([]*rules.Match, error) {
	return guarded(e, d, name, re, func() ([]*rules.Match, error) { return re.FindAll(s) })
}

// guarded runs one match of a rule pattern with the timeout policy above.
func guarded[T any](e *Engine, d *Document, name string, re *rules.Regex, run func() (T, error)) (T, error) {
	if e.isDead(re) {
		var zero T
		return zero, rules.ErrTimeout
	}
	v, err := run()
	if err != nil {
		if v, err = run(); err != nil {
			e.noteTimeout(d, name, re)
		}
	}
	return v, err
}

func (e *Engine) isDead(re *rules.Regex) bool {
	if !e.anyDead.Load() {
		return false
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.timeouts[re] >= maxTimeouts
}

func (e *Engine) noteTimeout(d *Document, name string, re *rules.Regex) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.timeouts[re]++
	if e.timeouts[re] >= maxTimeouts {
		e.anyDead.Store(true)
	}
	if !e.timedOut[name] {
		e.timedOut[name] = true
		d.Warnings = append(d.Warnings, fmt.Sprintf("%s: rule %q timed out (%v, twice) and counted as not matching; after %d timeouts it is skipped for the rest of the run", d.Source, name, rules.MatchTimeout, maxTimeouts))
	}
}

// lineOf is d.Line(off) for the numbers of the document, which come in
// order: the line is looked for from the last one found, a few lines on,
// before the whole document is searched (a binary search over all the
// line starts was a cache miss a step).
func (x *docState) lineOf(off int) int {
	starts, k := x.d.lineStarts, x.line
	if k > 0 && starts[k-1] <= off {
		for end := min(k+8, len(starts)); k < end && starts[k] <= off; k++ {
		}
		if k == len(starts) || starts[k] > off {
			x.line = k
			return k
		}
	}
	x.line = x.d.Line(off)
	return x.line
}

// claimID is stable across runs and unchanged by edits elsewhere in the
// document: it hashes the source's file name (not its folder, which
// changes with where a run starts), the sentence and the number, plus how
// many times that same triple occurred before. first and last say whether
// the claim is its sentence's first and last.
func (x *docState) claimID(sentence, number string, first, last bool) string {
	if first {
		// The claims of a sentence come one after the other: its spaces
		// are normalized once (most sentences need no change).
		x.idNorm = sentence
		if !spacesNormalized(sentence) {
			x.idNorm = strings.Join(strings.Fields(sentence), " ")
		}
		x.idSlot = x.idSlotOf(x.idNorm)
	}
	var h []byte
	switch n := x.countID(number); {
	case first && last:
		// The sentence's only claim: hashed in one go, no state kept.
		h = x.idHash.once(filepath.Base(x.d.Source), x.idNorm, number, n)
	case first:
		x.idHash.begin(filepath.Base(x.d.Source), x.idNorm)
		h = x.idHash.sum(number, n)
	default:
		h = x.idHash.sum(number, n)
	}
	var id [claimIDLen]byte
	id[0] = 'c'
	hex.Encode(id[1:], h[:5])
	id[11] = hexDigit[h[5]>>4]
	return x.ids.add(id[:])
}

// claimIDLen is the length of a claim id: "c" and 11 hex digits.
const claimIDLen = 12

const hexDigit = "0123456789abcdef"

// idHasher hashes the bytes of a claim's id, "file\x00sentence\x00number\x00n":
// the part of a sentence, the longer, is hashed once for all its claims,
// and the hash's state after it is restored for each number.
type idHasher struct {
	h     hash.Hash
	state []byte // h's state after the sentence (AppendBinary)
	buf   []byte
	out   [sha256.Size]byte
}

// begin hashes the part of the sentence.
func (ih *idHasher) begin(file, sentence string) {
	if ih.h == nil {
		ih.h = sha256.New()
	}
	ih.h.Reset()
	ih.buf = append(append(append(append(ih.buf[:0], file...), 0), sentence...), 0)
	ih.h.Write(ih.buf)
	var err error
	if ih.state, err = ih.h.(encoding.BinaryAppender).AppendBinary(ih.state[:0]); err != nil {
		panic(err) // sha256 always has a state to give
	}
}

// once is begin and sum for a sentence with one claim: the hash's state
// after the sentence is needed for no other number.
func (ih *idHasher) once(file, sentence, number string, n int) []byte {
	if ih.h == nil {
		ih.h = sha256.New()
	}
	ih.h.Reset()
	ih.buf = append(append(append(append(ih.buf[:0], file...), 0), sentence...), 0)
	ih.buf = strconv.AppendInt(append(append(ih.buf, number...), 0), int64(n), 10)
	ih.h.Write(ih.buf)
	return ih.h.Sum(ih.out[:0])
}

// sum is the SHA-256 of the sentence's part, number, a zero byte and n.
func (ih *idHasher) sum(number string, n int) []byte {
	if err := ih.h.(encoding.BinaryUnmarshaler).UnmarshalBinary(ih.state); err != nil {
		panic(err) // the state AppendBinary gave
	}
	ih.buf = strconv.AppendInt(append(append(ih.buf[:0], number...), 0), int64(n), 10)
	ih.h.Write(ih.buf)
	return ih.h.Sum(ih.out[:0])
}

// idSlotOf returns the slot of a sentence (spaces normalized) in idHeads,
// adding it. The sentence is looked up once for all its claims, not with
// each number.
func (x *docState) idSlotOf(sentence string) int32 {
	if x.idSlots == nil {
		x.idSlots = map[string]int32{} // kept in the pool from then on
	}
	slot, ok := x.idSlots[sentence]
	if !ok {
		slot = int32(len(x.idHeads))
		x.idHeads = append(x.idHeads, -1)
		x.idSlots[sentence] = slot
	}
	return slot
}

// countID returns how many claims of the sentence in idSlot had number
// before, and counts this one.
func (x *docState) countID(number string) int {
	head := &x.idHeads[x.idSlot]
	for k := *head; k >= 0; k = x.idCounts[k].next {
		if c := &x.idCounts[k]; c.number == number {
			c.n++
			return c.n - 1
		}
	}
	x.idCounts = append(x.idCounts, idCount{number: number, n: 1, next: *head})
	*head = int32(len(x.idCounts) - 1)
	return 0
}

// idCount is how many claims of a sentence had a number: the claims of a
// document with the same sentence and number are told apart by it.
type idCount struct {
	number string
	n      int
	next   int32 // the sentence's next number in idCounts; -1 for none
}

// spacesNormalized reports whether s is as strings.Join(strings.Fields(s),
// " ") would make it: no white space but single spaces between words.
func spacesNormalized(s string) bool {
	space := true // before the first word
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Most of a sentence is printable ASCII: eight bytes at a time.
			if sp, ok := spacesOf(load8(s[i:])); ok {
				if sp&(sp<<8) != 0 || space && sp&0x80 != 0 {
					return false // two spaces in a row
				}
				space = sp>>63 != 0
				i += 8
				continue
			}
		}
		// Rune by rune up to the next eight bytes; ASCII told inline.
		for end := min(i+8, len(s)); i < end; {
			if c := s[i]; c < utf8.RuneSelf {
				switch {
				case c > ' ':
					space = false
				case c == ' ' && !space:
					space = true
				case c == ' ' || isSpace(c):
					return false // a second space, or other white space
				default:
					space = false // a control character
				}
				i++
				continue
			}
			c, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(c) {
				if c != ' ' || space {
					return false
				}
				space = true
			} else {
				space = false
			}
			i += size
		}
	}
	return !space || s == ""
}

// spacesOf takes eight bytes (load8): when all are printable ASCII or
// spaces, it returns the mask of the spaces (the high bit of each byte
// that is one) and true.
func spacesOf(x uint64) (uint64, bool) {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	// Some byte is non-ASCII, or below ' ' (the classic "has less than" test).
	if x&highs != 0 || (x-' '*ones)&^x&highs != 0 {
		return 0, false
	}
	// The bytes that are zero once the spaces are: exactly, with no borrow.
	y := x ^ (' ' * ones)
	return ^((y&lows + lows) | y | lows), true
}
