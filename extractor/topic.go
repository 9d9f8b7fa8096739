package extractor

import (
	"sort"
	"strings"

	"github.com/factable/factable/rules"
)

// topicIndex scores texts against the topics' keywords.
type topicIndex struct {
	topics   []*rules.Topic
	exact    map[string][]int // word -> topics
	prefixes []keyword        // sorted by text
	phrases  []keyword        // multi-word keywords
	not      []keyword        // phrases whose keyword hits do not count
	tags     []tagKeyword
}

// clauseOf returns the clause around a number: the sentence text between
// the punctuation marks that enclose it.
func clauseOf(src string, sp span, start, end int) string {
	i := start
	for i > sp.Start && !strings.ContainsRune(",;:(—–", rune(src[i-1])) && !strings.HasSuffix(src[sp.Start:i], "—") {
		i--
	}
	j := end
	for j < sp.End && !strings.ContainsRune(",;:)—–", rune(src[j])) && !strings.HasPrefix(src[j:sp.End], "—") {
		j++
	}
	return src[i:j]
}

type keyword struct {
	text  string
	topic int
}

type tagKeyword struct {
	tag, topic string
	kw         string
}

func newTopicIndex(ts []*rules.Topic) *topicIndex {
	ix := &topicIndex{topics: ts, exact: map[string][]int{}}
	for ti, t := range ts {
		for _, kw := range t.Keywords {
			switch {
			case strings.Contains(kw, " "):
				ix.phrases = append(ix.phrases, keyword{kw, ti})
			case strings.HasSuffix(kw, "*"):
				ix.prefixes = append(ix.prefixes, keyword{strings.TrimSuffix(kw, "*"), ti})
			default:
				ix.exact[kw] = append(ix.exact[kw], ti)
			}
		}
		for _, n := range t.Not {
			ix.not = append(ix.not, keyword{strings.ToLower(n), ti})
		}
		for tag, kws := range t.Tags {
			for _, kw := range kws {
				ix.tags = append(ix.tags, tagKeyword{tag, t.Name, strings.ToLower(kw)})
			}
		}
	}
	sort.Slice(ix.prefixes, func(i, j int) bool { return ix.prefixes[i].text < ix.prefixes[j].text })
	sort.Slice(ix.tags, func(i, j int) bool { return ix.tags[i].tag < ix.tags[j].tag })
	return ix
}

// score counts keyword hits per topic in a lower-cased text.
func (ix *topicIndex) score(lower string) []float64 {
	sc := make([]float64, len(ix.topics))
	for _, w := range strings.FieldsFunc(lower, notWordRune) {
		for _, ti := range ix.exact[w] {
			sc[ti]++
		}
		// Prefixes sorted: every prefix of w sorts at or before w.
		k := sort.Search(len(ix.prefixes), func(i int) bool { return ix.prefixes[i].text > w })
		for i := k - 1; i >= 0; i-- {
			p := ix.prefixes[i]
			if p.text == "" || p.text[0] != w[0] {
				break
			}
			if strings.HasPrefix(w, p.text) {
				sc[p.topic]++
			}
		}
	}
	for _, p := range ix.phrases {
		if containsWord(lower, p.text) {
			sc[p.topic] += 1.5
		}
	}
	for _, n := range ix.not {
		if containsWord(lower, n.text) {
			sc[n.topic] = max(0, sc[n.topic]-1)
		}
	}
	return sc
}

func notWordRune(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '\'' || r > 127 && r != '—' && r != '–' && r != '’' && r != '”' && r != '“')
}

func containsWord(text, w string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		s, e := i+k, i+k+len(w)
		if (s == 0 || !isAlnum(text[s-1])) && (e == len(text) || !isAlnum(text[e])) {
			return true
		}
		i = s + 1
	}
}

// topicOf picks the claim's topic (CLAIMS.md §4): what the counted thing is
// about decides; where its words are silent, the sentence; then the
// paragraph, the question it answers and the document. Each level only
// breaks the ties of the one above it.
func (sc *sentenceCtx) topicOf(c Claim) (string, []string) {
	ix := sc.x.e.topics
	if len(ix.topics) == 0 {
		return "", nil
	}
	levels := [][]float64{
		ix.score(strings.ToLower(c.Object + " " + c.Unit)),
		ix.score(strings.ToLower(clauseOf(sc.x.d.Text, sc.sp, c.Start, c.End))),
		ix.score(strings.ToLower(sc.text)),
		sc.para,
		sc.question,
		sc.x.docTopics,
	}
	total := make([]float64, len(ix.topics))
	weight := 1.0
	for l := len(levels) - 1; l >= 0; l-- {
		for i := range total {
			if levels[l] != nil {
				total[i] += weight * min(levels[l][i], 99)
			}
		}
		weight *= 100
	}
	best := -1
	for i, v := range total {
		if v > 0 && (best < 0 || v > total[best]) {
			best = i
		}
	}
	if best < 0 {
		return "", nil
	}
	topic := ix.topics[best].Name
	var tags []string
	lower := strings.ToLower(sc.text)
	for _, t := range ix.tags {
		if t.topic == topic && (len(tags) == 0 || tags[len(tags)-1] != t.tag) && keywordIn(lower, t.kw) {
			tags = append(tags, t.tag)
		}
	}
	return topic, tags
}

func keywordIn(lower, kw string) bool {
	if strings.HasSuffix(kw, "*") {
		p := strings.TrimSuffix(kw, "*")
		for _, w := range strings.FieldsFunc(lower, notWordRune) {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
		return false
	}
	return containsWord(lower, kw)
}
