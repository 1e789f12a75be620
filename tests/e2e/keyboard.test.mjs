import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite } from './browser.mjs';

const suite = browserSuite({ before, after });

/** Presses Tab until the element has focus (or fails after `limit` presses). */
async function tabTo(page, locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not reach ${locator} by Tab`);
}

describe('keyboard only', () => {
  it('explore → guided path → compare, without a pointer', async () => {
    const { page, problems } = await suite.open('/');
    // Explore: search, open a node, close it.
    await page.keyboard.press('/');
    await page.keyboard.type('localprocess');
    await page.keyboard.press('Enter');
    await page.waitForURL(/node=local-process-spawner/);
    assert.ok(await page.locator('#detail-title').evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => !u.search.includes('node='));
    // A guided path: from the header link to the second step.
    await tabTo(page, page.getByRole('link', { name: 'Guided paths' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/paths$/);
    await tabTo(page, page.getByRole('link', { name: 'Choose a spawner', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/paths\/choose-a-spawner\/1$/);
    // The path pages load with their route; the step's heading takes focus when they have.
    await page.getByRole('heading', { level: 2, name: /^Step 1 of/ }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\/paths\/choose-a-spawner\/2$/);
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/paths$/);
    // Compare: open the architectures, follow a card's compare link, swap.
    await tabTo(page, page.getByRole('link', { name: 'Architectures' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/architectures$/);
    await tabTo(
      page,
      page.getByRole('link', { name: /^Compare The Littlest JupyterHub with/ }),
      300,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/compare\?a=the-littlest-jupyterhub/);
    await tabTo(page, page.getByRole('button', { name: 'Swap' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/compare\?a=(?!the-littlest)/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

/**
 * Tabs from the start of the page `presses` times and returns what took focus: its name, whether
 * it is on the canvas, and where the canvas laid it out (React Flow's translate, so a camera that
 * follows focus does not change the answer).
 */
async function tabWalk(page, presses) {
  const seen = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        const node = el?.closest('.react-flow__node');
        const at = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(node?.style.transform ?? '');
        return {
          name: (el?.getAttribute('aria-label') || el?.textContent || '').trim().slice(0, 40),
          tag: el?.tagName.toLowerCase(),
          node: Boolean(node),
          x: at ? Number(at[1]) : 0,
          y: at ? Number(at[2]) : 0,
          height: node?.offsetHeight ?? 0,
          // A group box's kind, or a node's (its kind-… class).
          group: el?.closest('[data-group-id]')?.getAttribute('data-group-id') ?? null,
          kind: /\bkind-([a-z-]+)/.exec(el?.className ?? '')?.[1] ?? null,
        };
      }),
    );
  }
  return seen;
}

describe('Tab on the map', () => {
  for (const [path, label] of [
    ['/', 'JupyterHub’s core'],
    ['/?view=big-picture', 'the big picture'],
  ])
    it(`${label}: View, Filters and Legend come before the nodes, and the nodes go in reading order`, async () => {
      const { page, problems } = await suite.open(path);
      const seen = await tabWalk(page, 40);
      const firstNode = seen.findIndex((s) => s.node);
      assert.ok(firstNode > 0, 'Tab reaches the nodes');
      const before = seen.slice(0, firstNode).map((s) => s.name);
      assert.ok(
        seen.slice(0, firstNode).some((s) => s.tag === 'select' && /\(\d+/.test(s.name)),
        `the View menu comes before the first node (${before.join(' | ')})`,
      );
      for (const tool of ['Filters', 'Legend'])
        assert.ok(before.includes(tool), `${tool} comes before the first node`);
      // Reading order: each next node lies on a lower row, or on the same row further right.
      const nodes = seen.filter((s) => s.node).slice(0, 12);
      assert.ok(nodes.length >= 8, `${nodes.length} nodes reached`);
      for (let i = 1; i < nodes.length; i++) {
        const [a, b] = [nodes[i - 1], nodes[i]];
        const sameRow = Math.abs(b.y - a.y) < a.height / 2;
        assert.ok(
          sameRow ? b.x > a.x : b.y > a.y,
          `“${b.name}” (${b.x}, ${b.y}) follows “${a.name}” (${a.x}, ${a.y})`,
        );
      }
      assert.deepEqual(problems, []);
      await page.close();
    });

  it('a grouped view: each group’s box, then its members', async () => {
    const { page, problems } = await suite.open('/?view=plugins');
    const seen = (await tabWalk(page, 40)).filter((s) => s.node);
    assert.ok(seen[0].group, 'a group box comes first');
    assert.ok(seen.filter((s) => s.group).length >= 2, 'two groups reached');
    let group = null;
    for (const s of seen) {
      if (s.group) group = s.group;
      else assert.equal(s.kind, group, `“${s.name}” follows the box of its own kind`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
});
