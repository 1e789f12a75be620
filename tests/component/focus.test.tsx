import { describe, expect, it, vi } from 'vitest';
import { focusWhenShown } from '../../src/ui/focus';

describe('focusWhenShown', () => {
  it('tries again on the next frames while the element cannot take focus (hidden by Suspense)', async () => {
    const heading = document.createElement('h2');
    heading.tabIndex = -1;
    document.body.append(heading);
    const real = heading.focus.bind(heading);
    let refused = 2;
    // The first two tries fail, as focus() does on an element React keeps hidden.
    heading.focus = vi.fn((options?: FocusOptions) => {
      if (refused-- > 0) return;
      real(options);
    });
    focusWhenShown(heading);
    expect(document.activeElement).not.toBe(heading);
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
    expect(heading.focus).toHaveBeenCalledTimes(3);
    heading.remove();
  });

  it('stops trying when cancelled', async () => {
    const heading = document.createElement('h2');
    document.body.append(heading);
    heading.focus = vi.fn();
    const stop = focusWhenShown(heading);
    stop();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(heading.focus).toHaveBeenCalledTimes(1);
    heading.remove();
  });
});
