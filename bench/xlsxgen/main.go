// Command xlsxgen writes N synthetic claims through factable's streaming
// workbook writer, for bench/run to time it and measure its peak memory
// (the target: 1,000,000 claims in at most 60 s and 1 GB).
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/factable/factable/extractor"
	"github.com/factable/factable/output"
)

func main() {
	n := flag.Int("n", 1000000, "claims to write")
	out := flag.String("o", "claims.xlsx", "workbook to write")
	flag.Parse()
	start := time.Now()
	w, err := output.Begin(*out, output.Header{Meta: output.Meta{Version: "bench"}}, output.Options{Force: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	speakers := []string{"Ma Zhaoxu", "Karine Jean-Pierre", "Q", "Shalanda Young", "Jared Bernstein"}
	kinds := []string{extractor.KindCount, extractor.KindPercent, extractor.KindMoney, extractor.KindMeasure}
	topics := []string{"Health", "Macroeconomics", "International Affairs", "Defense", ""}
	for i := range *n {
		v := float64(i%997) * 1.5
		sp := speakers[i%len(speakers)]
		num := strconv.FormatFloat(v, 'f', -1, 64)
		c := extractor.Claim{
			ID: "c" + strconv.FormatInt(int64(i)*7919, 16), Source: "transcripts/briefing-" + strconv.Itoa(i/500) + ".txt",
			Line: 10 + i%400, Number: num, Value: &v, Kind: kinds[i%len(kinds)], Unit: "doses",
			Object: "doses of vaccines", Qualifier: "more than", Bound: extractor.BoundLower, Speaker: &sp,
			Topic: topics[i%len(topics)], SpeakerRole: "spokesperson", Rule: "claim-number",
			Sentence: "When the pandemic hit, we provided more than " + num + " doses of vaccines to more than 120 countries and international organizations, and we will keep doing so.",
		}
		if err := w.Claim(&c); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	for i := range (*n + 499) / 500 {
		if err := w.Source(extractor.Source{File: "transcripts/briefing-" + strconv.Itoa(i) + ".txt", SHA256: "00", Lines: 400, Claims: 500}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	if err := w.End(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d claims in %.1f s\n", *n, time.Since(start).Seconds())
}
