/** The relation dash patterns live in the model, where the SVG renderer reads them too. */
export { DASH } from '../../model/line-styles';

/** Whether the reader asked for less motion: camera moves then jump instead of gliding. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * The map's own words for screen readers, instead of React Flow's editor instructions ("press
 * delete to remove it"), which are wrong for a read-only map. Shared by both canvases.
 */
export const MAP_ARIA_LABELS = {
  'node.a11yDescription.default':
    'Each component is a button: Enter opens its details. Plus and minus zoom, 0 fits the view, o switches to the outline, which lists the same components.',
  'node.a11yDescription.keyboardDisabled':
    'Each component is a button: Enter opens its details. Plus and minus zoom, 0 fits the view, o switches to the outline, which lists the same components.',
  'edge.a11yDescription.default': 'A relation between two components.',
  'controls.ariaLabel': 'Zoom',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit the view',
  'minimap.ariaLabel': 'Overview of the whole map',
} as const;
