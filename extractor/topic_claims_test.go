package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
		{"a police scene is crime", "Officers found three victims where shots fired were reported.", "Law and Crime"},
		{"robberies are crime", "Robberies fell 12 percent.", "Law and Crime"},
		{"artillery is no art", "Russia makes three million artillery shells a year.", "Defense"},
		{"the European Union is no labor union", "The European Union gave 40 percent of the aid to refugees.", "International Affairs"},
		{"union members are labor", "Union members won a 25 percent raise.", "Labor"},
		{"training is no train", "We are training 3,000 soldiers.", "Defense"},
		{"a roadmap is no road", "The roadmap sets out 12 steps for the bilateral talks.", "International Affairs"},
		{"a phrase's last word may be a prefix", "The plan closes 3 power plants.", "Energy"},
		{"crop yields are agriculture, not bond yields", "Wheat yields were 3.5 tonnes per hectare.", "Agriculture"},
		{"a game's touchdowns are sport, though the defense held", "Our defense held, and he threw three touchdowns.", "Culture"},
		{"an army's armoured vehicles are defense, not transport", "The Army has taken 148 armoured vehicles.", "Defense"},
		{"vehicles alone are transport", "Inspectors checked 205 vehicles.", "Transportation"},
		{"nursing homes are health care, not housing", "The chain runs 41 nursing homes.", "Health"},
		{"road deaths are transport, not health", "Last year 338 people died in road crashes.", "Transportation"},
		{"a power cut is energy", "About 40 percent of the city was without power.", "Energy"},
		{"countries whose growth picked up are the economy's", "About two-thirds of the countries saw growth pick up.", "Macroeconomics"},
		{"countries a state has relations with are diplomacy's", "China has diplomatic relations with 181 countries.", "International Affairs"},
		{"a bank's loan book is banking, not books", "Roughly 30% of the loan book is floating rate.", "Domestic Commerce"},
		{"a bank's net interest income is banking", "Net interest income was $214.5 million.", "Domestic Commerce"},
		{"a compensation scheme's tariff is no trade tariff", "Awards are fixed by a tariff in Schedule 2 and 6,100 claimants were paid.", ""},
		{"important is no import", "This is important: 40 percent agreed.", ""},
		{"a policy is no police", "The new policy affects 40 percent of people.", ""},
		{"national is not international", "The national average is 40 percent.", ""},
		{"consultations are no consulate", "There were consultations with 40 experts.", ""},
		{"Stockholm is no stock", "Stockholm hosted 40 delegates.", ""},
		{"a party's national congress is no legislature", "We held 300 briefings around the CPC National Congress.", ""},
		{"food insecurity is social welfare", "Around 2.2 million people face acute food insecurity.", "Social Welfare"},
		{"a budget alone is the economy's", "The draft budget is $412.6 million.", "Macroeconomics"},
		{"a budget with a topic's word is that topic's", "Revenue from water rates fell to $2.3 million.", "Environment"},
		{"a company's earnings per share are commerce", "Adjusted EPS came in at $1.87.", "Domestic Commerce"},
		{"operating margins are commerce, though said in basis points", "Operating margin widened by 120 basis points.", "Domestic Commerce"},
		{"emergency department visits for flu are health, no diplomacy", "Emergency department visits for influenza rose 19 percent.", "Health"},
		{"sea ice is the environment, though satellites measure it", "Arctic sea ice reached 4.28 million square kilometers in the satellite record.", "Environment"},
		{"a water treatment plant is the environment", "The water treatment plant upgrade costs $74 million.", "Environment"},
		{"a flu season is no sports season", "This flu season, 27 children died.", "Health"},
		{"medical teams are health, no sports teams", "We sent 38 medical expert teams.", "Health"},
		{"a noun compound is about its head: car thefts are crime", "Car thefts rose 12 percent.", "Law and Crime"},
		{"a noun compound is about its head: school shootings are crime", "He said school shootings rose 9 percent.", "Law and Crime"},
		{"a name's words are no compound", "The Immigration Court heard 3 appeals.", "Immigration"}, // lower-case, the court is the head: Law and Crime
		{"damages are no dams", "They seek damages of about $620 million in court.", "Law and Crime"},
		{"policies are no police", "It adopted 40 tax policies.", "Macroeconomics"},
		{"the officials who give a figure are not what it is about", "Cases rose to 146 this week, state health officials said.", "Health"},
		{"a shooting percentage is sport, no crime", "They held Rivermont to 41 percent shooting in the playoffs.", "Culture"},
		{"rebounds and assists are sport", "He had 11 rebounds last night.", "Culture"},
		{"a fire is a disaster, as a flood is", "The fire destroyed 212 structures.", "Domestic Commerce"},
		{"firefighters are a city's public safety, as police are", "The department is budgeted for 42 firefighters.", "Law and Crime"},
		{"a shooting is still crime", "The shooting left 3 people wounded.", "Law and Crime"},
		{"smartphones are technology", "We shipped 12 million smartphones last year.", "Technology"},
		{"a phone call to an agency is no technology", "The agency answered 41.2 million phone calls.", "Government Operations"},
		{"a fish quota is agriculture", "The cod quota falls to 20,000 tonnes.", "Agriculture"},
		{"a fishing fleet is no navy", "The fishing fleet lost 40 vessels.", "Agriculture"},
		{"an oil spill is the environment, not energy", "Crews recovered 41,350 gallons of oily water from the spill.", "Environment"},
		{"foreign visitors are tourism, not diplomacy", "Foreign visitors spent 1.67 trillion baht.", "Domestic Commerce"},
		{"international arrivals are tourism", "We welcomed 35.5 million international arrivals.", "Domestic Commerce"},
		{"a port's container traffic is transport, though it is exports", "The port handled 2.3 million TEUs.", "Transportation"},
		{"a place named Port is no port", "Port Aldis reported 286 cholera cases.", "Health"},
		{"a mining royalty rate is a tax", "The bill lifts the royalty rate to 8.75 per cent.", "Macroeconomics"},
		{"a house's main business is its agenda, no company's", "The main business today is a supplementary schedule of 3 per cent of the budget.", "Macroeconomics"},
		{"a utility's customers are energy's, though customers are a business's", "Right now 487,000 customers are without power.", "Energy"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.topic, onlyClaimOf(t, tc.text).Topic)
		})
	}
}

