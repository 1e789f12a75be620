import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepIndexFrom } from '../../../src/features/paths/path-step';
import {
  facetsFrom,
  hopsFrom,
  pathTargetFrom,
  searchQueryFrom,
  selectedNodeFrom,
  selectedViewFrom,
} from '../../../src/state/url-state';
import { allParamNames } from '../../../src/state/routes';

// Every parameter any route owns, from the route table, plus a few names no route owns.
const NAMES = [...allParamNames(), 'cell', 'skills', 'level', 'zzz'];
// Hostile values: huge, negative, unicode, encoded markup and script, separators.
const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer().map(String),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    'javascript:alert(1)',
    '../../etc/passwd',
    ',,,',
    '\u0000',
    'ü-ñ',
    '9'.repeat(400),
  ),
  fc.string({ maxLength: 3000 }),
);
const search = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 8 })), value), {
    maxLength: 8,
  })
  .map(
    (pairs) =>
      `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`,
  );

describe('URL-state parsers on generated URLs', () => {
  it('never throw, and keep every value within bounds (1,000 URLs)', () => {
    fc.assert(
      fc.property(search, (s) => {
        for (const id of [selectedNodeFrom(s), selectedViewFrom(s), pathTargetFrom(s)])
          expect(id === null || (id.length > 0 && id.length <= 80 && id === id.trim())).toBe(true);
        for (const values of Object.values(facetsFrom(s))) {
          expect(values.length).toBeLessThanOrEqual(30);
          for (const v of values) expect(v).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        }
        expect([1, 2]).toContain(hopsFrom(s));
        expect(searchQueryFrom(s).length).toBeLessThanOrEqual(200);
      }),
      { numRuns: 1000 },
    );
  });

  it('a step is a whole number within the path or null (1,000 values)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.oneof(value, fc.integer().map(String))),
        fc.integer({ min: 1, max: 20 }),
        (raw, steps) => {
          const step = stepIndexFrom(raw ?? undefined, steps);
          expect(step === null || (Number.isInteger(step) && step >= 0 && step < steps)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
