import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../../src/model/render-svg';

// The SVG renderer cannot read CSS variables: its palette copies the stylesheet's colours (the
// design tokens in src/app/tokens.css), and this keeps the copy true (a picture exported from the
// map has the map's colours).
const css = readFileSync(
  fileURLToPath(new URL('../../../src/app/tokens.css', import.meta.url)),
  'utf8',
);
const variable = (name: string) => {
  const m = css.match(new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`));
  return m ? { light: m[1], dark: m[2] } : undefined;
};

describe('the renderer’s palette', () => {
  it.each([
    ['bg', 'bg'],
    ['text', 'text'],
    ['muted', 'muted'],
    ['border', 'border'],
    ['surface', 'node-bg'],
  ] as const)('%s is the stylesheet’s --%s in light and dark', (key, cssName) => {
    expect({ light: PALETTE.light[key], dark: PALETTE.dark[key] }).toEqual(variable(cssName));
  });
});
