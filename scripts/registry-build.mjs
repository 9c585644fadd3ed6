#!/usr/bin/env node
// Regenerates the bundled outlet registry from the shared source data:
//
//   node scripts/registry-build.mjs /path/to/shared/registry
//
// Reads outlets.json (curated), State_Media_Matrix.csv and sites_of_concern_subset.csv from that folder and
// writes src/data/outlets.json, src/data/reposters.json and path-hosts.json, and copies the two licence files.
// A maintenance tool: not part of the build or the tests (the tests check the files it writes).
// Every correction to the source data is in one of the tables below, each with the reason.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseDomain } from 'tldts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'data');

const MATRIX_URL = 'https://github.com/ASD-at-GMF/state-media-profiles/blob/main/State_Media_Matrix.csv';
const MATRIX_AS_OF = 'ASD-at-GMF dataset seeded from MJRC State Media Monitor (repo last commit 2024-02-07)';
const SMM_URL = 'https://statemediamonitor.com/';
const LAUNDROMAT_URL = 'https://github.com/ASD-at-GMF/disinfo-laundromat/blob/main/sites_of_concern.csv';
const LAUNDROMAT_NAME = 'Information Laundromat, sites of concern (Alliance for Securing Democracy)';

// ---------------------------------------------------------------------------------------------------------------
// Tables

/** State Media Monitor codes → our categories. Mirror of `CATEGORIES[…].code` in src/core/categories.ts (the data test checks it). */
const CODE_TO_CATEGORY = {
  SC: 'state-controlled',
  CaPu: 'captured-public',
  CaPr: 'captured-private',
  ISFM: 'independent-state-funded-managed',
  ISF: 'independent-state-funded',
  ISM: 'independent-state-managed',
  IP: 'independent-public',
};

/** The curated file's category wording → our categories. */
const CURATED_CATEGORY = {
  'state-controlled media': 'state-controlled',
  'state-controlled media (IRIB Spanish channel; MJRC class not recorded)': 'state-controlled',
  'state-controlled media (general knowledge; not in MJRC/ASD snapshot)': 'state-controlled',
  'captured public/state-managed media': 'captured-public',
  'captured private media': 'captured-private',
  'covert pro-Kremlin propaganda network (not a news organisation)': 'covert-network',
  // voice-of-europe: a covert operation, not an outlet with an editorial line of its own.
  'covert Russian-state-linked influence outlet': 'covert-network',
  // The EU-sanctioned pro-Kremlin sites (SouthFront, EADaily, Fondsk, RuBaltic, Katehon).
  'pro-Kremlin propaganda outlet (not MJRC-classified)': 'propaganda-outlet',
  'independent public media': 'independent-public',
  'independent state-funded media': 'independent-state-funded',
  'independent state-funded and state-managed media': 'independent-state-funded-managed',
};

/** Editions of one brand: the network is the parent. Ownership groups are not parents (see src/data/LICENSES.md). */
const PARENTS = {
  'rt-de': 'rt',
  'rt-france': 'rt',
  'rt-espanol': 'rt',
  'rt-arabic': 'rt',
  'rt-balkan': 'rt',
  'rt-documentary': 'rt',
};

