import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, inject, it } from 'vitest';
import { fixtureAtlas, renderAt } from './render';

const atlas = fixtureAtlas;

describe('search', () => {
  it('opens with /, finds by entry-point name, and Enter selects the node', async () => {
    const { user, location } = renderAt('/');
    await user.keyboard('/');
    const box = screen.getByRole('combobox', { name: 'Search the atlas' });
    expect(box).toHaveFocus();
    await user.keyboard('kubernetes');
    // The URL follows the typing after a short pause, as one replaced entry.
    await waitFor(() => expect(location.history?.at(-1)).toBe('/?q=kubernetes'));
    expect(location.history?.filter((h) => h.includes('q=')).length).toBe(1);
    const options = within(screen.getByRole('listbox', { name: 'Search results' })).getAllByRole(
      'option',
    );
    expect(screen.getByRole('listbox', { name: 'Search results' })).toHaveAttribute(
      'data-query',
      'kubernetes',
    );
    expect(options[0]).toHaveTextContent('Test KubeSpawner');
    expect(options[0]).toHaveTextContent('entry point: kubernetes');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    // The default view does not show it, so the search also moves to a view that does.
    expect(location.history?.at(-1)).toBe('/?node=kubespawner&view=everything');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Test KubeSpawner' }),
    ).toBeInTheDocument();
  });

  it("choosing a result from another page keeps none of that page's parameters", async () => {
    // The gallery's `persona` once followed the search to the map and became a filter there.
    const { user, location } = renderAt('/paths?persona=newcomer');
    await user.keyboard('/');
    await user.keyboard('kubernetes');
    await screen.findByRole('listbox', { name: 'Search results' });
    await user.keyboard('{Enter}');
    expect(location.history?.at(-1)).toBe('/?node=kubespawner&view=everything');
    expect(screen.queryByRole('button', { name: /Filters \(\d+\)/ })).not.toBeInTheDocument();
  });

  it('moves through results with the arrow keys and opens with Ctrl+K', async () => {
    const { user, location } = renderAt('/');
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('test');
    const listbox = screen.getByRole('listbox', { name: 'Search results' });
    const names = within(listbox)
      .getAllByRole('option')
      .map((o) => o.querySelector('.search-hit-name')?.textContent);
    expect(names).toHaveLength(3);
    await user.keyboard('{ArrowDown}');
    expect(within(listbox).getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('combobox', { name: 'Search the atlas' })).toHaveAttribute(
      'aria-activedescendant',
      within(listbox).getAllByRole('option')[1]!.id,
    );
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(within(listbox).getAllByRole('option')[2]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(location.history?.at(-1)).toMatch(
      new RegExp(
        `^/\\?node=${atlas.nodes.find((n) => n.name === names[2])?.id}(&view=everything)?$`,
      ),
    );
  });

  it('restores the query from the URL and says when nothing matches', async () => {
    const { user } = renderAt('/?q=zzzz');
    await user.click(screen.getByRole('combobox', { name: 'Search the atlas' }));
    expect(screen.getByRole('combobox', { name: 'Search the atlas' })).toHaveValue('zzzz');
    expect(screen.getByText(/Nothing matches “zzzz”/)).toBeInTheDocument();
    expect(screen.getByText('No results')).toHaveAttribute('role', 'status');
  });

  it('Escape closes the results without closing the detail panel', async () => {
    const { user, location } = renderAt('/?node=hub');
    await user.click(screen.getByRole('combobox', { name: 'Search the atlas' }));
    await user.keyboard('proxy');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Test Hub' })).toBeInTheDocument();
    await waitFor(() => expect(location.history?.at(-1)).toBe('/?node=hub&q=proxy'));
  });
});

describe('search before the rest of the atlas has loaded', () => {
  it('says it is loading, and acts on an Enter pressed meanwhile once it arrives', async () => {
    const { render } = await import('@testing-library/react');
    const userEvent = (await import('@testing-library/user-event')).default;
    const { memoryLocation } = await import('wouter/memory-location');
    const { App } = await import('../../src/app/app');
    const { toShell } = await import('../../src/model/shell');
    const { deferredFullAtlas, settingsNow } = await import('../../src/state/atlas-context');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const full = deferredFullAtlas(async () => {
      await gate;
      return { atlas, docLoaders: {} };
    });
    const location = memoryLocation({ path: '/', record: true });
    const user = userEvent.setup();
    render(
      <App
        shell={toShell(atlas)}
        full={full}
        settings={settingsNow(inject('fixtureSettings'))}
        base=""
        location={location}
      />,
    );
    await user.keyboard('/kubernetes');
    expect(
      within(screen.getByRole('listbox', { name: 'Search results' })).getByText(
        'Loading the search…',
      ),
    ).toBeInTheDocument();
    await user.keyboard('{Enter}');
    release();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Test KubeSpawner' }),
    ).toBeInTheDocument();
    expect(location.history?.at(-1)).toBe('/?node=kubespawner&view=everything');
  });
});
