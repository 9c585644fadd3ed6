// TikTok: tiktok.com/@NAME and its videos (/@NAME/video/…). Only the @ form names an account; names are case-insensitive.
import { segments, type PlatformRules } from './types';

const AT_NAME = /^@[A-Za-z0-9_.]{2,24}$/;

export const TIKTOK: PlatformRules = {
  platform: 'tiktok',
  hosts: ['tiktok.com', 'www.tiktok.com', 'm.tiktok.com'],
  parse(url) {
    const [first] = segments(url);
    return first && AT_NAME.test(first) ? { handle: first.slice(1) } : null;
  },
  address: (ref) => `tiktok.com/@${ref.handle}`,
};
