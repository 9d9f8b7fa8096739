package extractor

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factable/factable/rules"
)

// triggerIndex holds, for a list of patterns, what a sentence must hold
// for each of them to run: one of its trigger words (rules.Pattern: a
// pattern with triggers runs only on a text holding one of them), and one
// of the phrases that every match of it holds (rules.Phrases).
type triggerIndex struct {
	words    wordSet          // the trigger words of all the patterns, lower-cased
	triggers [][]int          // for each pattern, its trigger words' numbers; nil: it has none
	phrases  []*rules.Phrases // for each pattern; nil when none is known
}

func newTriggerIndex(ps []*rules.Pattern) *triggerIndex {
	ix := &triggerIndex{}
	for _, p := range ps {
		var words []int
		if len(p.Triggers) > 0 {
			words = []int{} // a pattern with triggers, even if none can be a word
		}
		for _, t := range p.Triggers {
			// A trigger is compared with the words of the text (wordsOf): one
			// that is not a word ("so far") is never among them.
			if w := toLower(t); slices.Equal(wordsOf(w, nil), []string{w}) {
				words = append(words, ix.words.add(w))
			}
		}
		ix.triggers = append(ix.triggers, words)
		ix.phrases = append(ix.phrases, rules.PhrasesOf(p.Re))
	}
	return ix
}

// wordHits is the set of the trigger words a text holds (the first 64 of
// them; the others are looked for one by one), found in one pass over
// its words when a pattern first asks.
type wordHits struct {
	done bool
	has  uint64
}

func (h *wordHits) holds(ix *triggerIndex, w int, lower string) bool {
	if w >= 64 {
		return hasWord(lower, ix.words.list[w])
	}
	if !h.done {
		h.done, h.has = true, ix.wordsIn(lower)
	}
	return h.has&(1<<w) != 0
}

// wordsIn is the set of the first 64 trigger words that are words of
// lower (as wordsOf splits it). It runs on every sentence with a claim,
// so the ASCII letters of a word are stepped over here, and a word whose
// ends and length no trigger word has is passed without a look-up.
func (ix *triggerIndex) wordsIn(lower string) uint64 {
	var has uint64
	for i := 0; i < len(lower); {
		start := i
		for i < len(lower) && asciiInWord[lower[i]] {
			i++
		}
		if i < len(lower) && lower[i] >= utf8.RuneSelf {
			i = wordEnd(lower, i)
		}
		if i == start {
			i += runeSize(lower, i) // past a break rune
			continue
		}
		if w := lower[start:i]; ix.words.mayHave(w) {
			has |= ix.wordBit(w)
		}
	}
	return has
}

// wordEnd is the offset in s past the word runes at i.
func wordEnd(s string, i int) int {
	for {
		for i < len(s) && asciiInWord[s[i]] {
			i++
		}
		if i == len(s) || s[i] < utf8.RuneSelf {
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordBreak(r) {
			return i
		}
		i += size
	}
}

// wordBit is the bit of w in wordsIn's set: 0 unless it is one of the
// first 64 trigger words.
func (ix *triggerIndex) wordBit(w string) uint64 {
	if k, ok := ix.words.find(w); ok && k < 64 {
		return 1 << k
	}
	return 0
}

// runeSize is the length of the rune at offset i of s.
func runeSize(s string, i int) int {
	if s[i] < utf8.RuneSelf {
		return 1
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return size
}

// asciiInWord tells the ASCII characters that wordsOf keeps in a word
// (no other byte: those of other runes are to be decoded).
var asciiInWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !isWordBreak(rune(c))
	}
	return t
}()

// mayMatch reports whether pattern i of the list may match text, lower
// being text lower-cased: it is triggered (looked at first: its words are
// rarer than its phrases' first words), and text holds one of its
// phrases. hits carries the trigger words found from one pattern to the
// next.
func (ix *triggerIndex) mayMatch(i int, text, lower string, hits *wordHits) bool {
	if !ix.triggeredBy(i, lower, hits) {
		return false
	}
	if ph := ix.phrases[i]; ph != nil {
		in := text
		if ph.Fold {
			in = lower
		}
		return ph.In(in)
	}
	return true
}

// triggered reports whether pattern i runs on a text, given lower-cased:
// it has no triggers, or one of them is a word of the text.
func (ix *triggerIndex) triggered(i int, lower string) bool {
	var hits wordHits
	return ix.triggeredBy(i, lower, &hits)
}

func (ix *triggerIndex) triggeredBy(i int, lower string, hits *wordHits) bool {
	if ix.triggers[i] == nil {
		return true
	}
	for _, w := range ix.triggers[i] {
		if hits.holds(ix, w, lower) {
			return true
		}
	}
	return false
}

// hasWord reports whether w is one of the words of s as wordsOf reads
// them: it stands between runes that are not word runes.
func hasWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		start, end := i+k, i+k+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (start == 0 || isWordBreak(before)) && (end == len(s) || isWordBreak(after)) {
			return true
		}
		i = start + 1
	}
}

// isWordBreak: wordsOf ends a word at r.
func isWordBreak(r rune) bool { return notWordRune(r) && !(r >= 'A' && r <= 'Z') }
