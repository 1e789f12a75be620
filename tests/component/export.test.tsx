import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Atlas, PositionedGroup, View } from '../../src/model/types';
import { fixtureAtlas, renderAt } from './render';

/**
 * The fixture's "everything" view boxed by kind, as a `group_by: kind` view is: one box around
 * each kind's nodes (the fixture's own views are not grouped, and other tests count them).
 */
function groupedAtlas(): Atlas {
  const views = fixtureAtlas.views.map((view): View => {
    if (view.id !== 'everything') return view;
    const kindOf = new Map(fixtureAtlas.nodes.map((n) => [n.id, n.kind]));
    const groups = fixtureAtlas.kinds.flatMap((kind): PositionedGroup[] => {
      const members = view.nodes.filter((p) => kindOf.get(p.id) === kind.id);
      if (members.length === 0) return [];
      const x = Math.min(...members.map((m) => m.x)) - 16;
      const y = Math.min(...members.map((m) => m.y)) - 48;
      return [
        {
          id: kind.id,
          label: kind.plural,
          x,
          y,
          width: Math.max(...members.map((m) => m.x + m.width)) + 16 - x,
          height: Math.max(...members.map((m) => m.y + m.height)) + 16 - y,
          nodeIds: members.map((m) => m.id),
        },
      ];
    });
    return { ...view, groups };
  });
  return { ...fixtureAtlas, views };
}

/** The names of the nodes the map draws. */
const drawnNames = () =>
  [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
    .filter((el) => el.style.visibility !== 'hidden')
    .flatMap((el) => el.querySelector('.atlas-node-name')?.textContent ?? []);

describe('Export → JSON', () => {
  const saved: { name: string; blob: Blob }[] = [];
  let pending: Blob | undefined;
  beforeEach(() => {
    saved.length = 0;
    // jsdom has no object URLs and does not download: keep what would be saved, and its name.
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      pending = blob as Blob;
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      if (pending) saved.push({ name: this.download, blob: pending });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('lists what the map shows: a collapsed group’s members are left out, and the group says it is collapsed', async () => {
    const { user } = renderAt('/?view=everything&collapsed=spawner', {}, groupedAtlas());
    await screen.findByRole('button', { name: 'Test Hub Hub' });
    // (jsdom joins the button's words without the space a browser reads between them.)
    expect(screen.getByRole('button', { name: /^Expand ?Spawners$/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.getByText('1 component hidden')).toBeInTheDocument();

    await user.click(screen.getByText('Export', { exact: true }));
    const menu = screen.getByRole('group', { name: 'Export the view' });
    await user.click(within(menu).getByRole('button', { name: 'JSON' }));
    expect(await screen.findByText('Exported 2 nodes as JSON')).toBeInTheDocument();

    expect(saved.map((s) => s.name)).toEqual(['jupyter-atlas-everything.json']);
    const data = JSON.parse(await saved[0]!.blob.text()) as {
      nodes: { id: string; name: string }[];
      relations: { id: string }[];
      positions: { id: string }[];
      groups: { id: string; label: string; collapsed: boolean; count: number }[];
    };
    expect(data.nodes.map((n) => n.name).sort()).toEqual(drawnNames().sort());
    expect(data.nodes.map((n) => n.id).sort()).toEqual(['hub', 'proxy']);
    expect(data.positions.map((p) => p.id).sort()).toEqual(['hub', 'proxy']);
    expect(data.relations.map((r) => r.id).sort()).toEqual([
      'hub--starts-->proxy',
      'proxy--routes-to-->hub',
    ]);
    expect(data.groups).toContainEqual({
      id: 'spawner',
      label: 'Spawners',
      collapsed: true,
      count: 1,
    });
    expect(data.groups.filter((g) => g.collapsed).map((g) => g.id)).toEqual(['spawner']);
  });
});
