// Sample verdicts for component tests and screenshots: the scanner's output for seven corpus pages
// (node bin/provenance-lens.mjs scan test/corpus/<case>), trimmed (aliases and domains cut, fewer references and
// sanctions), plus one hostile verdict. Regenerate by scanning again and trimming the same way.
import type { OutletSummary, Verdict } from '../core/types';

/** RT as the popup's outlet card shows it: the same summary in every RT sample below. */
const RT: OutletSummary = {
  id: 'rt',
  name: 'RT',
  aliases: [
    'Russia Today',
    'RT International',
  ],
  country: 'RU',
  owner: 'ANO TV-Novosti (autonomous non-profit organisation, founded in 2005 by state agency RIA Novosti); parent of Ruptly (which owns Redfish and Maffick).',
  funding: 'Russian federal budget subsidies (MJRC: RUB 23bn in 2020; RUB 82bn planned for 2022–2024).',
  category: 'state-controlled',
  typology: {
    code: 'SC',
    source: 'https://statemediamonitor.com/2023/10/rt/',
    asOf: 'MJRC State Media Monitor outlet page, Oct 2023',
  },
  sanctions: [
    {
      jurisdiction: 'EU',
      act: 'Council Regulation (EU) 2022/350 of 1 March 2022 (amending Reg. 833/2014, Annex XV) + Council Decision (CFSP) 2022/351',
      date: '2022-03-01',
      url: 'https://orer.eu/2022/03/02/eu-imposes-sanctions-on-state-owned-outlets-rt-russia-today-and-sputniks-broadcasting-in-the-eu/',
    },
    {
      jurisdiction: 'UK',
      act: 'Ofcom revocation of RT\'s UK broadcast licence (licensee ANO TV Novosti found not \'fit and proper\')',
      date: '2022-03-18',
      url: 'https://www.euronews.com/2022/03/18/media-regulator-revokes-rt-s-licence-to-broadcast-in-the-uk',
    },
    {
      jurisdiction: 'US',
      act: 'State Department Foreign Missions Act determination (Rossiya Segodnya and subsidiaries RIA Novosti, RT, TV-Novosti, Ruptly, Sputnik)',
      date: '2024-09-04',
      url: 'https://pressfreedomtracker.us/all-incidents/state-department-classifies-six-russian-state-owned-news-outlets-foreign-missions',
    },
  ],
  references: [
    {
      fact: 'State-controlled; operated by TV-Novosti; parent of Ruptly/Redfish; funded by federal subsidies; MJRC typology SC',
      url: 'https://statemediamonitor.com/2023/10/rt/',
    },
    {
      fact: 'RT is a brand of ANO TV-Novosti founded by RIA Novosti in 2005; channels in English, Arabic, Spanish, German, French',
      url: 'https://en.wikipedia.org/wiki/RT_(TV_network)',
    },
    {
      fact: 'cdni.rt.com image CDN and cdnv.rt.com video CDN used on rt.com article pages',
      url: 'https://github.com/yt-dlp/yt-dlp/blob/master/yt_dlp/extractor/rtnews.py',
    },
  ],
  domains: [
    '89.191.237.192',
    '89.191.237.195',
    'cdni.rt.com',
  ],
  languages: [
    'en',
    'ru',
    'de',
    'fr',
    'es',
    'ar',
    'sr',
    'pt',
  ],
  policy: 'warn',
};

