#!/usr/bin/env node
// Regenerates the bundled outlet registry from the shared source data:
//
//   node scripts/registry-build.mjs /path/to/shared/registry
//
// Reads outlets.json (curated), State_Media_Matrix.csv, sites_of_concern_subset.csv and the covert lists
// (covert/doppelganger_domains.csv, covert/other_covert_networks_dima.csv) from that folder and writes
// src/data/outlets.json, reposters.json, path-hosts.json, lookalikes.json and covert-excluded.json, and copies the
// four licence files. The coverage audit's findings (shared audit/*.csv) are tables here, not read.
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
  // chinatoday.com is not China Today, whose site is chinatoday.com.cn (added in AUDIT_ADDITIONS): the coverage audit
  // flagged the row, and labelling a site CIPG's on a guessed address is the false positive to avoid.
  { match: { url: 'http://chinatoday.com' }, set: { url: '' } },
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
// Covert networks and the coverage audit (issue 14, the data half)
//
// Read from the shared folder's covert/ subfolder: doppelganger_domains.csv (its `#` header lines name the sources)
// and other_covert_networks_dima.csv. Written: the network outlets below, src/data/lookalikes.json (look-alikes of
// real outlets and institutions, one a line) and src/data/covert-excluded.json (every domain of those files that is
// left out, with the reason, one a line: the data test checks that none of them is a registry domain).

const META_2022_URL =
  'https://github.com/facebook/threat-research/blob/main/indicators/csv/2022_09_removing_coordinated_inauthentic_behavior_from_china_and_russia.csv';
const META_2024_URL =
  'https://github.com/facebook/threat-research/blob/8d3b10cf3881153bdc9add6328b645d137cfb018/indicators/csv/Q2_2023%20/Q2_2023_Doppelganger_Russia_based_CIB_network_updated.csv';
const DIMA_URL = 'https://github.com/M82-project/DIMA_Plugin_Chrome/tree/34e241bce591f9ffc3802ea3639f41ae44c880a9/data/databases';
const DOJ_COVERAGE_URL = 'https://domainincite.com/tag/fbi';
const ASD_INTEL_URL = 'https://github.com/ASD-at-GMF/disinfo-laundromat/blob/6c82e3f18b88a316efee15af6afff487c17fee18/sites_of_concern.csv';
const POLITICO_OFAC_2022_URL = 'https://www.politico.com/news/2022/03/03/treasury-sanctions-russia-online-outlets-00013931';
// Treasury's press release of 15 April 2021 (E.O. 14024, election interference): the address is from general knowledge.
const TREASURY_2021_URL = 'https://home.treasury.gov/news/press-releases/jy0127';
const SOFIA_GLOBE_2023_URL = 'https://sofiaglobe.com/2023/07/29/eu-sanctions-seven-individuals-five-entities-for-russian-disinformation-about-its-war-on-ukraine/';
// The act number 2023/1563 (implementing Regulation 269/2014, the 28 July 2023 disinformation listings) is from general
// knowledge; the listing itself and its date are in the Sofia Globe report of the Council's decision.
const EU_2023_1563 = {
  jurisdiction: 'EU',
  act: 'Council Implementing Regulation (EU) 2023/1563 of 28 July 2023 implementing Regulation (EU) No 269/2014 (asset freeze)',
  date: '2023-07-28',
  url: 'https://eur-lex.europa.eu/eli/reg_impl/2023/1563/oj',
};
const DF_NEWS_2023_URL =
  'https://df.news/en/2023/12/19/sanctions-against-spas-and-tsargrad-tv-eu-recognizes-propaganda-activities-of-russian-orthodox-church';

/** The sources named in doppelganger_domains.csv's `sources` column, as a reader can follow them. */
const DOPPELGANGER_SOURCES = {
  'meta-2022-09': { name: 'Meta, Removing coordinated inauthentic behavior from China and Russia (September 2022), indicators', url: META_2022_URL },
  'meta-2024': { name: 'Meta, Doppelganger indicators (Q2 2023 adversarial threat report; file updated 3 December 2024)', url: META_2024_URL },
  dima: { name: 'DIMA plugin databases (M82 Project): secondary compilation citing Qurium, EU DisinfoLab and VIGINUM', url: DIMA_URL },
  doj: { name: 'US Department of Justice seizure of 4 September 2024, domains as named in press coverage (Domain Incite)', url: DOJ_COVERAGE_URL },
};

/**
 * What each `kind` of doppelganger_domains.csv becomes. `primary` = the row is in Meta's indicator files (or, for two
 * rows, named in the DOJ seizure of September 2024).
 * - look-alikes of real outlets and institutions (Meta: "Domains spoofing news or government sites"): outlet domains
 *   and lookalikes.json entries, whether primary or not (see SECONDARY_LOOKALIKES);
 * - the operation's own brands (Meta: "Operation's websites and brands", and the "brand mirrors" that Meta files
 *   under spoofing although the name is the operation's own, such as rrn.so, lesifflet.cc): outlet domains, if primary;
 * - the 248 "typo-variants of invented German brand names" (wrhheit.*, dknuzsrntch.*, offinemaining.* …): left out.
 *   Meta's 2022 file calls them only "Germany-targeting CIB domain", but its 2024 file (the META_2024_URL file, read
 *   for this table) lists every one of them under "9.5.3 Using redirect domains": scrambled spellings spread over
 *   throw-away TLDs to get links past filters. Throw-away link domains, not publications;
 * - redirectors and infrastructure: left out (not publications; Meta's 5,726 redirect domains are not in the file).
 */
const DOPPELGANGER_KINDS = [
  { prefix: 'spoof', use: 'lookalike' },
  { prefix: "operation's own brand (typo-variants", use: 'exclude', reason: 'throw-away link domain: Meta (2024 indicators) lists it under "Using redirect domains"' },
  { prefix: "operation's own brand", use: 'own-brand' },
  { prefix: 'operation brand mirror', use: 'own-brand' },
  { prefix: 'redirect/infrastructure', use: 'exclude', reason: 'redirector or infrastructure, not a publication (DIMA citing VIGINUM)' },
];

