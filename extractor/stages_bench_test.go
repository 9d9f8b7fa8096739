package extractor

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/factable/factable/rules"
)

// Benchmarks of the pipeline's stages, each on the same corpus (the
// bundled texts repeated to about 4 MB) and each reporting its throughput
// over the whole corpus, so the stages compare by MB/s: Structure (the
// document, its lines and paragraphs, speaker turns), Scan (numeric
// expressions), Sentences, Classify (the exclusion rules on every
// candidate) and Assemble (the claims: bound, kind, unit, object, speaker,
// period, topic, id). The end-to-end ones are in ../bench_test.go.

const stageCorpusSize = 4 << 20

func stageCorpus(b *testing.B) []byte {
	b.Helper()
	var one []byte
	for _, name := range []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		one = append(one, raw...)
		one = append(one, "\n\n"...)
	}
	var buf bytes.Buffer
	for buf.Len() < stageCorpusSize {
		buf.Write(one)
	}
	return buf.Bytes()
}

func stageEngine(b *testing.B) *Engine {
	rs, err := rules.Default()
	if err != nil {
		b.Fatal(err)
	}
	return New(rs)
}

// staged is the corpus carried through the stages once, for the
// benchmarks of the later stages.
type staged struct {
	e     *Engine
	raw   []byte
	d     *Document
	paras []*Paragraph
	toks  [][]Token // per paragraph
	sents [][]span  // per paragraph
}

func stage(b *testing.B) *staged {
	b.Helper()
	s := &staged{e: stageEngine(b), raw: stageCorpus(b)}
	d, err := NewDocument("corpus.txt", s.raw)
	if err != nil {
		b.Fatal(err)
	}
	s.e.speakerPass(d)
	s.d = d
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if p.LabelOnly || p.Direction {
			continue
		}
		toks := s.e.lx.scan(d.Text, p.BodyStart, p.End)
		if len(toks) == 0 {
			continue
		}
		s.paras = append(s.paras, p)
		s.toks = append(s.toks, toks)
		s.sents = append(s.sents, capSentences(d.Text, s.e.sentences(d.Text, p.BodyStart, p.End), toks, maxRunOn))
	}
	return s
}

func (s *staged) start(b *testing.B) {
	b.SetBytes(int64(len(s.raw)))
	b.ReportAllocs()
	b.ResetTimer()
}

// sentenceTokens calls fn for every sentence that holds tokens.
func (s *staged) sentenceTokens(fn func(p *Paragraph, sp span, toks []Token)) {
	for i, p := range s.paras {
		toks, ti := s.toks[i], 0
		for _, sp := range s.sents[i] {
			from := ti
			for ti < len(toks) && toks[ti].Start < sp.End {
				ti++
			}
			if ti > from {
				fn(p, sp, toks[from:ti])
			}
		}
	}
}

// BenchmarkStageStructure: decoding, lines, paragraphs and speaker turns.
func BenchmarkStageStructure(b *testing.B) {
	e, raw := stageEngine(b), stageCorpus(b)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		d, err := NewDocument("corpus.txt", raw)
		if err != nil {
			b.Fatal(err)
		}
		e.speakerPass(d)
	}
}

// BenchmarkStageScan: the lexer over the speech of every paragraph, one
// scanner for the document, as scanParagraphs reads it.
func BenchmarkStageScan(b *testing.B) {
	s := stage(b)
	s.start(b)
	for range b.N {
		n := 0
		sc := s.e.lx.scanner(s.d.Text, 0, 0)
		for i := range s.d.Paragraphs {
			p := &s.d.Paragraphs[i]
			if !p.LabelOnly && !p.Direction {
				n += len(sc.scanSpan(p.BodyStart, p.End))
			}
		}
		sc.release()
		if n == 0 {
			b.Fatal("no tokens")
		}
	}
}

// BenchmarkStageSentences: the sentence segmenter over the paragraphs
// that hold a candidate.
func BenchmarkStageSentences(b *testing.B) {
	s := stage(b)
	s.start(b)
	for range b.N {
		for i, p := range s.paras {
			capSentences(s.d.Text, s.e.sentences(s.d.Text, p.BodyStart, p.End), s.toks[i], maxRunOn)
		}
	}
}

