package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/factable/factable/eval"
	"github.com/factable/factable/extractor"
	"github.com/factable/factable/rules"
)

const evalUsage = `Usage: factable eval --gold DIR [--texts DIR] [--rules FILE]... [--verbose] [FACTS.json]...

Scores claims against hand-checked gold claims and prints precision,
recall, F1, the accuracy of unit, bound, kind, speaker and topic, and record
recall (value, unit, bound and speaker all right), with the matching of the
shared scorer (CLAIMS.md §6).

With FACTS.json files (factable's JSON output), their claims are scored.
Without, factable extracts the gold's texts itself: gold/NAME.jsonl
annotates NAME.txt (or .md, .html) found in --texts DIR (default: the gold
folder, its parent, and the parent's testdata/), using --rules if given.

Gold format: JSON Lines, one claim a line, with line, number, value, kind,
unit, bound, speaker, topic; unit, speaker, topic and bound may be arrays of
acceptable answers; "optional": true marks a claim that neither gains nor
loses.
`

func runEval(args []string, stdout, stderr io.Writer) int {
	var goldDirs, textDirs, ruleFiles, facts []string
	verbose := false
	// Options that take a value, and the list each value goes to.
	lists := map[string]*[]string{"--gold": &goldDirs, "-gold": &goldDirs, "--texts": &textDirs, "-texts": &textDirs,
		"--rules": &ruleFiles, "-rules": &ruleFiles}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if dst, ok := lists[arg]; ok {
			if i+1 >= len(args) {
				fmt.Fprintf(stderr, "factable eval: %s needs a value\n\n%s", arg, evalUsage)
				return 2
			}
			i++
			*dst = append(*dst, args[i])
			continue
		}
		switch {
		case arg == "-h" || arg == "--help":
			fmt.Fprint(stdout, evalUsage)
			return 0
		case arg == "--verbose" || arg == "-v":
			verbose = true
		case strings.HasPrefix(arg, "-"):
			fmt.Fprintf(stderr, "factable eval: unknown option %s\n\n%s", arg, evalUsage)
			return 2
		default:
			facts = append(facts, arg)
		}
	}
	if len(goldDirs) == 0 {
		fmt.Fprintf(stderr, "factable eval: --gold is required\n\n%s", evalUsage)
		return 2
	}
	gold, err := eval.LoadGold(goldDirs...)
	if err != nil {
		fmt.Fprintf(stderr, "factable: %v\n", err)
		return 1
	}
	var claims []extractor.Claim
	if len(facts) > 0 {
		for _, f := range facts {
			cs, err := readFacts(f)
			if err != nil {
				fmt.Fprintf(stderr, "factable: %v\n", err)
				return 1
			}
			claims = append(claims, cs...)
		}
	} else {
		cs, err := extractGoldTexts(gold, goldDirs, textDirs, ruleFiles)
		if err != nil {
			fmt.Fprintf(stderr, "factable: %v\n", err)
			return 1
		}
		claims = cs
	}
	eval.Score(gold, claims).Print(stdout, verbose)
	return 0
}

func readFacts(path string) ([]extractor.Claim, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var table struct {
		Claims []extractor.Claim `json:"claims"`
	}
	if err := json.Unmarshal(raw, &table); err != nil {
		var bare []extractor.Claim
		if err2 := json.Unmarshal(raw, &bare); err2 != nil {
			return nil, fmt.Errorf("%s: not a factable JSON fact table: %v", path, err)
		}
		return bare, nil
	}
	return table.Claims, nil
}

func extractGoldTexts(gold map[string][]eval.Gold, goldDirs, textDirs, ruleFiles []string) ([]extractor.Claim, error) {
	if len(textDirs) == 0 {
		for _, g := range goldDirs {
			parent := filepath.Dir(filepath.Clean(g))
			textDirs = append(textDirs, g, parent, filepath.Join(parent, "testdata"))
		}
	}
	rs, err := rules.Load(ruleFiles...)
	if err != nil {
		return nil, err
	}
	eng := extractor.New(rs)
	names := make([]string, 0, len(gold))
	for n := range gold {
		names = append(names, n)
	}
	sort.Strings(names)
	var claims []extractor.Claim
	for _, name := range names {
		path := findText(name, textDirs)
		if path == "" {
			return nil, fmt.Errorf("%s: no text for this gold file in %s", name, strings.Join(textDirs, ", "))
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		res, err := eng.Extract(path, raw, extractor.Options{})
		if err != nil {
			return nil, err
		}
		claims = append(claims, res.Claims...)
	}
	return claims, nil
}

func findText(name string, dirs []string) string {
	for _, d := range dirs {
		for _, ext := range []string{".txt", ".md", ".markdown", ".html", ".htm", ".text", ".vtt", ".srt"} {
			p := filepath.Join(d, name+ext)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p
			}
		}
	}
	return ""
}