/** Matrix country names → ISO 3166-1 alpha-2 (EU is ISO's exceptionally reserved code for the European Union). */
const COUNTRY = {
  Afghanistan: 'AF', Albania: 'AL', Algeria: 'DZ', Angola: 'AO', Argentina: 'AR', Armenia: 'AM', Australia: 'AU',
  Austria: 'AT', Azerbaijan: 'AZ', Bahrain: 'BH', Bangladesh: 'BD', Belarus: 'BY', Belgium: 'BE', Benin: 'BJ',
  Bhutan: 'BT', Bolivia: 'BO', 'Bosnia and Herzegovina': 'BA', Botswana: 'BW', Brazil: 'BR', Brunei: 'BN',
  Bulgaria: 'BG', 'Burkina Faso': 'BF', Burundi: 'BI', Cambodia: 'KH', Cameroon: 'CM', Canada: 'CA',
  'Central African Republic': 'CF', Chad: 'TD', Chile: 'CL', China: 'CN', Colombia: 'CO', Congo: 'CG',
  'Costa Rica': 'CR', "Côte d'Ivoire": 'CI', Croatia: 'HR', Cuba: 'CU', Cyprus: 'CY', Czechia: 'CZ', Denmark: 'DK',
  Djibouti: 'DJ', 'Dominican Republic': 'DO', 'DR Congo': 'CD', Ecuador: 'EC', Egypt: 'EG', 'El Salvador': 'SV',
  Eritrea: 'ER', Estonia: 'EE', Ethiopia: 'ET', 'Europen Union': 'EU', Finland: 'FI', France: 'FR', Gabon: 'GA',
  Georgia: 'GE', Germany: 'DE', Ghana: 'GH', Greece: 'GR', Guatemala: 'GT', Haiti: 'HT', Honduras: 'HN',
  'Hong Kong': 'HK', Hungary: 'HU', Iceland: 'IS', India: 'IN', Indonesia: 'ID', Iran: 'IR', Iraq: 'IQ',
  Ireland: 'IE', Israel: 'IL', Italy: 'IT', Jamaica: 'JM', Japan: 'JP', Jordan: 'JO', Kazakhstan: 'KZ', Kenya: 'KE',
  Kuwait: 'KW', Laos: 'LA', Latvia: 'LV', Lebanon: 'LB', Lesotho: 'LS', Liberia: 'LR', Libya: 'LY',
  Liechtenstein: 'LI', Lithuania: 'LT', Macao: 'MO', Madagascar: 'MG', Malawi: 'MW', Malaysia: 'MY', Malta: 'MT',
  Mauritania: 'MR', Mexico: 'MX', Moldova: 'MD', Mongolia: 'MN', Montenegro: 'ME', Morocco: 'MA', Mozambique: 'MZ',
  Myanmar: 'MM', Namibia: 'NA', Nepal: 'NP', Netherlands: 'NL', 'New Zealand': 'NZ', Nicaragua: 'NI', Niger: 'NE',
  Nigeria: 'NG', 'North Korea': 'KP', 'North Macedonia': 'MK', Norway: 'NO', Oman: 'OM', Pakistan: 'PK',
  'Palestine territories': 'PS', Panama: 'PA', Paraguay: 'PY', Peru: 'PE', Philippines: 'PH', Poland: 'PL',
  Portugal: 'PT', Qatar: 'QA', Romania: 'RO', Russia: 'RU', Rwanda: 'RW', 'Saudi Arabia': 'SA', Senegal: 'SN',
  Serbia: 'RS', Singapore: 'SG', Slovakia: 'SK', Slovenia: 'SI', Somalia: 'SO', 'South Africa': 'ZA',
  'South Korea': 'KR', 'South Sudan': 'SS', Spain: 'ES', 'Sri Lanka': 'LK', Sudan: 'SD', Sweden: 'SE',
  Switzerland: 'CH', Syria: 'SY', Taiwan: 'TW', Tajikistan: 'TJ', Tanzania: 'TZ', Thailand: 'TH', 'The Gambia': 'GM',
  Togo: 'TG', Tunisia: 'TN', Turkey: 'TR', Turkmenistan: 'TM', UAE: 'AE', Uganda: 'UG', Ukraine: 'UA',
  'United Kingdom': 'GB', 'United States of America': 'US', Uruguay: 'UY', Uzbekistan: 'UZ', 'Vatican City': 'VA',
  Venezuela: 'VE', Vietnam: 'VN', Yemen: 'YE', Zambia: 'ZM', Zimbabwe: 'ZW',
};

/**
 * Matrix companies that are the same organisation as a curated outlet ("Country::Media company" → curated id).
 * Their rows merge into the curated outlet, which keeps its id, category and wording. Ownership groups that own
 * several curated outlets (China Media Group, National Media Group, Gazprom Media, IRIB, France Médias Monde,
 * USAGM, Rambler, IIDO, CIPG) are not listed: their other assets become an outlet of their own.
 */
