package extractor

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factable/factable/rules"
)

// scoreByWordList is score as it was written before it stopped collecting
// the words: the reference the one-pass score must agree with. lower is
// text lowered; text's own case tells a modifier (discountModifiers).
func scoreByWordList(ix *topicIndex, text, lower string) []float64 {
	sc := make([]float64, len(ix.topics))
	words := wordsOf(lower, nil)
	var seen map[int]bool
	hit := make([][]int, len(words)) // the topics each word's own keywords add
	for i, w := range words {
		for _, ti := range ix.exact[w] {
			sc[ti]++
			hit[i] = append(hit[i], ti)
		}
		k := sort.Search(len(ix.prefixes), func(i int) bool { return ix.prefixes[i].text > w })
		for j := k - 1; j >= 0; j-- {
			p := ix.prefixes[j]
			if p.text == "" || p.text[0] != w[0] {
				break
			}
			if strings.HasPrefix(w, p.text) {
				sc[p.topic]++
				hit[i] = append(hit[i], p.topic)
			}
		}
		for _, pi := range ix.byFirst[w] {
			ph := ix.phraseList[pi]
			if seen[pi] || i+len(ph.words) > len(words) {
				continue
			}
			same := true
			for k := range ph.words {
				if last := k == len(ph.words)-1; last && ph.prefix {
					same = same && strings.HasPrefix(words[i+k], ph.words[k])
				} else {
					same = same && words[i+k] == ph.words[k]
				}
			}
			if !same {
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
	// A keyword right before another, one space between, modifies it, when
	// both are in lower case (the first word of the text may be capitalized).
	at := 0
	ends := make([]int, len(words))
	for i, w := range words {
		at = strings.Index(lower[at:], w) + at + len(w)
		ends[i] = at
	}
	cased := wordsOf(text, nil)
	lowerFirst := func(i int) bool { return cased[i][0] >= 'a' && cased[i][0] <= 'z' }
	for i := 1; i < len(words); i++ {
		opens := i == 1 && strings.TrimSpace(lower[:ends[0]-len(words[0])]) == ""
		if len(hit[i-1]) > 0 && len(hit[i]) > 0 && ends[i]-len(words[i])-ends[i-1] == 1 && lower[ends[i-1]] == ' ' &&
			lowerFirst(i) && (lowerFirst(i-1) || opens) {
			for _, ti := range hit[i-1] {
				sc[ti] -= modifierWeight
			}
		}
	}
	for pi := range seen {
		if ph := ix.phraseList[pi]; ph.not {
			sc[ph.topic] = max(0, sc[ph.topic]-1)
		}
	}
	return sc
}

func TestScoreAgreesWithTheWordListScore(t *testing.T) {
	rs, err := rules.Default()
	require.NoError(t, err)
	ix := newTopicIndex(rs.Topics)
	var texts []string
	for _, name := range []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
		require.NoError(t, err)
		lower := strings.ToLower(string(raw))
		texts = append(texts, lower)
		texts = append(texts, strings.Split(lower, "\n\n")...)
		texts = append(texts, strings.Split(lower, ".")...)
	}
	for _, tp := range rs.Topics {
		for _, kw := range tp.Keywords {
			texts = append(texts, strings.ToLower(kw), "the "+strings.ToLower(strings.TrimSuffix(kw, "*"))+"s and more")
		}
		for _, n := range tp.Not {
			texts = append(texts, "x "+strings.ToLower(n)+" y")
		}
	}
	for _, text := range texts {
		assert.Equal(t, scoreByWordList(ix, text, text), ix.score(text), "%.80q", text)
	}
}