/**
 * Rows with only secondary sources (DIMA's compilation, or a third-party catalogue quoting the German Foreign
 * Office's report of 5 June 2024), decided here:
 * - look-alikes are kept, marked `"confidence": "secondary"` in lookalikes.json and named in the outlet's notes: a
 *   name such as reuters.cfd or lsm.li imitates its brand by itself, so even if the attribution to Doppelganger were
 *   wrong the page is still not the real outlet's;
 * - the operation's own brands are left out: their names (arbeitspause.org, libera-stampa.it, weltereignisse365.de …)
 *   show no tie by themselves, and a wrong one would label an unrelated site a Russian covert operation;
 * - except these four, which Meta's 2024 file does list, but under "Using redirect domains" (not publications):
 */
const META_REDIRECTS = new Set(['jewishjournal.info', 'lefigaro.me', 'rrussianews.com', 'theliberal.net']);
// Thirteen primary rows are in Meta's 2024 file both as acquired domains (spoofs or the operation's sites) and among
// its redirect domains (besuchszweck.org, derleitstern.com, franceeteu.today, laterrasse.online,
// nord-streampipeline.site, notrepays.today, sevenquestions.eu.com, tribunalukraine.info, lesifflet.online,
// fox-news.in, mako.news, washingtonpost.pm, welt.pm): kept, since Meta names them as the operation's sites first.
// vip-news.org and waronfakes.com are primary through the DOJ seizure of September 2024 only, as named in press
// coverage (not in Meta's files): kept, with that source.

/**
 * Corrections to the real-outlet columns (compiled by hand for the shared files), keyed by the impersonated brand
 * as the CSV writes it. Every other brand's real domain was checked by knowledge and kept.
 */
const REAL_FIXES = {
  // The CSV has "Na szlaku … real domain not established". The look-alike is mynaszlaku.in, and the July 2024 Polish
  // look-alikes all swap .pl for another TLD and keep the name (ciekawostkihistoryczne.in, dzieckowpodrozy.in):
  // the travel site imitated is "My na szlaku" at mynaszlaku.pl, the brand being "My na szlaku", not "Na szlaku".
  'Na szlaku (Polish travel magazine; real domain not established)': { brand: 'My na szlaku', real: ['mynaszlaku.pl'] },
  // UNIAN's English edition is unian.info, missing from the CSV's list (unian.net unian.ua).
  UNIAN: { real: ['unian.net', 'unian.ua', 'unian.info'] },
  // Plain brand names for the reader ("This site imitates …"): the CSV's parentheses are notes, not names.
  'Bundespolizei (federal police)': { brand: 'Bundespolizei (German Federal Police)' },
  'Herder (publisher)': { brand: 'Herder' },
  'Onmeda (health portal)': { brand: 'Onmeda' },
  'nd (Neues Deutschland)': { brand: 'nd (neues deutschland)' },
  // gouv.fr is the name space of the French government's sites (info.gouv.fr, diplomatie.gouv.fr …), which is what
  // gouv.fm imitates (VIGINUM's fake diplomatie.gouv.fm sat under it); kept as gouv.fr, a suffix every real one has.
  // bund.de likewise for bund.pe (bmi.bund.pe imitated bmi.bund.de): kept.
};
/** Brand countries that are not ISO 3166-1 codes: NATO ("INT") has none. */
const NO_COUNTRY = new Set(['INT']);

const DOPPELGANGER = {
  id: 'doppelganger',
  name: 'Doppelganger (RRN)',
  aliases: ['Doppelgänger', 'RRN', 'Reliable Recent News', 'Reliable Russian News'],
  country: 'RU',
  owner: 'Social Design Agency (SDA) and Structura National Technologies, Moscow (EU listing of 28 July 2023; US Treasury designation of 20 March 2024)',
  funding: 'Work for the Russian government: the US Treasury designated both companies for acting for or on behalf of the Government of Russia.',
  category: 'covert-network',
  typology: { code: null, source: null, asOf: null },
  sanctions: [
    {
      ...EU_2023_1563,
      note: 'Social Design Agency and Structura National Technologies listed for the Doppelganger campaign (act number from general knowledge; listing and date per the Sofia Globe report).',
    },
    {
      jurisdiction: 'US',
      act: 'OFAC designation under E.O. 14024 of Social Design Agency, Company Group Structura LLC and their owners',
      date: '2024-03-20',
      url: 'https://complianceconcourse.willkie.com/articles/u-s-sanctions-russia-based-individuals-and-entitiesbtied-to-malign-influence-campaigns/',
      note: 'For a network of more than 60 websites impersonating news organisations, created from autumn 2022.',
    },
  ],
  references: [
    { fact: 'Meta took down the network (60+ sites impersonating European news outlets) in September 2022 (general knowledge of the address)', url: 'https://about.fb.com/news/2022/09/removing-coordinated-inauthentic-behavior-from-china-and-russia/' },
    { fact: "Meta's indicators of September 2022: the domains", url: META_2022_URL },
    { fact: 'Meta, Q2 2023 adversarial threat report on Doppelganger (general knowledge of the address)', url: 'https://about.fb.com/news/2023/08/q2-2023-adversarial-threat-report/' },
    { fact: "Meta's Doppelganger indicators, updated through Q3 2024 (spoofing domains, the operation's own sites; its 5,726 redirect domains are not used)", url: META_2024_URL },
    { fact: 'EU DisinfoLab, "Doppelganger: media clones serving Russian propaganda" (September 2022; general knowledge of the address)', url: 'https://www.disinfo.eu/doppelganger/' },
    { fact: 'EU asset freeze on Social Design Agency and Structura, 28 July 2023', url: SOFIA_GLOBE_2023_URL },
    { fact: 'DIMA compilation (secondary), citing Qurium, EU DisinfoLab and VIGINUM: the source of the look-alikes marked secondary', url: DIMA_URL },
  ],
  domains: [],
  languages: ['de', 'fr', 'en', 'it', 'uk', 'pl', 'he', 'ar', 'lv'],
};

