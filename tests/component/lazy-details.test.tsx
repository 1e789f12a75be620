import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LazyDetails } from '../../src/ui/lazy-details';

describe('LazyDetails', () => {
  it('renders its body only once opened, and keeps it after closing', async () => {
    const user = userEvent.setup();
    render(
      <LazyDetails className="legend" summary={<summary>Legend</summary>}>
        <p>What the colours mean</p>
      </LazyDetails>,
    );
    const details = screen.getByText('Legend').closest('details')!;
    expect(details).toHaveClass('legend');
    expect(details).not.toHaveAttribute('open');
    // Closed: the body is not in the page at all (it costs nothing on the first screen).
    expect(screen.queryByText('What the colours mean')).toBeNull();

    await user.click(screen.getByText('Legend'));
    expect(details).toHaveAttribute('open');
    expect(await screen.findByText('What the colours mean')).toBeVisible();

    await user.click(screen.getByText('Legend'));
    expect(details).not.toHaveAttribute('open');
    // Kept, so a second opening is instant and any state inside it survives.
    expect(screen.getByText('What the colours mean')).toBeInTheDocument();
  });

  it('renders the body at once when it starts open', () => {
    render(
      <LazyDetails open summary={<summary>Filters (1)</summary>}>
        <label>
          <input type="checkbox" defaultChecked /> Spawner
        </label>
      </LazyDetails>,
    );
    expect(screen.getByRole('checkbox', { name: 'Spawner' })).toBeChecked();
    expect(screen.getByText('Filters (1)').closest('details')).toHaveAttribute('open');
  });
});
