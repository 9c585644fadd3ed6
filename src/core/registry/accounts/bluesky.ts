// Bluesky: bsky.app/profile/HANDLE and its posts (/profile/HANDLE/post/…). A handle is a domain name
// (rt.bsky.social, or the outlet's own domain), case-insensitive; did:plc:… is the account's permanent id.
import { segments, type PlatformRules } from './types';

const DID = /^did:plc:[a-z2-7]{24}$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** A domain-name handle, checked label by label (no nested repetition for a hostile path to backtrack on). */
function isHandle(s: string): boolean {
  const labels = s.split('.');
  return s.length <= 253 && labels.length >= 2 && labels.every((l) => LABEL.test(l)) && /^[A-Za-z]{2,63}$/.test(labels[labels.length - 1]!);
}

export const BLUESKY: PlatformRules = {
  platform: 'bluesky',
  hosts: ['bsky.app', 'www.bsky.app'],
  parse(url) {
    const [first, second] = segments(url);
    if (first !== 'profile' || !second) return null;
    if (DID.test(second)) return { id: second };
    return isHandle(second) ? { handle: second } : null;
  },
  address: (ref) => `bsky.app/profile/${ref.handle ?? ref.id}`,
};
