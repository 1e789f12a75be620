import { act, render } from '@testing-library/react';
import { useLayoutEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useShortcut } from '../../src/state/shortcuts';

describe('useShortcut', () => {
  it('hands a shortcut from a component to the one taking its place within the commit', () => {
    const heard: string[] = [];
    function StandIn() {
      useShortcut('search', () => heard.push('stand-in'));
      return <input aria-label="stand-in" />;
    }
    function Box() {
      useShortcut('search', () => heard.push('box'));
      // A `/` pressed the moment the box is in the page, before effects that run after the
      // commit: it must reach the box, and not the stand-in that is gone.
      useLayoutEffect(() => {
        window.dispatchEvent(new KeyboardEvent('keydown', { key: '/' }));
      }, []);
      return <input aria-label="box" />;
    }
    let swap = () => {};
    function Entry() {
      const [loaded, setLoaded] = useState(false);
      swap = () => setLoaded(true);
      return loaded ? <Box /> : <StandIn />;
    }
    render(<Entry />);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '/' }));
    expect(heard).toEqual(['stand-in']);
    heard.length = 0;
    act(() => swap());
    expect(heard).toEqual(['box']);
  });
});
