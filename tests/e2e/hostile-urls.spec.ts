import fc from 'fast-check';
import { expect, test } from './fixtures';

const NAMES = [
  'node',
  'view',
  'q',
  'kind',
  'status',
  'persona',
  'skill',
  'hops',
  'to',
  'mode',
  'collapsed',
  'cell',
  'skills',
  'level',
  'a',
  'b',
  'c',
  'users',
  'infra',
];
const ROUTES = [
  '/',
  '/paths',
  '/paths/what-happens-when-you-log-in/3',
  '/paths/nope/999',
  '/architectures',
  '/compare',
  '/choose',
  '/pathways',
  '/no-such-page',
];
const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer().map(String),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '%3Cimg src=x onerror=alert(1)%3E',
    'javascript:alert(1)',
    'ü-ñ-😀',
    '9'.repeat(300),
    '-1',
    'kubespawner',
    'ecosystem',
    'spawner,authenticator',
  ),
);
const url = fc
  .tuple(
    fc.constantFrom(...ROUTES),
    fc.array(fc.tuple(fc.constantFrom(...NAMES), value), { maxLength: 6 }),
  )
  .map(
    ([route, pairs]) =>
      `${route}?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`,
  );

/** The same 100 URLs every run (a fixed seed), in four parts that the workers share. */
const URLS = fc.sample(url, { numRuns: 100, seed: 20261127 });
const PART = 25;

test.describe('hostile and stale URLs', () => {
  for (let start = 0; start < URLS.length; start += PART)
    test(`generated URLs ${start + 1}–${start + PART} of 100 load without a crash, an uncaught error or a console error`, async ({
      open,
    }) => {
      const { page, problems } = await open('/', { waitForMap: false });
      for (const u of URLS.slice(start, start + PART)) {
        await page.goto(u);
        await expect(page.locator('main').first()).toBeVisible();
        expect((await page.locator('#root').innerText()).trim(), `${u} shows something`).not.toBe(
          '',
        );
        expect(problems, `no problem on ${u}`).toEqual([]);
      }
    });
});
