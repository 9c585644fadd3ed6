// The corpus at its real https:// addresses: like scripts/page-server.mjs (any host name, "host/path" routes, every
// other request 404), over TLS with a throw-away self-signed certificate, since Chromium upgrades HSTS-preloaded
// hosts (wikipedia.org, theguardian.com …) to https whatever the address says. Chromium runs with
// --ignore-certificate-errors and --host-resolver-rules pointing every host here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function selfSigned() {
  const dir = mkdtempSync(join(tmpdir(), 'pl-bench-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=provenance-lens-bench', '-days', '1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** @param {Record<string, string | {file?: string, body?: string, type?: string}>} routes "host/path" → file or body (read at request time: routes may be added later) */
export async function startHttpsServer(routes) {
  const server = createServer(selfSigned(), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    const route = routes[`${url.hostname}${url.pathname}`];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const r = typeof route === 'string' ? { file: route } : route;
    res.writeHead(200, { 'content-type': r.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(r.body ?? readFileSync(r.file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

/** The address a corpus page is opened at: its own, over https. */
export function httpsUrl(url) {
  const u = new URL(url);
  u.protocol = 'https:';
  return u.href;
}
