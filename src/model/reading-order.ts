/** A laid-out box: its top-left corner and size, in the layout's coordinates. */
export interface Placed {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The boxes in reading order: row by row from the top, left to right within a row. A box joins
 * the row begun by the highest box not yet placed when its top lies above that box's middle, so
 * boxes a few pixels apart in height (a layered layout is rarely exact) read as one row.
 *
 * The canvases hand React Flow their nodes in this order, because it renders them, and Tab
 * reaches them, in array order (issue 21: "Tab moves through map nodes in no visible order").
 * @example readingOrder([{ x: 300, y: 4, …}, { x: 0, y: 10, …}, { x: 0, y: 200, …}]) // x 0 y 10, x 300, x 0 y 200
 */
export function readingOrder<T>(items: readonly T[], placeOf: (item: T) => Placed): T[] {
  const placed = items.map((item) => ({ item, box: placeOf(item) }));
  placed.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const ordered: T[] = [];
  let row: typeof placed = [];
  let rowMiddle = -Infinity;
  const flush = () => {
    row.sort((a, b) => a.box.x - b.box.x);
    for (const { item } of row) ordered.push(item);
    row = [];
  };
  for (const entry of placed) {
    if (entry.box.y >= rowMiddle) {
      flush();
      rowMiddle = entry.box.y + entry.box.height / 2;
    }
    row.push(entry);
  }
  flush();
  return ordered;
}