/**
 * other_covert_networks_dima.csv: one outlet per network. The rule (this machine cannot open the reports, so no row is
 * checked against its report): a network's domains are used only when DIMA names the report it cites *and* gives
 * that report's address; then every row is used except the ones below that are not publications or plainly not the
 * network's. Storm-1516's rows cite only the SGDSN home page, not the report, and visibly mix in third parties'
 * sites (sarahwestall.com and timkirbyshow.com are two commentators' own sites): the outlet is kept, without
 * domains, until its rows are checked against VIGINUM's report. A row whose host is below another row of the same
 * network (truefact.news's language subdomains, the CopyCop sites' "x.fr.y.fr" mirrors) is covered by that row.
 * A domain that is already a registry outlet's stays that outlet's (the in_registry column, checked here).
 */
const NETWORKS = [
  {
    network: 'InfoRos',
    source: { fact: 'OpenFacto, "The GRU\'s galaxy of Russian-speaking websites" (27 January 2022): the network\'s domains', url: 'https://openfacto.fr/2022/01/27/the-grus-galaxy-of-russian-speaking-websites/' },
    // Rows that stay with another registry outlet (checked): news.ru is the matrix's News.ru, a national site, not
    // one of the network's regional ones (the in_registry column says so too); inforos.ru is InfoRos's own site, in
    // the outlet info-ros with its sanctions.
    elsewhere: { 'news.ru': 'news-ru', 'inforos.ru': 'info-ros' },
    exclude: {
      'site.ru': 'a generic name that cannot be told from an unrelated site without the report',
      'sambo.com': 'a generic name that cannot be told from an unrelated site without the report',
    },
    outlet: {
      id: 'inforos-network',
      name: "InfoRos network (\"GRU galaxy\")",
      aliases: ["GRU galaxy", "GRU's galaxy"],
      country: 'RU',
      owner: 'InfoRos, which the US government says is run by the GRU (unit 54777), per OpenFacto',
      funding: 'Undisclosed / state-linked (see owner).',
      languages: ['ru'],
      notes: 'Some 1,300 Russian regional "newspaper" sites mapped by OpenFacto (2022) as DIMA compiles them; not checked against the report here. Many names may since have expired.',
    },
  },
  {
    network: 'Copycop',
    source: { fact: 'Recorded Future Insikt Group, CopyCop report (September 2025): the network\'s domains', url: 'https://assets.recordedfuture.com/insikt-report-pdfs/2025/cta-ru-2025-0917.pdf' },
    exclude: {
      'darkpulsar.ai': 'infrastructure (AI chat and video servers), not a publication',
      'chat.darkpulsar.ai': 'infrastructure (AI chat server), not a publication',
      'video.darkpulsar.ai': 'infrastructure (video server), not a publication',
      'darkquasar.tech': 'infrastructure, not a publication',
      'skryty.com': 'not evidently a publication (also listed under Storm-1516 from 2018)',
      'skryty.ru': 'not evidently a publication (also listed under Storm-1516 from 2018)',
      'linformateurdujour.fraffichedujour.fr': 'malformed: two domains run together (both are listed on their own)',
    },
    outlet: {
      id: 'copycop',
      name: 'CopyCop',
      aliases: [],
      country: 'RU',
      owner: 'Network run by John Mark Dougan, a former US deputy sheriff living in Moscow (per Recorded Future)',
      funding: 'Undisclosed / state-linked (per Recorded Future).',
      languages: ['en', 'fr', 'de'],
      notes: 'Fake local news sites (US cities, French regions, Canada, Armenia) that rewrite articles with AI, as DIMA compiles Recorded Future\'s list; not checked against the report here.',
    },
  },
  {
    network: 'Baybridge',
    source: { fact: 'Tadaweb and Paul Charon, "Focus BAYBRIDGE" (2025): the network\'s domains', url: 'https://www.tadaweb.com/hub/68e3e66e4f7350000150899b' },
    // The Chinese-named sites are the PR firms' ordering and distribution portals (the network's infrastructure);
    // the outward-facing "news" and press-release sites stay.
    exclude: Object.fromEntries(
      ['haipress.com', 'hmedium.com', 'hmedium.net', 'haixunpress.com', 'sihaimai.com', 'aisugao.com', 'ebuypress.com', 'shiworld.cn', 'mlzgb.cn', 'meijiedaka.com'].map((d) => [
        d,
        'a Chinese PR firm\'s ordering or distribution portal (infrastructure), not one of the network\'s outward-facing news sites',
      ]),
    ),
    outlet: {
      id: 'baybridge',
      name: 'Baybridge',
      aliases: [],
      country: 'CN',
      owner: 'Chinese PR firms running sites that pass as local European and other news outlets (per Tadaweb and Paul Charon)',
      funding: 'Undisclosed.',
      languages: ['en', 'fr', 'de', 'nl', 'ja'],
      notes: 'Outward-facing "news" and press-release sites as DIMA compiles the report; not checked against the report here.',
    },
  },
  {
    network: 'Storm1516',
    domainsFromRows: false,
    source: { fact: 'VIGINUM (SGDSN), technical report on Storm-1516 (May 2025): DIMA cites only the SGDSN home page', url: 'https://www.sgdsn.gouv.fr' },
    excludeAll: "the cited report has no address (only the SGDSN home page), and the list mixes in third parties' sites: not used until checked against VIGINUM's report",
    outlet: {
      id: 'storm-1516',
      name: 'Storm-1516',
      aliases: ['Storm 1516'],
      country: 'RU',
      owner: 'Russian information operation (VIGINUM, May 2025), with John Mark Dougan among the actors',
      funding: 'Undisclosed / state-linked (per VIGINUM).',
      extraReferences: [
        { fact: "Summary of VIGINUM's report (77 operations, August 2023 – March 2025)", url: 'https://www.cyfluence-research.org/post/storm-1516-viginum-report-insights' },
      ],
      notes: "No domains yet: DIMA's 300 rows cite no report address and include third parties' sites (see covert-excluded.json).",
    },
  },
];

