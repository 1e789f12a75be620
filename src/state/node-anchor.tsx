import type { ReactNode } from 'react';
import { useNodeLink } from './url-state';

/**
 * A real link to a node (it opens in a new tab with a modified click) that selects the node in
 * place on a plain click. The one link to a node that the panel, outline and docs share.
 */
export function NodeAnchor({
  id,
  children,
  current,
  className,
}: {
  id: string;
  children?: ReactNode;
  current?: boolean;
  className?: string;
}) {
  const link = useNodeLink(id);
  return (
    <a
      href={link.href}
      onClick={link.onClick}
      aria-current={current ? 'true' : undefined}
      className={className}
    >
      {children}
    </a>
  );
}
