package extractor

import (
	"sort"
	"strings"

	"github.com/factable/factable/rules"
)

// topicIndex scores texts against the topics' keywords.
type topicIndex struct {
	topics     []*rules.Topic
	exact      map[string][]int // word -> topics
	prefixes   []keyword        // sorted by text
	phraseList []phrase         // multi-word keywords and `not` phrases
	byFirst    map[string][]int // first word -> phrases
	tags       []tagKeyword
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
	ix := &topicIndex{topics: ts, exact: map[string][]int{}, byFirst: map[string][]int{}}
	for ti, t := range ts {
		for _, kw := range t.Keywords {
			switch {
			case strings.Contains(kw, " "):
				ix.addPhrase(kw, ti, false)
			case strings.HasSuffix(kw, "*"):
				ix.prefixes = append(ix.prefixes, keyword{strings.TrimSuffix(kw, "*"), ti})
			default:
				ix.exact[kw] = append(ix.exact[kw], ti)
			}
		}
		for _, n := range t.Not {
			ix.addPhrase(strings.ToLower(n), ti, true)
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

func (ix *topicIndex) addPhrase(text string, topic int, not bool) {
	ws := wordsOf(text, nil)
	if len(ws) == 0 {
		return
	}
	ix.byFirst[ws[0]] = append(ix.byFirst[ws[0]], len(ix.phraseList))
	ix.phraseList = append(ix.phraseList, phrase{ws, topic, not})
}

// score counts keyword hits per topic in a lower-cased text. It walks the
// words once: single words by map, prefixes by binary search, phrases (and
// the `not` phrases) by their first word.
func (ix *topicIndex) score(lower string) []float64 {
	sc := make([]float64, len(ix.topics))
	words := wordsOf(lower, nil)
	var seen map[int]bool
	for i, w := range words {
		for _, ti := range ix.exact[w] {
			sc[ti]++
		}
		// Prefixes sorted: every prefix of w sorts at or before w.
		k := sort.Search(len(ix.prefixes), func(i int) bool { return ix.prefixes[i].text > w })
		for j := k - 1; j >= 0; j-- {
			p := ix.prefixes[j]
			if p.text == "" || p.text[0] != w[0] {
				break
			}
			if strings.HasPrefix(w, p.text) {
				sc[p.topic]++
			}
		}
		for _, pi := range ix.byFirst[w] {
			ph := ix.phraseList[pi]
			if seen[pi] || i+len(ph.words) > len(words) || !equalWords(words[i:i+len(ph.words)], ph.words) {
				continue
			}
			if seen == nil {
				seen = map[int]bool{}
			}
			seen[pi] = true
			if !ph.not {
				sc[ph.topic] += 1.5
			}
		}
	}
	// A `not` phrase cancels a hit its words made, whichever came first.
	for pi := range seen {
		if ph := ix.phraseList[pi]; ph.not {
			sc[ph.topic] = max(0, sc[ph.topic]-1)
		}
	}
	return sc
}

// phrase is a multi-word keyword, or a `not` phrase.
type phrase struct {
	words []string
	topic int
	not   bool
}

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// wordsOf splits lower-cased text into words without copying them:
// letters, digits, inner hyphens and apostrophes, non-ASCII letters.
func wordsOf(s string, out []string) []string {
	start := -1
	for i, r := range s {
		if notWordRune(r) && !(r >= 'A' && r <= 'Z') {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
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
	levels := []func() []float64{
		func() []float64 { return ix.score(strings.ToLower(c.Object + " " + c.Unit)) },
		func() []float64 { return ix.score(strings.ToLower(clauseOf(sc.x.d.Text, sc.sp, c.Start, c.End))) },
		sc.sentenceScores,
		func() []float64 { return sc.para },
		func() []float64 { return sc.question },
		sc.x.documentScores,
	}
	// Each level only breaks the ties the levels before it left, so a level
	// is scored only when it is needed.
	tied := make([]int, len(ix.topics))
	for i := range tied {
		tied[i] = i
	}
	informed := false
	for _, level := range levels {
		scores := level()
		if scores == nil {
			continue
		}
		var top float64
		for _, i := range tied {
			top = max(top, scores[i])
		}
		if top == 0 {
			continue
		}
		informed = true
		kept := tied[:0]
		for _, i := range tied {
			if scores[i] == top {
				kept = append(kept, i)
			}
		}
		tied = kept
		if len(tied) == 1 {
			break
		}
	}
	if !informed {
		return "", nil
	}
	best := tied[0]
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

// sentenceScores scores the sentence once for all its claims.
func (sc *sentenceCtx) sentenceScores() []float64 {
	if sc.sentTopics == nil {
		sc.sentTopics = sc.x.e.topics.score(strings.ToLower(sc.text))
	}
	return sc.sentTopics
}

// documentScores is the sum of the scores of the paragraphs read so far:
// the last tie-breaker, for a claim nothing nearer decides.
func (x *docState) documentScores() []float64 { return x.docTopics }

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
