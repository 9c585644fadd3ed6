import { ISSUES_NEW, ReportMistake, reportUrl } from './ReportMistake';
import { SAMPLES } from './samples';
import { mount } from './test-dom';

describe('ReportMistake', () => {
  test('a pre-filled new-issue address with the page, kind, outlet and signal ids', () => {
    const v = SAMPLES.republished;
    const u = new URL(reportUrl(v, '0.1.0'));
    expect(`${u.origin}${u.pathname}`).toBe(ISSUES_NEW);
    expect(u.searchParams.get('title')).toBe('Wrong verdict: republished on weltblick-nachrichten.example');
    const body = u.searchParams.get('body')!;
    expect(body).toContain(`Page: ${v.url}`);
    expect(body).toContain('Verdict: republished (warned)');
    expect(body).toContain('Outlet: rt (RT)');
    expect(body).toContain('Signals: title-suffix, source-link, boilerplate');
    expect(body).toContain('markers: mt-foreign-fragment, mt-broken-quotes, mt-language-mismatch, mt-boilerplate');
    expect(body).toContain('Extension version: 0.1.0');
  });

  test('a link that opens in a new tab and sends nothing by itself', () => {
    const root = mount(<ReportMistake verdict={SAMPLES.stateMedia} />);
    const a = root.querySelector('a.report')!;
    expect(a.getAttribute('href')!.startsWith(`${ISSUES_NEW}?`)).toBe(true);
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('title')).toMatch(/Nothing is sent until you submit it/);
  });

  test('a very long page address is clipped', () => {
    const v = { ...SAMPLES.stateMedia, url: `https://www.rt.com/${'x'.repeat(10_000)}` };
    expect(reportUrl(v).length).toBeLessThan(4_000);
  });
});
