// Finding a piece of evidence in the page's text: the page splits text over many nodes (<b>, <a>, line breaks), the
// evidence is squashed text, so the search runs over the text nodes joined with white space collapsed, and maps the
// hit back to (node, offset) pairs for a Range. Pure: takes the nodes' strings, so it is table-tested without a DOM.

export interface TextPosition {
  /** Index into the chunks (text nodes) searched. */
  node: number;
  offset: number;
}

export const FIND_LIMITS = { chars: 1_000_000 };

/** The characters \s matches, by code (a regex test per character is ten times slower on a long page). */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The chunks read as one text, white space collapsed, with each character's source position. */
export interface TextIndex {
  text: string;
  nodeAt: Int32Array;
  offsetAt: Int32Array;
}

export function indexText(chunks: readonly string[]): TextIndex {
  const total = Math.min(
    chunks.reduce((n, c) => n + c.length, 0),
    FIND_LIMITS.chars,
  );
  const nodeAt = new Int32Array(total);
  const offsetAt = new Int32Array(total);
  let text = '';
  let parts: string[] = [];
  let n = 0;
  let lastSpace = true;
  for (let i = 0; i < chunks.length && n < total; i++) {
    const c = chunks[i]!;
    for (let j = 0; j < c.length && n < total; j++) {
      const space = isSpace(c.charCodeAt(j));
      if (space && lastSpace) continue;
      parts.push(space ? ' ' : c[j]!);
      nodeAt[n] = i;
      offsetAt[n] = j;
      n++;
      lastSpace = space;
    }
    if (parts.length > 4096) {
      text += parts.join('');
      parts = [];
    }
  }
  text += parts.join('');
  return { text, nodeAt, offsetAt };
}

/** Where `needle` (white space collapsed) first occurs in the index; exact case first, then any case. */
export function search(index: TextIndex, needle: string): { start: TextPosition; end: TextPosition } | null {
  const want = squash(needle);
  if (!want) return null;
  const hay = index.text;
  let at = hay.indexOf(want);
  if (at < 0) {
    const lower = hay.toLowerCase();
    // Lower-casing can change a string's length (İ): then the positions no longer line up, so give up.
    if (lower.length === hay.length) at = lower.indexOf(want.toLowerCase());
  }
  if (at < 0) return null;
  const last = at + want.length - 1;
  return { start: { node: index.nodeAt[at]!, offset: index.offsetAt[at]! }, end: { node: index.nodeAt[last]!, offset: index.offsetAt[last]! + 1 } };
}

export function locate(chunks: readonly string[], needle: string): { start: TextPosition; end: TextPosition } | null {
  return search(indexText(chunks), needle);
}
