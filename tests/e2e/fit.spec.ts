// A fitted view leaves its tools their own room: no node or box starts under the View menu,
// the filters, a notice or the zoom controls (issue 21's "map controls cover the map", issue 20's
// notices that cover what they describe). JupyterHub's core and the whole ecosystem are fitted
// at every width in matrix.spec.ts; here are the views it does not visit.
import { coveredByTools, expect, test } from './fixtures';

test.describe('fitting a view', () => {
  const sizes = [
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
  ];
  for (const [path, label, viewports] of [
    ['/?view=plugins', 'Plugins', sizes],
    [
      '/?node=batchspawner',
      'a node not in the view, with its notice',
      [{ width: 1920, height: 1080 }],
    ],
  ] as const)
    for (const viewport of viewports)
      test(`${label} at ${viewport.width}×${viewport.height}: nothing under the tools`, async ({
        open,
      }) => {
        const { page, problems } = await open(path, { viewport, reducedMotion: true });
        // A node not in the view: the notice shows and the view is framed beside it.
        if (path.includes('node='))
          await expect(page.getByText('is not in this view')).toBeVisible();
        expect(await coveredByTools(page)).toEqual([]);
        expect(problems).toEqual([]);
      });
});
