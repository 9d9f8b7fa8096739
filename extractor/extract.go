package extractor

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"sync"

	"github.com/factable/factable/rules"
)

// Engine extracts claims with one compiled rule set. It is safe for
// concurrent use.
type Engine struct {
	rules       *rules.Set
	lx          *lexicon
	abbrev      map[string]bool
	numAbbrev   map[string]bool
	stops       map[string]bool
	postmod     map[string]bool
	titles      map[string]bool
	questioners map[string]bool
	units       []unitForm
	currencies  []unitForm
	qualBefore  []qualForm
	qualAfter   []qualForm
	topics      *topicIndex

	mu       sync.Mutex
	timedOut map[string]bool // rules that hit their match timeout, reported once
}

// Options change what Extract reports.
type Options struct {
	Mentions bool // also report the numbers that are not claims
}

// New prepares an engine for a rule set.
func New(rs *rules.Set) *Engine {
	e := &Engine{rules: rs, lx: newLexicon(rs), abbrev: set(rs.Abbreviations), numAbbrev: set(rs.NumberingAbbreviations), stops: set(rs.PhraseStops), postmod: set(rs.PostModifiers), titles: set(rs.Titles),
		questioners: set(rs.QuestionerLabels), timedOut: map[string]bool{}}
	e.indexUnits()
	e.indexQualifiers()
	e.topics = newTopicIndex(rs.Topics)
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
// Options.Mentions, the numbers that are not claims).
func (e *Engine) Extract(source string, raw []byte, opt Options) (*Result, error) {
	d, err := NewDocument(source, raw)
	if err != nil {
		return nil, err
	}
	e.speakerPass(d)
	res := &Result{Source: Source{File: source, SHA256: sha(raw), Lines: d.Lines()}, Warnings: d.Warnings}
	x := &docState{e: e, d: d, res: res, opt: opt, seenIDs: map[string]int{}}
	x.run()
	res.Source.Claims = len(res.Claims)
	res.Warnings = append(res.Warnings, x.warnings...)
	return res, nil
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
	opt      Options
	seenIDs  map[string]int
	warnings []string

	question     string // text of the last question asked, for topics
	lastCurrency string // the currency last named, for bare "trillions"
	lastNamed    string // the last source named in prose, for "it said"
	lastPerson   string // the last person named in prose, for "she said"
	docTopics    []float64
}

func (x *docState) run() {
	d := x.d
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if p.LabelOnly || p.Direction {
			continue
		}
		body := d.Text[p.BodyStart:p.End]
		toks := x.e.lx.scan(d.Text, p.BodyStart, p.End)
		if len(toks) > 0 {
			x.paragraph(p, toks, body)
		}
		if p.Question {
			if p.BodyStart > 0 && i > 0 && d.Paragraphs[i-1].Question && d.Paragraphs[i-1].Turn == p.Turn {
				x.question += " " + body
			} else {
				x.question = body
			}
		}
	}
}

// paragraph classifies and assembles the tokens of one paragraph.
func (x *docState) paragraph(p *Paragraph, toks []Token, body string) {
	d := x.d
	paraScores := x.e.topics.score(strings.ToLower(body))
	if x.docTopics == nil {
		x.docTopics = make([]float64, len(paraScores))
	}
	for i, v := range paraScores {
		x.docTopics[i] += v
	}
	var qScores []float64
	if !p.Question && x.question != "" {
		qScores = x.e.topics.score(strings.ToLower(x.question))
	}
	sents := x.e.sentences(d.Text, p.BodyStart, p.End)
	ti := 0
	for _, sp := range sents {
		var inSent []Token
		for ti < len(toks) && toks[ti].Start < sp.End {
			inSent = append(inSent, toks[ti])
			ti++
		}
		if len(inSent) == 0 {
			continue
		}
		sc := &sentenceCtx{x: x, p: p, sp: sp, text: d.Text[sp.Start:sp.End], toks: inSent, para: paraScores, question: qScores}
		sc.run()
	}
}

// match runs a rule pattern, turning a timeout into a warning that names the
// rule (once per run); the rule then counts as not matching and the run goes on.
func (e *Engine) match(d *Document, name string, re *rules.Regex, s string) (bool, error) {
	ok, err := re.MatchString(s)
	if err != nil {
		e.noteTimeout(d, name)
	}
	return ok, err
}

func (e *Engine) find(d *Document, name string, re *rules.Regex, s string) (*rules.Match, error) {
	m, err := re.Find(s)
	if err != nil {
		e.noteTimeout(d, name)
	}
	return m, err
}

func (e *Engine) noteTimeout(d *Document, name string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.timedOut[name] {
		e.timedOut[name] = true
		d.Warnings = append(d.Warnings, fmt.Sprintf("%s: rule %q timed out (%v) and was skipped where it did", d.Source, name, rules.MatchTimeout))
	}
}

// claimID is stable across runs and unchanged by edits elsewhere in the
// document: it hashes the source's file name (not its folder, which
// changes with where a run starts), the sentence and the number, plus how
// many times that same triple occurred before.
func (x *docState) claimID(sentence, number string) string {
	key := filepath.Base(x.d.Source) + "\x00" + strings.Join(strings.Fields(sentence), " ") + "\x00" + number
	n := x.seenIDs[key]
	x.seenIDs[key] = n + 1
	h := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", key, n)))
	return "c" + hex.EncodeToString(h[:])[:11]
}