/** Look-alikes among the other networks' domains, each plainly imitating one real outlet or organisation. */
const OTHER_LOOKALIKES = [
  { domain: 'reuters.uk.net', network: 'copycop', brand: 'Reuters', real: ['reuters.com'], country: 'GB' },
  { domain: 'newsguard.tech', network: 'copycop', brand: 'NewsGuard', real: ['newsguardtech.com'], country: 'US' },
  { domain: 'dertagesspiegel.com', network: 'baybridge', brand: 'Der Tagesspiegel', real: ['tagesspiegel.de'], country: 'DE' },
  { domain: 'nrchandelsblad.com', network: 'baybridge', brand: 'NRC', real: ['nrc.nl'], country: 'NL' },
];

/**
 * Outlets the sources lack, from the coverage audit (shared registry/audit/*.csv), each with its sources. Category: the
 * typology where the State Media Matrix classes the outlet or its owner, else ours: `propaganda-outlet` for the
 * sanctioned or US-named pro-Kremlin sites (as for SouthFront), `covert-network` for an outlet hiding who runs it.
 * Left out, with the reason: chinatoday.com (see ROW_FIXES), tvcenter.ru (one secondary list), red.media (one
 * secondary source; the name is too generic to risk), ritmeurasia.org (one secondary list), freede.tech and
 * rtenfrance.tv (one low-confidence mention each), anti-spiegel.ru (the EU listed the person, not the site), Euromore
 * (no domain established).
 */
