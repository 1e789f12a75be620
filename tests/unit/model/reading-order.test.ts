import { describe, expect, it } from 'vitest';
import { readingOrder, type Placed } from '../../../src/model/reading-order';

const box = (id: string, x: number, y: number, height = 64, width = 200) => ({
  id,
  x,
  y,
  width,
  height,
});
type Box = Placed & { id: string };
const ids = (boxes: Box[]) => readingOrder(boxes, (b) => b).map((b) => b.id);

describe('readingOrder', () => {
  const cases: [string, Box[], string[]][] = [
    ['nothing', [], []],
    [
      'one row, given right to left',
      [box('c', 600, 0), box('b', 300, 0), box('a', 0, 0)],
      ['a', 'b', 'c'],
    ],
    [
      'rows from the top, whatever the columns',
      [box('d', 0, 300), box('b', 500, 0), box('c', 900, 150), box('a', 0, 0)],
      ['a', 'b', 'c', 'd'],
    ],
    [
      'tops a few pixels apart are one row (a layered layout is not exact)',
      [box('jupyter-server', 1266, 12), box('singleuser', 872, 23), box('browser', 146, 39)],
      ['browser', 'singleuser', 'jupyter-server'],
    ],
    [
      'a top below the middle of the row starts the next row',
      [box('a', 500, 0), box('b', 0, 33)],
      ['a', 'b'],
    ],
    [
      'a tall box keeps a row open for the boxes beside its upper half',
      [box('group', 0, 0, 400), box('right', 600, 150), box('below', 0, 420)],
      ['group', 'right', 'below'],
    ],
  ];
  it.each(cases)('%s', (_, boxes, expected) => {
    expect(ids(boxes)).toEqual(expected);
  });

  it('does not reorder its input', () => {
    const input = [box('b', 300, 0), box('a', 0, 0)];
    readingOrder(input, (b) => b);
    expect(input.map((b) => b.id)).toEqual(['b', 'a']);
  });
});
