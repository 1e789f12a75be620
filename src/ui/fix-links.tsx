import { ExternalLink } from './external-link';

/**
 * "Edit this … on GitHub · Report a wrong fact" under a piece of the atlas; without links (a
 * build that names no repository), the file's path, so a contributor still knows what to change.
 */
export function FixLinks({
  what,
  file,
  links,
}: {
  /** "this node", "this step", "this summary". */
  what: string;
  file: string;
  links: { edit: string; report: string } | undefined;
}) {
  if (!links)
    return (
      <p className="muted small fix-links">
        Edit {what}: <code>{file}</code>
      </p>
    );
  return (
    <p className="muted small fix-links">
      <ExternalLink href={links.edit}>Edit {what} on GitHub</ExternalLink>
      {' · '}
      <ExternalLink href={links.report}>Report a wrong fact</ExternalLink>
    </p>
  );
}
