import { editUrl, reportUrl, type Repository } from '../model/fix-links';

/** The atlas's own repository, set at build time (vite.config.ts); absent when it has none. */
const REPOSITORY: Repository | undefined = import.meta.env.ATLAS_REPOSITORY
  ? { url: import.meta.env.ATLAS_REPOSITORY, branch: import.meta.env.ATLAS_BRANCH || 'main' }
  : undefined;

/**
 * Where to edit a file of the atlas and where to report a wrong fact in it, or `undefined` when
 * the build names no repository (the UI then shows the file's path).
 */
export function fixLinks(what: {
  title: string;
  file: string;
  sources?: readonly string[];
}): { edit: string; report: string } | undefined {
  if (!REPOSITORY) return undefined;
  const page = typeof window === 'undefined' ? undefined : window.location.href;
  return {
    edit: editUrl(REPOSITORY, what.file),
    report: reportUrl(REPOSITORY, { ...what, ...(page ? { page } : {}) }),
  };
}
