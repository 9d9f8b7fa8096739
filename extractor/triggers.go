package extractor

import (
	"strings"
	"unicode/utf8"

	"github.com/factable/factable/rules"
)

// triggerIndex answers, in one pass over a sentence's words, which of a
// list of patterns have one of their trigger words in it (rules.Pattern:
// a pattern with triggers runs only on a text holding one of them).
type triggerIndex struct {
	words  map[string]uint64 // lower-case trigger word -> the patterns it triggers
	always uint64            // patterns without triggers
}

func newTriggerIndex(ps []*rules.Pattern) *triggerIndex {
	ix := &triggerIndex{words: map[string]uint64{}}
	for i, p := range ps {
		if i >= 64 {
			break // beyond 64 patterns, mask() reports them all (see has)
		}
		if len(p.Triggers) == 0 {
			ix.always |= 1 << i
		}
		for _, t := range p.Triggers {
			ix.words[strings.ToLower(t)] |= 1 << i
		}
	}
	return ix
}

// mask returns the patterns (bit i for pattern i) that text triggers. The
// words are those of wordsOf on the lower-cased text.
func (ix *triggerIndex) mask(text string) uint64 {
	m := ix.always
	var buf [64]byte
	start := -1
	for i := 0; i <= len(text); {
		r, size := rune(0), 1
		if i < len(text) {
			if r = rune(text[i]); r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
		}
		if i == len(text) || notWordRune(r) && !(r >= 'A' && r <= 'Z') {
			if start >= 0 {
				m |= ix.word(text[start:i], &buf)
				start = -1
			}
			if i == len(text) {
				break
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	return m
}

// word looks one word up, lower-cased (ASCII in place; anything else as
// strings.ToLower does it).
func (ix *triggerIndex) word(w string, buf *[64]byte) uint64 {
	if len(w) > len(buf) {
		return ix.words[strings.ToLower(w)]
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return ix.words[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return ix.words[string(b)]
}

// has reports whether pattern i of the list runs on a text whose mask is m.
func has(m uint64, i int, p *rules.Pattern, text string) bool {
	if i < 64 {
		return m&(1<<i) != 0
	}
	if len(p.Triggers) == 0 {
		return true
	}
	words := map[string]bool{}
	for _, w := range wordsOf(strings.ToLower(text), nil) {
		words[w] = true
	}
	for _, t := range p.Triggers {
		if words[t] {
			return true
		}
	}
	return false
}
