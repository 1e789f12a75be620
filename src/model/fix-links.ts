/**
 * Links that let anyone correct the atlas: edit a data file on GitHub, or open an issue that
 * names what is wrong and where its facts came from. The repository is a build setting
 * (ATLAS_REPOSITORY, see vite.config.ts), never written into components.
 */

export interface Repository {
  /** https://github.com/OWNER/NAME, without a trailing slash. */
  url: string;
  branch: string;
}

/** GitHub's editor for a file of the atlas (a path relative to the repository root). */
export function editUrl(repo: Repository, file: string): string {
  return `${repo.url}/edit/${encodeURIComponent(repo.branch)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * A new issue, prefilled: what is wrong (left for the reporter), which file holds it and which
 * sources the facts were checked against.
 */
export function reportUrl(
  repo: Repository,
  what: { title: string; file: string; sources?: readonly string[]; page?: string },
): string {
  const body = [
    `**What is wrong** (and what the right fact is, with a link that shows it):`,
    '',
    '',
    `**Where**: \`${what.file}\`${what.page ? ` — seen at ${what.page}` : ''}`,
    ...(what.sources && what.sources.length > 0
      ? ['', '**Its sources**:', ...what.sources.map((s) => `- ${s}`)]
      : []),
  ].join('\n');
  const query = new URLSearchParams({ title: `Wrong fact: ${what.title}`, body });
  return `${repo.url}/issues/new?${query.toString()}`;
}

/** The repository from a build setting or a git remote, when it is on GitHub. */
export function parseRepository(
  value: string | undefined,
  branch = 'main',
): Repository | undefined {
  const m = value
    ?.trim()
    .match(/^(?:git\+)?(?:https:\/\/|git@)github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/);
  return m ? { url: `https://github.com/${m[1]}/${m[2]}`, branch } : undefined;
}
