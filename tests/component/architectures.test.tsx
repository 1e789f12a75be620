import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from './render';

describe('reference architectures', () => {
  it('the gallery shows a card per architecture with its fit', async () => {
    renderAt('/architectures');
    const card = (await screen.findByRole('heading', { level: 2, name: 'Single machine' })).closest(
      'li',
    )!;
    expect(within(card).getByText('One test machine')).toBeInTheDocument();
    expect(within(card).getByText('2 components')).toBeInTheDocument();
  });

  it('compare: a lone architecture is paired, unknown ids are said, and the table marks unknowns', async () => {
    renderAt('/compare?a=single-machine&b=nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('No architecture called “nope”');
    const table = screen.getByRole('table');
    const cost = within(table).getByRole('row', { name: /Cost model/ });
    expect(within(cost).getByText('unknown')).toBeInTheDocument();
    const scale = within(table).getByRole('row', { name: /Users and scale/ });
    expect(within(scale).getByRole('link', { name: /source/ })).toHaveAttribute(
      'href',
      'https://example.org/scale',
    );
  });

  it('compare: the same architecture twice is said, and shown once', async () => {
    renderAt('/compare?a=single-machine&b=single-machine');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“Single machine” is named more than once; showing Single machine.',
    );
    expect(screen.getAllByRole('heading', { level: 2, name: /Single machine/ })).toHaveLength(1);
  });

  it('a bare /compare asks what to compare instead of showing a pair', async () => {
    const { user } = renderAt('/compare');
    const group = await screen.findByRole('group', {
      name: 'Architectures to compare (two or three)',
    });
    const picker = within(group.closest('form')!);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(picker.getByRole('status')).toHaveTextContent('Choose two or three.');
    await user.click(within(group).getByRole('checkbox', { name: /Single machine/ }));
    expect(picker.getByRole('status')).toHaveTextContent('Choose one or two more.');
    expect(screen.queryByRole('link', { name: /^Compare / })).not.toBeInTheDocument();
  });

  it('the chooser lists the architectures unranked, without scores, before any answer', async () => {
    renderAt('/choose');
    const list = await screen.findByRole('list', { name: 'Architectures, not ranked' });
    expect(within(list).getByRole('heading', { level: 3 })).toHaveTextContent('Single machine');
    expect(screen.getByText(/answer a question to rank them/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Ranked architectures' })).not.toBeInTheDocument();
    expect(screen.queryByText(/score/i)).not.toBeInTheDocument();
  });

  it('the chooser explains a score in words, with what the data says and its source', async () => {
    const { user } = renderAt('/choose');
    await user.click(await screen.findByRole('radio', { name: 'Little: one person, part time' }));
    const ranking = screen.getByRole('list', { name: 'Ranked architectures' });
    const first = within(ranking).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent('Fits your team’s skill.');
    expect(first).toHaveTextContent(
      'For: fits your team’s operations skill: one person sets it up in an afternoon',
    );
    expect(within(first).getByRole('link', { name: /source/ })).toHaveAttribute(
      'href',
      'https://github.com/example/atlas-fixtures/blob/0123456789abcdef0123456789abcdef01234567/team-skill',
    );
    expect(first).not.toHaveTextContent(/score/i);
  });

  it('the chooser keeps answers in the URL and explains the ranking', async () => {
    const { user, location } = renderAt('/choose');
    await user.click(await screen.findByRole('radio', { name: 'One virtual machine or server' }));
    expect(location.history?.at(-1)).toBe('/choose?infra=vm');
    const ranking = screen.getByRole('list', { name: 'Ranked architectures' });
    const first = within(ranking).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('heading', { level: 3 })).toHaveTextContent('Single machine');
    expect(first).toHaveTextContent('For: runs on one machine, which you have');
  });

  it('the detail panel lists the architectures that use a node', async () => {
    renderAt('/?node=hub');
    const usedBy = await screen.findByRole('region', { name: 'Used by' });
    expect(within(usedBy).getByRole('link', { name: 'Single machine' })).toHaveAttribute(
      'href',
      '/architectures#single-machine',
    );
    expect(usedBy).toHaveTextContent('as its hub');
  });
});