const NEW_OUTLETS = [
  {
    id: 'tv-centre',
    name: 'TV Centre (TVC)',
    aliases: ['TV Centre International', 'TVC', 'ТВ Центр', 'ТВЦ'],
    country: 'RU',
    owner: 'Moscow city government (general knowledge)',
    funding: 'Moscow city budget (general knowledge).',
    category: 'state-controlled',
    typology: { code: null, source: null, asOf: null },
    sanctions: [{ jurisdiction: 'EU', act: 'Council Regulation (EU) 2022/879 of 3 June 2022 (Annex XV): "TV Centre International"', date: '2022-06-03', url: 'https://cem.bg/displaynewsbg/820' }],
    references: [
      { fact: 'Annex XV entry "TV Centre International" (Regulation 2022/879), as reported by the Bulgarian media council', url: 'https://cem.bg/displaynewsbg/820' },
      { fact: 'tvc.ru listed (EUvsDisinfo source) in the Information Laundromat, per the coverage audit', url: LAUNDROMAT_URL },
    ],
    domains: ['tvc.ru'],
    languages: ['ru'],
    notes: 'Not in the State Media Matrix; state-controlled as a Moscow city company (general knowledge). tvcenter.ru left out (one secondary list).',
  },
  {
    id: 'spas-tv',
    name: 'Spas TV',
    aliases: ['Спас', 'Spas'],
    country: 'RU',
    owner: 'Russian Orthodox Church, Moscow Patriarchate (general knowledge)',
    funding: 'Undisclosed.',
    category: 'propaganda-outlet',
    typology: { code: null, source: null, asOf: null },
    sanctions: [{ jurisdiction: 'EU', act: "12th sanctions package: Spas listed for propaganda in support of the war (whether Annex XV or asset freeze under Reg. 269/2014 is not established here)", date: '2023-12-18', url: DF_NEWS_2023_URL }],
    references: [
      { fact: 'EU sanctions on Spas and Tsargrad (December 2023)', url: DF_NEWS_2023_URL },
      { fact: 'The channel of the Russian Orthodox Church under EU sanctions', url: 'https://hrwf.eu/eu-russia-tv-channel-of-the-russian-orthodox-church-under-eu-sanctions/' },
    ],
    domains: ['spastv.ru'],
    languages: ['ru'],
    notes: 'Domain spastv.ru from a secondary code list (medium confidence in the audit).',
  },
  {
    id: 'african-initiative',
    name: 'African Initiative',
    aliases: ['Африканская инициатива', 'Initiative africaine'],
    country: 'RU',
    owner: 'Moscow-registered news agency; the US GEC (February 2024) and VIGINUM (June 2025) tie it to the Russian state',
    funding: 'Undisclosed / state-linked (see owner).',
    category: 'propaganda-outlet',
    typology: { code: null, source: null, asOf: null },
    sanctions: [{ jurisdiction: 'EU', act: 'Russia hybrid-threats regime (Regulation (EU) 2024/2642, Decision (CFSP) 2024/2643): listing of African Initiative', date: '2024-12-16', url: 'https://eurointegration.com.ua/eng/news/2024/12/16/7200798' }],
    references: [
      { fact: 'EU hybrid-threats listing, 16 December 2024', url: 'https://eurointegration.com.ua/eng/news/2024/12/16/7200798' },
      { fact: 'Named by the US Global Engagement Center (12 February 2024)', url: 'https://jisipnews.com/politics/the-kremlins-efforts-to-spread-deadly-disinformation-in-africa/' },
    ],
    domains: ['afrinz.ru'],
    languages: ['ru', 'en', 'fr'],
  },
  {
    id: 'red',
    name: 'red.',
    aliases: ['Red', 'red. media', 'AFA Medya'],
    country: 'TR',
    owner: 'AFA Medya (Istanbul) and Hüseyin Doğru; the US State Department (13 September 2024) says RT runs it',
    funding: 'Undisclosed; RT per the US State Department.',
    category: 'covert-network',
    typology: { code: null, source: null, asOf: null },
    sanctions: [{ jurisdiction: 'EU', act: 'Russia hybrid-threats regime (Regulation (EU) 2024/2642): listing of AFA Medya (operator of red.) and Hüseyin Doğru', date: '2025-05-20', url: 'https://www.deutschlandfunk.de/eu-verhaengt-sanktionen-gegen-prorussische-medienplattform-red-100.html' }],
    references: [
      { fact: 'EU sanctions on the platform red. (May 2025)', url: 'https://www.deutschlandfunk.de/eu-verhaengt-sanktionen-gegen-prorussische-medienplattform-red-100.html' },
      { fact: 'US accusations against RT (September 2024), naming red.', url: 'https://www.verlagshaus-jaumann.de/inhalt.neue-sanktionen-usa-erheben-schwere-vorwuerfe-gegen-russischen-sender-rt.32c71f41-9e44-4d8e-9636-83ed783e5b82.html' },
    ],
    domains: ['thered.stream'],
    languages: ['de', 'en', 'tr'],
    notes: 'Covert network: presented as an independent outlet while RT ran it (US State Department). Closed in May 2025. thered.stream from secondary sources (medium); red.media left out.',
  },
  {
    id: 'global-research',
    name: 'Global Research',
    aliases: ['Centre for Research on Globalization', 'globalresearch.ca'],
    country: 'CA',
    owner: 'Centre for Research on Globalization, Montreal (Michel Chossudovsky)',
    funding: 'Undisclosed (reader donations, per the site; general knowledge).',
    category: 'propaganda-outlet',
    typology: { code: null, source: null, asOf: null },
    sanctions: [],
    references: [
      { fact: "US GEC, Pillars of Russia's disinformation and propaganda ecosystem (August 2020): a proxy site", url: 'https://docslib.org/doc/10072591/pillars-of-russias-disinformation-and-propaganda-ecosystem-state-gov' },
      { fact: 'Listed as Intel/Suspected (and EUvsDisinfo) in the Information Laundromat', url: ASD_INTEL_URL },
    ],
    domains: ['globalresearch.ca'],
    languages: ['en', 'fr', 'de', 'es', 'it'],
    notes: 'Not sanctioned; named by the US GEC as a proxy site of the Russian ecosystem.',
  },
  {
    id: 'geopolitica',
    name: 'Geopolitica.ru',
    aliases: ['Geopolitica', 'Геополитика'],
    country: 'RU',
    owner: 'Site of Aleksandr Dugin\'s circle (general knowledge)',
    funding: 'Undisclosed / state-linked (see owner).',
    category: 'propaganda-outlet',
    typology: { code: null, source: null, asOf: null },
    sanctions: [{ jurisdiction: 'US', act: 'OFAC designation of "Geopolitica" (Russian disinformation outlets)', date: '2022-03-03', url: POLITICO_OFAC_2022_URL, note: 'As the coverage audit reads the cited report.' }],
    references: [
      { fact: "US GEC, Pillars of Russia's disinformation and propaganda ecosystem (August 2020)", url: 'https://docslib.org/doc/10072591/pillars-of-russias-disinformation-and-propaganda-ecosystem-state-gov' },
      { fact: 'US Treasury sanctions on Russian online outlets (3 March 2022)', url: POLITICO_OFAC_2022_URL },
    ],
    domains: ['geopolitica.ru'],
    languages: ['ru', 'en', 'fr', 'de', 'es', 'it', 'pt'],
    notes: 'geopolitika.ru (ASD Intel/Suspected) not added: not established as the same site.',
  },
  ...[
    { id: 'odna-rodyna', name: 'Odna Rodyna', aliases: ['Одна Родина'], domains: ['1rodina.ru'], languages: ['ru'] },
    { id: 'rhythm-of-eurasia', name: 'Rhythm of Eurasia', aliases: ['Ритм Евразии', 'ritmeurasia'], domains: ['ritmeurasia.ru'], languages: ['ru'] },
    { id: 'journal-kamerton', name: 'Journal Kamerton', aliases: ['Kamerton', 'Камертон'], domains: ['webkamerton.ru'], languages: ['ru'] },
    { id: 'united-world-international', name: 'United World International', aliases: ['UWI'], domains: ['unitedworldint.com'], languages: ['en', 'de', 'fr', 'es', 'tr'] },
  ].map((o) => ({
    ...o,
    country: 'RU',
    owner: 'Affiliate of the Strategic Culture Foundation, which the US says the SVR directs (US Treasury, March 2022)',
    funding: 'Undisclosed / state-linked (see owner).',
    category: 'propaganda-outlet',
    typology: { code: null, source: null, asOf: null },
    sanctions: [{ jurisdiction: 'US', act: `OFAC designation of ${o.name} (Strategic Culture Foundation affiliates, E.O. 14024)`, date: '2022-03-03', url: POLITICO_OFAC_2022_URL }],
    references: [
      { fact: 'US Treasury sanctions on Russian online outlets (3 March 2022)', url: POLITICO_OFAC_2022_URL },
      { fact: `${o.domains[0]} listed as Intel/Suspected (US-government-named) in the Information Laundromat`, url: ASD_INTEL_URL },
    ],
  })),
  ...[
    { id: 'al-alam', name: 'Al-Alam', aliases: ['Al Alam', 'العالم', 'Al-Alam News Network'], domains: ['alalam.ir', 'alalamtv.net'], wiki: 'https://en.wikipedia.org/wiki/Al-Alam_News_Network', note: 'alalamtv.net was seized by the US in June 2021 (Al-Alam moved to alalam.ir): kept for links to it.' },
    { id: 'al-kawthar', name: 'Al-Kawthar', aliases: ['Al Kawthar', 'الكوثر', 'Al-Kawthar TV'], domains: ['alkawthartv.ir'], wiki: 'https://en.wikipedia.org/wiki/Al-Kawthar_TV', note: 'alkawthartv.ir from one list (medium confidence in the audit).' },
  ].map(({ wiki, note, ...o }) => ({
    ...o,
    country: 'IR',
    owner: 'Islamic Republic of Iran Broadcasting (IRIB): its Arabic-language channel',
    funding: 'Iranian state budget (via IRIB).',
    category: 'state-controlled',
    // The matrix classes IRIB, the owner, SC; the channel itself is not a matrix row.
    typology: { code: 'SC', source: MATRIX_URL, asOf: MATRIX_AS_OF },
    sanctions: [],
    references: [
      { fact: 'IRIB (owner) listed, SC', url: MATRIX_URL },
      { fact: `${o.domains[0]} listed (EUvsDisinfo source) in the Information Laundromat, per the coverage audit`, url: LAUNDROMAT_URL },
      { fact: `${o.name} is IRIB's Arabic-language channel (general knowledge)`, url: wiki },
    ],
    languages: ['ar'],
    notes: note,
  })),
];

