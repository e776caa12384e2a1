// A list of words as one regular expression written as a trie: the words sharing a start share its letters
// (« diab(?:èt|et) », not « diabèt|diabet »). V8 then tries each letter once where the flat alternation tried every
// word in turn: the special categories' anchors were searched ~8 % faster, with 16 KB less native code.

const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

type Node = { next: Map<string, Node>; end: boolean };

/**
 * The source of an expression matching any of `words` and, where several start at the same spot, the longest (as the
 * flat alternation sorted longest first did). The words' letters must not fold into one another under the flags used
 * (lowercase words under `i`): each letter of a node then opens at most one of its branches.
 */
export function wordTrieSource(words: Iterable<string>): string {
  const root: Node = { next: new Map(), end: false };
  for (const w of words) {
    let n = root;
    for (const c of w) {
      let m = n.next.get(c);
      if (!m) n.next.set(c, (m = { next: new Map(), end: false }));
      n = m;
    }
    n.end = true;
  }
  return source(root);
}

function source(n: Node): string {
  const branches = [...n.next].map(([c, m]) => esc(c) + source(m));
  if (branches.length === 0) return '';
  const one = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // a word that ends here: its longer words first (greedy), itself if none of them goes on
  return n.end ? `(?:${one})?` : one;
}
