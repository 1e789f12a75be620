/**
 * Moves focus to `element` once it can take it. An element React keeps hidden for a moment (a
 * Suspense boundary showing its fallback again while something below it loads) cannot be
 * focused, and focus would stay on the page's body; so this tries again on the next frames until
 * the element is shown, for up to about a second. Returns a function that stops trying.
 */
export function focusWhenShown(element: HTMLElement | null): () => void {
  let frame = 0;
  let tries = 0;
  const attempt = () => {
    if (!element || !element.isConnected) return;
    element.focus({ preventScroll: true });
    if (document.activeElement === element || ++tries > 60) return;
    frame = requestAnimationFrame(attempt);
  };
  attempt();
  return () => cancelAnimationFrame(frame);
}