// A weak keyword ("budget") gives its topic only where nothing about the
// claim, its paragraph or the document names one: a transit agency's
// budget, said before its ridership, is transit; and it is not counted as
// the document's, so the claims after it take the topic the others named.
func TestWeakKeywordsYieldToTheDocumentsTopic(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the document names a topic", "The draft budget is $412.6 million.\n\nRidership reached 31.4 million trips.\n\nRevenue is $23 million.\n",
			[]string{"Transportation", "Transportation", "Transportation"}},
		{"nothing names one", "The draft budget is $412.6 million.\n\nRevenue is $23 million.\n",
			[]string{"Macroeconomics", "Macroeconomics"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := defaultEngine(t).Extract("session.txt", []byte(tc.text), Options{})
			require.NoError(t, err)
			var topics []string
			for _, c := range res.Claims {
				topics = append(topics, c.Topic)
			}
			assert.Equal(t, tc.want, topics)
		})
	}
}

// The whole document votes: one early word ("died") does not make a
// harvest report Health through the claims it decided.
func TestOneEarlyWordDoesNotDecideTheDocument(t *testing.T) {
	text := "The Chair welcomed 4 new members and asked the meeting to remember a member of 41 years who died in August.\n\n" +
		"The cellar received 9,412 tonnes of grapes from 118 growers, down 14% on last year.\n\n" +
		"Yields averaged 43 hectolitres per hectare across 1,640 hectares of vineyards.\n\n" +
		"Frost and hail took 2,100 tonnes of the harvest.\n"
	res, err := defaultEngine(t).Extract("minutes.txt", []byte(text), Options{})
	require.NoError(t, err)
	agriculture := 0
	for _, c := range res.Claims {
		if c.Topic == "Agriculture" {
			agriculture++
		}
	}
	assert.GreaterOrEqual(t, agriculture, len(res.Claims)-2, "most claims of a harvest report are Agriculture")
}

// The levels vote: one keyword in the counted thing does not outvote a
// clause and sentence about something else, while a counted thing that the
// sentence itself is about keeps its topic in a paragraph about another.
func TestTopicLevelsVote(t *testing.T) {
	for _, tc := range []struct{ name, text, topic string }{
		{"nurses on strike are labor, not health",
			"The union has been in contract talks over wages for six months.\n\nWe have now been out for six days. Last Friday, 1,850 registered nurses walked off the job, and this morning more than 1,700 of them were on the picket line.", "Labor"},
		{"nurses on a ward are health",
			"The hospital has 212 nurses caring for patients on its wards.", "Health"},
		{"vaccine doses are health in a paragraph about diplomacy",
			"Our diplomacy stood at the forefront of international cooperation with foreign ministers, and we provided more than 2.2 billion doses of vaccines to other countries.", "Health"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := defaultEngine(t).Extract("t.txt", []byte(tc.text+"\n"), Options{})
			require.NoError(t, err)
			require.NotEmpty(t, res.Claims)
			assert.Equal(t, tc.topic, res.Claims[len(res.Claims)-1].Topic)
		})
	}
}

// A document's title, a short first line, says what it is about and
// counts as titleWeight claims in the whole document's vote: the figures
// of a podcast titled after a county's housing and rents, whose own words
// name no topic, are about housing.
func TestADocumentsTitleVotesForItsTopic(t *testing.T) {
	body := "\n\nThe median rose 4.8% to $612,000 in March.\n\nThe count fell to 287 by the end of the month.\n"
	topics := func(text string) []string {
		res, err := defaultEngine(t).Extract("ep.txt", []byte(text), Options{})
		require.NoError(t, err)
		var got []string
		for _, c := range res.Claims {
			got = append(got, c.Topic)
		}
		return got
	}
	for _, topic := range topics("Valley Homes Podcast - Alder County housing and rents" + body) {
		assert.Equal(t, "Housing", topic)
	}
	assert.NotContains(t, topics("Notes"+body), "Housing", "no title: the figures' own words decide")
}
