import type { Page } from '@playwright/test';
import { expect, tabTo, test } from './fixtures';

test.describe('keyboard only', () => {
  test('explore → guided path → compare, without a pointer', async ({ open }) => {
    const { page, problems } = await open('/');
    // Explore: search, open a node, close it.
    await page.keyboard.press('/');
    await page.keyboard.type('localprocess');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/node=local-process-spawner/);
    await expect(page.locator('#detail-title')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/node=/);
    // A guided path: from the header link to the second step.
    await tabTo(page, page.getByRole('link', { name: 'Guided paths' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/paths$/);
    await tabTo(page, page.getByRole('link', { name: 'Choose a spawner', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/paths\/choose-a-spawner\/1$/);
    // The path pages load with their route; the step's heading takes focus when they have.
    await expect(page.getByRole('heading', { level: 2, name: /^Step 1 of/ })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/paths\/choose-a-spawner\/2$/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/paths$/);
    // Compare: open the architectures, follow a card's compare link, swap.
    await tabTo(page, page.getByRole('link', { name: 'Architectures' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/architectures$/);
    await tabTo(
      page,
      page.getByRole('link', { name: /^Compare The Littlest JupyterHub with/ }),
      300,
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/compare\?a=the-littlest-jupyterhub/);
    await tabTo(page, page.getByRole('button', { name: 'Swap' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/compare\?a=(?!the-littlest)/);
    expect(problems).toEqual([]);
  });
});

interface Stop {
  name: string;
  tag: string | undefined;
  node: boolean;
  x: number;
  y: number;
  height: number;
  group: string | null;
  kind: string | null;
}

/**
 * Tabs from the start of the page `presses` times and returns what took focus: its name, whether
 * it is on the canvas, and where the canvas laid it out (React Flow's translate, so a camera that
 * follows focus does not change the answer).
 */
async function tabWalk(page: Page, presses: number): Promise<Stop[]> {
  const seen: Stop[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        const node = el?.closest<HTMLElement>('.react-flow__node');
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

test.describe('Tab on the map', () => {
  for (const [path, label] of [
    ['/', 'JupyterHub’s core'],
    ['/?view=big-picture', 'the big picture'],
  ])
    test(`${label}: View, Filters and Legend come before the nodes, and the nodes go in reading order`, async ({
      open,
    }) => {
      const { page, problems } = await open(path!);
      const seen = await tabWalk(page, 40);
      const firstNode = seen.findIndex((s) => s.node);
      expect(firstNode, 'Tab reaches the nodes').toBeGreaterThan(0);
      const before = seen.slice(0, firstNode).map((s) => s.name);
      expect(
        seen.slice(0, firstNode).some((s) => s.tag === 'select' && /\(\d+/.test(s.name)),
        `the View menu comes before the first node (${before.join(' | ')})`,
      ).toBe(true);
      for (const tool of ['Filters', 'Legend'])
        expect(before, `${tool} comes before the first node`).toContain(tool);
      // Reading order: each next node lies on a lower row, or on the same row further right.
      const nodes = seen.filter((s) => s.node).slice(0, 12);
      expect(nodes.length, 'nodes reached').toBeGreaterThanOrEqual(8);
      for (let i = 1; i < nodes.length; i++) {
        const [a, b] = [nodes[i - 1]!, nodes[i]!];
        const sameRow = Math.abs(b.y - a.y) < a.height / 2;
        expect(
          sameRow ? b.x > a.x : b.y > a.y,
          `“${b.name}” (${b.x}, ${b.y}) follows “${a.name}” (${a.x}, ${a.y})`,
        ).toBe(true);
      }
      expect(problems).toEqual([]);
    });

  test('a grouped view: each group’s box, then its members', async ({ open }) => {
    const { page, problems } = await open('/?view=plugins');
    const seen = (await tabWalk(page, 40)).filter((s) => s.node);
    expect(seen[0]?.group, 'a group box comes first').toBeTruthy();
    expect(seen.filter((s) => s.group).length, 'groups reached').toBeGreaterThanOrEqual(2);
    let group: string | null = null;
    for (const s of seen) {
      if (s.group) group = s.group;
      else expect(s.kind, `“${s.name}” follows the box of its own kind`).toBe(group);
    }
    expect(problems).toEqual([]);
  });
});
