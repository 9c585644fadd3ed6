// Brand tables and brand matching, shared by the text signals and the gate.
export { exactBrand, findBrands, trimFullStops, trimQuotes, type BrandHit, type FindOptions } from './find';
export { brandSegment, knownSection } from './segment';
export { BRANDS, SECTION_NAMES, type BrandEntry } from './table';
export {
  allNewsBrands,
  lookalikeOf,
  newsBrandById,
  newsBrandsByName,
  ownersOf,
  ownsDomain,
  type Likeness,
  type Lookalike,
  type NameMatch,
  type NewsBrand,
} from './news-brands';
