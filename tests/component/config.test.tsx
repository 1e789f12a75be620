import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from './render';

/** Types a query in the header search and returns the options' texts. */
async function searchFor(query: string) {
  const view = renderAt('/');
  await view.user.keyboard('/');
  await view.user.keyboard(query);
  const listbox = await screen.findByRole('listbox', { name: 'Search results' });
  await waitFor(() => expect(within(listbox).queryByText('Loading the search…')).toBeNull());
  return { ...view, options: () => within(listbox).getAllByRole('option') };
}

describe('settings in the header search', () => {
  it.each([
    ['c.Spawner.start_timeout', 'Spawner.start_timeout', 'setting: c.Spawner.start_timeout'],
    ['Spawner.start_timeout', 'Spawner.start_timeout', 'setting: c.Spawner.start_timeout'],
    ['start_timeout', 'Spawner.start_timeout', 'setting: c.Spawner.start_timeout'],
    ['KubeSpawner.profile_list', 'KubeSpawner.profile_list', 'setting: c.KubeSpawner.profile_list'],
    [
      'singleuser.profileList',
      'KubeSpawner.profile_list',
      'Zero to JupyterHub key: singleuser.profileList',
    ],
    ['auth.type', 'JupyterHub.authenticator_class', 'tljh-config key: auth.type'],
  ])('finds %s first as %s', async (query, id, why) => {
    const { options } = await searchFor(query);
    expect(options()[0]).toHaveTextContent(id);
    expect(options()[0]).toHaveTextContent(why);
  });

  it('finds a subclass spelling of an inherited setting, and Enter opens its card', async () => {
    const { user, location, options } = await searchFor('c.KubeSpawner.start_timeout');
    expect(options()[0]).toHaveTextContent('Spawner.start_timeout');
    await user.keyboard('{Enter}');
    expect(location.history?.at(-1)).toBe('/config?setting=Spawner.start_timeout');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'c.Spawner.start_timeout' }),
    ).toBeInTheDocument();
  });
});

