import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { injectPrepaint, PREPAINT_MARKER } from '../../../src/pipeline/prepaint';

describe('the pre-drawn map goes in at an explicit marker', () => {
  it('replaces the marker inside #root of the real index.html', () => {
    const html = readFileSync('index.html', 'utf8');
    const out = injectPrepaint(html, '<svg id="drawn"></svg>');
    expect(out).toContain('<div id="root"><svg id="drawn"></svg></div>');
    expect(out).not.toContain(PREPAINT_MARKER);
  });

  it.each([
    ['without the marker', '<body><div id="root"></div></body>'],
    ['with two markers', `<div id="root">${PREPAINT_MARKER}${PREPAINT_MARKER}</div>`],
  ])('stops the build on an index.html %s', (_, html) => {
    expect(() => injectPrepaint(html, '<svg/>')).toThrow(
      'index.html must hold the marker <!-- atlas:prepaint --> exactly once, inside <div id="root">, where the build draws the default view before any script runs. Fix: put it back.',
    );
  });
});
