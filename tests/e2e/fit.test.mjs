// A fitted view leaves its tools their own room: no node or box starts under the View menu,
// the filters, a notice or the zoom controls (issue 21's "map controls cover the map", issue 20's
// notices that cover what they describe).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite, coveredByTools } from './browser.mjs';

const suite = browserSuite({ before, after });

describe('fitting a view', () => {
  const sizes = [
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
  ];
  // With the panel open, the core view fits with readable names only on a wide screen (on a
  // narrower one the map opens zoomed in on the Hub instead, tested in first-visit.test.mjs).
  for (const [path, label, viewports] of [
    ['/', 'JupyterHub’s core', sizes],
    ['/?view=plugins', 'Plugins', sizes],
    ['/?view=ecosystem', 'the whole ecosystem', sizes],
    [
      '/?node=batchspawner',
      'a node not in the view, with its notice',
      [{ width: 1920, height: 1080 }],
    ],
  ])
    for (const viewport of viewports)
      it(`${label} at ${viewport.width}×${viewport.height}: nothing under the tools`, async () => {
        const { page, problems } = await suite.open(path, { viewport, reducedMotion: true });
        // A node not in the view: the notice shows and the view is framed beside it.
        if (path.includes('node=')) await page.getByText('is not in this view').waitFor();
        assert.deepEqual(await coveredByTools(page), []);
        assert.deepEqual(problems, []);
        await page.close();
      });
});