describe('/config', () => {
  it('lists a class with what it inherits, and the URL holds the filter', async () => {
    renderAt('/config?class=KubeSpawner');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Configuration reference' }),
    ).toBeInTheDocument();
    const defined = screen.getByRole('region', { name: 'Defined by KubeSpawner' });
    expect(
      within(defined)
        .getAllByRole('link')
        .map((a) => a.querySelector('code')?.textContent),
    ).toEqual(['profile_list', 'image_spec']);
    const inherited = screen.getByRole('region', { name: 'Inherited from Spawner' });
    expect(within(inherited).getByRole('link', { name: /start_timeout/ })).toHaveAttribute(
      'href',
      '/config?setting=Spawner.start_timeout&class=KubeSpawner',
    );
    expect(screen.getByText('4 settings, 2 of them inherited.')).toHaveAttribute('role', 'status');
  });

  it('filters by words as you type and writes them to the URL', async () => {
    const { user, location } = renderAt('/config');
    const box = await screen.findByRole('searchbox', { name: 'Find' });
    await user.type(box, 'menu');
    await waitFor(() => expect(screen.getByText('1 setting.')).toHaveAttribute('role', 'status'));
    await waitFor(() => expect(location.history?.at(-1)).toBe('/config?text=menu'));
    expect(screen.getByRole('link', { name: /profile_list/ })).toBeInTheDocument();
  });

  it('opens a card with type, default, deprecation, distribution keys, source and copy lines', async () => {
    renderAt('/config?setting=Spawner.start_timeout&class=KubeSpawner');
    const card = await screen.findByRole('article', { name: 'c.KubeSpawner.start_timeout' });
    expect(card).toHaveTextContent('Seconds the hub waits for a new server to answer');
    expect(card).toHaveTextContent('inherited from Spawner');
    expect(card).toHaveTextContent('Type');
    expect(within(card).getByText('c.KubeSpawner.start_timeout = 60')).toBeInTheDocument();
    expect(card).toHaveTextContent('Zero to JupyterHub: singleuser.startTimeout');
    expect(within(card).getByText(/singleuser:\s+startTimeout: 60/)).toBeInTheDocument();
    expect(
      within(card).getByRole('link', {
        name: /example\/hubproject@0123456 hubproject\/spawner\.py:12/,
      }),
    ).toHaveAttribute(
      'href',
      'https://github.com/example/hubproject/blob/0123456789abcdef0123456789abcdef01234567/hubproject/spawner.py#L12',
    );
    expect(
      within(card).getByRole('link', { name: /hubproject\.spawner\.Spawner\.start_timeout/ }),
    ).toHaveAttribute(
      'href',
      'https://example.org/api/spawner.html#hubproject.spawner.Spawner.start_timeout',
    );
    expect(within(card).getByRole('link', { name: /Edit its summary on GitHub/ })).toHaveAttribute(
      'href',
      'https://github.com/example/jupyter-atlas/edit/main/graph-data/settings/summaries.yaml',
    );
    const report = new URL(
      within(card)
        .getByRole('link', { name: /Report a wrong fact/ })
        .getAttribute('href') ?? '',
    );
    expect(report.searchParams.get('title')).toBe('Wrong fact: c.Spawner.start_timeout');
    expect(report.searchParams.get('body')).toContain('hubproject/spawner.py#L12');
    expect(
      within(card).getByRole('button', {
        name: 'Copy the jupyterhub_config.py line for Spawner.start_timeout',
      }),
    ).toBeInTheDocument();
  });

  it('says a setting is deprecated and by what, with a link to the replacement', async () => {
    renderAt('/config?setting=KubeSpawner.image_spec');
    const card = await screen.findByRole('article', { name: 'c.KubeSpawner.image_spec' });
    expect(within(card).getByRole('note')).toHaveTextContent(
      'Deprecated since 0.10 — use KubeSpawner.profile_list.',
    );
    expect(within(card).getByRole('link', { name: 'KubeSpawner.profile_list' })).toHaveAttribute(
      'href',
      '/config?setting=KubeSpawner.profile_list',
    );
  });

  it('shows the tljh-config command and a computed default in words', async () => {
    renderAt('/config?setting=JupyterHub.authenticator_class');
    const card = await screen.findByRole('article', { name: 'c.JupyterHub.authenticator_class' });
    expect(within(card).getByText(/sudo tljh-config set auth\.type firstuse/)).toBeInTheDocument();
    renderAt('/config?setting=Spawner.cmd');
    const cmd = await screen.findByRole('article', { name: 'c.Spawner.cmd' });
    expect(cmd).toHaveTextContent(
      'computed: The command that starts the single-user server, found on the PATH.',
    );
  });

  it('explains an unknown setting or class and offers the nearest', async () => {
    renderAt('/config?setting=Spawner.start_timeot');
    expect(
      await screen.findByRole('heading', { name: 'No setting “Spawner.start_timeot”' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Spawner.start_timeout' })).toHaveAttribute(
      'href',
      '/config?setting=Spawner.start_timeout',
    );
    renderAt('/config?class=KubeSpawnr');
    expect(
      await screen.findByText(
        /There is no configurable class “KubeSpawnr” in the atlas — did you mean KubeSpawner\?/,
      ),
    ).toBeInTheDocument();
  });

  it('moves between rows with the arrow keys, starting from the filter box', async () => {
    const { user } = renderAt('/config');
    const box = await screen.findByRole('searchbox', { name: 'Find' });
    box.focus();
    await user.keyboard('{ArrowDown}');
    const rows = screen.getAllByRole('link').filter((a) => a.classList.contains('setting-row'));
    expect(rows[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(rows[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(rows.at(-1)).toHaveFocus();
  });
});

describe('the node panel', () => {
  it('shows the settings that matter for the node and links to all of them', async () => {
    renderAt('/?node=kubespawner&view=everything');
    const section = await screen.findByRole('region', { name: 'Configuration' });
    expect(within(section).getByRole('link', { name: 'KubeSpawner.profile_list' })).toHaveAttribute(
      'href',
      '/config?setting=KubeSpawner.profile_list&class=KubeSpawner',
    );
    expect(
      within(section).getByRole('link', { name: 'All 4 settings of KubeSpawner' }),
    ).toHaveAttribute('href', '/config?class=KubeSpawner');
  });
});
