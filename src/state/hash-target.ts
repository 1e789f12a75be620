import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';

/**
 * The element the URL's #fragment names, scrolled to the top of its page's scroll container,
 * marked and focused: a link such as /architectures#zero-to-jupyterhub lands on that card, in a
 * fresh tab or after an in-app navigation (which the browser does not scroll for). Returns the
 * id, to mark the element.
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
    scrollIntoContainer(target);
    target.focus({ preventScroll: true });
  }, [ready, id]);
  return id;
}

/**
 * Scrolls the element's own scroll container (a page's main area or a panel) so that the element
 * starts at its top, less its `scroll-margin-top`. Never the document: the page itself does not
 * scroll (docs/architecture.md, "Scrolling"), and `scrollIntoView` would also move every
 * scrollable ancestor, the header's with them, if one of them could move.
 */
function scrollIntoContainer(target: HTMLElement): void {
  const scroller = scrollContainerOf(target);
  if (!scroller) return;
  const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0;
  const offset = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  scroller.scrollTo?.({ top: scroller.scrollTop + offset - margin });
}

function scrollContainerOf(element: HTMLElement): HTMLElement | null {
  for (let el = element.parentElement; el && el !== document.body; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return el;
  }
  return null;
}