// BenchmarkStageClassify: the exclusion rules on every candidate; reports
// the regexp2 runs per MB of text.
func BenchmarkStageClassify(b *testing.B) {
	s := stage(b)
	var runes []rune
	evals := rules.Evaluations()
	s.start(b)
	for range b.N {
		s.sentenceTokens(func(p *Paragraph, sp span, toks []Token) {
			for _, t := range toks {
				s.e.exclusion(s.d, s.d.Text, sp.Start, sp.End, t, &runes)
			}
		})
	}
	b.StopTimer()
	b.ReportMetric(float64(rules.Evaluations()-evals)/float64(b.N)/(float64(len(s.raw))/1e6), "evals/MB")
}

// BenchmarkStageAssemble: the claims of the candidates the rules keep,
// with the topic scoring they need.
func BenchmarkStageAssemble(b *testing.B) {
	s := stage(b)
	// Which candidates are claims is decided once, outside the loop.
	var runes []rune
	claim := map[int]bool{}
	s.sentenceTokens(func(p *Paragraph, sp span, toks []Token) {
		for _, t := range toks {
			if s.e.exclusion(s.d, s.d.Text, sp.Start, sp.End, t, &runes) == nil {
				claim[t.Start] = true
			}
		}
	})
	s.start(b)
	for range b.N {
		x := &docState{e: s.e, d: s.d, res: &Result{}}
		for i, p := range s.paras {
			pt := &paraTopics{body: s.d.Text[p.BodyStart:p.End]}
			toks, ti := s.toks[i], 0
			for _, sp := range s.sents[i] {
				from := ti
				for ti < len(toks) && toks[ti].Start < sp.End {
					ti++
				}
				if ti == from {
					continue
				}
				sc := &sentenceCtx{x: x, p: p, sp: sp, text: s.d.Text[sp.Start:sp.End], toks: toks[from:ti], topics: pt}
				x.noteSentence(sc)
				sc.claimsStart = len(x.res.Claims)
				for k, t := range sc.toks {
					if claim[t.Start] {
						x.res.Claims = append(x.res.Claims, sc.assemble(k, t))
					}
				}
			}
		}
		x.topics()
		if len(x.res.Claims) == 0 {
			b.Fatal("no claims")
		}
	}
}

// BenchmarkStageAll: Extract, every stage, for comparison with the sum of
// the stages.
func BenchmarkStageAll(b *testing.B) {
	e, raw := stageEngine(b), stageCorpus(b)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	evals := rules.Evaluations()
	b.ResetTimer()
	for range b.N {
		if _, err := e.Extract("corpus.txt", raw, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(rules.Evaluations()-evals)/float64(b.N)/(float64(len(raw))/1e6), "evals/MB")
}

// BenchmarkStageAllFiles: Extract over the bundled texts one document at a
// time, about 4 MB in all. What a document costs once (its speakers,
// roster, first allocations) weighs here as it does on real corpora;
// BenchmarkStageAll spreads it over one long document.
func BenchmarkStageAllFiles(b *testing.B) {
	e := stageEngine(b)
	stageFiles(b, func(t []byte) {
		if _, err := e.Extract("t.txt", t, Options{}); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkStageBatchFiles: the documents of BenchmarkStageAllFiles in
// batches of about 2 MB, as the CLI reads a folder (ExtractBatch).
func BenchmarkStageBatchFiles(b *testing.B) {
	e := stageEngine(b)
	var batch []Input
	size := 0
	run := func() {
		for _, o := range e.ExtractBatch(batch, Options{}) {
			if o.Err != nil {
				b.Fatal(o.Err)
			}
		}
		batch, size = batch[:0], 0
	}
	stageFiles(b, func(t []byte) {
		if size+len(t) > 2<<20 {
			run()
		}
		batch = append(batch, Input{Source: "t.txt", Raw: t})
		size += len(t)
	})
	run()
}

// BenchmarkStageStructureFiles: the structure stage (decoding, lines,
// paragraphs, speaker turns) one document at a time, as
// BenchmarkStageAllFiles runs Extract.
func BenchmarkStageStructureFiles(b *testing.B) {
	e := stageEngine(b)
	stageFiles(b, func(t []byte) {
		d, err := NewDocument("t.txt", t)
		if err != nil {
			b.Fatal(err)
		}
		e.speakerPass(d)
	})
}

// stageFiles runs fn on each bundled text, as its own document, over and
// over to about 4 MB a round, and reports the throughput of those bytes.
func stageFiles(b *testing.B, fn func(text []byte)) {
	b.Helper()
	var texts [][]byte
	size := 0
	for _, name := range []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, raw)
		size += len(raw)
	}
	rounds := max(1, stageCorpusSize/size)
	b.SetBytes(int64(rounds * size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for range rounds {
			for _, t := range texts {
				fn(t)
			}
		}
	}
}
