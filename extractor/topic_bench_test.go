package extractor

import (
	"syscall"
	"testing"
	"time"
)

// BenchmarkTopicID: the topic and the id of every claim of the stage
// corpus, as assemble gives them, with fresh per-document, per-paragraph
// and per-sentence caches each round; the claims themselves are assembled
// once, outside the loop. MB/s are of the whole corpus.
func BenchmarkTopicID(b *testing.B) {
	s := stage(b)
	type sentence struct {
		para   int
		sp     span
		claims []Claim
	}
	// The question each paragraph answers, as run notes them.
	asked := map[*Paragraph]string{}
	q := &docState{d: s.d}
	for i := range s.d.Paragraphs {
		if p := &s.d.Paragraphs[i]; !p.LabelOnly && !p.Direction {
			if !p.Question {
				asked[p] = q.question
			}
			q.noteQuestion(i)
		}
	}
	questions := make([]string, len(s.paras))
	for i, p := range s.paras {
		questions[i] = asked[p]
	}
	topics := func(i int) *paraTopics {
		p := s.paras[i]
		return &paraTopics{body: s.d.Text[p.BodyStart:p.End], question: questions[i]}
	}
	var sents []sentence
	var runes []rune
	x := &docState{e: s.e, d: s.d, res: &Result{}}
	for i, p := range s.paras {
		pt := topics(i)
		toks, ti := s.toks[i], 0
		for _, sp := range s.sents[i] {
			sc := &sentenceCtx{x: x, p: p, sp: sp, text: s.d.Text[sp.Start:sp.End], topics: pt}
			st := sentence{para: i, sp: sp}
			for ; ti < len(toks) && toks[ti].Start < sp.End; ti++ {
				if s.e.exclusion(s.d, s.d.Text, sp.Start, sp.End, toks[ti], &runes) == nil {
					st.claims = append(st.claims, sc.assemble(ti, toks[ti]))
				}
			}
			if len(st.claims) > 0 {
				sents = append(sents, st)
			}
		}
	}
	claims := 0
	for _, st := range sents {
		claims += len(st.claims)
	}
	s.start(b)
	cpu := cpuTime()
	for range b.N {
		x := &docState{e: s.e, d: s.d, res: &Result{}}
		pts := make([]*paraTopics, len(s.paras))
		next := 0 // paragraphs are read in order
		for _, st := range sents {
			for ; next <= st.para; next++ {
				pts[next] = topics(next)
			}
			sc := &sentenceCtx{x: x, p: s.paras[st.para], sp: st.sp, text: s.d.Text[st.sp.Start:st.sp.End], topics: pts[st.para]}
			for k, c := range st.claims {
				c.Topic, c.Tags = sc.topicOf(c)
				c.ID = x.claimID(sc.text, c.Number, k == 0, k == len(st.claims)-1)
			}
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(claims), "ns/claim")
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/float64(claims), "cpu-ns/claim")
}

// cpuTime is the CPU time the process used so far: on a shared machine it
// varies less than the wall time of a benchmark.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkTopicScore: the topic scores of every paragraph of the stage
// corpus, what the document level of the topics costs.
func BenchmarkTopicScore(b *testing.B) {
	s := stage(b)
	s.start(b)
	cpu := cpuTime()
	for range b.N {
		for _, p := range s.paras {
			s.e.topics.score(s.d.Text[p.BodyStart:p.End])
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/float64(len(s.raw))*1e3, "cpu-ns/kB")
}