/** The founding example: an RT article, machine-translated from English, republished on a German aggregator (test/corpus/seed-rt-de-republish). */
export const republished: Verdict = {
  url: 'https://weltblick-nachrichten.example/2024/01/15/treffen-zwischen-putin-und-nordkoreanischem-aussenminister-nicht-ausgeschlossen-kreml-rt-russland-und-ehemalige-sowjetunion/',
  language: 'de',
  kind: 'republished',
  warn: true,
  confidence: 0.99,
  outlet: RT,
  site: {
    host: 'weltblick-nachrichten.example',
  },
  translation: {
    detected: true,
    from: 'en',
    confidence: 0.99,
    markers: [
      {
        id: 'mt-foreign-fragment',
        weight: 0.4,
        from: 'en',
        evidence: {
          text: '[the world]',
        },
      },
      {
        id: 'mt-broken-quotes',
        weight: 0.3,
        evidence: {
          text: 'und nannte sie „illegal“. Moskau und Pjöngjang „sollten sich dessen klar bewusst sein [the world] „Beobachtet Choes Besuch in Russland genau“, sagte der',
        },
      },
      {
        id: 'mt-language-mismatch',
        weight: 0.3,
        outlet: 'rt',
        from: 'en',
        evidence: {
          text: 'page in de, linked rt.com edition in en',
          url: 'https://www.rt.com/russia/590571-putin-choe-north-korea/',
        },
      },
      {
        id: 'mt-boilerplate',
        weight: 0.6,
        outlet: 'rt',
        from: 'en',
        evidence: {
          text: 'RT Russland und ehemalige Sowjetunion',
        },
      },
      {
        id: 'mt-boilerplate',
        weight: 0.6,
        outlet: 'rt',
        from: 'en',
        evidence: {
          text: 'Folgen Sie RT weiter',
        },
      },
      {
        id: 'mt-boilerplate',
        weight: 0.6,
        outlet: 'rt',
        from: 'en',
        evidence: {
          text: 'Sie können diese Geschichte in den sozialen Medien teilen',
        },
      },
    ],
  },
  originals: [
    {
      url: 'https://www.rt.com/russia/590571-putin-choe-north-korea/',
      kind: 'source-link',
      label: 'Source link: Quelllink',
    },
    {
      url: 'https://web.archive.org/web/https://www.rt.com/russia/590571-putin-choe-north-korea/',
      kind: 'archive',
      label: 'Wayback Machine copy',
    },
    {
      url: 'https://archive.ph/newest/https://www.rt.com/russia/590571-putin-choe-north-korea/',
      kind: 'archive',
      label: 'archive.today copy',
    },
  ],
  signals: [
    {
      id: 'title-suffix',
      weight: 0.7,
      outlet: 'rt',
      evidence: {
        text: 'RT Russland und ehemalige Sowjetunion',
      },
    },
    {
      id: 'source-link',
      weight: 0.8,
      outlet: 'rt',
      evidence: {
        text: 'Quelllink',
        url: 'https://www.rt.com/russia/590571-putin-choe-north-korea/',
      },
    },
    {
      id: 'boilerplate',
      weight: 0.5,
      outlet: 'rt',
      evidence: {
        text: 'Folgen Sie RT weiter',
      },
    },
    {
      id: 'boilerplate',
      weight: 0.5,
      outlet: 'rt',
      evidence: {
        text: 'Sie können diese Geschichte in den sozialen Medien teilen',
      },
    },
  ],
};

/** RT’s own site (test/corpus/rt-com-news-473849-morales). */
export const stateMedia: Verdict = {
  url: 'https://www.rt.com/news/473849-3-morales-supporters-killed-bolivia/',
  language: 'en',
  kind: 'state-media',
  warn: true,
  confidence: 0.99,
  outlet: RT,
  site: {
    host: 'www.rt.com',
  },
  translation: {
    detected: false,
    confidence: 0,
    markers: [],
  },
  originals: [],
  signals: [
    {
      id: 'site-host',
      weight: 1,
      outlet: 'rt',
      evidence: {
        url: 'https://www.rt.com/news/473849-3-morales-supporters-killed-bolivia/',
        text: 'rt.com',
      },
    },
    {
      id: 'outlet-credit',
      weight: 0.1,
      outlet: 'ruptly',
      evidence: {
        text: 'told Ruptly',
      },
    },
  ],
};