/** Addresses of existing outlets from the coverage audit (applied with ADDITIONS, same form). */
const AUDIT_ADDITIONS = [
  { to: 'info-ros', domains: ['inforos.ru', 'infobrics.org', 'oneworld.press'], reference: { fact: "inforos.ru, InfoBRICS and OneWorld.press named by US officials as InfoRos's sites (July 2020)", url: 'https://www.latimes.com/world-nation/story/2020-07-28/us-officials-russia-behind-spread-of-virus-disinformation' } },
  { to: 'oriental-review', domains: ['orientalreview.su'], reference: { fact: 'orientalreview.su listed as Intel/Suspected in the Information Laundromat', url: ASD_INTEL_URL } },
  { to: 'rt-de', domains: ['rtde.site'], reference: { fact: 'rtde.site listed (EUvsDisinfo source) in the Information Laundromat, per the coverage audit', url: LAUNDROMAT_URL } },
  { to: 'rt-de', domains: ['rtde.org'], reference: { fact: 'CORRECTIV.Faktencheck on RT DE mirror domains, rtde.org among them', url: 'https://correctiv.org/?p=255279' } },
  // The rtde.* family (rtde.world, rtde.tech, rtde.website, rtde.life are in the matrix and the Laundromat): four more
  // names of it that one secondary source each reports (lists citing ISD, February–March 2025; rtde.online: RT DE's
  // own announcement as reposted by the Pravda network). freedert.online and dert.online (outside the family, one
  // secondary source each) and freede.tech (low confidence) are left out.
  { to: 'rt-de', domains: ['rtde.xyz', 'rtde.team', 'rtde.me', 'rtde.online'], reference: { fact: 'The rtde.* mirror family of RT DE (rtde.xyz, rtde.team, rtde.me, rtde.online reported by secondary sources citing ISD, 2025)', url: MATRIX_URL } },
  { to: 'rt-espanol', domains: ['esrt.site'], reference: { fact: 'The esrt.* mirror family of RT en Español (esrt.site reported by a secondary source citing ISD, 2025)', url: MATRIX_URL } },
  { to: 'pravda-network', domains: ['dnepr-news.ru', 'dnr-news.ru', 'dnr-news.com', 'lenta.crimea.ua'], reference: { fact: 'Legacy Portal Kombat sites: dnepr-news.ru, dnr-news.ru (DIMA citing VIGINUM), dnr-news.com (citing DFRLab and CheckFirst), lenta.crimea.ua (citing DFRLab; lower confidence); the first three also on the EUvsDisinfo list', url: DIMA_URL } },
  { to: 'islamic-republic-of-iran-broadcasting', domains: ['parstoday.com'], reference: { fact: 'parstoday.com (Pars Today, IRIB) listed (EUvsDisinfo source) in the Information Laundromat, per the coverage audit', url: LAUNDROMAT_URL } },
  { to: 'kcna', domains: ['kcna.co.jp'], reference: { fact: 'kcna.co.jp: the Japan-hosted KCNA site of Korea News Service (general knowledge)', url: 'https://en.wikipedia.org/wiki/Korean_Central_News_Agency' } },
  { to: 'china-international-publishing-group', domains: ['bjreview.com'], reference: { fact: "bjreview.com is Beijing Review's English site (general knowledge)", url: 'https://en.wikipedia.org/wiki/Beijing_Review' } },
  { to: 'china-international-publishing-group', domains: ['chinatoday.com.cn'], reference: { fact: "chinatoday.com.cn is China Today's site, with its language editions (german.chinatoday.com.cn …) (general knowledge)", url: 'https://en.wikipedia.org/wiki/China_Today' } },
  { to: 'peoples-liberation-army-daily', domains: ['81.cn', 'chinamil.com.cn'], reference: { fact: "81.cn and chinamil.com.cn are China Military Online, PLA Daily's site (general knowledge)", url: 'https://en.wikipedia.org/wiki/PLA_Daily' } },
  { to: 'cctv', domains: ['cctvplus.com'], reference: { fact: "cctvplus.com is CCTV+, China Media Group's video news agency (general knowledge)", url: 'https://www.cctvplus.com/' } },
];

/** Sanctions the sources lack on existing outlets (the coverage audit), each with its act, date and source. */
const SANCTION_ADDITIONS = [
  ...['strategic-culture', 'southfront', 'news-front', 'info-ros'].map((to) => ({
    to,
    sanction: {
      jurisdiction: 'US',
      act: 'OFAC designation under E.O. 14024 (15 April 2021: entities that tried to influence the 2020 US election)',
      date: '2021-04-15',
      url: TREASURY_2021_URL,
      note: 'Treasury press release (its address from general knowledge); the designation is also recorded by the coverage audit.',
    },
  })),
  // SouthFront: the audit also gives a 3 March 2022 designation in one place and not in another: not recorded.
  ...['new-eastern-outlook', 'oriental-review'].map((to) => ({
    to,
    sanction: { jurisdiction: 'US', act: 'OFAC designation under E.O. 14024 (Strategic Culture Foundation affiliates)', date: '2022-03-03', url: POLITICO_OFAC_2022_URL },
  })),
  { to: 'info-ros', sanction: { ...EU_2023_1563, note: 'InfoRos listed with the Doppelganger companies (act number from general knowledge; listing and date per the Sofia Globe report).' }, reference: { fact: 'EU asset freeze on InfoRos, 28 July 2023', url: SOFIA_GLOBE_2023_URL } },
  { to: 'tsargrad', sanction: { jurisdiction: 'EU', act: '12th sanctions package: second listing of Tsargrad (after its Annex XV entry of June 2023)', date: '2023-12-18', url: DF_NEWS_2023_URL } },
  {
    to: 'voice-of-europe',
    sanction: { jurisdiction: 'EU', act: 'Council Implementing Regulation (EU) 2024/1493 of 27 May 2024 (asset freeze under Regulation (EU) No 269/2014)', date: '2024-05-27', url: 'https://lupicinio.com/en/alert-eu-council-the-european-union-expands-the-list-of-russian-sanctioned-for-allegedly-spreading-russian-propaganda-in-relation-with-the-ukrainian-conflict' },
  },
  {
    to: 'voice-of-europe',
    sanction: { jurisdiction: 'EU', act: 'Russia hybrid-threats regime (Regulation (EU) 2024/2642): listing of Voice of Europe', date: '2025-05-20', url: 'https://www.twnews24.com/international-organizations/european-union-eu/the-eu-council-has-decided-to-impose-additional-restrictive-measures-against-21-individuals-and-6-entities-responsible-for-russias-destabilizing-activities-abroad' },
  },
];

