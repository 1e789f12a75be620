import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, inject } from 'vitest';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../src/app/app';
import type { DocModuleLoader } from '../../src/model/docs';
import {
  packShell,
  packView,
  shellIds,
  shellPositions,
  toShell,
  unpackShell,
} from '../../src/model/shell';
import type { Atlas } from '../../src/model/types';
import { fullAtlasNow, settingsNow } from '../../src/state/atlas-context';
import { viewSource } from '../../src/state/view-drawings';

/** The valid fixture, built by the real pipeline in global-setup.ts. */
export const fixtureAtlas = inject('fixtureAtlas');

/**
 * Loaders for the fixture's compiled docs: each module is written under node_modules/.cache,
 * inside the project, where Vite's module runner resolves imports by absolute path.
 */
export function fixtureDocLoaders(): Record<string, DocModuleLoader> {
  mkdirSync(join(process.cwd(), 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(process.cwd(), 'node_modules/.cache/atlas-docs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return Object.fromEntries(
    Object.entries(inject('fixtureDocModules')).map(([id, code]) => {
      const file = join(dir, `${id.replace(/\//g, '__')}.mjs`);
      writeFileSync(file, code);
      return [id, () => import(/* @vite-ignore */ file)];
    }),
  );
}

/**
 * The shell as the build packs it, drawing the default view only, and the other views' drawings
 * as the build's view modules give them (each arriving a task later, as an import would).
 */
export function splitShell(atlas: Atlas) {
  const whole = toShell(atlas);
  const shell = unpackShell(packShell(whole));
  const at = shellPositions(whole);
  const loaders = Object.fromEntries(
    whole.views.map((v) => {
      const packed = packView(v, at);
      return [
        v.id,
        () => new Promise<{ view: typeof packed }>((ok) => setTimeout(() => ok({ view: packed }))),
      ];
    }),
  );
  return {
    shell,
    views: viewSource(loaders, shellIds(shell)),
  };
}

/**
 * The app's props for the fixture (or an atlas made from it): the shell as the build splits it,
 * the rest already loaded.
 */
export function fixtureProps(
  docLoaders: Record<string, DocModuleLoader> = {},
  atlas: Atlas = fixtureAtlas,
) {
  return {
    ...splitShell(atlas),
    full: fullAtlasNow({ atlas, docLoaders }),
    settings: settingsNow(inject('fixtureSettings')),
    base: '',
  };
}

/** Renders the whole app at a URL, with a recorded in-memory history. */
export function renderAt(
  path: string,
  docLoaders: Record<string, DocModuleLoader> = {},
  atlas: Atlas = fixtureAtlas,
) {
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  render(<App {...fixtureProps(docLoaders, atlas)} location={location} />);
  return { user, location };
}
