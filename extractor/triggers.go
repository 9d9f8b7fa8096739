package extractor

import (
	"strings"
	"unicode/utf8"

	"github.com/factable/factable/rules"
)

// triggerIndex answers, in one pass over a sentence's words, which of a
// list of patterns have one of their trigger words in it (rules.Pattern:
// a pattern with triggers runs only on a text holding one of them); and
// for each pattern, whether the text holds a phrase every match of it
// holds (rules.Phrases).
type triggerIndex struct {
	words   map[string]uint64 // lower-case trigger word -> the patterns it triggers
	always  uint64            // patterns without triggers
	phrases []*rules.Phrases  // for each pattern; nil when none is known

	// The lengths (bit n for n bytes, 63 for longer) of the trigger words
	// by their first and by their last byte: most words of a text are
	// ruled out by them without a look-up.
	byFirst, byLast [256]uint64
}

func newTriggerIndex(ps []*rules.Pattern) *triggerIndex {
	ix := &triggerIndex{words: map[string]uint64{}}
	for _, p := range ps {
		ix.phrases = append(ix.phrases, rules.PhrasesOf(p.Re))
	}
	for i, p := range ps {
		if i >= 64 {
			break // beyond 64 patterns, mask() reports them all (see has)
		}
		if len(p.Triggers) == 0 {
			ix.always |= 1 << i
		}
		for _, t := range p.Triggers {
			w := strings.ToLower(t)
			ix.words[w] |= 1 << i
			if w != "" {
				ix.byFirst[w[0]] |= lengthBit(len(w))
				ix.byLast[w[len(w)-1]] |= lengthBit(len(w))
			}
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
	if len(b) == 0 || ix.byFirst[b[0]]&ix.byLast[b[len(b)-1]]&lengthBit(len(b)) == 0 {
		return 0
	}
	return ix.words[string(b)]
}

func lengthBit(n int) uint64 { return 1 << min(n, 63) }

// mayMatch reports whether pattern i of the list may match text, whose
// mask is m: it is triggered, and text holds one of its phrases. lower
// gives text lower-cased.
func (ix *triggerIndex) mayMatch(m uint64, i int, p *rules.Pattern, text string, lower func() string) bool {
	if !has(m, i, p, text) {
		return false
	}
	switch ph := ix.phrases[i]; {
	case ph == nil:
		return true
	case ph.Fold:
		return ph.In(lower())
	default:
		return ph.In(text)
	}
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
