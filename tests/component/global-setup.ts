import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { SettingsAtlas } from '../../src/model/settings';
import type { Atlas } from '../../src/model/types';
import { buildAtlasOrThrow } from '../../src/pipeline/build';
import { VALID } from '../helpers/fixtures';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureAtlas: Atlas;
    fixtureDocModules: Record<string, string>;
    fixtureSettings: SettingsAtlas;
  }
}

/** Builds the valid fixture once, in Node, through the real pipeline; jsdom tests receive the result. */
export default async function setup(project: TestProject) {
  const cacheDir = await mkdtemp(join(tmpdir(), 'atlas-component-'));
  const { atlas, docModules, settings } = await buildAtlasOrThrow({ root: VALID, cacheDir });
  project.provide('fixtureSettings', settings);
  project.provide('fixtureAtlas', atlas);
  project.provide('fixtureDocModules', Object.fromEntries(docModules));
  return () => rm(cacheDir, { recursive: true, force: true });
}