const COMPANY_TO_CURATED = {
  'China::China Daily Group': 'china-daily',
  'China::China News Service': 'china-news-service',
  "China::People's Daily": 'peoples-daily',
  'China::Xinhua (New China News Agency)': 'xinhua',
  'China::China Internet Information Center': 'china-org-cn',
  'China::Global Times or Huanqiu Shibao': 'global-times',
  'China::China Central Television (CCTV)': 'cctv',
  'Japan::Japan Broadcasting Corporation (NHK)': 'nhk',
  'North Korea::Korea 615': 'uriminzokkiri',
  'North Korea::Korean Central News Agency (KCNA)': 'kcna',
  'North Korea::Rodong Sinmun': 'rodong-sinmun',
  'Belarus::BelTA': 'belta',
  'Belarus::National State Television and Radio Company of Belarus': 'belarus-1',
  'Russia::All-Russia State Television and Radio Broadcasting Company (VGTRK)*': 'vgtrk',
  'Russia::Argumenty i Fakty': 'argumenty-i-fakty',
  'Russia::Channel One Russia': 'channel-one',
  'Russia::Izdatelsky Dom Komsomolskaya Pravda': 'komsomolskaya-pravda',
  'Russia::Maffick Media': 'in-the-now',
  'Russia::New Eastern Outlook': 'new-eastern-outlook',
  'Russia::Oriental Review': 'oriental-review',
  'Russia::Rossiya Segodnya': 'rossiya-segodnya',
  'Russia::Rossiya Segodnya (Russia Today)': 'rossiya-segodnya',
  'Russia::Rossiyskaya Gazeta': 'rossiyskaya-gazeta',
  'Russia::RT': 'rt',
  'Russia::Strategic Culture Foundation': 'strategic-culture',
  'Russia::TASS': 'tass',
  'Russia::Zvezda': 'zvezda',
  'Russia::Tsargrad TV': 'tsargrad',
  'Russia::News Front': 'news-front',
  'Russia::Sputnik News': 'sputnik',
  'Turkey::Anadolu Agency': 'anadolu',
  'Turkey::Türkiye Radyo ve Televizyon Kurumu (TRT)': 'trt-world',
  'Germany::Deutsche Welle (DW)': 'deutsche-welle',
  'United Kingdom::British Broadcasting Corporation (BBC)': 'bbc',
  'Cuba::Granma': 'granma',
  'Cuba::Prensa Latina': 'prensa-latina',
  'Venezuela::TeleSUR': 'telesur',
  'Iran::Fars News Agency': 'fars',
  'Iran::Islamic Republic News Agency (IRNA)': 'irna',
  'Qatar::Al Jazeera Media Network (AJMN)': 'al-jazeera',
  'Australia::Australian Broadcasting Corporation (ABC)': 'abc-australia',
  'Canada::Canadian Broadcasting Corporation (CBC)': 'cbc',
  'United States of America::National Public Radio (NPR)': 'npr',
  'United States of America::Public Broadcasting Service (PBS)': 'pbs',
  'United States of America::Voice of America': 'voa',
  'United States of America::Radio Free Europe/Radio Liberty': 'rferl',
};

/**
 * Corrections to matrix rows, applied before anything else. `match` compares exact cell values
 * (company = "Media company", asset = "Main assets", url = "URL", typology = "Typology").
 */
const ROW_FIXES = [
  // Known error (registry README): kcnawatch.org is NK News's private aggregator, not KCTV.
  { match: { url: 'https://kcnawatch.org/' }, set: { url: '' } },
  // Known error (registry README): Smotrim is VGTRK's streaming platform, not Channel One's.
  {
    match: { company: "Smotrim (by Russia's Channel One)" },
    set: { company: 'All-Russia State Television and Radio Broadcasting Company (VGTRK)*' },
  },
  // Known error (registry README): stray "ISFM?" cells. All four are USAGM services (Golos Ameriki, Current Time,
  // Svoboda, Krym.Realii) whose parents VOA and RFE/RL the matrix classifies ISFM.
  { match: { typology: 'ISFM?' }, set: { typology: 'ISFM' } },
  // Typo in the matrix: "ww." for "www.".
  { match: { url: 'https://ww.ukrinform.net/' }, set: { url: 'https://www.ukrinform.net/' } },
  // china.com is a commercial portal (China.com Inc.), not CIPG's china.com.cn (as the curated file notes).
  { match: { url: 'https://3g.china.com/' }, set: { url: '' } },
  { match: { url: 'https://news.china.com/' }, set: { url: '' } },
  // exame.com is Brazil's business magazine Exame, not Medianova's licensed Exame Angola.
  { match: { url: 'https://exame.com/' }, set: { url: '' } },
  // 100noticias.com.ni is 100% Noticias, which the government took off air and whose studios it seized in 2018;
  // it has published from exile since as an independent outlet, so it must not be labelled state television.
  { match: { url: 'https://100noticias.com.ni/' }, set: { url: '' } },
  // Science and Technology Daily belongs to the Ministry of Science and Technology; the "Merged from Hamilton"
  // row files it under People's Daily. Kept as its own company.
  { match: { asset: 'Science & Technology Daily' }, set: { company: 'Science and Technology Daily' } },
  // The same company under two names.
  { match: { company: 'Legal Daily Media Group' }, set: { company: 'Legal Daily' } },
  { match: { company: 'Swiss Broadcasting Corporation (SBC)' }, set: { company: 'Swiss Broadcasting Corporation (SRG SSR)' } },
  // Typos in company names (they become outlet ids, so they are fixed before the ids are published).
  { match: { company: 'Kenya Broadcasting Corporatoon (KBC)' }, set: { company: 'Kenya Broadcasting Corporation (KBC)' } },
  { match: { company: 'Ho Chi Min Television (HTV)' }, set: { company: 'Ho Chi Minh Television (HTV)' } },
];

