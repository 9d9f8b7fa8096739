package extractor

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ExtractBatch runs each pass over all its documents in turn; what comes
// of each document is what Extract gives it alone, whatever its
// neighbours: the documents share no state but the engine. A refused
// input has its error in its place and does not stop the others.
func TestExtractBatchGivesEachDocumentWhatExtractGives(t *testing.T) {
	e := defaultEngine(t)
	var in []Input
	for _, name := range []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
		require.NoError(t, err)
		in = append(in, Input{Source: name, Raw: raw})
	}
	in = append(in,
		Input{Source: "binary.txt", Raw: []byte("x\x00y")},
		Input{Source: "empty.txt"},
		Input{Source: "page.html", Raw: []byte("<p>We have created 15&nbsp;million jobs.</p>")},
		Input{Source: "inline.txt", Raw: []byte("MR. KIRBY: We sent 38 teams.\n\nQ: And 12 more?\n\nMR. KIRBY: About 40% of them.")},
		in[1], // the same text twice: its ids count afresh
	)
	for _, opt := range []Options{{}, {Mentions: true}} {
		got := e.ExtractBatch(in, opt)
		require.Len(t, got, len(in))
		for i, doc := range in {
			want, err := e.Extract(doc.Source, doc.Raw, opt)
			if err != nil {
				assert.EqualError(t, got[i].Err, err.Error(), doc.Source)
				assert.Nil(t, got[i].Result)
				continue
			}
			require.NoError(t, got[i].Err, doc.Source)
			assert.Equal(t, want, got[i].Result, "%s, mentions %v", doc.Source, opt.Mentions)
		}
		assert.Error(t, got[2].Err, "the binary input is refused")
		assert.NotEmpty(t, got[0].Result.Claims)
	}
	assert.Empty(t, e.ExtractBatch(nil, Options{}))
}
