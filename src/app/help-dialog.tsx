import { forwardRef } from 'react';
import { SHORTCUT_HELP, SHORTCUT_PLACES } from '../state/shortcut-help';
import { SHORTCUTS } from '../state/shortcuts';

/**
 * The keyboard shortcuts, in a modal dialog (the browser's own <dialog> traps focus and closes on
 * Escape). It lists src/state/shortcuts.ts, the table the handlers themselves read.
 */
export const HelpDialog = forwardRef<HTMLDialogElement>(function HelpDialog(_, ref) {
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title">
      <h2 id="help-title">Keyboard shortcuts</h2>
      {SHORTCUT_PLACES.map((place) => (
        <table key={place}>
          <caption>{place}</caption>
          <tbody>
            {SHORTCUTS.map((s) => ({ id: s.id, ...SHORTCUT_HELP[s.id] }))
              .filter((s) => s.where === place)
              .map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <kbd>{s.keys}</kbd>
                  </th>
                  <td>{s.does}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
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
