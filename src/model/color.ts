/** Relative luminance of a #rrggbb colour (WCAG 2 definition). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * White or near-black, whichever reads better on the background (higher WCAG contrast).
 * @example textOn('#d97706') // '#111111'
 */
export function textOn(background: string): '#ffffff' | '#111111' {
  const l = luminance(background);
  const withWhite = 1.05 / (l + 0.05);
  const withBlack = (l + 0.05) / (luminance('#111111') + 0.05);
  return withWhite >= withBlack ? '#ffffff' : '#111111';
}
