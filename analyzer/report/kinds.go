package report

import "sort"

// FactsKinds returns every registered artifact kind, sorted, each with a
// new value of its facts type (for the report's JSON Schema).
func FactsKinds() (kinds []string, facts []Facts) {
	factsMu.RLock()
	defer factsMu.RUnlock()
	for k := range factsKinds {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		facts = append(facts, factsKinds[k]())
	}
	return kinds, facts
}
