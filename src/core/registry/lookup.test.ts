// The address table: hosts and URLs → outlet, network, policy, original address and wrapper.
// Rows are hand-written (below) and generated from the data (every edition and mirror of a network).
import outletsJson from '../../data/outlets.json';
import type { Policy, WrapperKind } from '../types';
import type { RegistryOutlet } from './data';
import { lookupHost, lookupUrl, policyOf } from './index';

interface Row {
  /** A host (looked up with lookupHost) or an absolute URL (looked up with lookupUrl). */
  in: string;
  outlet: string | null;
  network?: string;
  policy?: Policy;
  /** Expected original address (URL rows). */
  original?: string;
  /** Expected outermost wrapper (URL rows); null = none. */
  wrapper?: WrapperKind | null;
  /** archive.today header hint. */
  hint?: string;
  /** Expected reposting hint (URL rows). */
  repost?: boolean;
  /** Why a host must not match (required for near misses). */
  reason?: string;
}

const W = 'warn';
const I = 'inform';
const P = 'public-media';

const MATCHES: Row[] = [
  // RT and its editions
  { in: 'https://www.rt.com/news/473849-x/', outlet: 'rt', network: 'rt', policy: W, wrapper: null, original: 'https://www.rt.com/news/473849-x/' },
  { in: 'rt.com', outlet: 'rt', network: 'rt', policy: W },
  { in: 'www.rt.com', outlet: 'rt', network: 'rt', policy: W },
  { in: 'RT.COM.', outlet: 'rt', policy: W },
  { in: 'www.rt.com:443', outlet: 'rt', policy: W },
  { in: 'ＲＴ．com', outlet: 'rt', policy: W },
  { in: 'https://RT.com.:443/news/1', outlet: 'rt', policy: W },
  { in: 'russian.rt.com', outlet: 'rt', network: 'rt' },
  { in: 'de.rt.com', outlet: 'rt-de', network: 'rt', policy: W },
  { in: 'foo.de.rt.com', outlet: 'rt-de', network: 'rt', policy: W },
  { in: 'https://de.rt.com/inland/12345-titel/', outlet: 'rt-de', network: 'rt', policy: W },
  { in: 'deutsch.rt.com', outlet: 'rt-de', network: 'rt' },
  { in: 'rtde.world', outlet: 'rt-de', network: 'rt' },
  { in: 'www.rtde.world', outlet: 'rt-de', network: 'rt' },
  { in: 'gegenzensur.rtde.world', outlet: 'rt-de', network: 'rt' },
  { in: 'rtde.live', outlet: 'rt-de', network: 'rt' },
  { in: 'francais.rt.com', outlet: 'rt-france', network: 'rt', policy: W },
  { in: 'actualidad.rt.com', outlet: 'rt-espanol', network: 'rt', policy: W },
  { in: 'esrt.press', outlet: 'rt-espanol', network: 'rt' },
  { in: 'arabic.rt.com', outlet: 'rt-arabic', network: 'rt', policy: W },
  { in: 'rt.rs', outlet: 'rt-balkan', network: 'rt', policy: W },
  { in: 'rtd.rt.com', outlet: 'rt-documentary', network: 'rt', policy: W },
  { in: '89.191.237.192', outlet: 'rt', network: 'rt', policy: W },
  { in: 'http://89.191.237.195/news/1', outlet: 'rt', policy: W },
  { in: 'https://news.allauction.live/host-http-www.rt.com/news/1', outlet: 'rt', policy: W },
  { in: 'https://odysee.com/@RTFRANCE:a/endirect:8', outlet: 'rt-france', network: 'rt', policy: W },
  { in: 'swentr.site', outlet: 'rt', policy: W },
  // Rossiya Segodnya, Sputnik, RIA
  { in: 'sputniknews.com', outlet: 'sputnik', network: 'sputnik', policy: W },
  { in: 'https://sputnikglobe.com/20240101/x.html', outlet: 'sputnik', policy: W },
  { in: 'de.sputniknews.com', outlet: 'sputnik' },
  { in: 'snanews.de', outlet: 'sputnik' },
  { in: 'sputnik.by', outlet: 'sputnik' },
  { in: 'radiosputnik.ria.ru', outlet: 'sputnik' },
  { in: 'ria.ru', outlet: 'ria-novosti', network: 'ria-novosti', policy: W },
  { in: 'crimea.ria.ru', outlet: 'ria-novosti' },
  { in: 'inosmi.ru', outlet: 'rossiya-segodnya', policy: W },
  // Other Russian outlets
  { in: 'tass.com', outlet: 'tass', policy: W },
  { in: 'tass.ru', outlet: 'tass', policy: W },
  { in: 'smotrim.ru', outlet: 'vgtrk', policy: W },
  { in: 'www.1tv.ru', outlet: 'channel-one', policy: W },
  { in: 'lenta.ru', outlet: 'lenta-ru', policy: W },
  { in: 'gazeta.ru', outlet: 'rambler-media-group', policy: I },
  { in: 'kp.ru', outlet: 'komsomolskaya-pravda', policy: W },
  { in: 'tsargrad.tv', outlet: 'tsargrad', policy: W },
  { in: 'echo.msk.ru', outlet: 'gazprom-media', policy: I },
  { in: 'rutube.ru', outlet: 'gazprom-media', policy: I },
  { in: 'iz.ru', outlet: 'izvestia', policy: W },
  { in: '5-tv.ru', outlet: 'national-media-group', policy: I },
  { in: 'pravda.ru', outlet: 'pravda-ru', policy: W },
  { in: 'wearemaffick.com', outlet: 'in-the-now', policy: I },
  { in: 'southfront.org', outlet: 'southfront', policy: W },
  { in: 'katehon.com', outlet: 'katehon', policy: W },
  { in: 'voiceofeurope.com', outlet: 'voice-of-europe', policy: W },
  // Pravda network (Portal Kombat)
  { in: 'pravda-fr.com', outlet: 'pravda-network', policy: W },
  { in: 'https://de.news-pravda.com/world/2024/01/01/1.html', outlet: 'pravda-network', policy: W },
  { in: 'news-pravda.com', outlet: 'pravda-network' },
  { in: 'uanews.kharkiv.ua', outlet: 'pravda-network' },
  { in: 'barnaul-news.net', outlet: 'pravda-network' },
  { in: 'lugansk-news.ru', outlet: 'pravda-network' },
  // China
  { in: 'politics.people.com.cn', outlet: 'peoples-daily', policy: W },
  { in: 'people.cn', outlet: 'peoples-daily' },
  { in: 'en.people.cn', outlet: 'peoples-daily' },
  { in: 'xinhuanet.com', outlet: 'xinhua', policy: W },
  { in: 'english.news.cn', outlet: 'xinhua' },
  { in: 'gmw.cn', outlet: 'guangming-daily', policy: W },
  { in: 'mil.gmw.cn', outlet: 'guangming-daily', policy: W },
  { in: 'www.cgtn.com', outlet: 'cgtn', policy: W },
  { in: 'cctv.com', outlet: 'cctv', policy: W },
  { in: 'cnr.cn', outlet: 'china-media-group', policy: W },
  { in: 'globaltimes.cn', outlet: 'global-times', policy: W },
  { in: 'ce.cn', outlet: 'economic-daily', policy: W },
  { in: 'stdaily.com', outlet: 'science-and-technology-daily', policy: W },
  { in: 'thepaper.cn', outlet: 'shanghai-united-media-group', policy: W },
  // Elsewhere
  { in: 'https://www.aa.com.tr/tr/dunya/x/123', outlet: 'anadolu', policy: W },
  { in: 'https://dailynews.co.tz/news/x', outlet: 'tanzania-standard-newspapers', policy: I },
  { in: 'granma.cu', outlet: 'granma', policy: W },
  { in: 'en.granma.cu', outlet: 'granma', policy: W },
  { in: 'presstv.ir', outlet: 'press-tv', policy: W },
  { in: 'parstoday.ir', outlet: 'islamic-republic-of-iran-broadcasting', policy: W },
  { in: 'kcna.kp', outlet: 'kcna', policy: W },
  { in: 'rodong.rep.kp', outlet: 'rodong-sinmun', policy: W },
  { in: 'telesurtv.net', outlet: 'telesur', policy: W },
  { in: 'belta.by', outlet: 'belta', policy: W },
  { in: 'aljazeera.com', outlet: 'al-jazeera', policy: W },
  { in: 'tnh.gob.hn', outlet: 'television-nacional-de-honduras', policy: W },
  { in: 'qna.org.qa', outlet: 'qatar-news-agency', policy: W },
  { in: 'origo.hu', outlet: 'central-european-press-and-media-foundation', policy: I },
  { in: 'straitstimes.com', outlet: 'sph-media-trust', policy: I },
  { in: 'rtv.rs', outlet: 'radio-television-of-vojvodina', policy: I },
  { in: 'www3.nhk.or.jp', outlet: 'nhk', policy: I },
  { in: 'nhk.or.jp', outlet: 'nhk', policy: I },
  // Public media
  { in: 'bbc.com', outlet: 'bbc', policy: P },
  { in: 'https://www.bbc.co.uk/news/world-123', outlet: 'bbc', policy: P },
  { in: 'dw.com', outlet: 'deutsche-welle', policy: P },
  { in: 'npr.org', outlet: 'npr', policy: P },
  { in: 'https://www.tagesschau.de/ausland/x.html', outlet: 'ard', policy: P },
  { in: 'lrt.lt', outlet: 'lithuanian-national-radio-and-television', policy: P },
  { in: 'nrk.no', outlet: 'norwegian-broadcasting-corporation', policy: P },
  { in: 'eng.lsm.lv', outlet: 'latvijas-televizija', policy: P },
  { in: 'ici.radio-canada.ca', outlet: 'cbc', policy: P },
  { in: 'france24.com', outlet: 'france-24', policy: P },
  { in: 'rfi.fr', outlet: 'france-medias-monde', policy: P },
  { in: 'voanews.com', outlet: 'voa', policy: P },
  { in: 'golosameriki.com', outlet: 'voa', policy: P },
  { in: 'rfa.org', outlet: 'us-agency-for-global-media', policy: P },
  { in: 'zdf.de', outlet: 'zweites-deutsches-fernsehen', policy: P },
  { in: 'yle.fi', outlet: 'yleisradio-oy', policy: P },
];

