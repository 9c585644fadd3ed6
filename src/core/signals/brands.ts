/*
 * brands: one table of how state outlets' names appear in page text (titles, datelines, credits, source lines),
 * and the matchers the text signals share (title-suffix, attribution-line, outlet-credit, source-link).
 * Not a signal on its own (it is not in the registered list): a table plus matchers, tested like a signal.
 *
 * Rules
 * - Names are matched case-sensitively ("RT" only in capitals; "Tass"/"TASS" but not "tass"), as whole tokens:
 *   a Latin/Cyrillic/Greek name may not touch a letter or digit of those scripts, nor a hyphenated word
 *   ("RT-PCR", "Anti-RT", "Sputnik-Impfstoff"); "@RT" and "RT @user" (retweets) are not the outlet. A Latin name
 *   may touch CJK characters ("RT世界新闻", "RTワールドニュース"). CJK names need no boundary.
 * - "Sputnik"/"Спутник" followed by V, Light, a digit or a vaccine/satellite word, or preceded by a vaccine word,
 *   is the vaccine or the satellite, not the outlet.
 * - Ambiguous names (initials and common words: "AA", "RIA", "CCTV", "Fars", "Granma", "Спутник", "الجزيرة" …)
 *   count only where a context makes them a name: a dateline "(AA)", a "Source:" line, a copyright line.
 *   findBrands() leaves them out unless asked; title-suffix never takes them ("… – CCTV" may be a video category).
 * - "Pravda" counts only in the network's own forms ("Pravda EN", "pravda-de.com"); never bare.
 * - Al Jazeera is in the table: the registry classifies it state-controlled (MJRC), so its datelines and
 *   suffixes are origin evidence like any other; citing it ("told Al Jazeera") only makes a page "cites".
 * - Outlet ids are the registry's; a name stands for the most specific edition it names ("RT DE" → rt-de).
 * - Brand + section: a title segment that is the brand plus a few words, original or machine-translated, is the
 *   outlet's section name ("RT World News", "RT Russland und ehemalige Sowjetunion", "RT世界新闻", "Мировые новости RT").
 *
 * | text                                                        | findBrands / brandSegment          |
 * |-------------------------------------------------------------|------------------------------------|
 * | "according to RT", "see www.rt.com/russia/…", "RT世界新闻"   | rt                                 |
 * | "RT DE berichtet"                                           | rt-de                              |
 * | "Foto: Mikhail Sinitsyn/TASS", "ИТАР-ТАСС", "タス通信によると" | tass                               |
 * | "сообщает РИА Новости", "laut RIA Nowosti"                  | ria-novosti                        |
 * | "据新华社报道"                                               | xinhua                             |
 * | "Pravda EN reposted it", "pravda-de.com"                    | pravda-network                     |
 * | "selon Sputnik"                                             | sputnik                            |
 * | "Al Jazeera reported"                                       | al-jazeera                         |
 * | "Sputnik V vaccine", "szczepionki Sputnik V", "Sputnika V", "the Sputnik 1 satellite" | nothing   |
 * | "RT-PCR test", "RT @user", "ART and Smart", "Anti-RT protest" | nothing                          |
 * | "CCTV footage", "Anadolu lisesi" (ambiguous, no context)     | nothing                            |
 * | "Ukrainska Pravda", "Pravda said"                           | nothing                            |
 * | "tass Rt rt" (case), "www.breitbart.com"                    | nothing                            |
 * | segment "RT Russland und ehemalige Sowjetunion", "RT World News", "RTワールドニュース" | rt (brand+section) |
 * | segment "Мировые новости RT", "Світові новини RT", "חדשות RT העולמיות" | rt (brand+section) |
 * | segment "RT in Russian", "РТ на русском"                    | rt                                 |
 * | segment "Sputnik International" / "Xinhua" / "RT France"    | sputnik / xinhua / rt-france       |
 * | segment "Why RT was banned", "RT (TV network)", "Sputnik V vaccine" | not a brand segment        |
 * | segment "The Guardian", "Wikipedia", "Politics", "Ukrainska Pravda", a long sentence | not a brand segment |
 */
import { nameStem, quickTest, type QuickTest } from './brand-quick';

