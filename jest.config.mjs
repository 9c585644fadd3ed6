// Unit tests sit beside the code (src/**/*.test.ts[x]); the corpus, fuzz and stress tests are projects of their own so npm test can run each as a separate stage.
const transform = {
  '^.+\\.(t|j)sx?$|^.+\\.mjs$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic', importSource: 'preact' } } } }],
};
const common = {
  transform,
  // linkedom, preact and their dependencies ship ES modules only; swc turns them into CommonJS for Jest (cached after the first run).
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  extensionsToTreatAsEsm: [],
  // eld's exports map has only an "import" condition, which Jest's CommonJS resolver does not match: point at the file.
  moduleNameMapper: { '^eld/small$': '<rootDir>/node_modules/eld/src/entries/static.small.js' },
};
export default {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/test/boundaries.test.ts', '<rootDir>/test/bundle-size.test.ts', '<rootDir>/test/bundle-dedupe.test.ts', '<rootDir>/test/permissions.test.ts', '<rootDir>/test/hostile-pages.test.ts', '<rootDir>/test/verdict-schema.test.ts', '<rootDir>/test/pipeline.test.ts'] },
    { ...common, displayName: 'corpus', testEnvironment: 'node', testMatch: ['<rootDir>/test/corpus.test.ts'] },
    { ...common, displayName: 'fuzz', testEnvironment: 'node', testMatch: ['<rootDir>/test/fuzz.test.ts'] },
    // Time bounds (CPU time, test/stress.ts): the files whose bounds sit beside their checks run here again with STRESS set.
    { ...common, displayName: 'stress', testEnvironment: 'node', globals: { STRESS: true }, testMatch: ['<rootDir>/test/stress.test.tsx', '<rootDir>/test/hostile-pages.test.ts'] },
  ],
};
