package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An e-mail thread: each message is its sender's, its header's Subject:
// does not end the sender's turn, and a reply's quoted lines, however
// rewrapped, are the quoted writer's.
func TestEmailThreadMessagesAreTheirSendersAndQuotesTheQuoted(t *testing.T) {
	raw := []byte("From: Whitfield, Dana <DWhitfield@city.gov>\n" +
		"Sent: Monday, March 3, 2025 8:47 AM\n" +
		"To: Oyelaran, Marcus <MOyelaran@city.gov>\n" +
		"Subject: FY26 CIP - Water Main Replacement Program request\n\n" +
		"Marcus,\n\n" +
		"Short version: we are asking for\n$14.6 million, up from the $9.8 million programmed.\n\n" +
		"Dana\n\n" +
		"From: Oyelaran, Marcus <MOyelaran@city.gov>\n" +
		"Sent: Monday, March 3, 2025 2:15 PM\n" +
		"Subject: RE: FY26 CIP - Water Main Replacement Program request\n\n" +
		"> Short version: we are asking for $14.6 million, up from the $9.8 million\n> programmed.\n\n" +
		"That is a $4.8 million gap.\n\n" +
		"> Agreed, 40 more.\n")
	res, err := defaultEngine(t).Extract("thread.txt", raw, Options{})
	require.NoError(t, err)
	assert.Equal(t, []numberSpeaker{
		{"$14.6 million", "Whitfield, Dana"}, {"$9.8 million", "Whitfield, Dana"},
		{"$14.6 million", "Whitfield, Dana"}, {"$9.8 million", "Whitfield, Dana"},
		{"$4.8 million", "Oyelaran, Marcus"},
		{"40", "Oyelaran, Marcus"}, // a quote found nowhere else stays the replier's
	}, numberSpeakers(t, res))
}

func TestQuoteParagraphs(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"> Each one adds $6,500 to $8,000.", true},
		{"> one\n  > two", true},
		{">> DR. BHATT: thanks for having me", false},
		{"> one\ntwo", false},
		{"The ratio is > 2.", false},
	} {
		assert.Equal(t, tc.want, quoteParagraph(tc.text), tc.text)
	}
}