/** A public broadcaster (test/corpus/rdb-bbc-1). */
export const publicMedia: Verdict = {
  url: 'http://www.bbc.com/news/world-us-canada-33646704',
  language: 'en',
  kind: 'public-media',
  warn: false,
  confidence: 0.99,
  outlet: {
    id: 'bbc',
    name: 'BBC',
    aliases: [
      'British Broadcasting Corporation',
      'BBC News',
    ],
    country: 'GB',
    owner: 'Public corporation established by Royal Charter',
    funding: 'UK television licence fee (World Service partly UK government grant).',
    category: 'independent-public',
    typology: {
      code: 'IP',
      source: 'https://github.com/ASD-at-GMF/state-media-profiles/blob/main/State_Media_Matrix.csv',
      asOf: 'ASD-at-GMF dataset seeded from MJRC State Media Monitor (repo last commit 2024-02-07)',
    },
    sanctions: [],
    references: [
      {
        fact: 'BBC listed IP (bbc.com, bbc.co.uk)',
        url: 'https://github.com/ASD-at-GMF/state-media-profiles/blob/main/State_Media_Matrix.csv',
      },
      {
        fact: 'RSP: generally reliable; publicly funded broadcaster',
        url: 'https://github.com/audiodude/wiki-reliable-sources-parser/blob/main/data/sources.jsonl',
      },
      {
        fact: 'BBC had briefly been labelled \'publicly funded\' on Twitter; removed 21 Apr 2023',
        url: 'https://www.thedailybeast.com/twitter-scraps-government-funded-labels-on-news-outlets-including-in-china',
      },
    ],
    domains: [
      'test.bbc.com',
      'bbc.com',
      'bbc.co.uk',
    ],
    languages: [
      'en',
      'ru',
      'ar',
      'fa',
      'es',
      'zh',
      'uk',
    ],
    policy: 'public-media',
  },
  site: {
    host: 'www.bbc.com',
  },
  translation: {
    detected: false,
    confidence: 0,
    markers: [],
  },
  originals: [],
  signals: [
    {
      id: 'site-host',
      weight: 1,
      outlet: 'bbc',
      evidence: {
        url: 'http://www.bbc.com/news/world-us-canada-33646704',
        text: 'bbc.com',
      },
    },
  ],
};

/** An Italian daily citing TASS (test/corpus/fundus-it-ilgiornale-2025-02-04). */
export const cites: Verdict = {
  url: 'https://www.ilgiornale.it/news/difesa/i-jet-russi-accendono-i-motori-norad-che-dispiega-aerei-nell-2432841.html',
  language: 'it',
  kind: 'cites',
  warn: false,
  confidence: 0.9,
  outlet: {
    id: 'tass',
    name: 'TASS',
    aliases: [
      'ТАСС',
      'ITAR-TASS',
    ],
    country: 'RU',
    owner: 'Federal State Unitary Enterprise owned by the Government of Russia',
    funding: 'Russian federal budget plus commercial revenue.',
    category: 'state-controlled',
    typology: {
      code: 'SC',
      source: 'https://github.com/ASD-at-GMF/state-media-profiles/blob/main/State_Media_Matrix.csv',
      asOf: 'ASD-at-GMF dataset seeded from MJRC State Media Monitor (repo last commit 2024-02-07)',
    },
    sanctions: [
      {
        jurisdiction: 'EE',
        act: 'Estonian TTJA order restricting access to tass.ru (with ntv.ru, ren.tv, 5-tv.ru, 78.ru, 1tv.com, lenta.ru)',
        date: '2022',
      },
      {
        jurisdiction: 'LV',
        act: 'Latvian NEPLP restriction of 71 websites incl. tass.ru',
        date: '2022',
      },
    ],
    references: [
      {
        fact: 'TASS listed, SC; tass.com, tass.ru, nauka.tass.ru, tassphoto.com, tass-online.ru',
        url: 'https://github.com/ASD-at-GMF/state-media-profiles/blob/main/State_Media_Matrix.csv',
      },
      {
        fact: 'cdn-storage-media.tass.ru is a TASS CDN (cited as example of excluded CDN)',
        url: 'https://github.com/ASD-at-GMF/state-media-profiles/blob/main/README.md',
      },
      {
        fact: 'RSP: TASS generally unreliable; domains tass.com|tass.ru',
        url: 'https://github.com/audiodude/wiki-reliable-sources-parser/blob/main/data/sources.jsonl',
      },
    ],
    domains: [
      'tassphoto.com',
      'tass.com',
      'tass-online.ru',
    ],
    languages: [
      'ru',
      'en',
    ],
    policy: 'warn',
  },
  site: {
    host: 'www.ilgiornale.it',
  },
  translation: {
    detected: false,
    confidence: 0,
    markers: [],
  },
  originals: [
    {
      url: 'https://duckduckgo.com/?q=site%3Atassphoto.com%20Norad%20Canada%20Alaska%20Comando%20%22Difesa%20Aerospaziale%22%20KC-%20%22Nord%20America%22%20Usa',
      kind: 'search',
      label: 'Search tassphoto.com: Norad Canada Alaska Comando "Difesa Aerospaziale" KC- "Nord America" Usa',
    },
  ],
  signals: [
    {
      id: 'outlet-link',
      weight: 0.1,
      outlet: 'tass',
      evidence: {
        text: 'Tass',
        url: 'https://tass.com/society/1905667',
      },
    },
    {
      id: 'outlet-credit',
      weight: 0.1,
      outlet: 'tass',
      evidence: {
        text: 'Dalla Tass',
      },
    },
  ],
};

