// The page's `search/wordnet.ts`: the WordNet table is a file the page does not load (a page's
// runtime refuses `search.wordnet`), so no word is widened.
export function wordNetRelated(_word: string): string[] {
  return [];
}
