import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/error-boundary';

function Broken(): never {
  throw new Error('boom');
}

describe('containment', () => {
  it('a failing part shows a message in its place and the rest keeps working', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Page() {
      const [count, setCount] = useState(0);
      return (
        <>
          <ErrorBoundary what="chart">
            <Broken />
          </ErrorBoundary>
          <button type="button" onClick={() => setCount(count + 1)}>
            Clicked {count}
          </button>
        </>
      );
    }
    render(<Page />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The chart could not be shown. The rest of the atlas still works.',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clicked 0' }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeInTheDocument();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
  });

  it('a doc that fails to load is reported in the panel, which keeps working', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing = { 'nodes/hub': () => Promise.reject(new Error('network')) };
    const location = (await import('wouter/memory-location')).memoryLocation({
      path: '/?node=hub',
      record: true,
    });
    const { App } = await import('../../src/app/app');
    const { fixtureProps } = await import('./render');
    render(<App {...fixtureProps(failing)} location={location} />);
    expect(
      await screen.findByText('The doc could not be loaded. Reload the page to try again.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Test Hub' })).toBeInTheDocument();
    error.mockRestore();
  });
});
