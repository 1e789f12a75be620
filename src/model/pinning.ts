/**
 * Whether a source URL names one version of what it points at, so the page read is the page a
 * reviewer finds later: a file at a commit or tag, a release or commit page, a numbered thread,
 * a versioned docs build, an RFC, a spec with its version in its name. Docs sites' "latest" and
 * "stable", branches and vendors' pages are not pinned; a source that cannot be pinned says why
 * in its `unpinned` field (docs/adding-a-node.md, "Pinning").
 */
const PINNED: RegExp[] = [
  // A file, tree or history at a full commit.
  /^https:\/\/github\.com\/[^/]+\/[^/]+\/(?:blob|tree|raw|commits|commit)\/[0-9a-f]{40}(?:[/#?]|$)/,
  // A file or tree at a version tag.
  /^https:\/\/github\.com\/[^/]+\/[^/]+\/(?:blob|tree)\/v?\d+(?:\.\d+)+[\w.-]*(?:[/#?]|$)/,
  /^https:\/\/github\.com\/[^/]+\/[^/]+\/releases\/tag\/[^/\s]+$/,
  /^https:\/\/github\.com\/[^/]+\/[^/]+\/commit\/[0-9a-f]{7,40}$/,
  /^https:\/\/github\.com\/[^/]+\/[^/]+\/compare\/[^/\s]+\.\.\.[^/\s]+$/,
  // Numbered threads are a record: what was said stays said.
  /^https:\/\/github\.com\/[^/]+\/[^/]+\/(?:issues|pull|discussions)\/\d+(?:[#?].*)?$/,
  /^https:\/\/discourse\.jupyter\.org\/t\/[^/]+\/\d+/,
  /^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/[0-9a-f]{40}\//,
  // A versioned docs build (Read the Docs and the like) or package release page.
  /^https:\/\/[^/]+\/(?:[a-z]{2}\/)?v?\d+\.\d+(?:\.\d+)*[\w.-]*\//,
  /^https:\/\/pypi\.org\/project\/[^/]+\/\d[^/]*\/?$/,
  // Standards are published once per version.
  /^https:\/\/(?:www\.)?rfc-editor\.org\/rfc\/rfc\d+/,
  /^https:\/\/datatracker\.ietf\.org\/doc\/html\/rfc\d+/,
  /^https:\/\/openid\.net\/specs\/[\w-]+-\d+_\d+\.html/,
];

/** True when the URL names one version of the page or file. */
export function isPinned(url: string): boolean {
  return PINNED.some((p) => p.test(url));
}
