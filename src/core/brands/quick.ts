// Quick rejection for findBrands (find.ts): where a text may hold an outlet name, and whether it may hold a host at all.
// Most paragraphs hold none, and this runs on every paragraph of every page. An alternation of a few hundred
// names costs a try of each at every character; here a name is only tried where its first character stands
// (capitals, mostly), and a host only at a "." followed by what follows the "." in that host.

/** Where a text may hold a name: its literal start (up to its first space or apostrophe, which match variants). */
export function nameStem(name: string): string {
  const cut = name.search(/[ '’]/u);
  return cut < 0 ? name : name.slice(0, cut);
}

/**
 * A case-sensitive test for any of `stems` as a substring, and a case-insensitive one (as /…/iu compares) for
 * any of `hosts` as a substring. A text that passes neither cannot match a pattern built of those names or hosts.
 */
export interface QuickTest {
  /** Every index where a stem starts, ascending (where a match of the names can start at all). */
  nameStarts(text: string): number[];
  hosts(text: string): boolean;
}

/** Lower case as /…/iu compares ASCII: "K" (Kelvin sign) lower-cases to "k" already, "ſ" (long s) matches "s". */
function fold(s: string): string {
  const l = s.toLowerCase();
  return l.includes('ſ') ? l.replace(/ſ/gu, 's') : l;
}

export function quickTest(stems: string[], hosts: string[]): QuickTest {
  if (stems.some((s) => !s || /[ '’]/u.test(s)) || hosts.some((h) => !/^[a-z0-9-]+\.[a-z0-9.-]+$/u.test(h))) {
    throw new Error('brand-quick: every name needs a literal start, every host lower case with a "."');
  }
  // First UTF-16 unit of a stem → the stems starting with it (a shorter stem makes a longer one redundant).
  const unique = [...new Set(stems)].sort((a, b) => a.length - b.length);
  const byFirst = new Map<number, string[]>();
  const first = new Uint8Array(0x10000);
  for (const s of unique) {
    const c = s.charCodeAt(0);
    const list = byFirst.get(c) ?? [];
    if (list.some((t) => s.startsWith(t))) continue;
    list.push(s);
    byFirst.set(c, list);
    first[c] = 1;
  }
  // Hosts by the character after their first "." ("rt.com" → "c"), each as [part before the ".", whole host].
  const afterDot = new Map<string, [string, string][]>();
  for (const h of new Set(hosts)) {
    const dot = h.indexOf('.');
    const k = h[dot + 1]!;
    afterDot.set(k, [...(afterDot.get(k) ?? []), [h.slice(0, dot), h]]);
  }
  return {
    nameStarts(text) {
      const out: number[] = [];
      for (let i = 0; i < text.length; i++) {
        if (!first[text.charCodeAt(i)]) continue;
        for (const s of byFirst.get(text.charCodeAt(i))!) {
          if (text.startsWith(s, i)) {
            out.push(i);
            break;
          }
        }
      }
      return out;
    },
    hosts(text) {
      for (let d = text.indexOf('.'); d >= 0; d = text.indexOf('.', d + 1)) {
        const cands = afterDot.get(fold(text.charAt(d + 1)));
        if (!cands) continue;
        for (const [before, host] of cands) {
          const from = d - before.length;
          if (from >= 0 && fold(text.slice(from, from + host.length)) === host) return true;
        }
      }
      return false;
    },
  };
}