const WRAPPED: Row[] = [
  // Wayback Machine
  { in: 'https://web.archive.org/web/20240101000000/https://www.rt.com/news/1/', outlet: 'rt', wrapper: 'wayback', original: 'https://www.rt.com/news/1/' },
  { in: 'https://web.archive.org/web/20240101000000id_/https://www.rt.com/news/1/', outlet: 'rt', wrapper: 'wayback', original: 'https://www.rt.com/news/1/' },
  { in: 'https://web.archive.org/web/20240101if_/https://de.rt.com/x', outlet: 'rt-de', wrapper: 'wayback', original: 'https://de.rt.com/x' },
  { in: 'https://web.archive.org/web/2024im_/https://tass.com/img.png', outlet: 'tass', wrapper: 'wayback', original: 'https://tass.com/img.png' },
  { in: 'https://web.archive.org/web/2024js_/https://ria.ru/app.js', outlet: 'ria-novosti', wrapper: 'wayback', original: 'https://ria.ru/app.js' },
  { in: 'https://web.archive.org/web/2024cs_/https://ria.ru/app.css', outlet: 'ria-novosti', wrapper: 'wayback', original: 'https://ria.ru/app.css' },
  { in: 'https://web.archive.org/web/2/https://sputnikglobe.com/x', outlet: 'sputnik', wrapper: 'wayback', original: 'https://sputnikglobe.com/x' },
  { in: 'https://web.archive.org/web/2024/rt.com/news/', outlet: 'rt', wrapper: 'wayback', original: 'https://rt.com/news/' },
  { in: 'https://web.archive.org/web/*/rt.com/news*', outlet: 'rt', wrapper: 'wayback', original: 'https://rt.com/news' },
  { in: 'https://web.archive.org/web/2024*/https://www.rt.com/*', outlet: 'rt', wrapper: 'wayback', original: 'https://www.rt.com/' },
  { in: 'https://web.archive.org/web/2024/https:/rt.com/x', outlet: 'rt', wrapper: 'wayback', original: 'https://rt.com/x' },
  { in: 'https://web.archive.org/web/2024/http://tass.com/x?a=1#top', outlet: 'tass', wrapper: 'wayback', original: 'http://tass.com/x?a=1#top' },
  { in: 'http://web.archive.org./web/20160414034435/https://deutsch.rt.com', outlet: 'rt-de', wrapper: 'wayback', original: 'https://deutsch.rt.com/' },
  { in: 'https://web.archive.org/web/2024/https://www.bbc.com/news', outlet: 'bbc', policy: P, wrapper: 'wayback', original: 'https://www.bbc.com/news' },
  // archive.today family
  { in: 'https://archive.ph/2024.01.01-000000/https://rt.com/news/1/', outlet: 'rt', wrapper: 'archive-today', original: 'https://rt.com/news/1/' },
  { in: 'https://archive.ph/newest/https://sputnikglobe.com/x', outlet: 'sputnik', wrapper: 'archive-today', original: 'https://sputnikglobe.com/x' },
  { in: 'https://archive.today/20240101000000/https://tass.com/politics/1', outlet: 'tass', wrapper: 'archive-today', original: 'https://tass.com/politics/1' },
  { in: 'https://archive.is/oldest/https://de.rt.com/x', outlet: 'rt-de', wrapper: 'archive-today', original: 'https://de.rt.com/x' },
  { in: 'https://archive.li/o/AbCd1/https://ria.ru/x', outlet: 'ria-novosti', wrapper: 'archive-today', original: 'https://ria.ru/x' },
  { in: 'https://archive.ph/https://www.rt.com/news/', outlet: 'rt', wrapper: 'archive-today', original: 'https://www.rt.com/news/' },
  { in: 'https://archive.vn/AbC12', hint: 'https://www.rt.com/news/2/', outlet: 'rt', wrapper: 'archive-today', original: 'https://www.rt.com/news/2/' },
  { in: 'https://archive.fo/XyZ98', hint: 'https://pravda-de.com/x', outlet: 'pravda-network', wrapper: 'archive-today', original: 'https://pravda-de.com/x' },
  { in: 'https://www.archive.md/XyZ98', hint: 'https://xinhuanet.com/x', outlet: 'xinhua', wrapper: 'archive-today', original: 'https://xinhuanet.com/x' },
  { in: 'https://archive.md/XyZ98', outlet: null, wrapper: 'archive-today', original: 'https://archive.md/XyZ98', reason: 'short link without the header hint: original unknown' },
  { in: 'https://archive.ph/', outlet: null, wrapper: null, original: 'https://archive.ph/', reason: 'the archive home page wraps nothing' },
  // Google Translate
  { in: 'https://www-rt-com.translate.goog/path?_x_tr_sl=en&_x_tr_tl=de&_x_tr_hl=de&other=1', outlet: 'rt', wrapper: 'google-translate', original: 'https://www.rt.com/path?other=1' },
  { in: 'https://de-rt-com.translate.goog/inland/1/?_x_tr_sl=de&_x_tr_tl=en&_x_tr_hl=en&_x_tr_pto=wapp', outlet: 'rt-de', wrapper: 'google-translate', original: 'https://de.rt.com/inland/1/' },
  { in: 'https://de-news--pravda-com.translate.goog/x?_x_tr_sl=de&_x_tr_tl=en', outlet: 'pravda-network', wrapper: 'google-translate', original: 'https://de.news-pravda.com/x' },
  { in: 'https://actualidad-rt-com.translate.goog/?_x_tr_sl=es&_x_tr_tl=en', outlet: 'rt-espanol', wrapper: 'google-translate', original: 'https://actualidad.rt.com/' },
  { in: 'https://tass-ru.translate.goog/x?_x_tr_sch=http&_x_tr_sl=ru&_x_tr_tl=en', outlet: 'tass', wrapper: 'google-translate', original: 'http://tass.ru/x' },
  { in: 'https://translate.google.com/translate?u=https://tass.com/x&sl=ru&tl=en', outlet: 'tass', wrapper: 'google-translate', original: 'https://tass.com/x' },
  { in: 'https://translate.google.de/translate?sl=auto&tl=de&u=ria.ru/x', outlet: 'ria-novosti', wrapper: 'google-translate', original: 'https://ria.ru/x' },
  { in: 'https://translate.google.com/website?sl=ru&tl=en&u=https://www.1tv.ru/news', outlet: 'channel-one', wrapper: 'google-translate', original: 'https://www.1tv.ru/news' },
  { in: 'https://translate.googleusercontent.com/translate_c?depth=1&u=https://presstv.ir/x', outlet: 'press-tv', wrapper: 'google-translate', original: 'https://presstv.ir/x' },
  // AMP caches
  { in: 'https://www-rt-com.cdn.ampproject.org/c/s/www.rt.com/news/1/amp/', outlet: 'rt', wrapper: 'amp-cache', original: 'https://www.rt.com/news/1/amp/' },
  { in: 'https://tass-com.cdn.ampproject.org/c/tass.com/x', outlet: 'tass', wrapper: 'amp-cache', original: 'http://tass.com/x' },
  { in: 'https://sputnikglobe-com.cdn.ampproject.org/v/s/sputnikglobe.com/x.amp?amp_js_v=0.1&usqp=mq331AQ&y=2', outlet: 'sputnik', wrapper: 'amp-cache', original: 'https://sputnikglobe.com/x.amp?y=2' },
  { in: 'https://www.google.com/amp/s/www.globaltimes.cn/page/1.shtml', outlet: 'global-times', wrapper: 'amp-cache', original: 'https://www.globaltimes.cn/page/1.shtml' },
  // Nested: the outermost wrapper is reported, the page itself is found
  { in: 'https://web.archive.org/web/2024/https://de-rt-com.translate.goog/a?_x_tr_sl=de&_x_tr_tl=en', outlet: 'rt-de', wrapper: 'wayback', original: 'https://de.rt.com/a' },
  { in: 'https://archive-ph.translate.goog/newest/https://rt.com/x?_x_tr_sl=en&_x_tr_tl=fr', outlet: 'rt', wrapper: 'google-translate', original: 'https://rt.com/x' },
  { in: 'https://web.archive.org/web/2024/https://www-rt-com.cdn.ampproject.org/c/s/www.rt.com/news/1/', outlet: 'rt', wrapper: 'wayback', original: 'https://www.rt.com/news/1/' },
  { in: 'https://archive.ph/XyZ98', hint: 'https://www-rt-com.translate.goog/x?_x_tr_sl=en&_x_tr_tl=de', outlet: 'rt', wrapper: 'archive-today', original: 'https://www.rt.com/x' },
  // Google Translate's parameters are dropped even when nothing is wrapped
  { in: 'https://www.rt.com/x?_x_tr_sl=en&id=3', outlet: 'rt', wrapper: null, original: 'https://www.rt.com/x?id=3' },
];