/** A captured public outlet without sanctions: informed, not warned (test/corpus/dailynews-co-tz-solar). */
export const informational: Verdict = {
  url: 'https://dailynews.co.tz/solar-powered-streetlights-boost-lindi-womens-businesses/',
  language: 'en',
  kind: 'state-media',
  warn: false,
  confidence: 0.99,
  outlet: {
    id: 'tanzania-standard-newspapers',
    name: 'Tanzania Standard Newspapers',
    aliases: [
      'Daily News',
      'Habari Leo',
    ],
    country: 'TZ',
    owner: '',
    funding: '',
    category: 'captured-public',
    typology: {
      code: 'CaPu',
      source: 'https://github.com/ASD-at-GMF/state-media-profiles/blob/main/State_Media_Matrix.csv',
      asOf: 'ASD-at-GMF dataset seeded from MJRC State Media Monitor (repo last commit 2024-02-07)',
    },
    sanctions: [],
    references: [
      {
        fact: 'State Media Matrix lists Daily News (CaPu, https://dailynews.co.tz/); Habari Leo (CaPu, https://habarileo.co.tz/); Spoti Leo (CaPu, no URL)',
        url: 'https://github.com/ASD-at-GMF/state-media-profiles/blob/main/State_Media_Matrix.csv',
      },
      {
        fact: 'State Media Monitor typology and methodology',
        url: 'https://statemediamonitor.com/',
      },
    ],
    domains: [
      'dailynews.co.tz',
      'habarileo.co.tz',
    ],
    policy: 'inform',
  },
  site: {
    host: 'dailynews.co.tz',
  },
  translation: {
    detected: false,
    confidence: 0,
    markers: [],
  },
  originals: [],
  signals: [
    {
      id: 'site-host',
      weight: 1,
      outlet: 'tanzania-standard-newspapers',
      evidence: {
        url: 'https://dailynews.co.tz/solar-powered-streetlights-boost-lindi-womens-businesses/',
        text: 'dailynews.co.tz',
      },
    },
  ],
};

