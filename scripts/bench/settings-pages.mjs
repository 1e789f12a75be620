// @ts-check
// Issue #19's budgets for the configuration pages: /config's filter and /compose's output, timed
// in the page from the input event to the next frame after the page changed, on the real
// settings and on a data set padded with synthetic settings (`writeSyntheticSettings`).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** @typedef {import('playwright-core').Page} Page */

/**
 * Adds `graph-data/settings/synthetic-bench.yaml` to a copy of the data: one made-up project
 * whose classes (50 settings each, all subclasses of Spawner on the systemdspawner node) bring
 * the atlas's settings up by `count`. Names are varied so a filter matches some, not all.
 * @param {string} root a copy of the repository's data (copyRealData)
 * @param {number} count settings to add
 */
export async function writeSyntheticSettings(root, count) {
  const words = ['timeout', 'image', 'limit', 'port', 'path', 'user', 'token', 'volume', 'cpu'];
  const types = ['Unicode', 'Integer', 'Bool', 'List', 'Dict', 'Float'];
  const lines = [
    '# Written by scripts/bench/settings-pages.mjs for `npm run bench` only; never committed.',
    'project: synthetic-bench',
    'repo: https://github.com/example/synthetic-bench',
    `commit: "${'0'.repeat(40)}"`,
    'version: "0.0.0"',
    'docs: https://github.com/example/synthetic-bench',
    'classes:',
  ];
  for (let c = 0; c * 50 < count; c++) {
    lines.push(
      `  - id: SyntheticSpawner${c}`,
      `    import: synthetic_bench.SyntheticSpawner${c}`,
      '    node: systemdspawner',
      `    path: synthetic_bench/spawner${c}.py`,
      '    line: 1',
      '    bases: [Spawner]',
      '    settings:',
    );
    for (let s = 0; s < 50 && c * 50 + s < count; s++) {
      const i = c * 50 + s;
      lines.push(
        `      - name: ${words[i % words.length]}_${words[(i * 7) % words.length]}_${i}`,
        `        type: ${types[i % types.length]}`,
        `        line: ${s + 2}`,
        '        defaultFrom: literal',
        '        default: "None"',
      );
    }
  }
  await writeFile(
    join(root, 'graph-data', 'settings', 'synthetic-bench.yaml'),
    lines.join('\n') + '\n',
  );
}

/** Queries typed into /config's Find box, one after the other. */
const CONFIG_QUERIES = ['time', 'timeout', 'start_timeout', 'image', 'cpu_limit', 'port', 'zz', ''];

/**
 * Types each query into /config's Find box (native value setter and an `input` event: t0) and
 * waits until the setting count or list changes, t1 in the next frame; returns the times in ms
 * and the setting count shown before typing.
 * @param {Page} page a page already on /config with the settings shown
 * @param {number} rounds how many times to type the query list
 * @returns {Promise<{ times: number[], settings: number }>}
 */
export async function configFilterFigures(page, rounds) {
  await page.locator('.config-count').waitFor();
  const settings = Number(
    ((await page.locator('.config-count').textContent()) ?? '').replace(/\D.*$/, '') || NaN,
  );
  const times = await page.evaluate(
    async ({ queries, rounds }) => {
      const input = /** @type {HTMLInputElement} */ (
        document.querySelector('.config-filters input[type="search"]')
      );
      const list = /** @type {HTMLElement} */ (document.querySelector('.config-layout'));
      const count = /** @type {HTMLElement} */ (document.querySelector('.config-count'));
      const setValue = /** @type {(this: HTMLInputElement, v: string) => void} */ (
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
      );
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
      /** @type {number[]} */
      const out = [];
      for (let round = 0; round < rounds; round++)
        for (const q of queries) {
          if (input.value === q) continue;
          const before = count.textContent + '|' + list.textContent?.length;
          const changed = new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              if (count.textContent + '|' + list.textContent?.length !== before) {
                observer.disconnect();
                resolve(undefined);
              }
            });
            observer.observe(list.parentElement ?? document.body, {
              childList: true,
              subtree: true,
              characterData: true,
            });
          });
          const t0 = performance.now();
          setValue.call(input, q);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await Promise.race([changed, new Promise((r) => setTimeout(r, 2000))]);
          await frame();
          out.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 40));
        }
      return out;
    },
    { queries: CONFIG_QUERIES, rounds },
  );
  return { times, settings };
}

/**
 * Changes /compose's choices one at a time (each select of the Choices form to its next option,
 * each checkbox toggled: t0 at the event) and waits until the output text changes, t1 in the
 * next frame. Changes that leave the output as it was are not counted.
 * @param {Page} page a page already on /compose with the output shown
 * @param {number} rounds how many passes over the form
 * @returns {Promise<{ times: number[], unchanged: number }>}
 */
export async function composeFigures(page, rounds) {
  await page.locator('pre.compose-text').waitFor();
  return page.evaluate(async (rounds) => {
    const output = /** @type {HTMLElement} */ (document.querySelector('pre.compose-text'));
    const form = /** @type {HTMLFormElement} */ (document.querySelector('form.compose-form'));
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
    /** @type {number[]} */
    const times = [];
    let unchanged = 0;
    for (let round = 0; round < rounds; round++) {
      const controls = [...form.querySelectorAll('select, input[type="checkbox"]')];
      for (const control of controls) {
        if (!control.isConnected) continue;
        const before = output.textContent;
        const changed = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (output.textContent !== before) {
              observer.disconnect();
              resolve(true);
            }
          });
          observer.observe(output, { childList: true, subtree: true, characterData: true });
          setTimeout(() => {
            observer.disconnect();
            resolve(false);
          }, 1000);
        });
        const t0 = performance.now();
        if (control instanceof HTMLSelectElement) {
          // The first select starts from an architecture and rewrites every choice: skip it.
          if (control === form.querySelector('select')) continue;
          control.selectedIndex = (control.selectedIndex + 1) % Math.max(1, control.options.length);
          control.dispatchEvent(new Event('change', { bubbles: true }));
        } else if (control instanceof HTMLInputElement) control.click();
        const didChange = await changed;
        await frame();
        if (didChange) times.push(performance.now() - t0);
        else unchanged++;
        await new Promise((r) => setTimeout(r, 40));
      }
    }
    return { times, unchanged };
  }, rounds);
}