export interface BrandEntry {
  /** Registry outlet id: the most specific edition the name stands for. */
  outlet: string;
  /** Names matched case-sensitively, anywhere a brand may appear. */
  names: string[];
  /** Names that are also common words or other things' initials: only in datelines, source lines, title segments. */
  ambiguous?: string[];
  /** Addresses written as text ("rt.com"), matched in any case. */
  hosts?: string[];
  /** Extra patterns (regex source, case-sensitive), for name families such as "Pravda EN". */
  patterns?: string[];
}

export const BRANDS: BrandEntry[] = [
  // --- RT (ANO TV-Novosti) and its editions
  { outlet: 'rt', names: ['RT', 'Russia Today', 'RT International', 'RT News', 'RT на русском', 'РТ на русском', 'RT in Russian', 'RT en ruso', 'RT auf Russisch'], hosts: ['rt.com', 'www.rt.com', 'russian.rt.com'] },
  { outlet: 'rt-de', names: ['RT DE', 'RT Deutsch', 'RT auf Deutsch', 'RT Deutschland', 'RT Germany'], hosts: ['de.rt.com', 'deutsch.rt.com'] },
  { outlet: 'rt-france', names: ['RT France', 'RT en français', 'RT Français', 'RT Francais'], hosts: ['francais.rt.com'] },
  { outlet: 'rt-espanol', names: ['RT en Español', 'RT en español', 'RT Español', 'Actualidad RT', 'RT Actualidad'], hosts: ['actualidad.rt.com', 'esrt.press', 'esrt.online'] },
  { outlet: 'rt-arabic', names: ['RT Arabic', 'RT عربي', 'RT Arabi'], ambiguous: ['روسيا اليوم'], hosts: ['arabic.rt.com'] },
  { outlet: 'rt-balkan', names: ['RT Balkan', 'RT Балкан', 'RT Srbija'], hosts: ['rt.rs'] },
  { outlet: 'rt-documentary', names: ['RT Documentary', 'RTД'], hosts: ['rtd.rt.com'] },
  { outlet: 'ruptly', names: ['Ruptly'] },
  { outlet: 'redfish', names: [], ambiguous: ['Redfish'] },
  // --- Rossiya Segodnya group
  {
    outlet: 'sputnik',
    names: ['Sputnik', 'SPUTNIK', 'Sputnik International', 'Sputnik News', 'Sputnik Globe', 'Sputnjik', 'Voice of Russia', 'Голос России', 'سبوتنيك'],
    ambiguous: ['Спутник', 'SNA'],
    hosts: ['sputnikglobe.com', 'sputniknews.com'],
  },
  { outlet: 'ria-novosti', names: ['RIA Novosti', 'RIA Nowosti', 'Ria Novosti', 'Ria Nowosti', 'RIA-Novosti', 'РИА Новости', 'РИА «Новости»', 'РІА Новини', 'RIA Novostin'], ambiguous: ['RIA', 'РИА'], hosts: ['ria.ru'] },
  { outlet: 'rossiya-segodnya', names: ['Rossiya Segodnya', 'InoSMI', 'ИноСМИ', 'Baltnews', 'Russia Beyond', 'Ukraina.ru', 'Украина.ру'], ambiguous: ['Россия сегодня'], hosts: ['inosmi.ru', 'rbth.com'] },
  // --- other Russian state and state-captured media
  { outlet: 'tass', names: ['TASS', 'Tass', 'ТАСС', 'ITAR-TASS', 'ИТАР-ТАСС', 'タス通信', '塔斯社', '타스통신', 'Τας'], ambiguous: ['تاس'], hosts: ['tass.com', 'tass.ru'] },
  { outlet: 'rossiyskaya-gazeta', names: ['Rossiyskaya Gazeta', 'Rossiiskaya Gazeta', 'Rossijskaja Gaseta', 'Российская газета', 'Российской газеты', 'Российской газете', '«Российская газета»', '«Российской газете»'], ambiguous: ['RG'], hosts: ['rg.ru'] },
  { outlet: 'izvestia', names: ['Izvestia', 'Izvestiya', 'Iswestija', 'Izwiestia', 'Известия', 'Известиям', 'Известиях'], hosts: ['iz.ru'] },
  { outlet: 'lenta-ru', names: ['Lenta.ru', 'Lenta.Ru', 'Лента.ру'] },
  { outlet: 'komsomolskaya-pravda', names: ['Komsomolskaya Pravda', 'Komsomolskaja Prawda', 'Комсомольская правда', 'Комсомольской правды', 'Комсомольской правде'], hosts: ['kp.ru'] },
  { outlet: 'channel-one', names: ['Channel One Russia', 'Pervyi Kanal', 'Perwyj Kanal'], ambiguous: ['Первый канал'], hosts: ['1tv.ru'] },
  { outlet: 'vgtrk', names: ['VGTRK', 'ВГТРК', 'Rossiya 1', 'Rossiya 24', 'Russia-24', 'Россия-24', 'Россия 24', 'Россия-1', 'Vesti.ru'] },
  { outlet: 'ren-tv', names: ['REN TV', 'РЕН ТВ'] },
  { outlet: 'zvezda', names: ['TV Zvezda', 'Krasnaya Zvezda', 'Красная звезда'] },
  { outlet: 'argumenty-i-fakty', names: ['Argumenty i Fakty', 'Аргументы и факты'], ambiguous: ['AiF', 'АиФ'] },
  { outlet: 'news-front', names: ['NewsFront', 'News-Front'], ambiguous: ['News Front'], hosts: ['news-front.info', 'news-front.su'] },
  {
    outlet: 'pravda-network',
    names: ['Portal Kombat'],
    hosts: ['news-pravda.com'],
    patterns: ['Pravda (?:EN|DE|FR|PL|ES|IT|NL|DK|SE|FI|EE|LT|LV|CZ|SK|SI|HR|RS|BG|RO|HU|GR|PT|AT|CH|BE|IE|UK|US|TR|AR|JP|KR|CN)', '[Pp]ravda-[a-z]{2}(?:\\.com)?', '[a-z-]{2,20}\\.news-pravda\\.com'],
  },
  { outlet: 'southfront', names: ['SouthFront'] },
  { outlet: 'strategic-culture', names: ['Strategic Culture Foundation'], hosts: ['strategic-culture.org', 'strategic-culture.su'] },
  { outlet: 'eadaily', names: ['EADaily', 'EurAsia Daily'] },
  { outlet: 'new-eastern-outlook', names: ['New Eastern Outlook'] },
  { outlet: 'oriental-review', names: ['Oriental Review'] },
  { outlet: 'tsargrad', names: ['Tsargrad TV', 'Zargrad TV'], ambiguous: ['Tsargrad', 'Царьград'] },
  { outlet: 'katehon', names: ['Katehon'] },
  { outlet: 'voice-of-europe', names: ['Voice of Europe'] },
  // --- China
  { outlet: 'cgtn', names: ['CGTN', 'China Global Television Network', '中国国际电视台'], hosts: ['cgtn.com'] },
  { outlet: 'cctv', names: ['China Central Television', '中央电视台', '中央電視台', '央视新闻', '央视网', '央视', 'CCTV News', 'CCTV-4', 'CCTV-13', 'CCTV+'], ambiguous: ['CCTV'] },
  {
    outlet: 'xinhua',
    names: ['Xinhua', 'XINHUA', 'Xinhuanet', 'Xinhua News Agency', 'New China News Agency', '新华社', '新華社', '新华网', '新華網', 'Синьхуа', '신화통신', '신화사', 'شينخوا', 'Σινχουά', 'שינחואה'],
    ambiguous: ['Chine nouvelle'],
    hosts: ['xinhuanet.com', 'news.cn'],
  },
  { outlet: 'china-daily', names: ['China Daily', '中国日报', '中國日報'], hosts: ['chinadaily.com.cn'] },
  { outlet: 'global-times', names: ['Global Times', '环球时报', '環球時報', '环球网', 'Глобал Таймс', 'Huanqiu Shibao'], ambiguous: ['GT'], hosts: ['globaltimes.cn'] },
  {
    outlet: 'peoples-daily',
    names: ["People's Daily", 'People’s Daily', '人民日报', '人民日報', '人民网', '人民網', 'Renmin Ribao', 'Жэньминь жибао', 'Quotidien du peuple', 'Quotidien du Peuple', 'Diario del Pueblo'],
    hosts: ['people.com.cn', 'people.cn'],
  },
  { outlet: 'guangming-daily', names: ['Guangming Daily', '光明日报', '光明網', '光明网'] },
  { outlet: 'cri', names: ['China Radio International', '国际在线', '中国国际广播电台'], ambiguous: ['CRI'] },
  { outlet: 'china-news-service', names: ['China News Service', 'Chinanews', '中新社', '中新网', '中国新闻网', '中國新聞網'], ambiguous: ['ECNS', 'CNS'], hosts: ['chinanews.com', 'chinanews.com.cn', 'ecns.cn'] },
  // --- Iran
  { outlet: 'press-tv', names: ['Press TV', 'PressTV', 'پرس تی وی'], hosts: ['presstv.ir', 'presstv.com'] },
  { outlet: 'hispantv', names: ['HispanTV', 'Hispan TV'] },
  { outlet: 'irna', names: ['IRNA', 'Islamic Republic News Agency', 'ایرنا', 'إرنا', 'ИРНА'], hosts: ['irna.ir'] },
  { outlet: 'tasnim', names: ['Tasnim', 'Tasnim News', 'تسنیم', 'تسنيم'], hosts: ['tasnimnews.com'] },
  { outlet: 'fars', names: ['Fars News', 'Fars News Agency', 'خبرگزاری فارس', 'وكالة فارس'], ambiguous: ['Fars', 'FNA'], hosts: ['farsnews.ir'] },
  { outlet: 'mehr', names: ['Mehr News', 'Mehr News Agency', 'خبرگزاری مهر'], ambiguous: ['MNA'], hosts: ['mehrnews.com'] },
  // --- North Korea
  { outlet: 'kcna', names: ['KCNA', 'Korean Central News Agency', '조선중앙통신', '朝鲜中央通讯社', '朝中社', '朝鮮中央通信', 'ЦТАК'] },
  { outlet: 'rodong-sinmun', names: ['Rodong Sinmun', '노동신문', '로동신문', '劳动新闻'] },
  { outlet: 'uriminzokkiri', names: ['Uriminzokkiri', '우리민족끼리'] },
  // --- Latin America
  { outlet: 'telesur', names: ['teleSUR', 'TeleSUR', 'Telesur', 'TELESUR'], hosts: ['telesurtv.net', 'telesurenglish.net'] },
  { outlet: 'prensa-latina', names: ['Prensa Latina'], ambiguous: ['PL'], hosts: ['prensa-latina.cu'] },
  { outlet: 'granma', names: ['Granma Internacional', 'diario Granma', 'periódico Granma'], ambiguous: ['Granma'], hosts: ['granma.cu'] },
  { outlet: 'cubadebate', names: ['Cubadebate'] },
  // --- Belarus, Kazakhstan
  { outlet: 'belta', names: ['BelTA', 'BELTA', 'БелТА', 'БЕЛТА', 'Belarusian Telegraph Agency'], hosts: ['belta.by'] },
  { outlet: 'kazinform', names: ['Kazinform', 'Казинформ'] },
  // --- Turkey, Qatar (state-controlled per the registry)
  { outlet: 'anadolu', names: ['Anadolu Agency', 'Anadolu Ajansı', 'Anadolu Ajansi', 'Anadolu-Agentur', 'Agencia Anadolu', 'agence Anadolu', 'Anadolu Ajansı (AA)'], ambiguous: ['AA', 'Anadolu', 'الأناضول'], hosts: ['aa.com.tr'] },
  { outlet: 'trt-world', names: ['TRT World', 'TRT Haber', 'TRT Deutsch', 'TRT Afrika', 'TRT Arabi', 'TRT'], hosts: ['trtworld.com'] },
  { outlet: 'al-jazeera', names: ['Al Jazeera', 'Al-Jazeera', 'Al Jazeera English', 'AJ+', 'Аль-Джазира', 'Al Dschasira'], ambiguous: ['الجزيرة'], hosts: ['aljazeera.com', 'aljazeera.net'] },
];

