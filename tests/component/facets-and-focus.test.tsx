import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from './render';

const nodeButtons = () =>
  [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
    .filter((el) => el.style.visibility !== 'hidden')
    .map((el) => el.querySelector('.atlas-node-name')?.textContent);

describe('filters', () => {
  it('hide the nodes that do not match, keep the choice in the URL and clear in one click', async () => {
    const { user, location } = renderAt('/?view=everything');
    await screen.findByRole('button', { name: 'Test Hub Hub' });
    await user.click(screen.getByText('Filters'));
    const kind = screen.getByRole('group', { name: 'Kind' });
    expect(within(kind).getByRole('checkbox', { name: 'Spawners (1)' })).not.toBeChecked();
    await user.click(within(kind).getByRole('checkbox', { name: 'Spawners (1)' }));
    expect(location.history?.at(-1)).toBe('/?view=everything&kind=spawner');
    expect(nodeButtons()).toEqual(['Test KubeSpawner']);
    expect(screen.getByText(/showing 1 of 3/)).toBeInTheDocument();
    // Counts in other facets follow the choice.
    const status = screen.getByRole('group', { name: 'Status' });
    expect(within(status).getByRole('checkbox', { name: 'Active (0)' })).toBeInTheDocument();
    expect(within(status).getByRole('checkbox', { name: 'Experimental (1)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(location.history?.at(-1)).toBe('/?view=everything');
    expect(nodeButtons()).toHaveLength(3);
  });

  it('restore from the URL', async () => {
    renderAt('/?view=everything&persona=newcomer');
    await screen.findByRole('button', { name: 'Test Hub Hub' });
    expect(nodeButtons().sort()).toEqual(['Test Hub', 'Test Proxy']);
    expect(screen.getByRole('checkbox', { name: 'Newcomers (2)' })).toBeChecked();
  });
});

describe('focus controls in the panel', () => {
  it('switch the highlight between one and two relations', async () => {
    const { user, location } = renderAt('/?view=everything&node=proxy');
    await screen.findByRole('button', { name: 'Test Hub Hub' });
    const spawner = () =>
      screen.getByRole('button', { name: 'Test KubeSpawner Spawner, experimental' });
    expect(spawner()).toHaveClass('is-dimmed');
    await user.click(await screen.findByRole('radio', { name: /within two relations/ }));
    expect(location.history?.at(-1)).toBe('/?view=everything&node=proxy&hops=2');
    expect(spawner()).toHaveClass('is-neighbour');
  });

  it('show the shortest chain of relations to another node', async () => {
    const { user, location } = renderAt('/?view=everything&node=kubespawner');
    await user.selectOptions(
      await screen.findByRole('combobox', { name: /Shortest path to/ }),
      'Test Proxy',
    );
    expect(location.history?.at(-1)).toBe('/?view=everything&node=kubespawner&to=proxy');
    const chain = screen.getByRole('list', { name: 'Path from Test KubeSpawner to Test Proxy' });
    expect(
      within(chain)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Test KubeSpawner plugs into Test Hub', 'Test Hub starts Test Proxy']);
    expect(screen.getByRole('button', { name: 'Test Hub Hub' })).toHaveClass('is-path');
  });
});
