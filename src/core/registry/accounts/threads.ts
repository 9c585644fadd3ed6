// Threads: threads.net/@NAME and its posts (/@NAME/post/…); threads.com too. Names are Instagram's, case-insensitive.
import { segments, type PlatformRules } from './types';

const AT_NAME = /^@[A-Za-z0-9._]{1,30}$/;

export const THREADS: PlatformRules = {
  platform: 'threads',
  hosts: ['threads.net', 'www.threads.net', 'threads.com', 'www.threads.com'],
  parse(url) {
    const [first] = segments(url);
    return first && AT_NAME.test(first) ? { handle: first.slice(1) } : null;
  },
  address: (ref) => `threads.net/@${ref.handle}`,
};
