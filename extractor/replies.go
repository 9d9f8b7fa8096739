package extractor

import (
	"sort"
	"strings"
)

// quotedReplies gives a reply's quoted lines ("> Each one adds $6,500 to
// $8,000.") back to whoever wrote them: an e-mail thread or a forum reply
// quotes the message it answers under ">" marks, and the figures in the
// quote are the quoted writer's, not the replier's (CLAIMS.md §3). The
// writer is the speaker of the paragraph, outside any quote, where the
// quoted words stand, in whatever order the thread was exported and
// however its lines were wrapped; a quote found nowhere else stays the
// replier's.
func quotedReplies(d *Document) {
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if p.Speaker == "" || p.Direction || p.Header || !quoteParagraph(d.ParagraphText(p)) {
			continue
		}
		words := quoteProbe(d.ParagraphText(p))
		if len(words) < minQuoteWords {
			continue
		}
		for _, at := range wordsAt(d.Text, words) {
			j := sort.Search(len(d.Paragraphs), func(k int) bool { return d.Paragraphs[k].End > at }) // the paragraph holding at
			if j == len(d.Paragraphs) || j == i || d.Paragraphs[j].Start > at {
				continue
			}
			q := &d.Paragraphs[j]
			if q.Speaker == "" || quoteParagraph(d.ParagraphText(q)) {
				continue
			}
			if q.Speaker != p.Speaker {
				p.Speaker, p.Role, p.Label, p.Question = q.Speaker, q.Role, q.Label, false
				p.Turn = -(i + 1) // a turn of its own, numbered apart from the labels'
			}
			break
		}
	}
}

// minQuoteWords and maxQuoteWords bound the words a quote is looked up by:
// fewer than six could stand anywhere ("> Agreed."), and the first dozen
// find the line it quotes.
const minQuoteWords, maxQuoteWords = 6, 12

// quoteParagraph: every line of the paragraph opens with one ">" (">>"
// opens a caption's turn, no quote).
func quoteParagraph(text string) bool {
	if t := strings.TrimLeft(text, " \t"); t == "" || t[0] != '>' {
		return false // most paragraphs: no line to walk
	}
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimLeft(line, " \t")
		if line == "" {
			continue
		}
		if line[0] != '>' || len(line) > 1 && line[1] == '>' {
			return false
		}
	}
	return true
}

// quoteProbe is the first words of a quote, its marks left out.
func quoteProbe(text string) []string {
	var words []string
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimLeft(strings.TrimSpace(line), ">")
		for _, w := range strings.Fields(line) {
			if len(words) == maxQuoteWords {
				return words
			}
			words = append(words, w)
		}
	}
	return words
}

// wordsAt returns where in text the words stand one after the other,
// whatever the white space between them (a quote rewraps its lines).
func wordsAt(text string, words []string) []int {
	var found []int
	for from := 0; ; {
		k := strings.Index(text[from:], words[0])
		if k < 0 {
			return found
		}
		at := from + k
		from = at + 1
		rest := text[at+len(words[0]):]
		ok := true
		for _, w := range words[1:] {
			trimmed := strings.TrimLeft(rest, " \t\r\n>")
			if len(trimmed) == len(rest) || !strings.HasPrefix(trimmed, w) {
				ok = false
				break
			}
			rest = trimmed[len(w):]
		}
		if ok {
			found = append(found, at)
		}
	}
}
