import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '../../src/ui/use-after-paint';

function Probe({ ready }: { ready: boolean }) {
  return <p>{useAfterPaint(ready) ? 'extras shown' : 'extras waiting'}</p>;
}

describe('useAfterPaint', () => {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
      frames.push(cb);
      return frames.length;
    });
    vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((id) => {
      frames[id - 1] = () => {};
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  const paintFrame = () =>
    act(() => {
      const due = frames;
      frames = [];
      for (const cb of due) cb(performance.now());
    });

  it('waits while not ready, then turns true only after a painted frame', () => {
    const { rerender } = render(<Probe ready={false} />);
    paintFrame();
    act(() => vi.runAllTimers());
    expect(screen.getByText('extras waiting')).toBeInTheDocument();

    rerender(<Probe ready />);
    // The frame that shows the ready screen has not painted yet.
    expect(screen.getByText('extras waiting')).toBeInTheDocument();
    paintFrame();
    // Its callbacks ran before the paint; the change comes in the task after it.
    expect(screen.getByText('extras waiting')).toBeInTheDocument();
    act(() => vi.runAllTimers());
    expect(screen.getByText('extras shown')).toBeInTheDocument();

    // For good: not taken back when `ready` goes false again.
    rerender(<Probe ready={false} />);
    expect(screen.getByText('extras shown')).toBeInTheDocument();
  });

  it('cancels its frame when unmounted before it', () => {
    const { unmount } = render(<Probe ready />);
    expect(frames).toHaveLength(1);
    unmount();
    expect(() => {
      paintFrame();
      vi.runAllTimers();
    }).not.toThrow();
    expect(vi.getTimerCount()).toBe(0);
  });
});
