package extractor

import (
	"slices"
	"strings"
)

// The topics pass gives each claim its topic and tags after the assembly
// of the whole document, in a pass of its own: the keyword trie and the
// topics' scores stay in the caches from one claim to the next instead of
// taking turns with the units, hedges and phrase tables of the assembly.
// It gives the answers topicOf gave in the assembly: each claim is scored
// from its object and unit as assembled (before inheritUnits lends a unit),
// with its sentence, its paragraph, the question that paragraph answers,
// and the topics of the claims before it.

// topicIn is what a claim's topic is scored from, beside its offsets.
type topicIn struct {
	object, unit string
	sentence     int // into docState.topicSents
}

// topicSentence is a sentence whose claims the topics pass scores.
type topicSentence struct {
	sp                 span
	topics             *paraTopics
	lower              string
	aligned, lowerDone bool
}

// noteSentence keeps what the topics pass needs of a sentence about to be
// assembled, and numbers it for its claims.
func (x *docState) noteSentence(sc *sentenceCtx) {
	sc.index = len(x.topicSents)
	x.topicSents = append(x.topicSents, topicSentence{sp: sc.sp, topics: sc.topics,
		lower: sc.lower, aligned: sc.aligned, lowerDone: sc.lowerDone})
}

// topics is the topics pass, over the document's claims in order.
func (x *docState) topics() {
	x.wholeDocument()
	var sc sentenceCtx
	current := -1
	for i := range x.res.Claims {
		in := &x.topicIns[i]
		if in.sentence != current {
			current = in.sentence
			s := &x.topicSents[current]
			sc = sentenceCtx{x: x, sp: s.sp, text: x.d.Text[s.sp.Start:s.sp.End], topics: s.topics,
				lower: s.lower, aligned: s.aligned, lowerDone: s.lowerDone}
			if k := len(x.e.topics.topics); len(x.sentCache) > 0 {
				sc.sentTopics = x.sentCache[current*k : (current+1)*k] // scored by wholeDocument
			}
		}
		sc.claim = i
		c := &x.res.Claims[i]
		c.Topic, c.Tags = sc.topicOf(x.assembled(i))
	}
}

// assembled is claim i as its assembly left it, before inheritUnits lent
// it a unit: what its topic is scored from.
func (x *docState) assembled(i int) Claim {
	c := x.res.Claims[i]
	c.Object, c.Unit = x.topicIns[i].object, x.topicIns[i].unit
	return c
}

// wholeDocument counts, before any claim's topic is voted, the topic each
// claim's object and sentence name: what the whole document is about, one
// level of every claim's vote (documentScores). Their scores are kept for
// topicOf, which would score them again; the clause is left to it, to
// score where the nearer levels do not settle the vote.
func (x *docState) wholeDocument() {
	ix := x.e.topics
	k, n := len(ix.topics), ix.real
	claims := len(x.res.Claims)
	if k == 0 || claims == 0 {
		return
	}
	x.topicScratch(k)
	x.wholeTopics = append(x.wholeTopics[:0], make([]float64, k)...)
	x.wholeSum = 0
	x.objScores = slices.Grow(x.objScores[:0], claims*k)[:claims*k]
	x.sentCache = slices.Grow(x.sentCache[:0], len(x.topicSents)*k)[:len(x.topicSents)*k]
	votes := x.votes[:n]
	var sentence []float64
	current := -1
	for i := range x.res.Claims {
		in := &x.topicIns[i]
		if in.sentence != current {
			current = in.sentence
			s := &x.topicSents[current]
			sentence = ix.scoreInto(x.sentCache[current*k:(current+1)*k], x.d.Text[s.sp.Start:s.sp.End])
		}
		c := x.assembled(i)
		object := ix.scoreInto(x.objScores[i*k:(i+1)*k], x.objectAndUnit(&c))
		clear(votes)
		named := vote(votes, sentence[:n], levelWeights[sentenceLevel])
		if vote(votes, object[:n], levelWeights[objectLevel]) || named {
			best, _ := leader(votes)
			x.wholeTopics[best]++
			x.wholeSum++
		}
	}
	x.titleVote(votes)
}

// titleVote counts the document's title, its first line where that is a
// short heading and no sentence ("Valley Homes Podcast Ep 212 - Alder
// County spring market"), as titleWeight claims: it names what the
// document is about, and a document of few claims is otherwise swayed by
// whichever a passing word pulls.
func (x *docState) titleVote(votes []float64) {
	d := x.d
	if len(d.Paragraphs) == 0 {
		return
	}
	p := &d.Paragraphs[0]
	title := d.Text[p.Start:p.End]
	if nl := strings.IndexByte(title, '\n'); nl >= 0 {
		title = title[:nl]
	}
	title = strings.TrimRight(title, " \t\r")
	if len(title) > maxTitle || title == "" || strings.ContainsAny(title[len(title)-1:], ".?!:") {
		return // a sentence, or a label, opens the text: no title
	}
	ix := x.e.topics
	scores := ix.scoreInto(x.scoresOf(len(ix.topics)), title)
	clear(votes)
	best := -1
	if vote(votes, scores[:ix.real], 1) {
		best, _ = leader(votes)
	} else {
		best = ix.weakest(scores) // "Valley Homes Podcast": a weak word names a title's topic too
	}
	if best >= 0 {
		x.wholeTopics[best] += titleWeight
		x.wholeSum += titleWeight
	}
}

// maxTitle bounds the first line read as a document's title.
const maxTitle = 160

// titleWeight is how many claims' votes a document's title counts as.
const titleWeight = 3