/**
 * Hosts in the matrix that are the website of a parent institution (oil company, parliament, government,
 * ministry, university, armed forces) rather than of the newsroom listed: a reader there is not reading that
 * outlet. The company stays in the registry; the address stays in its reference, but is not matched.
 */
const NOT_NEWSROOM_HOSTS = new Set([
  'socar.az', // SOCAR, the state oil company (asset: CBC TV)
  'pdvsa.com', // PDVSA, the state oil company (assets: PDVSA TV, radio)
  'lagosstate.gov.ng', // Lagos State government (asset: LSBC)
  'plateaustate.gov.ng', // Plateau State government
  'tarabastate.gov.ng', // Taraba State government
  'guatemala.gob.gt', // Government of Guatemala portal (asset: Canal de Gobierno)
  'congreso.gob.gt', // Congress of Guatemala (asset: its TV channel)
  'congresonacional.hn', // National Congress of Honduras
  'asamblea.gob.sv', // Legislative Assembly of El Salvador
  'rada.gov.ua', // Verkhovna Rada of Ukraine (asset: Rada TV)
  'ffaa.mil.hn', // Armed Forces of Honduras
  'ministerecommunication.gov.dz', // Algerian Ministry of Communication (asset: EPRS)
  'usac.edu.gt', // Universidad de San Carlos (asset: TV USAC)
  'almg.org.gt', // Academy of Mayan Languages (asset: Canal 5 TV Maya)
]);

/** A host listed under two matrix companies goes to the first listed, except here (host → "Country::Company"). */
const HOST_OWNER = {
  'tnh.gob.hn': 'Honduras::Televisión Nacional de Honduras', // TNH is the television's own initials
  'qna.org.qa': 'Qatar::Qatar News Agency (QNA)', // the agency itself, rather than its parent QMC
  'shabait.com': 'Eritrea::Shabait', // the site's own entry, rather than the press department's titles
};

/** Domains the sources lack, each with its reference. */
const ADDITIONS = [
  {
    to: 'Germany::ARD',
    domains: ['tagesschau.de'],
    reference: {
      fact: "tagesschau.de is the website of ARD-aktuell, the ARD's joint newsroom (run by NDR)",
      url: 'https://www.ndr.de/unternehmen/organisation/faq/ndr340.html',
    },
  },
  {
    to: 'Latvia::Latvijas Televīzija (LTV)',
    domains: ['lsm.lv'],
    reference: {
      fact: "lsm.lv is the unified news portal of Latvia's public television and radio (Latvian Public Media)",
      url: 'https://eng.lsm.lv/about-us/',
    },
  },
];

/**
 * Addresses from the matrix's "streaming media URL" column that are worth matching: the outlet's own hosts, and
 * channels on shared platforms as path-scoped entries ("host/path"), which never make the whole platform match.
 * Single videos, CDNs and .onion addresses from that column are not used.
 */
const STREAMING = [
  { to: 'rt-france', domain: 'odysee.com/@rtfrance:a' }, // RT France's live channel on Odysee
  { to: 'Bangladesh::Bangladesh Television (BTV)', domain: 'btvlive.gov.bd' },
  { to: 'Saudi Arabia::Saudi Broadcasting Authority (SBA)', domain: 'aloula.sa' },
];

/**
 * True RT mirrors among the Laundromat's "RT Mirror/Repost" entries (the others become reposters.json).
 * rtde.* and esrt.* mirrors not listed here are already in the curated RT DE / RT en Español entries.
 */
