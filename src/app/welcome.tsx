import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { links } from '../state/routes';
import { markWelcomed, useWelcome } from '../state/welcome';

/**
 * What the atlas is and four ways in, above the map on a first visit. Not a dialog: it sits in
 * the page, so the map and the outline stay reachable; Escape (inside it) or × closes it, and
 * the header's "About" brings it back.
 */
export function Welcome() {
  const { open, close } = useWelcome();
  const region = useRef<HTMLElement>(null);
  // Seen once is enough: the header's "About" brings it back.
  useEffect(() => {
    if (open) markWelcomed();
  }, [open]);
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && region.current?.contains(document.activeElement)) {
        event.preventDefault();
        close();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, close]);
  if (!open) return null;
  return (
    <section className="welcome" aria-labelledby="welcome-title" ref={region}>
      <h2 id="welcome-title" className="welcome-title">
        Jupyter Atlas maps JupyterHub and everything it plugs together
      </h2>
      <p className="welcome-text">
        What each part does, how the parts connect, and where each one&rsquo;s docs and first issues
        are. Where to start:
      </p>
      <ul className="welcome-doors">
        <li>
          <Link href={links.map({ view: 'big-picture' })} onClick={close}>
            <strong>See the big picture</strong> <span>every part, as one diagram</span>
          </Link>
        </li>
        <li>
          <Link href={links.pathStep('what-happens-when-you-log-in', 1)} onClick={close}>
            <strong>What happens when you log in</strong> <span>a guided path, step by step</span>
          </Link>
        </li>
        <li>
          <Link href={links.choose()} onClick={close}>
            <strong>Choose a deployment</strong> <span>compare the ways to run a hub</span>
          </Link>
        </li>
        <li>
          <Link href={links.pathways()} onClick={close}>
            <strong>Where can I help?</strong> <span>projects and first issues</span>
          </Link>
        </li>
      </ul>
      <button
        type="button"
        className="button close welcome-close"
        onClick={close}
        aria-label="Close the welcome"
      >
        ×
      </button>
    </section>
  );
}
