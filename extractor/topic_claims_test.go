package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClaimTopics pins the topic of a claim whose sentence holds keywords
// of more than one topic: the words that say which one the figure is about.
func TestClaimTopics(t *testing.T) {
	for _, tc := range []struct{ name, text, topic string }{
		{"cases before a court are law, not health", "The Supreme Court heard 60 cases this term.", "Law and Crime"},
		{"new cases of a disease are health", "There were 4,000 new cases on Monday.", "Health"},
		{"foreign trade is foreign trade, not diplomacy", "Total foreign trade reached 6.6 trillion yuan.", "Foreign Trade"},
		{"a central bank named by its country is monetary policy", "The Bank of Japan raised rates to 0.25%.", "Macroeconomics"},
		{"the federal funds rate is monetary policy", "The federal funds rate stays at 5.3 percent.", "Macroeconomics"},
		{"fighter jets are defense", "The plan buys 68 fighter jets.", "Defense"},
		{"humanitarian assistance is international affairs", "We provided $2.1 billion in humanitarian assistance.", "International Affairs"},
		{"border encounters are immigration, though data show them", "CBP data shows about 10 million encounters.", "Immigration"},
		{"thefts are crime", "Thefts from shops are down 22 percent.", "Law and Crime"},
		{"food insecurity is social welfare", "Around 2.2 million people face acute food insecurity.", "Social Welfare"},
		{"a noun compound is about its head: car thefts are crime", "Car thefts rose 12 percent.", "Law and Crime"},
		{"a noun compound is about its head: school shootings are crime", "He said school shootings rose 9 percent.", "Law and Crime"},
		{"a name's words are no compound", "The National Congress met 3 times.", "International Affairs"},
		{"damages are no dams", "They seek damages of about $620 million in court.", "Law and Crime"},
		{"the European Union is no labor union", "The European Union has 27 member countries.", "International Affairs"},
		{"policies are no police", "It adopted 40 tax policies.", "Macroeconomics"},
		{"the officials who give a figure are not what it is about", "Cases rose to 146 this week, state health officials said.", "Health"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.topic, onlyClaimOf(t, tc.text).Topic)
		})
	}
}