const RT_MIRRORS = {
  'rtde.live': 'rt-de', // one more of the rtde.* mirror family of RT DE
  '89.191.237.192': 'rt', // bare IP addresses serving RT; the edition is not evident, so the network
  '89.191.237.195': 'rt',
  'news.allauction.live/host-http-www.rt.com': 'rt', // a proxy path relaying www.rt.com (path-scoped)
};

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const header = rows.shift();
  return rows
    .filter((r) => r.some((cell) => cell.trim()))
    .map((r) => Object.fromEntries(header.map((key, i) => [key, (r[i] ?? '').trim()])));
}

/** A registry domain: lower-case punycode host without a trailing dot or a leading "www.", optionally "/path". */
function normalizeDomain(value) {
  let text = value.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `http://${text}`;
  const url = new URL(text);
  let host = url.hostname.replace(/\.+$/, '');
  if (host.startsWith('www.') && host.split('.').length > 2) host = host.slice(4);
  return { host, path: url.pathname.replace(/\/+$/, '').toLowerCase() };
}

function domainKey(value) {
  const { host, path: p } = normalizeDomain(value);
  return p && value.includes('/') && !/^[a-z]+:\/\//i.test(value) ? `${host}${p}` : host;
}

function slugify(text) {
  return text
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/\b(?:[A-Za-z]\.){2,}/g, (initials) => initials.replace(/\./g, '')) // "U.S.", "S.A."
    .replace(/\*/g, '')
    .replace(/&/g, ' and ')
    .replace(/[ıłøđßæœ]/g, (c) => ({ ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' })[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function cleanCompanyName(company) {
  return company.replace(/\*+$/, '').trim();
}

/** Parenthesised initials in a company name: "Radio-TV Hong Kong (RTHK)" → "RTHK". */
function acronymOf(company) {
  const m = /\(([A-Z][A-Za-z0-9:.\- ]{1,11})\)/.exec(company);
  if (!m) return null;
  const upper = (m[1].match(/[A-Z]/g) ?? []).length;
  const lower = (m[1].match(/[a-z]/g) ?? []).length;
  return upper >= 2 && lower < upper ? m[1] : null;
}

function cleanAssetName(asset) {
  let name = asset
    .replace(/^(Print media|News agency|News portals|Television|Print|Radio|Online):\s*/i, '')
    .replace(/\*+$/, '')
    .trim();
  const open = (name.match(/\(/g) ?? []).length;
  const close = (name.match(/\)/g) ?? []).length;
  if (open > close) name += ')';
  if (close > open) name = name.replace(/\)\s*$/, '');
  return name.trim();
}

/**
 * Asset names never used as aliases, because as text they would name something else: country names (the Iranian
 * daily "Iran", Azerbaijan's "Azerbaijan", Turkmenistan's "Turkmenistan") and common words.
 */
const NOT_ALIASES = new Set([...Object.keys(COUNTRY), 'Today', 'Gold', 'Star', 'Horizons', 'Military News'].map((a) => a.toLowerCase()));

function pushAlias(list, value) {
  if (value && !NOT_ALIASES.has(value.toLowerCase())) pushUnique(list, value);
}

function pushUnique(list, value) {
  if (!value) return;
  if (!list.some((item) => item.toLowerCase() === value.toLowerCase())) list.push(value);
}

function fail(message) {
  console.error(`registry-build: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------------------
// Curated outlets

function fromCurated(c) {
  const category = CURATED_CATEGORY[c.category];
  if (!category) fail(`unknown curated category "${c.category}" (${c.id})`);
  const code = c.mjrc?.code ?? null;
  if (code && CODE_TO_CATEGORY[code] !== category) fail(`${c.id}: code ${code} disagrees with category ${category}`);
  const notes = c.notes ? [c.notes] : [];
  const sanctions = [];
  for (const s of c.sanctions) {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.date)) {
      // KCNA: "ongoing" South Korean blocking with no date and no source: kept as a note, not as a sanction.
      notes.push(`${s.jurisdiction}: ${s.act} (${s.date}). ${s.note ?? ''}`.trim());
      continue;
    }
    let note = s.note;
    if (s.confidence === 'known' && !s.url && !/general knowledge/i.test(note ?? '')) {
      note = `${note ? `${note} ` : ''}(general knowledge; no cited source)`;
    }
    sanctions.push(omitEmpty({ jurisdiction: s.jurisdiction, act: s.act, date: s.date, url: s.url, note }));
  }
  const references = [];
  for (const r of c.references) {
    let fact = r.fact;
    if (r.confidence === 'known' && fact && !/general knowledge/i.test(fact)) fact += ' (general knowledge)';
    if (/^https?:\/\//.test(r.url)) references.push(omitEmpty({ fact, url: r.url }));
    // Some curated references cite "public code on GitHub" without an address: not a reference a reader can
    // follow, so the fact moves to the editors' notes.
    else notes.push(`Unlinked source (${r.url}): ${fact}.`);
  }
  if (c.wikipediaRSP?.url) {
    references.push({ fact: `Wikipedia perennial sources: ${c.wikipediaRSP.status}`, url: c.wikipediaRSP.url });
  }
  if (c.mbfc?.url) references.push({ fact: `Media Bias/Fact Check: ${c.mbfc.rating}`, url: c.mbfc.url });
  const domains = [];
  for (const d of c.domains) pushUnique(domains, domainKey(d));
  return {
    id: c.id,
    parent: PARENTS[c.id],
    name: c.name,
    aliases: [...c.aliases],
    country: c.country,
    owner: c.owner,
    funding: c.funding,
    category,
    typology: { code, source: c.mjrc?.source ?? null, asOf: c.mjrc?.asOf ?? null },
    sanctions,
    references,
    domains,
    languages: c.languages?.length ? [...c.languages] : undefined,
    notes: notes.length ? notes.join(' ') : undefined,
  };
}

function omitEmpty(object) {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

// ---------------------------------------------------------------------------------------------------------------
// Build

function main() {
  const source = process.argv[2];
  if (!source) fail('usage: node scripts/registry-build.mjs <path to shared registry folder>');
  const read = (name) => fs.readFileSync(path.join(source, name), 'utf8').replace(/^\uFEFF/, '');

  const curated = JSON.parse(read('outlets.json')).map(fromCurated);
  const byId = new Map(curated.map((o) => [o.id, o]));
  const owner = new Map(); // domain → outlet id
  const claim = (domain, id, why) => {
    const held = owner.get(domain);
    if (held && held !== id) fail(`${domain} claimed by ${held} and ${id} (${why})`);
    owner.set(domain, id);
  };
  for (const o of curated) for (const d of o.domains) claim(d, o.id, 'curated');

  // Matrix rows, corrected.
  const rows = parseCsv(read('State_Media_Matrix.csv')).map((r) => ({
    country: r.Country,
    company: r['Media company'],
    asset: r['Main assets'],
    url: r.URL,
    typology: r.Typology,
    status: r.Status,
  }));
  for (const fix of ROW_FIXES) {
    const hits = rows.filter((r) => Object.entries(fix.match).every(([k, v]) => r[k] === v));
    if (hits.length === 0) fail(`fix matches no row: ${JSON.stringify(fix.match)}`);
    for (const r of hits) Object.assign(r, fix.set);
  }
  for (const r of rows) {
    if (!COUNTRY[r.country]) fail(`no ISO code for country "${r.country}"`);
    if (!CODE_TO_CATEGORY[r.typology]) fail(`stray typology "${r.typology}" (${r.company} / ${r.asset})`);
    r.key = `${r.country}::${r.company}`;
    r.host = r.url ? normalizeDomain(r.url).host : null;
  }

  // One outlet per matrix company that is not a curated outlet.
  const companies = new Map();
  for (const r of rows) {
    if (COMPANY_TO_CURATED[r.key]) continue;
    if (!companies.has(r.key)) companies.set(r.key, { key: r.key, country: r.country, company: r.company, rows: [] });
    companies.get(r.key).rows.push(r);
  }
  const slugCount = new Map();
  for (const c of companies.values()) {
    c.slug = slugify(c.company);
    slugCount.set(c.slug, (slugCount.get(c.slug) ?? 0) + 1);
  }
  const companyOutlets = new Map();
  for (const c of companies.values()) {
    let id = c.slug;
    if (slugCount.get(id) > 1 || byId.has(id)) id = `${id}-${COUNTRY[c.country].toLowerCase()}`;
    if (byId.has(id)) fail(`id collision: ${id}`);
    const codes = c.rows.map((r) => r.typology);
    const outlet = {
      id,
      name: cleanCompanyName(c.company),
      aliases: [],
      country: COUNTRY[c.country],
      owner: '',
      funding: '',
      category: CODE_TO_CATEGORY[majority(codes)],
      typology: { code: majority(codes), source: MATRIX_URL, asOf: MATRIX_AS_OF },
      sanctions: [],
      references: [
        { fact: `State Media Matrix lists ${c.rows.map(describeRow).join('; ')}`, url: MATRIX_URL },
        { fact: 'State Media Monitor typology and methodology', url: SMM_URL },
      ],
      domains: [],
    };
    pushAlias(outlet.aliases, acronymOf(c.company));
    byId.set(id, outlet);
    companyOutlets.set(c.key, outlet);
  }
  const targetOf = (key) => (COMPANY_TO_CURATED[key] ? byId.get(COMPANY_TO_CURATED[key]) : companyOutlets.get(key));

  // Curated outlets merged with matrix rows cite the matrix.
  for (const r of rows) {
    const target = targetOf(r.key);
    if (COMPANY_TO_CURATED[r.key] && !target.references.some((ref) => ref.url === MATRIX_URL)) {
      target.references.push({ fact: 'Listed in the State Media Matrix', url: MATRIX_URL });
    }
  }

  // Domains: explicit owners first, then rows in file order (first listed wins).
  for (const [host, key] of Object.entries(HOST_OWNER)) {
    if (!rows.some((r) => r.key === key && r.host === host)) fail(`HOST_OWNER ${host}: no such row for ${key}`);
    if (!owner.has(host)) claim(host, targetOf(key).id, 'HOST_OWNER');
  }
  for (const r of rows) {
    const target = targetOf(r.key);
    const held = r.host ? owner.get(r.host) : undefined;
    if (r.host && !held && !NOT_NEWSROOM_HOSTS.has(r.host)) claim(r.host, target.id, r.key);
    const hostOutlet = r.host ? owner.get(r.host) : undefined;
    // An asset name is an alias of the outlet its row lands on, unless its address belongs to another outlet.
    if (!hostOutlet || hostOutlet === target.id) pushAlias(target.aliases, cleanAssetName(r.asset));
  }
  for (const h of NOT_NEWSROOM_HOSTS) if (!rows.some((r) => r.host === h)) fail(`NOT_NEWSROOM_HOSTS ${h}: no such row`);

  for (const a of ADDITIONS) {
    const target = a.to.includes('::') ? targetOf(a.to) : byId.get(a.to);
    if (!target) fail(`addition target ${a.to} not found`);
    for (const d of a.domains) claim(domainKey(d), target.id, 'ADDITIONS');
    target.references.push(a.reference);
  }
  for (const s of STREAMING) {
    const target = s.to.includes('::') ? targetOf(s.to) : byId.get(s.to);
    if (!target) fail(`streaming target ${s.to} not found`);
    claim(domainKey(s.domain), target.id, 'STREAMING');
  }

  // Information Laundromat: Portal Kombat → pravda-network; true RT mirrors → RT; the rest → reposters.
  const sites = parseCsv(read('sites_of_concern_subset.csv'));
  const reposters = new Map();
  let kombat = 0;
  const mirrorsSeen = new Set();
  for (const s of sites) {
    const key = domainKey(s.domain);
    if (/Portal Kombat/i.test(s.source)) {
      if (!owner.has(key)) kombat++;
      claim(key, 'pravda-network', 'Portal Kombat');
    } else if (/RT Mirror/i.test(s.source)) {
      const mirrorOf = RT_MIRRORS[key];
      if (mirrorOf) {
        claim(key, mirrorOf, 'RT_MIRRORS');
        mirrorsSeen.add(key);
      } else if (owner.has(key)) {
        // Already a known RT mirror (rtde.*, esrt.*): nothing to add.
      } else {
        reposters.set(key, { host: key, source: `${LAUNDROMAT_NAME}: "${s.source}"`, url: LAUNDROMAT_URL });
      }
    } else fail(`unknown sites-of-concern source "${s.source}"`);
  }
  for (const m of Object.keys(RT_MIRRORS)) if (!mirrorsSeen.has(m)) fail(`RT_MIRRORS ${m}: not in the source`);
  byId.get('pravda-network').references.push({
    fact: `${kombat} further Portal Kombat domains identified by VIGINUM, as listed in the Information Laundromat's sites of concern`,
    url: LAUNDROMAT_URL,
  });
  byId.get('rt').references.push({
    fact: 'RT mirrors (rtde.*, esrt.*, bare IP addresses, a proxy of www.rt.com) listed as "RT Mirror/Repost" in the Information Laundromat',
    url: LAUNDROMAT_URL,
  });

  // Collect domains onto outlets.
  for (const o of byId.values()) o.domains = [];
  for (const [domain, id] of owner) byId.get(id).domains.push(domain);
  for (const o of byId.values()) o.domains.sort(compareDomains);

  // Validate.
  const outlets = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const o of outlets) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(o.id)) fail(`bad id ${o.id}`);
    if (o.parent && !byId.has(o.parent)) fail(`${o.id}: unknown parent ${o.parent}`);
    if (!o.references.length) fail(`${o.id}: no reference`);
    o.aliases = o.aliases.filter((a) => a.toLowerCase() !== o.name.toLowerCase());
    for (const d of o.domains) {
      const host = d.split('/')[0];
      const parsed = parseDomain(host, { allowPrivateDomains: true });
      if (!parsed.isIp && (!parsed.domain || !host.endsWith(parsed.domain))) fail(`${o.id}: ${d} is not below a registrable domain`);
    }
  }

  // Write.
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'outlets.json'), formatOutlets(outlets));
  const reposterList = [...reposters.values()].sort((a, b) => (a.host < b.host ? -1 : 1));
  fs.writeFileSync(path.join(OUT, 'reposters.json'), `[\n${reposterList.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n]\n`);
  // The shared hosts on which some entry is scoped to a path: the content script's digest keeps a path segment for these.
  const pathHosts = [...new Set(outlets.flatMap((o) => o.domains.filter((d) => d.includes('/')).map((d) => d.split('/')[0])))].sort();
  fs.writeFileSync(path.join(OUT, 'path-hosts.json'), `${JSON.stringify(pathHosts)}\n`);
  for (const name of ['State_Media_Matrix.LICENSE', 'sites_of_concern.LICENSE']) {
    fs.writeFileSync(path.join(OUT, name), fs.readFileSync(path.join(source, name)));
  }
  const domainCount = outlets.reduce((n, o) => n + o.domains.length, 0);
  console.log(`registry-build: ${outlets.length} outlets, ${domainCount} domains, ${reposterList.length} reposters → ${path.relative(ROOT, OUT)}`);
}