/** RT through Google Translate (test/corpus/own-translate-goog-rt-de). */
export const translateProxy: Verdict = {
  url: 'https://www-rt-com.translate.goog/news/571512-mcdonalds-advert-crematorium-uk/?_x_tr_sl=en&_x_tr_tl=de&_x_tr_hl=de&_x_tr_pto=wapp',
  language: 'de',
  kind: 'state-media',
  warn: true,
  confidence: 0.99,
  outlet: RT,
  site: {
    host: 'www.rt.com',
    wrapper: {
      kind: 'google-translate',
      host: 'www-rt-com.translate.goog',
      url: 'https://www-rt-com.translate.goog/news/571512-mcdonalds-advert-crematorium-uk/?_x_tr_sl=en&_x_tr_tl=de&_x_tr_hl=de&_x_tr_pto=wapp',
    },
  },
  translation: {
    detected: true,
    from: 'en',
    confidence: 0.99,
    markers: [
      {
        id: 'mt-dom-residue',
        weight: 0.9,
        evidence: {
          text: '<font style="vertical-align: inherit;"> ×36',
        },
      },
      {
        id: 'mt-dom-residue',
        weight: 0.9,
        evidence: {
          text: '<html class="translated-ltr|rtl">',
        },
      },
      {
        id: 'mt-dom-residue',
        weight: 0.9,
        from: 'en',
        evidence: {
          text: 'Google Translate en → de',
          url: 'https://www-rt-com.translate.goog/news/571512-mcdonalds-advert-crematorium-uk/?_x_tr_sl=en&_x_tr_tl=de&_x_tr_hl=de&_x_tr_pto=wapp',
        },
      },
      {
        id: 'mt-language-mismatch',
        weight: 0.3,
        outlet: 'rt',
        from: 'en',
        evidence: {
          text: 'page in de, site rt.com edition in en',
          url: 'https://www.rt.com/news/571512-mcdonalds-advert-crematorium-uk/',
        },
      },
    ],
  },
  originals: [
    {
      url: 'https://www-rt-com.translate.goog/news/571512-mcdonalds-advert-crematorium-uk/?_x_tr_sl=en&_x_tr_tl=de&_x_tr_hl=de&_x_tr_pto=wapp',
      kind: 'source-link',
      label: 'Original address',
    },
    {
      url: 'https://web.archive.org/web/https://www-rt-com.translate.goog/news/571512-mcdonalds-advert-crematorium-uk/?_x_tr_sl=en&_x_tr_tl=de&_x_tr_hl=de&_x_tr_pto=wapp',
      kind: 'archive',
      label: 'Wayback Machine copy',
    },
    {
      url: 'https://archive.ph/newest/https://www-rt-com.translate.goog/news/571512-mcdonalds-advert-crematorium-uk/?_x_tr_sl=en&_x_tr_tl=de&_x_tr_hl=de&_x_tr_pto=wapp',
      kind: 'archive',
      label: 'archive.today copy',
    },
  ],
  signals: [
    {
      id: 'site-host',
      weight: 1,
      outlet: 'rt',
      evidence: {
        url: 'https://www.rt.com/news/571512-mcdonalds-advert-crematorium-uk/',
        text: 'rt.com',
      },
    },
  ],
};

