// Package extractor turns texts into statistical claims: it decodes a
// document, splits it into speaker turns and sentences, scans numeric
// expressions, classifies each one with the rule set, and assembles the
// claims of ../shared/spec/CLAIMS.md.
package extractor

// Claim is one statistical claim: a number a speaker puts forward as a fact.
// The JSON names are the contract of CLAIMS.md §2; the fields after Sentence
// are our additions.
type Claim struct {
	ID        string   `json:"id"`
	Source    string   `json:"source"`
	Line      int      `json:"line"`
	Number    string   `json:"number"`
	Value     *float64 `json:"value"`
	ValueHigh *float64 `json:"value_high,omitempty"`
	Kind      string   `json:"kind"`
	Unit      string   `json:"unit"`
	Object    string   `json:"object"`
	Qualifier string   `json:"qualifier"`
	Bound     string   `json:"bound"`
	Vague     bool     `json:"vague,omitempty"`
	Speaker   *string  `json:"speaker"`
	Topic     string   `json:"topic"`
	Sentence  string   `json:"sentence"`

	Start       int    `json:"start"`
	End         int    `json:"end"`
	SpeakerRole string `json:"speaker_role,omitempty"`
	// SpeakerLabel is the label as the transcript wrote it, where a roster
	// gave the speaker's full name ("TAG" for Dr Tedros Adhanom Ghebreyesus).
	SpeakerLabel string   `json:"speaker_label,omitempty"`
	Period       string   `json:"period,omitempty"`
	Per          string   `json:"per,omitempty"`
	Tags         []string `json:"tags,omitempty"`
	Rule         string   `json:"rule"`
}

// Mention is a numeric expression that is not a claim, with the reason and
// the rule that decided so (reported with --all).
type Mention struct {
	Source string   `json:"source"`
	Line   int      `json:"line"`
	Number string   `json:"number"`
	Value  *float64 `json:"value"`
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Reason string   `json:"reason"`
	Rule   string   `json:"rule"`
}

// Kinds of claim (CLAIMS.md §1.1).
const (
	KindCount    = "count"
	KindPercent  = "percent"
	KindMoney    = "money"
	KindMeasure  = "measure"
	KindDuration = "duration"
	KindRank     = "rank"
	KindFraction = "fraction"
	KindMultiple = "multiple"
)

// Bounds a qualifier gives a value (CLAIMS.md §2).
const (
	BoundExact  = "exact"
	BoundLower  = "lower"
	BoundUpper  = "upper"
	BoundApprox = "approx"
	BoundRange  = "range"
)

// Source describes one input of a run.
type Source struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
	Lines  int    `json:"lines"`
	Claims int    `json:"claims"`
}

// Result is what extraction of one input yields.
type Result struct {
	Source   Source
	Claims   []Claim
	Mentions []Mention
	Warnings []string
}
