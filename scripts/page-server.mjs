// A local server that answers for any host name, so test and demo pages are seen at their real addresses.
// It works both as an ordinary server (Chromium maps every host to it with --host-resolver-rules) and as an
// HTTP proxy (Firefox sends absolute-form requests "GET http://host/path" when its proxy prefs point here).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

/**
 * @param {Record<string, string | {file?: string, body?: string, type?: string}>} routes  "host/path" (no scheme, no query) → file or body
 * @returns {Promise<{port: number, close: () => Promise<void>, requests: string[]}>}
 */
export async function startPageServer(routes) {
  const requests = [];
  const server = createServer((req, res) => {
    const absolute = /^https?:\/\//i.test(req.url ?? '');
    const url = new URL(absolute ? req.url : `http://${req.headers.host ?? 'localhost'}${req.url}`);
    requests.push(url.href);
    const key = `${url.hostname}${url.pathname}`;
    const route = routes[key] ?? routes[`${url.hostname}/*`];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const r = typeof route === 'string' ? { file: route } : route;
    const body = r.body ?? readFileSync(r.file);
    res.writeHead(200, { 'content-type': r.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

/** "https://host/path?q" → "host/path": the key a route is registered under. */
export function routeKey(url) {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}`;
}

/** The address a page is opened at in tests: same host and path, over http (no certificates needed locally). */
export function servedUrl(url) {
  const u = new URL(url);
  u.protocol = 'http:';
  return u.href;
}
