import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from './render';

describe('contributor pathways', () => {
  it('lists the roles and draws the skills map as a table of buttons with counts', async () => {
    renderAt('/pathways');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Contributor pathways' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Contributor')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Skill areas by level' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Skill area', 'Novice', 'Intermediate', 'Expert', 'Mastery']);
    // The fixture's spawner asks for Python and Kubernetes at intermediate level.
    expect(
      within(table).getByRole('button', { name: /^Kubernetes, Intermediate:\s*1\s*components$/ }),
    ).toBeInTheDocument();
  });

  it('opens a cell: what someone can do, what comes next, where the skill is used', async () => {
    const { user, location } = renderAt('/pathways');
    await user.click(
      await screen.findByRole('button', { name: /^Kubernetes, Intermediate:\s*1\s*components$/ }),
    );
    expect(location.history?.at(-1)).toBe('/pathways?cell=clusters%3Aintermediate');
    const region = screen.getByRole('region', { name: 'Selected cell' });
    expect(region).toHaveTextContent('Can: Change a chart template with a test.');
    expect(region).toHaveTextContent('Learns next: Upgrades between chart versions.');
    expect(within(region).getByRole('link', { name: 'Test KubeSpawner' })).toHaveAttribute(
      'href',
      '/?node=kubespawner',
    );
  });

  it('“where can I help?” filters by skills and level, most approachable first, with contribution links', async () => {
    const { user, location } = renderAt('/pathways');
    await user.click(await screen.findByRole('checkbox', { name: 'Kubernetes' }));
    expect(location.history?.at(-1)).toBe('/pathways?skills=kubernetes');
    expect(
      screen.getByText(/^0 repositories hold 0 components that need these skills/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Intermediate' }));
    expect(location.history?.at(-1)).toBe('/pathways?skills=kubernetes&level=intermediate');
    expect(
      screen.getByText(/^1 repository holds 1 component that need these skills/),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Projects to help' });
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(items.map((li) => within(li).getAllByRole('link')[0]?.textContent)).toEqual([
      'Test KubeSpawner',
    ]);
    expect(within(items[0]!).getByRole('link', { name: /Good first issues/ })).toHaveAttribute(
      'href',
      'https://example.org/kubespawner/issues',
    );
  });

  it('a chosen cell’s detail takes focus; a shared link to a cell does not move focus', async () => {
    const { user } = renderAt('/pathways?cell=code%3Anovice');
    const opened = await screen.findByRole('heading', { level: 3, name: 'Python, Novice' });
    expect(opened).not.toHaveFocus();
    await user.click(screen.getByRole('button', { name: /^Kubernetes, Intermediate:/ }));
    const heading = within(screen.getByRole('region', { name: 'Selected cell' })).getByRole(
      'heading',
      { level: 3 },
    );
    expect(heading).toHaveTextContent('Kubernetes, Intermediate');
    expect(heading).toHaveFocus();
  });

  it('the checklist and the skills map share one vocabulary: its groups are the map’s rows', async () => {
    renderAt('/pathways');
    const table = await screen.findByRole('table', { name: 'Skill areas by level' });
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    const skills = screen.getByRole('group', { name: 'Your skills' });
    expect(rows).toEqual(['Python', 'Kubernetes']);
    expect(within(skills).getAllByRole('group')).toHaveLength(rows.length);
    for (const row of rows)
      expect(within(skills).getByRole('group', { name: row ?? '' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Kubernetes' })).getByRole('checkbox', {
        name: 'Kubernetes',
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Python' })).getAllByRole('checkbox'),
    ).toHaveLength(1);
  });
});