/** Section names the outlets themselves put after their titles (see the registry's boilerplate list). */
export const SECTION_NAMES: { outlet: string; name: string }[] = [
  'RT World News',
  'RT Russia & Former Soviet Union',
  'RT Business News',
  'RT India',
  'RT Africa',
  'RT Sport News',
  'RT Op-ed',
  'RT Pop Culture',
  'RT Features',
  'RT News App',
  'RT - Daily news',
]
  .map((name) => ({ outlet: 'rt', name }))
  .concat(['Sputnik International', 'Sputnik Globe', 'Sputnik Africa', 'Sputnik India'].map((name) => ({ outlet: 'sputnik', name })));

export interface BrandHit {
  outlet: string;
  /** The name exactly as on the page. */
  text: string;
  index: number;
  end: number;
  ambiguous: boolean;
}

const WIDE = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}]/u;
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

type Kind = 'wide' | 'rtl' | 'cjk';

function kindOf(name: string): Kind {
  if (WIDE.test(name)) return 'wide';
  if (RTL.test(name)) return 'rtl';
  return 'cjk';
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal name → regex source: spaces match any run of white space, straight and typographic apostrophes match each other. */
function nameSource(name: string): string {
  return escape(name)
    .replace(/ /g, '[\\s\\u00a0]+')
    .replace(/['’]/g, "['’]");
}

const BOUNDARY: Record<Kind, { before: string; after: string }> = {
  // Not inside a word of an alphabetic script, not part of a hyphenated compound, not a handle or hashtag.
  wide: {
    before: '(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}_@#])(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}][-‐])',
    after: '(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}_])(?![-‐][\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}])',
  },
  rtl: { before: '(?<![\\p{Script=Arabic}\\p{Script=Hebrew}])', after: '(?![\\p{Script=Arabic}\\p{Script=Hebrew}])' },
  cjk: { before: '', after: '' },
};

interface Compiled {
  re: RegExp;
  /** The same, sticky: tried only where quick.nameStarts says a name may start (no match starts elsewhere). */
  at: RegExp;
  /**
   * Quick rejection: the literal start of every name (case-sensitive, plus "ravda", which every Pravda pattern
   * contains) and every host (any case). A text holding none cannot hold a brand; most paragraphs hold none.
   */
  quick: QuickTest | null;
  /** normalised matched text → entry */
  lookup: Map<string, { outlet: string; ambiguous: boolean }>;
  /** `pravda`: one of the name-family patterns (each holds "ravda"); the others find hosts. */
  patterns: { re: RegExp; outlet: string; pravda: boolean }[];
}

function norm(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').replace(/’/g, "'");
}

function compile(): Compiled {
  const lookup = new Map<string, { outlet: string; ambiguous: boolean }>();
  const byKind: Record<Kind, string[]> = { wide: [], rtl: [], cjk: [] };
  const hostNames: string[] = [];
  const patterns: Compiled['patterns'] = [];
  for (const e of BRANDS) {
    for (const [list, ambiguous] of [
      [e.names, false],
      [e.ambiguous ?? [], true],
    ] as const) {
      for (const n of list) {
        if (!lookup.has(norm(n))) lookup.set(norm(n), { outlet: e.outlet, ambiguous });
        byKind[kindOf(n)].push(n);
      }
    }
    for (const h of e.hosts ?? []) {
      lookup.set(`host:${h.toLowerCase()}`, { outlet: e.outlet, ambiguous: false });
      hostNames.push(h);
    }
    for (const p of e.patterns ?? []) patterns.push({ re: new RegExp(`${BOUNDARY.wide.before}(?:${p})${BOUNDARY.wide.after}`, 'gu'), outlet: e.outlet, pravda: true });
  }
  const alt = (names: string[]) =>
    [...new Set(names)]
      .sort((a, b) => b.length - a.length)
      .map(nameSource)
      .join('|');
  const parts: string[] = [];
  for (const k of ['wide', 'rtl', 'cjk'] as const) if (byKind[k].length) parts.push(`${BOUNDARY[k].before}(?:${alt(byKind[k])})${BOUNDARY[k].after}`);
  // Addresses as text: "rt.com", "www.rt.com/russia/…" — any case, not part of a longer host name.
  const hosts = `(?<![\\p{L}\\p{N}.@-])(?:https?://)?(?:www\\.)?(?<host>${alt(hostNames)})(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])(?:/[^\\s"'<>)\\]]*)?`;
  // Case-sensitive for names; hosts are matched separately, case-insensitively.
  const allNames = [...byKind.wide, ...byKind.rtl, ...byKind.cjk];
  // A pattern without the literal "ravda" would escape the quick rejection: then there is none.
  const quickOk = BRANDS.every((e) => (e.patterns ?? []).every((p) => p.includes('ravda')));
  return {
    re: new RegExp(parts.join('|'), 'gu'),
    at: new RegExp(parts.join('|'), 'uy'),
    quick: quickOk ? quickTest([...allNames.map(nameStem), 'ravda'], hostNames.map((h) => h.toLowerCase())) : null,
    lookup,
    patterns: [...patterns, { re: new RegExp(hosts, 'giu'), outlet: '', pravda: false }],
  };
}

let compiled: Compiled | null = null;
function table(): Compiled {
  if (!compiled) compiled = compile();
  return compiled;
}

// "Sputnik V", "Sputnik Light", "Sputnik 1", "Sputnik-Impfstoff", "Спутник V", "vaccin Sputnik", "the Sputnik satellite".
const SPUTNIK_NOT_OUTLET_AFTER =
  /^[\s\u00a0«»"“”„'‘’-]*(?:V(?![\p{L}\p{N}])|Light|Lite|Лайт|\p{N}|vacc|vakz|vaks|vakc|vacun|vacin|vaccin|szczep|oček|impf|вакц|moment|crisis|krise|kryzys|shock|schock|satellit|satélite)/iu;
// Read on the 40 characters before a name (isOutletUse): at most 0.001 ms there.
const SPUTNIK_NOT_OUTLET_BEFORE = /(?:vaccin\p{L}*|vaccine|vakzin\p{L}*|impfstoff\p{L}*|szczepionk\p{L}*|vacuna\p{L}*|vacina\p{L}*|vakcín\p{L}*|očkovac\p{L}*|вакцин\p{L}*|препарат\p{L}*|satellit\p{L}*|satélite|спутник\p{L}*|covid\p{L}*)[\s\u00a0«»"“”„'‘’:-]*$/iu;

function isOutletUse(outlet: string, text: string, hit: { index: number; end: number; text: string }): boolean {
  const after = text.slice(hit.end, hit.end + 24);
  const before = text.slice(Math.max(0, hit.index - 40), hit.index);
  if (outlet === 'sputnik' && /^(?:Sputnik|SPUTNIK|Спутник|Sputnjik|سبوتنيك)$/u.test(hit.text)) {
    if (SPUTNIK_NOT_OUTLET_AFTER.test(after) || SPUTNIK_NOT_OUTLET_BEFORE.test(before)) return false;
  }
  // Retweets: "RT @user".
  if (hit.text === 'RT' && /^\s*@/.test(after)) return false;
  return true;
}

export interface FindOptions {
  /** Also return ambiguous names (only for callers that check a context such as a dateline). */
  ambiguous?: boolean;
}

/** Every outlet name in the text, left to right, longest match first, overlaps removed. */
export function findBrands(text: string, opts: FindOptions = {}): BrandHit[] {
  if (!text) return [];
  const t = table();
  const starts = t.quick?.nameStarts(text);
  const pravda = !t.quick || text.includes('ravda');
  const hosts = !t.quick || t.quick.hosts(text);
  if (starts && !starts.length && !pravda && !hosts) return [];
  const raw: BrandHit[] = [];
  const hit = (m: RegExpMatchArray & { index: number }): void => {
    const e = t.lookup.get(norm(m[0]));
    if (e) raw.push({ outlet: e.outlet, text: m[0], index: m.index, end: m.index + m[0].length, ambiguous: e.ambiguous });
  };
  if (!starts) {
    for (const m of text.matchAll(t.re)) hit(m);
  } else {
    // What the global scan finds, tried only where a name may start: left to right, on after each match's end.
    let reach = 0;
    for (const i of starts) {
      if (i < reach) continue;
      t.at.lastIndex = i;
      const m = t.at.exec(text) as (RegExpExecArray & { index: number }) | null;
      if (!m) continue;
      hit(m);
      reach = m.index + m[0].length;
    }
  }
  for (const p of t.patterns) {
    if (!(p.pravda ? pravda : hosts)) continue;
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      const host = m.groups?.host;
      const outlet = host ? t.lookup.get(`host:${host.toLowerCase()}`)?.outlet : p.outlet;
      if (!outlet) continue;
      raw.push({ outlet, text: m[0], index: m.index, end: m.index + m[0].length, ambiguous: false });
    }
  }
  raw.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: BrandHit[] = [];
  let reach = -1;
  for (const h of raw) {
    if (h.index < reach) continue;
    if (!isOutletUse(h.outlet, text, h)) continue;
    if (h.ambiguous && !opts.ambiguous) {
      reach = h.end;
      continue;
    }
    out.push(h);
    reach = h.end;
  }
  return out;
}

/** Leading quotes, then trailing ones: as /^[«"“„'‘]+|[»"”'’.。]+$/gu, but a trailing run is tried from its start only. */
export function trimQuotes(text: string): string {
  return text.replace(/^[«"“„'‘]+/u, '').replace(/(?<![»"”'’.。])[»"”'’.。]+$/u, '');
}

/** Trailing full stops, as /[.。]+$/u; (?<![.。]): a run is tried from its first only, not from each (quadratic). */
export function trimFullStops(text: string): string {
  return text.replace(/(?<![.。])[.。]+$/u, '');
}

/** The text is exactly one outlet name (surrounding white space and quotes aside); ambiguous names included. */
export function exactBrand(text: string): BrandHit | null {
  const s = trimQuotes(text.trim()).trim();
  if (!s) return null;
  const hits = findBrands(s, { ambiguous: true });
  const h = hits[0];
  return hits.length === 1 && h && h.index === 0 && h.end === s.length ? h : null;
}

const SENTENCE_PUNCT = /[.!?;:,"“”«»„()\[\]。！？；：，、]/u;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function words(s: string): string[] {
  return s.split(/[\s\u00a0]+/).filter(Boolean);
}

function shortTail(s: string, maxWords: number): boolean {
  if (!s) return true;
  if (SENTENCE_PUNCT.test(s.replace(/&|\.com$/g, ''))) return false;
  if (CJK_CHAR.test(s) && !/\s/.test(s)) return s.length <= 12;
  return words(s).length <= maxWords;
}

/**
 * A title segment that names an outlet: the brand alone ("RT", "Xinhua", "CCTV"), or the brand plus a short
 * section name in any language ("RT World News", "RT Russland und ehemalige Sowjetunion", "RT世界新闻",
 * "Sputnik International", "Мировые новости RT", "חדשות RT העולמיות"). Returns the hit with text = the segment.
 */
export function brandSegment(segment: string): BrandHit | null {
  const seg = trimFullStops(segment.trim()).trim();
  if (!seg || seg.length > 80) return null;
  const exact = exactBrand(seg);
  if (exact) return { ...exact, text: seg, index: 0, end: seg.length };
  const hits = findBrands(seg);
  if (hits.length !== 1) return null;
  const h = hits[0]!;
  const before = seg.slice(0, h.index).trim();
  const after = seg.slice(h.end).trim();
  const ok =
    (before === '' && shortTail(after, 6)) ||
    (after === '' && shortTail(before, 4)) ||
    (before !== '' && after !== '' && shortTail(before, 2) && shortTail(after, 2) && words(`${before} ${after}`).length <= 2);
  return ok ? { ...h, text: seg, index: 0, end: seg.length } : null;
}

/** Whether the segment is one of the outlets' own section names written in English ("RT World News"). */
export function knownSection(segment: string): { outlet: string; name: string } | null {
  const s = norm(segment.trim()).toLowerCase();
  return SECTION_NAMES.find((x) => x.name.toLowerCase() === s) ?? null;
}
