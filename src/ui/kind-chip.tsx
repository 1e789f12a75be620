import type { CSSProperties, ReactNode } from 'react';

/** The colour for a kind that has none (an unknown kind from bad data), drawn neutral grey. */
export const NO_KIND_COLOR = '#888';

/** The style that hands a kind's colour to the stylesheet (`--kind-color`), grey when unknown. */
export function kindColor(color: string | undefined): CSSProperties {
  return { ['--kind-color' as string]: color ?? NO_KIND_COLOR };
}

/** A small label in a kind's colour: a search result's kind, the panel's kind and status. */
export function KindChip({ color, children }: { color: string | undefined; children: ReactNode }) {
  return (
    <span className="kind-chip" style={kindColor(color)}>
      {children}
    </span>
  );
}