const REPOSTERS: Row[] = [
  { in: 'https://www.nairaland.com/123/x', outlet: null, repost: true, reason: 'reported reposting site: a hint, not an outlet' },
  { in: 'https://tkp.at/2024/01/01/x/', outlet: null, repost: true, reason: 'reported reposting site' },
  { in: 'https://news.tkp.at/x', outlet: null, repost: true, reason: 'below a reported reposting site' },
  { in: 'https://robertodominguez-64426.medium.com/x', outlet: null, repost: true, reason: 'one blog on a shared host' },
  { in: 'https://worldrightnews.blogspot.com/x', outlet: null, repost: true, reason: 'one blog on a shared host' },
  { in: 'https://rt.netblogpro.com/x', outlet: null, repost: true, reason: 'reposts RT, but is not an RT mirror' },
  { in: 'https://medium.com/@someone/x', outlet: null, repost: false, reason: 'the shared host itself carries no hint' },
  { in: 'https://www.blogger.com/x', outlet: null, repost: false, reason: 'not listed' },
];

/** Hosts that must not match, each with the reason. */
const NEAR_MISSES: Row[] = [
  { in: 'breitbart.com', outlet: null, reason: 'ends in the letters "rt.com" but is another site' },
  { in: 'art.com', outlet: null, reason: 'ends in "rt.com"' },
  { in: 'deviantart.com', outlet: null, reason: 'ends in "rt.com"' },
  { in: 'smart.com', outlet: null, reason: 'ends in "rt.com"' },
  { in: 'walmart.com', outlet: null, reason: 'ends in "rt.com"' },
  { in: 'notrt.com', outlet: null, reason: 'contains "rt.com" without a label boundary' },
  { in: 'rt.com.evil.net', outlet: null, reason: '"rt.com" as labels of another registrable domain' },
  { in: 'www.rt.com.evil.net', outlet: null, reason: 'same, with www.' },
  { in: 'rt.com-news.info', outlet: null, reason: 'hyphenated lookalike' },
  { in: 'rtcom.net', outlet: null, reason: 'lookalike without the dot' },
  { in: 'rt.co', outlet: null, reason: 'another top-level domain' },
  { in: 'de-rt.com', outlet: null, reason: 'hyphen instead of a dot: another registrable domain' },
  { in: 'rtde.world.example', outlet: null, reason: 'a mirror name under another suffix' },
  { in: 'esrt.press.evil.com', outlet: null, reason: 'a mirror name as labels of another domain' },
  { in: 'rт.com', outlet: null, reason: 'Cyrillic "т": punycode, a different host' },
  { in: 'pravda.com.ua', outlet: null, reason: 'Ukrainska Pravda, not the Pravda network' },
  { in: 'www.pravda.com.ua', outlet: null, reason: 'Ukrainska Pravda with www.' },
  { in: 'pravda.sk', outlet: null, reason: 'the Slovak daily Pravda' },
  { in: 'pravda.com', outlet: null, reason: 'the bare word, not a Portal Kombat domain' },
  { in: 'news-pravda.co', outlet: null, reason: 'another top-level domain' },
  { in: 'pravda-fr.com.evil.org', outlet: null, reason: 'a network domain as labels of another domain' },
  { in: 'notxinhuanet.com', outlet: null, reason: 'contains "xinhuanet.com" without a label boundary' },
  { in: 'cgtn.com.fake.net', outlet: null, reason: 'labels of another domain' },
  { in: 'ria.ru.com', outlet: null, reason: 'ru.com is a public suffix of its own' },
  { in: 'bbc.co.uk.example.com', outlet: null, reason: 'labels of another domain' },
  { in: 'co.uk', outlet: null, reason: 'a public suffix by itself' },
  { in: 'com', outlet: null, reason: 'a top-level domain' },
  { in: 'localhost', outlet: null, reason: 'no registrable domain' },
  { in: 'rt', outlet: null, reason: 'a single label' },
  { in: '', outlet: null, reason: 'nothing' },
  { in: '191.237.192', outlet: null, reason: 'part of a registered IP address' },
  { in: '189.191.237.192', outlet: null, reason: 'an IP that merely ends like a registered one' },
  { in: '89.191.237.19', outlet: null, reason: 'an IP that merely begins like a registered one' },
  { in: '89.191.237.192.nip.io', outlet: null, reason: 'a registered IP as labels of a host name' },
  { in: 'odysee.com', outlet: null, reason: 'a shared platform: only the registered channel path matches' },
  { in: 'https://odysee.com/@someone/x', outlet: null, reason: 'another channel on the platform' },
  { in: 'https://odysee.com/@rtfrance:ab/x', outlet: null, reason: 'the path prefix must end at a segment boundary' },
  { in: 'https://news.allauction.live/other', outlet: null, reason: 'only the registered proxy path matches' },
  { in: 'allauction.live', outlet: null, reason: 'the proxy host as a whole' },
  { in: 'youtube.com', outlet: null, reason: 'a shared platform' },
  { in: 'blogspot.com', outlet: null, reason: 'a shared host (a public suffix)' },
  { in: 'kcnawatch.org', outlet: null, reason: 'a private aggregator, not KCTV (matrix error)' },
  { in: 'china.com', outlet: null, reason: 'a commercial portal, not china.com.cn' },
  { in: 'news.china.com', outlet: null, reason: 'the same commercial portal' },
  { in: 'exame.com', outlet: null, reason: "Brazil's Exame, not Exame Angola" },
  { in: '100noticias.com.ni', outlet: null, reason: 'the independent 100% Noticias (matrix error)' },
  { in: 'socar.az', outlet: null, reason: 'an oil company, not a newsroom' },
  { in: 'abcnews.go.com', outlet: null, reason: 'US ABC News, not ABC Australia' },
  { in: 'france24-tv.com', outlet: null, reason: 'a lookalike, not France 24' },
  { in: 'argumenti.ru', outlet: null, reason: 'Argumenty Nedeli, not Argumenty i Fakty' },
  { in: 'theguardian.com', outlet: null, reason: 'not in the registry' },
  { in: 'nytimes.com', outlet: null, reason: 'not in the registry' },
  { in: 'archive.org', outlet: null, reason: 'the archive itself' },
  { in: 'translate.goog', outlet: null, reason: 'the proxy domain itself' },
];

