/**
 * Every `sources` entry names one version of what it points at, or says why it cannot
 * (src/model/pinning.ts): data that cites "latest" rots without anyone noticing.
 */
import { isPinned } from '../model/pinning.ts';
import type { Source } from '../model/types.ts';
import { locate, type LoadedFile } from './load.ts';
import type { Problem } from './problems.ts';

/** Problems for the unpinned sources without a reason in one file that passed its schema. */
export function unpinnedSources(loaded: LoadedFile<{ sources: Source[] }>): Problem[] {
  const problems: Problem[] = [];
  loaded.data.sources.forEach((source, i) => {
    if (isPinned(source.url) || source.unpinned) return;
    const pointer = `/sources/${i}/url`;
    problems.push({
      file: loaded.file,
      pointer,
      ...locate(loaded, pointer),
      message: `${source.url} names no version of the page`,
      fix: 'link the file at a commit or tag (https://github.com/OWNER/REPO/blob/<sha>/<path>), a release or a versioned docs build; if none exists, add unpinned: <why> to this source',
    });
  });
  return problems;
}