/** An edition (RT DE, network RT) republished by a WordPress autoposter, found by its source line and hotlinked images (test/corpus/own-de-wp-autoposter-rt-de). */
export const edition: Verdict = {
  url: 'https://nachrichten-aktuell24.example/mcdonalds-zieht-geschmacklose-werbung-in-der-naehe-von-krematorium-zurueck/',
  language: 'de',
  kind: 'republished',
  warn: true,
  confidence: 0.55,
  outlet: {
    id: 'rt-de',
    parent: 'rt',
    name: 'RT DE',
    aliases: [
      'RT Deutsch',
      'RT Germany',
    ],
    country: 'RU',
    owner: 'ANO TV-Novosti (RT)',
    funding: 'Russian federal budget (via RT).',
    category: 'state-controlled',
    typology: {
      code: 'SC',
      source: 'https://github.com/ASD-at-GMF/state-media-profiles/blob/main/State_Media_Matrix.csv',
      asOf: 'ASD-at-GMF dataset seeded from MJRC State Media Monitor (repo last commit 2024-02-07)',
    },
    sanctions: [
      {
        jurisdiction: 'EU',
        act: 'Council Regulation (EU) 2022/350 of 1 March 2022 (amending Reg. 833/2014, Annex XV) + Council Decision (CFSP) 2022/351',
        date: '2022-03-01',
        url: 'https://orer.eu/2022/03/02/eu-imposes-sanctions-on-state-owned-outlets-rt-russia-today-and-sputniks-broadcasting-in-the-eu/',
      },
      {
        jurisdiction: 'DE',
        act: 'German media regulator (ZAK/MABB) ban on unlicensed RT DE TV channel',
        date: '2022-02-02',
      },
    ],
    references: [
      {
        fact: 'de.rt.com and rtde.* mirrors (rtde.world, rtde.tech, rtde.website, test.rtde.life, gegenzensur.rtde.world, pressefreiheit.rtde.tech) listed as RT Deutsch, SC',
        url: 'https://github.com/ASD-at-GMF/state-media-profiles/blob/main/State_Media_Matrix.csv',
      },
      {
        fact: 'deutsch.rt.com was the earlier hostname (archived 2016)',
        url: 'http://web.archive.org./web/20160414034435/https://deutsch.rt.com',
      },
      {
        fact: 'RT DE remained reachable under new URLs after EU ban',
        url: 'https://gegenmedien.info/monitoring-07-rtde/',
      },
    ],
    domains: [
      'de.rt.com',
      'deutsch.rt.com',
      'test.rtde.life',
    ],
    languages: [
      'de',
    ],
    policy: 'warn',
    networkName: 'RT',
  },
  site: {
    host: 'nachrichten-aktuell24.example',
  },
  translation: {
    detected: false,
    confidence: 0,
    markers: [],
  },
  originals: [
    {
      url: 'https://duckduckgo.com/?q=site%3Ade.rt.com%20Werbung%20Krematorium%20N%C3%A4he%20McDonald%20Medien%20Anzeige%20Bushaltestelle%20Freitag',
      kind: 'search',
      label: 'Search de.rt.com: Werbung Krematorium Nähe McDonald Medien Anzeige Bushaltestelle Freitag',
    },
  ],
  signals: [
    {
      id: 'attribution-line',
      weight: 0.8,
      outlet: 'rt-de',
      evidence: {
        text: 'Quelle: RT DE',
      },
    },
    {
      id: 'media-host',
      weight: 0.3,
      outlet: 'rt',
      evidence: {
        url: 'https://cdni.rt.com/deutsch/images/2023.02/article/63e7a1f4b480cc3d1a6e4b21.jpg',
        text: 'cdni.rt.com',
      },
    },
  ],
};

/**
 * A hostile verdict: page text with markup and script, and addresses that are not http(s). The popup must show the
 * text as text and make none of those addresses a link.
 */
export const hostile: Verdict = {
  ...republished,
  url: 'https://evil.example/article',
  outlet: {
    ...republished.outlet!,
    name: 'RT <img src=x onerror=alert(1)>',
    owner: '<b>bold</b> owner',
    typology: { code: 'SC', source: 'javascript:alert(1)', asOf: '2023-10' },
    sanctions: [{ jurisdiction: 'EU', act: '<script>alert("act")</script>', date: 'not a date', url: 'javascript:alert(2)' }],
    references: [{ fact: '<i>fact</i>', url: 'data:text/html,<script>alert(3)</script>' }],
  },
  site: { host: 'evil.example' },
  originals: [
    { url: 'javascript:alert(4)', kind: 'source-link', label: 'Source link' },
    { url: 'https://www.rt.com/russia/590571-putin-choe-north-korea/', kind: 'canonical', label: 'Canonical address' },
  ],
  signals: [
    { id: 'title-suffix', weight: 0.7, outlet: 'rt', evidence: { text: '<script>alert("title")</script> | RT' } },
    { id: 'source-link', weight: 0.8, outlet: 'rt', evidence: { text: 'Quelle', url: 'javascript:alert(5)' } },
    { id: 'no-such-signal', weight: 0, evidence: { text: 'from a newer engine' } },
  ],
};

/** Every sample by name, for tests and screenshots. */
export const SAMPLES = { republished, stateMedia, publicMedia, cites, informational, translateProxy, edition, hostile } as const;
export type SampleName = keyof typeof SAMPLES;
