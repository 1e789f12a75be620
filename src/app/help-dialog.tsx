import { forwardRef } from 'react';

const SHORTCUTS: [string, string][] = [
  ['/ or Ctrl+K (⌘K)', 'Search by name, entry point, class path or config key'],
  ['↑ ↓ then Enter', 'Move through search results and open one'],
  ['Tab / Shift+Tab', 'Move between nodes on the map (or links in the outline)'],
  ['Enter', 'Open the focused node'],
  ['Escape', 'Close the search results, then the detail panel'],
  ['+ / − / 0', 'Zoom in, zoom out, fit the whole view'],
  ['f', 'Fit the selected node and what is lit around it'],
  ['o', 'Switch between the map and the outline'],
  ['?', 'Show this help'],
];

/** The keyboard shortcuts, in a modal dialog (the browser's own <dialog> traps focus and closes on Escape). */
export const HelpDialog = forwardRef<HTMLDialogElement>(function HelpDialog(_, ref) {
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title">
      <h2 id="help-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Everything the map does can also be done in the outline, which works with a screen reader.
      </p>
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  );
});