function describeRow(r) {
  const notes = [r.typology, r.url || 'no URL'];
  if (/not functional|expired/i.test(r.status)) notes.push(r.status.toLowerCase());
  return `${r.asset} (${notes.join(', ')})`;
}

/** Most frequent code; a tie goes to the row listed first. */
function majority(codes) {
  const counts = new Map();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best = codes[0];
  for (const c of codes) if (counts.get(c) > counts.get(best)) best = c;
  return best;
}

function compareDomains(a, b) {
  const ka = a.split('/')[0].split('.').reverse().join('.') + a;
  const kb = b.split('/')[0].split('.').reverse().join('.') + b;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Output formats

const KEY_ORDER = ['id', 'parent', 'name', 'aliases', 'country', 'owner', 'funding', 'category', 'typology', 'sanctions', 'references', 'domains', 'languages', 'notes'];

/** Pretty JSON, one outlet per block; short string lists on one line, records one per line. */
function formatOutlets(outlets) {
  const blocks = outlets.map((o) => {
    const lines = [];
    for (const key of KEY_ORDER) {
      const value = o[key];
      if (value === undefined) continue;
      lines.push(`    ${JSON.stringify(key)}: ${formatValue(value, key)}`);
    }
    return `  {\n${lines.join(',\n')}\n  }`;
  });
  return `[\n${blocks.join(',\n')}\n]\n`;
}

function formatValue(value, key) {
  if (!Array.isArray(value)) return JSON.stringify(value);
  if (value.length === 0) return '[]';
  const items = value.map((v) => JSON.stringify(v));
  const inline = `[${items.join(', ')}]`;
  if (typeof value[0] === 'string' && inline.length <= 100 - key.length) return inline;
  return `[\n${items.map((i) => `      ${i}`).join(',\n')}\n    ]`;
}

/** { "outlet-id": ["policy", "domain", …] } for outlets with domains: all the content script needs. */
main();
