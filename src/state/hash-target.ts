import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';

/**
 * The element the URL's #fragment names, brought into view, marked and focused: a link such as
 * /architectures#zero-to-jupyterhub lands on that card, in a fresh tab or after an in-app
 * navigation (which the browser does not scroll for). Returns the id, to mark the element.
 */
export function useHashTarget(ready: boolean): string | null {
  const [location] = useLocation();
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const read = () => setHash(window.location.hash);
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [location]);
  const id = hash.length > 1 ? decodeURIComponent(hash.slice(1)) : null;
  useEffect(() => {
    if (!ready || !id) return;
    const target = document.getElementById(id);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [ready, id]);
  return id;
}
