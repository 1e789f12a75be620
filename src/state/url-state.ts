import { useCallback } from 'react';
import { useLocation, useSearch } from 'wouter';

/** Longest id we accept from a URL; anything longer is ignored rather than echoed. */
const MAX_ID_LENGTH = 80;

/**
 * Reads the selected node id from a query string; returns null when absent, empty or absurd.
 * @example selectedNodeFrom('?node=jupyterhub') // 'jupyterhub'
 */
export function selectedNodeFrom(search: string): string | null {
  const value = new URLSearchParams(search).get('node');
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_ID_LENGTH) return null;
  return trimmed;
}

/** The query string with the node parameter set (or removed when null), other parameters kept. */
export function withSelectedNode(search: string, nodeId: string | null): string {
  const params = new URLSearchParams(search);
  if (nodeId === null) params.delete('node');
  else params.set('node', nodeId);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The selected node, kept in `?node=`; selecting pushes a history entry so Back undoes it. */
export function useSelectedNode(): [string | null, (nodeId: string | null) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const selected = selectedNodeFrom(search);
  const select = useCallback(
    (nodeId: string | null) => {
      if (nodeId === selectedNodeFrom(search)) return;
      navigate(`${location}${withSelectedNode(search, nodeId)}`);
    },
    [location, navigate, search],
  );
  return [selected, select];
}

/** The href that selects a node, for real links that also work when opened in a new tab. */
export function hrefForNode(search: string, nodeId: string): string {
  return withSelectedNode(search, nodeId) || '?';
}

/** A real link's href and a plain-click handler that selects the node in place. */
export function useNodeLink(nodeId: string): {
  href: string;
  onClick: (event: {
    metaKey: boolean;
    ctrlKey: boolean;
    shiftKey: boolean;
    button: number;
    preventDefault(): void;
  }) => void;
} {
  const search = useSearch();
  const [, select] = useSelectedNode();
  return {
    href: hrefForNode(search, nodeId),
    onClick: (event) => {
      // Modified clicks keep their browser meaning (new tab, new window).
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      select(nodeId);
    },
  };
}
