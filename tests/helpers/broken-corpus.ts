import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/pipeline/build';
import { formatProblem } from '../../src/pipeline/problems';
import { brokenCases, expectedOutput, materialize } from './fixtures';

/**
 * The broken-data corpus, in two halves (every other case, by name) so that its two test files
 * run side by side on the two workers: one file of 50 builds was the suite's longest pole.
 */
export async function describeCorpusHalf(half: 0 | 1): Promise<void> {
  const cases = (await brokenCases()).filter((_, i) => i % 2 === half);
  describe(`the broken-data corpus (half ${half + 1} of 2)`, () => {
    // Twice: cold, then over the YAML cache that first build wrote (src/pipeline/build.ts), so
    // a file remembered as passing can never hide or change a problem.
    it.each(cases)('%s gives exactly its expected messages, cold and cached', async (name) => {
      const root = await materialize(name);
      try {
        const expected = await expectedOutput(name);
        for (const run of ['cold', 'cached']) {
          const { problems } = await buildAtlas({ root, layout: false });
          expect(problems.map(formatProblem), run).toEqual(expected);
        }
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    });
  });
}
