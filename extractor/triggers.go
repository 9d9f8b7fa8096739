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
	words []int // the bounds of the text's words (appendWords)
	done  bool
	has   uint64
}

func (h *wordHits) holds(ix *triggerIndex, w int, lower string) bool {
	if w >= 64 {
		return hasWord(lower, ix.words.list[w])
	}
	if !h.done {
		h.done, h.has = true, ix.wordsIn(lower, h.words)
	}
	return h.has&(1<<w) != 0
}

// wordsIn is the set of the first 64 trigger words among the words of
// lower, bounded by words. A word whose ends and length no trigger word
// has is passed without a look-up.
func (ix *triggerIndex) wordsIn(lower string, words []int) uint64 {
	var has uint64
	for k := 0; k+1 < len(words); k += 2 {
		if w := lower[words[k]:words[k+1]]; ix.words.mayHave(w) {
			has |= ix.wordBit(w)
		}
	}
	return has
}

// wordBit is the bit of w in wordsIn's set: 0 unless it is one of the
// first 64 trigger words.
func (ix *triggerIndex) wordBit(w string) uint64 {
	if k, ok := ix.words.find(w); ok && k < 64 {
		return 1 << k
	}
	return 0
}

// appendWords appends to b the offsets in s where its words begin and
// end, in pairs, as wordsOf splits them. wordsIn runs on every sentence
// with a claim, and a loop that stops at each word's end takes a branch
// there that the CPU cannot foresee on new text: here every offset is
// stored, and only those where a word begins or ends are kept, so which
// they are decides how far the store moves, not whether it runs.
func appendWords(b []int, s string) []int {
	n := len(b)
	b = slices.Grow(b, len(s)+1)[:n+len(s)+1] // room for a bound at each rune and at the end
	in := 0                                   // 1 in a word
	for i := 0; i < len(s); {
		w, size := int(asciiInWord[s[i]]), 1
		if s[i] >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if w = 0; !isWordBreak(r) {
				w = 1
			}
		}
		b[n] = i
		n += w ^ in
		in = w
		i += size
	}
	b[n] = len(s)
	return b[:n+in]
}

// asciiInWord is 1 for the ASCII characters that wordsOf keeps in a word,
// 0 for the others and for the bytes of other runes (to be decoded).
var asciiInWord = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		if !isWordBreak(rune(c)) {
			t[c] = 1
		}
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
	hits := wordHits{words: appendWords(nil, lower)}
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
