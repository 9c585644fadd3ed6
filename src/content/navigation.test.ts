import { watchUrl, type UrlChange } from './navigation';

/** A window with an address, history events and (optionally) the Navigation API, and a count of its listeners. */
function fakeWindow(withNavigation: boolean) {
  const listeners = new Map<string, Set<() => void>>();
  const target = (prefix: string) => ({
    addEventListener: (type: string, fn: () => void) => void (listeners.get(prefix + type) ?? listeners.set(prefix + type, new Set()).get(prefix + type)!).add(fn),
    removeEventListener: (type: string, fn: () => void) => void listeners.get(prefix + type)?.delete(fn),
  });
  const win = { location: { href: 'https://news.example/a' }, ...target(''), ...(withNavigation ? { navigation: target('nav:') } : {}) };
  return {
    win: win as unknown as Window,
    go(url: string, event = withNavigation ? 'nav:currententrychange' : '') {
      win.location.href = url;
      for (const fn of listeners.get(event) ?? []) fn();
    },
    listening: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  };
}

describe('watchUrl', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test.each([true, false])('pushState bursts are reported once, after the address is still (Navigation API: %s)', (nav) => {
    const w = fakeWindow(nav);
    const seen: UrlChange[] = [];
    const stop = watchUrl(w.win, (c) => seen.push(c), { debounceMs: 800, pollMs: 1_000 });
    w.go('https://news.example/b');
    jest.advanceTimersByTime(300);
    w.go('https://news.example/c');
    jest.advanceTimersByTime(nav ? 799 : 1_500);
    if (nav) expect(seen).toEqual([]);
    jest.advanceTimersByTime(2_000);
    expect(seen).toEqual([{ url: 'https://news.example/c', hashOnly: false }]);
    stop();
  });

  test('a #fragment change is reported soon, as hash-only', () => {
    const w = fakeWindow(true);
    const seen: UrlChange[] = [];
    const stop = watchUrl(w.win, (c) => seen.push(c), { hashMs: 50 });
    w.go('https://news.example/a#comments');
    jest.advanceTimersByTime(60);
    expect(seen).toEqual([{ url: 'https://news.example/a#comments', hashOnly: true }]);
    stop();
  });

  test('popstate back to the reported address reports nothing', () => {
    const w = fakeWindow(true);
    const seen: UrlChange[] = [];
    const stop = watchUrl(w.win, (c) => seen.push(c));
    w.go('https://news.example/b');
    w.go('https://news.example/a', 'popstate');
    jest.advanceTimersByTime(2_000);
    expect(seen).toEqual([]);
    stop();
  });

  test.each([true, false])('stop() leaves no listener and no timer behind (Navigation API: %s)', (nav) => {
    const w = fakeWindow(nav);
    const seen: UrlChange[] = [];
    const stop = watchUrl(w.win, (c) => seen.push(c));
    expect(w.listening()).toBe(nav ? 3 : 2);
    w.go('https://news.example/b');
    stop();
    expect(w.listening()).toBe(0);
    expect(jest.getTimerCount()).toBe(0);
    jest.advanceTimersByTime(5_000);
    expect(seen).toEqual([]);
  });
});
