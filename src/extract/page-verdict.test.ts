// The one markup → verdict path: same verdict with a synchronous or an asynchronous detector, addresses checked,
// and never an exception: a failure anywhere gives the address's own verdict with an error field.
import { errorVerdict, verdictFromMarkup } from './page-verdict';

const PAGE = `<!doctype html><html lang="en"><head><title>Putin meets Kim | RT</title><meta property="og:site_name" content="RT">
<link rel="canonical" href="javascript:alert(1)"></head><body><article><h1>Putin meets Kim</h1>
${'<p>Officials said on Tuesday that the talks would continue next week in the capital, according to the statement.</p>'.repeat(6)}
<p>Source: <a href="https://www.rt.com/russia/590571-putin-kim/">RT</a></p></article></body></html>`;
const ELSEWHERE = 'https://example-news.test/world/putin-kim/';
const EN = { lang: 'en', confidence: 0.9 };

test('a synchronous detector gives a verdict, an asynchronous one the same verdict as a promise', async () => {
  const sync = verdictFromMarkup(PAGE, ELSEWHERE, { detectLanguage: () => EN });
  const later = verdictFromMarkup(PAGE, ELSEWHERE, { detectLanguage: async () => EN });
  expect(later).toBeInstanceOf(Promise);
  expect(await later).toEqual(sync);
  expect(sync.kind).toBe('republished');
  expect(sync.outlet?.id).toBe('rt');
  expect(sync.error).toBeUndefined();
});

test('the verdict schema is applied: no address but http(s) anywhere', () => {
  const v = verdictFromMarkup(PAGE, ELSEWHERE, { detectLanguage: () => EN });
  expect(JSON.stringify(v)).not.toMatch(/javascript:/i);
  expect(v.originals.map((o) => o.url)).toContain('https://www.rt.com/russia/590571-putin-kim/');
});

test.each([
  ['a detector that throws', () => verdictFromMarkup(PAGE, ELSEWHERE, { detectLanguage: () => { throw new RangeError('detector broke'); } })],
  ['markup that is not a string', () => verdictFromMarkup(null as unknown as string, ELSEWHERE, { detectLanguage: () => EN })],
])('%s: kind none with the error, no exception', (_what, run) => {
  const v = run();
  expect(v).toMatchObject({ url: ELSEWHERE, kind: 'none', warn: false, outlet: null, originals: [] });
  expect(typeof v.error).toBe('string');
  expect(v.error!.length).toBeGreaterThan(0);
});

test('a detector whose promise fails: the verdict without a detected language', async () => {
  const v = await verdictFromMarkup(PAGE, ELSEWHERE, { detectLanguage: () => Promise.reject(new Error('no')) });
  expect(v.kind).toBe('republished');
  expect(v.error).toBeUndefined();
});

test("on a state outlet's own site an engine error still gives the address's verdict", () => {
  const v = verdictFromMarkup(PAGE, 'https://www.rt.com/russia/590571-putin-kim/', { detectLanguage: () => { throw new Error('broke'); } });
  expect(v).toMatchObject({ kind: 'state-media', warn: true, outlet: { id: 'rt' }, error: 'Error: broke' });
});

test('errorVerdict: the message is bounded, the stack left out, and a bad address still gives a verdict', () => {
  const v = errorVerdict('not an address', new Error('x'.repeat(10_000)));
  expect(v.kind).toBe('none');
  expect(v.error!.length).toBeLessThanOrEqual(300);
  expect(v.error).not.toMatch(/\n\s+at /);
  expect(errorVerdict(ELSEWHERE, 'a string thrown').error).toBe('a string thrown');
});
