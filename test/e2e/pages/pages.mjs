// The test pages of reader.e2e.mjs and hostile.e2e.mjs. Most hostile pages are the founding example
// (test/corpus/seed-rt-de-republish, a republished, machine-translated RT article) with an attack around it: each
// *.html here is a template whose placeholders take the seed's parts, so every page gets the same verdict as the
// seed unless the attack works.
//   {{SEED_HEAD}}   everything inside the seed's <head>
//   {{SEED_BODY}}   everything inside the seed's <body>
//   {{SEED_TEXT}}   the article's paragraphs without the picture and without the "Quelllink" to rt.com (pages that
//                   need a source link write their own)
//   {{SEED_TITLE}}  the seed's <title> text (HTML-escaped, as in the file)
// The huge pages are generated here instead of stored (megabytes).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED = readFileSync(join(HERE, '..', '..', 'corpus', 'seed-rt-de-republish', 'page.html'), 'utf8');

function between(s, start, end) {
  const i = s.indexOf(start);
  const j = s.indexOf(end, i + start.length);
  if (i < 0 || j < 0) throw new Error(`seed page changed: no ${start} … ${end}`);
  return s.slice(i + start.length, j);
}

export const SEED_PARTS = {
  head: between(SEED, '<head>', '</head>'),
  body: SEED.slice(SEED.indexOf('>', SEED.indexOf('<body')) + 1, SEED.lastIndexOf('</body>')),
  text: between(SEED, '<div class="entry-content">', '</div>\n        <footer')
    .split('\n')
    .filter((line) => !/<img |Quelllink/.test(line))
    .join('\n'),
  title: between(SEED, '<title>', '</title>'),
};

/** The rt.com article the seed republishes (its "Quelllink"). */
export const SEED_ORIGINAL = 'https://www.rt.com/russia/590571-putin-choe-north-korea/';

/** A page of this folder with the seed's parts filled in. */
export function page(name) {
  const html = readFileSync(join(HERE, name), 'utf8');
  return html.replace(/\{\{SEED_(HEAD|BODY|TEXT|TITLE)\}\}/g, (_, part) => SEED_PARTS[part.toLowerCase()]);
}

/** The seed with `extra` put first in its <head> (scripts there run before the page is parsed further). */
export function seedWith(extraHead = '', extraBodyStart = '') {
  return SEED.replace('<head>', `<head>\n${extraHead}`).replace(/<body[^>]*>/, (m) => `${m}\n${extraBodyStart}`);
}

const FILLER = 'Die Gespräche dauerten bis in den Abend, teilte das Ministerium mit, ohne Einzelheiten zu nennen. ';

/** The seed with about `mb` megabytes of article text after it: paragraphs of ~1 KB in the article. */
export function hugeText(mb = 10) {
  const para = `<p>${FILLER.repeat(Math.ceil(1_000 / FILLER.length))}</p>\n`;
  const n = Math.ceil((mb * 1_000_000) / para.length);
  return SEED.replace('<footer class="entry-footer">', `<div class="more">${para.repeat(n)}</div>\n<footer class="entry-footer">`);
}

/** The seed with `count` more elements: a comment thread of 1,000 blocks of small spans and links. */
export function manyNodes(count = 200_000) {
  const perBlock = 200;
  const block = `<div class="c">${'<span>ja</span> <a href="/u/1">nein</a> '.repeat(perBlock / 2)}</div>\n`;
  return SEED.replace('</main>', `<section id="comments-all">${block.repeat(Math.ceil(count / (perBlock + 1)))}</section></main>`);
}

/**
 * The seed with `depth`-deep nesting twice over: `depth` nested divs in the markup (the HTML parser flattens what is
 * deeper than its limit, 512 in Chromium, 513 in Firefox) and a chain of `depth` divs built by a script (which no
 * parser flattens), hidden, with text and an rt.com link at its bottom. Hidden, and the article left where it is:
 * the browsers themselves fail on deep visible trees without the extension (headless Chromium's renderer crashes
 * laying out ~3,000 nested divs; Firefox ESR's content process dies when the article is moved into even a 100-deep
 * visible chain next to this hidden one).
 */
export function deepNesting(depth = 10_000) {
  const nest = `${'<div>'.repeat(depth)}<p>Tief verschachtelt.</p>${'</div>'.repeat(depth)}`;
  const script = `<script>
(() => {
  const top = document.createElement('div');
  let at = top;
  for (let i = 1; i < ${depth}; i++) at = at.appendChild(document.createElement('div'));
  top.hidden = true;
  at.append('Ganz unten: ', Object.assign(document.createElement('a'), { href: 'https://www.rt.com/russia/', textContent: 'RT Russland' }));
  document.body.append(top);
  let d = 0;
  for (let n = at; n.parentElement; n = n.parentElement) d++;
  window.__depth = d;
})();
</script>`;
  return SEED.replace('</body>', `${nest}\n${script}\n</body>`);
}
