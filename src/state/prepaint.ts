/**
 * Whether the pre-drawn map (src/pipeline/prepaint.ts) is on screen: in the page, and not turned
 * off by its script (another view, another page, a selection). boot.ts lets it paint before
 * the app starts; main.tsx replaces it with the live map in one task.
 */
export const prepaintOnScreen = (): boolean =>
  document.documentElement.getAttribute('data-prepaint') !== 'off' &&
  document.getElementById('prepaint') !== null;
