// The one web-platform global the engine uses beyond ECMAScript: the WHATWG URL parser, which Node, browsers and
// service workers all have. tsconfig.core.json type-checks src/core with no DOM library and no Node types, so a
// DOM or Node API used here fails to compile; this declares only what the engine is allowed to use.
declare global {
  interface URLSearchParams {
    get(name: string): string | null;
    has(name: string): boolean;
    delete(name: string): void;
    forEach(cb: (value: string, key: string) => void): void;
    toString(): string;
    readonly size: number;
  }
  interface URL {
    hash: string;
    host: string;
    hostname: string;
    href: string;
    readonly origin: string;
    password: string;
    pathname: string;
    port: string;
    protocol: string;
    search: string;
    readonly searchParams: URLSearchParams;
    username: string;
    toString(): string;
  }
  // eslint-disable-next-line no-var
  var URL: { prototype: URL; new (url: string, base?: string | URL): URL; canParse?(url: string, base?: string): boolean };
}

export {};