const outlets = outletsJson as unknown as RegistryOutlet[];
const byId = new Map(outlets.map((o) => [o.id, o]));

/** Every domain of every edition (outlets with a parent) and of every network that has editions. */
function generatedRows(): Row[] {
  const rows: Row[] = [];
  const networks = new Set(outlets.filter((o) => o.parent).map((o) => o.parent!));
  for (const o of outlets) {
    if (!o.parent && !networks.has(o.id)) continue;
    const network = o.parent ?? o.id;
    for (const d of o.domains) {
      if (d.includes('/')) {
        rows.push({ in: `https://${d}/page`, outlet: o.id, network, policy: policyOf(byId.get(o.id)!) });
      } else {
        rows.push({ in: d, outlet: o.id, network });
        if (!/^\d/.test(d)) rows.push({ in: `edition-check.${d}`, outlet: o.id, network });
      }
    }
  }
  return rows;
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

function check(row: Row): void {
  if (!isUrl(row.in)) {
    const m = lookupHost(row.in);
    expect(m?.outlet.id ?? null).toBe(row.outlet);
    if (row.network) expect(m?.network.id).toBe(row.network);
    if (row.policy) expect(m && policyOf(m.outlet)).toBe(row.policy);
    return;
  }
  const r = lookupUrl(row.in, row.hint ? { archivedFrom: row.hint } : undefined);
  expect(r.match?.outlet.id ?? null).toBe(row.outlet);
  if (row.network) expect(r.match?.network.id).toBe(row.network);
  if (row.policy) expect(r.match && policyOf(r.match.outlet)).toBe(row.policy);
  if (row.original !== undefined) expect(r.originalUrl).toBe(row.original);
  if (row.wrapper !== undefined) expect(r.site.wrapper?.kind ?? null).toBe(row.wrapper);
  if (row.wrapper) expect(r.site.wrapper?.url).toBe(new URL(row.in).href);
  if (row.repost !== undefined) expect(Boolean(r.site.repostHint)).toBe(row.repost);
  expect(r.site.host).toBe(new URL(r.originalUrl).hostname.replace(/\.$/, ''));
}

describe('address table', () => {
  const generated = generatedRows();
  const all = [...MATCHES, ...WRAPPED, ...REPOSTERS, ...NEAR_MISSES, ...generated];

  test('is big enough', () => {
    expect(MATCHES.length + WRAPPED.length + REPOSTERS.length + NEAR_MISSES.length).toBeGreaterThanOrEqual(150);
    expect(all.length).toBeGreaterThanOrEqual(250);
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(40);
    for (const row of [...NEAR_MISSES, ...REPOSTERS]) expect(row.reason).toBeTruthy();
    expect(generated.some((r) => r.outlet === 'rt-de' && r.in === 'rtde.tech')).toBe(true);
  });

  test.each(MATCHES.map((r) => [r.in, r] as const))('match %s', (_in, row) => check(row));
  test.each(WRAPPED.map((r) => [r.in, r] as const))('wrapped %s', (_in, row) => check(row));
  test.each(REPOSTERS.map((r) => [r.in, r] as const))('reposter %s', (_in, row) => check(row));
  test.each(NEAR_MISSES.map((r) => [r.in, r] as const))('near miss %j', (_in, row) => check(row));
  test.each(generated.map((r) => [r.in, r] as const))('edition or mirror %s', (_in, row) => check(row));
});

describe('every registered domain', () => {
  test('finds its own outlet, in lookupHost', () => {
    for (const o of outlets) {
      for (const d of o.domains) {
        if (d.includes('/')) {
          const [host, ...rest] = d.split('/');
          expect(lookupUrl(`https://${host}/${rest.join('/')}/x`).match?.outlet.id).toBe(o.id);
          expect(lookupHost(host!)?.outlet.id).not.toBe(o.id);
          continue;
        }
        expect(lookupHost(d)?.outlet.id).toBe(o.id);
        if (!/^\d+(\.\d+){3}$/.test(d)) expect(lookupHost(`www.${d}`)?.outlet.id).toBe(o.id);
      }
    }
  });
});