/** Owner and funding of matrix outlets (the matrix records neither), where the audit's sources give them. */
const OUTLET_FIELDS = {
  'info-ros': {
    owner: 'InfoRos (Moscow); the US government says it is run by the GRU (unit 54777) (general knowledge; US officials, July 2020)',
    funding: 'Undisclosed / state-linked (see owner).',
  },
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

  // Coverage audit: new outlets, addresses and sanctions of existing ones, fields the matrix leaves empty.
  for (const o of NEW_OUTLETS) {
    if (byId.has(o.id)) fail(`NEW_OUTLETS ${o.id}: id taken`);
    if (!o.references.length || !o.references.every((r) => /^https?:\/\//.test(r.url))) fail(`NEW_OUTLETS ${o.id}: no source address`);
    byId.set(o.id, { ...o, aliases: [...o.aliases], sanctions: o.sanctions.map((s) => ({ ...s })), references: [...o.references], domains: [] });
    for (const d of o.domains) claim(domainKey(d), o.id, 'NEW_OUTLETS');
  }
  for (const a of AUDIT_ADDITIONS) {
    const target = byId.get(a.to);
    if (!target) fail(`audit addition target ${a.to} not found`);
    for (const d of a.domains) claim(domainKey(d), target.id, 'AUDIT_ADDITIONS');
    target.references.push(a.reference);
  }
  for (const a of SANCTION_ADDITIONS) {
    const target = byId.get(a.to);
    if (!target) fail(`sanction target ${a.to} not found`);
    if (target.sanctions.some((s) => s.jurisdiction === a.sanction.jurisdiction && s.date === a.sanction.date)) fail(`${a.to}: sanction of ${a.sanction.date} already recorded`);
    target.sanctions.push({ ...a.sanction });
    if (a.reference) target.references.push(a.reference);
  }
  for (const [id, fields] of Object.entries(OUTLET_FIELDS)) {
    const target = byId.get(id);
    if (!target) fail(`OUTLET_FIELDS ${id} not found`);
    Object.assign(target, fields);
  }

  // Covert networks (covert/*.csv): outlets, look-alikes and the domains left out.
  const readCovert = (name) => parseCsv(read(path.join('covert', name)).split(/\r?\n/).filter((line) => !line.startsWith('#')).join('\n'));
  const excluded = [];
  const lookalikes = [];
  const covertIds = new Set(['doppelganger', ...NETWORKS.map((n) => n.outlet.id)]);
  byId.set(DOPPELGANGER.id, { ...DOPPELGANGER, domains: [] });
  const fixesUsed = new Set();
  const secondary = [];
  for (const r of readCovert('doppelganger_domains.csv')) {
    const domain = domainKey(r.domain);
    const rule = DOPPELGANGER_KINDS.find((k) => r.kind.startsWith(k.prefix));
    if (!rule) fail(`doppelganger: unknown kind "${r.kind}" (${domain})`);
    if (r.in_registry !== 'no' && owner.get(domain) !== r.in_registry) fail(`doppelganger: ${domain} is not ${r.in_registry}'s`);
    const primary = r.primary === 'yes';
    let reason = null;
    if (rule.use === 'exclude') reason = rule.reason;
    else if (META_REDIRECTS.has(domain)) reason = 'Meta (2024 indicators) lists it only under "Using redirect domains": not a publication';
    else if (rule.use === 'own-brand' && !primary) reason = "the operation's own brand with secondary sources only: the name shows no tie by itself";
    if (reason) {
      excluded.push({ domain, network: 'doppelganger', reason });
      continue;
    }
    if (owner.has(domain)) fail(`doppelganger: ${domain} is already ${owner.get(domain)}'s`);
    claim(domain, 'doppelganger', 'doppelganger_domains.csv');
    if (rule.use !== 'lookalike') continue;
    const fix = REAL_FIXES[r.impersonated_brand];
    if (fix) fixesUsed.add(r.impersonated_brand);
    const brand = fix?.brand ?? r.impersonated_brand;
    const real = (fix?.real ?? r.real_domain.split(/\s+/)).filter(Boolean).map((d) => domainKey(d));
    if (!brand || !real.length) fail(`doppelganger: ${domain} imitates no named outlet at a known address`);
    const country = NO_COUNTRY.has(r.brand_country) ? null : r.brand_country;
    if (country !== null && !/^[A-Z]{2}$/.test(country)) fail(`doppelganger: ${domain}: country "${r.brand_country}"`);
    const keys = [];
    for (const s of r.sources.split(';').map((x) => x.trim())) {
      const key = s.startsWith('meta-2022-09') ? 'meta-2022-09' : s.startsWith('meta-2024') ? 'meta-2024' : s.startsWith('dima') ? 'dima' : s.startsWith('DOJ') ? 'doj' : null;
      // The third-party catalogue quoting the German Foreign Office gives no address: named in the outlet's notes only.
      if (key === null && !/^secondary catalogue/.test(s)) fail(`doppelganger: ${domain}: unknown source "${s}"`);
      if (key && !keys.includes(key)) keys.push(key);
    }
    const order = ['meta-2022-09', 'meta-2024', 'doj', 'dima'];
    keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (!primary) secondary.push(domain);
    lookalikes.push({ domain, network: 'doppelganger', brand, real, country, firstSeen: isoDay(r.first_seen_or_registered), confidence: primary ? 'primary' : 'secondary', sources: keys.map((k) => DOPPELGANGER_SOURCES[k]) });
  }
  for (const b of Object.keys(REAL_FIXES)) if (!fixesUsed.has(b)) fail(`REAL_FIXES "${b}": no such brand among the look-alikes kept`);
  byId.get('doppelganger').notes =
    `Look-alikes with secondary sources only (DIMA's compilation), kept as lower confidence: ${secondary.sort().join(', ')}. ` +
    'Left out: redirectors, the 248 scrambled German link domains that Meta lists as redirect domains, and own-brand sites known only from secondary sources (see covert-excluded.json).';

  const rowsOf = new Map();
  for (const r of readCovert('other_covert_networks_dima.csv')) {
    if (!rowsOf.has(r.network)) rowsOf.set(r.network, []);
    rowsOf.get(r.network).push(r);
  }
  for (const network of rowsOf.keys()) if (!NETWORKS.some((n) => n.network === network)) fail(`other networks: "${network}" has no entry in NETWORKS`);
  for (const n of NETWORKS) {
    const rows = rowsOf.get(n.network) ?? fail(`NETWORKS ${n.network}: no rows`);
    const { extraReferences = [], ...fields } = n.outlet;
    byId.set(fields.id, {
      ...fields,
      category: 'covert-network',
      typology: { code: null, source: null, asOf: null },
      sanctions: [],
      references: [n.source, { fact: `DIMA's compilation (secondary) of the ${n.outlet.name} domains, citing the report above`, url: DIMA_URL }, ...extraReferences],
      domains: [],
    });
    for (const d of [...Object.keys(n.exclude ?? {}), ...Object.keys(n.elsewhere ?? {})]) {
      if (!rows.some((r) => domainKey(r.domain) === d)) fail(`NETWORKS ${n.network}: ${d} is not in the source`);
    }
    for (const [d, id] of Object.entries(n.elsewhere ?? {})) if (owner.get(d) !== id) fail(`NETWORKS ${n.network}: ${d} is not ${id}'s`);
    const kept = new Set();
    for (const r of rows) {
      const d = domainKey(r.domain);
      if (r.report_url !== n.source.url) fail(`NETWORKS ${n.network}: ${d} cites ${r.report_url}`);
      if (r.in_registry !== 'no' && owner.get(d) !== r.in_registry) fail(`NETWORKS ${n.network}: ${d} is not ${r.in_registry}'s`);
      if (n.elsewhere?.[d]) continue;
      const reason = n.excludeAll ?? n.exclude?.[d];
      if (reason) excluded.push({ domain: d, network: fields.id, reason });
      else kept.add(d);
    }
    for (const d of kept) {
      const labels = d.split('.');
      // Covered by another row of the same network (a host below it).
      if (labels.slice(1).some((_, i) => kept.has(labels.slice(i + 1).join('.')))) continue;
      if (owner.has(d)) fail(`NETWORKS ${n.network}: ${d} is already ${owner.get(d)}'s (decide in the table)`);
      claim(d, fields.id, n.network);
    }
  }
  for (const l of OTHER_LOOKALIKES) {
    if (owner.get(l.domain) !== l.network) fail(`OTHER_LOOKALIKES ${l.domain}: not a domain of ${l.network}`);
    const n = NETWORKS.find((x) => x.outlet.id === l.network);
    const row = rowsOf.get(n.network).find((r) => domainKey(r.domain) === l.domain);
    lookalikes.push({ ...l, firstSeen: isoDay(row.identified), confidence: 'secondary', sources: [{ name: n.source.fact.replace(/: the network's domains$/, ''), url: n.source.url }, { name: "DIMA plugin databases (M82 Project): secondary compilation of that report's domains", url: DIMA_URL }] });
  }
  for (const l of lookalikes) {
    for (const d of l.real) {
      if (d === l.domain) fail(`lookalike ${l.domain}: imitates itself`);
      if (covertIds.has(owner.get(d))) fail(`lookalike ${l.domain}: real domain ${d} is a covert network's`);
    }
  }
  for (const e of excluded) {
    if (owner.has(e.domain) && covertIds.has(owner.get(e.domain))) fail(`${e.domain} is both left out and a domain of ${owner.get(e.domain)}`);
  }

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
  lookalikes.sort((a, b) => (a.domain < b.domain ? -1 : 1));
  fs.writeFileSync(path.join(OUT, 'lookalikes.json'), `[\n${lookalikes.map((l) => `  ${JSON.stringify(l)}`).join(',\n')}\n]\n`);
  excluded.sort((a, b) => (a.network < b.network ? -1 : a.network > b.network ? 1 : a.domain < b.domain ? -1 : 1));
  fs.writeFileSync(path.join(OUT, 'covert-excluded.json'), `[\n${excluded.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]\n`);
  for (const name of ['State_Media_Matrix.LICENSE', 'sites_of_concern.LICENSE', 'covert/dima.LICENSE', 'covert/meta-threat-research.LICENSE']) {
    fs.writeFileSync(path.join(OUT, path.basename(name)), fs.readFileSync(path.join(source, name)));
  }
  const domainCount = outlets.reduce((n, o) => n + o.domains.length, 0);
  console.log(`registry-build: ${outlets.length} outlets, ${domainCount} domains, ${reposterList.length} reposters → ${path.relative(ROOT, OUT)}`);
  const perNetwork = [...covertIds].map((id) => `${id} ${byId.get(id).domains.length}`).join(', ');
  console.log(`registry-build: covert networks: ${perNetwork}; ${lookalikes.length} look-alikes; ${excluded.length} covert-list domains left out`);
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The covert files' dates ("06-28-2022" and "9/5/2024" month first, "7 July 2024", "2023-02") as ISO 8601; null if none. */
function isoDay(text) {
  const t = (text ?? '').trim();
  const pad = (n) => String(n).padStart(2, '0');
  let m;
  if (!t || t === 'n/a') return null;
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(t)) return t;
  if ((m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(t))) return `${m[3]}-${pad(m[1])}-${pad(m[2])}`;
  if ((m = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(t)) && MONTHS.includes(m[2])) return `${m[3]}-${pad(MONTHS.indexOf(m[2]) + 1)}-${pad(m[1])}`;
  fail(`unreadable date "${t}"`);
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
