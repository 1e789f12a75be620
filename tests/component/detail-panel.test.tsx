import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fixtureDocLoaders, renderAt as renderWith } from './render';

const docLoaders = fixtureDocLoaders();
const renderAt = (path: string) => renderWith(path, docLoaders);

const panel = () => screen.getByRole('complementary');

describe('the detail panel', () => {
  it('shows what a node is, how to configure it and where its facts come from', async () => {
    const { user } = renderAt('/?node=kubespawner');
    // The panel's code loads with the first selection.
    await screen.findByRole('complementary');
    expect(
      within(panel()).getByRole('heading', { level: 2, name: 'Test KubeSpawner' }),
    ).toHaveFocus();
    expect(within(panel()).getByText('Spawner · experimental')).toBeInTheDocument();
    expect(
      within(panel()).getByText('A spawner used only by the test fixtures of the atlas pipeline.'),
    ).toBeInTheDocument();

    const configure = within(panel()).getByRole('region', { name: 'Configure' });
    expect(
      within(configure).getByText('c.JupyterHub.spawner_class = "kubespawner.KubeSpawner"'),
    ).toBeInTheDocument();
    const row = within(configure).getByRole('row', { name: /kubernetes/ });
    expect(row).toHaveTextContent('kubernetesjupyterhub.spawnerskubespawner:KubeSpawner');
    await user.click(
      within(configure).getByRole('button', { name: 'Copy the config line for Test KubeSpawner' }),
    );
    expect(await navigator.clipboard.readText()).toBe(
      'c.JupyterHub.spawner_class = "kubespawner.KubeSpawner"',
    );
    expect(within(configure).getByRole('status')).toHaveTextContent('Copied');

    const docs = within(panel()).getByRole('link', { name: /Documentation/ });
    expect(docs).toHaveAttribute('href', 'https://example.org/kubespawner');
    expect(docs).toHaveAttribute('rel', 'noopener noreferrer');
    expect(docs).toHaveAttribute('target', '_blank');
    const sources = within(panel()).getByRole('region', { name: 'Sources' });
    expect(
      within(sources).getByRole('link', {
        name: /atlas-fixtures\/blob\/[0-9a-f]{40}\/kubespawner\/pyproject\.toml/,
      }),
    ).toHaveAttribute(
      'href',
      'https://github.com/example/atlas-fixtures/blob/0123456789abcdef0123456789abcdef01234567/kubespawner/pyproject.toml',
    );
    expect(within(sources).getByText(/entry points/)).toBeInTheDocument();
  });

  it('puts Configure, with a whole snippet to copy, right after the summary and status', async () => {
    const { user } = renderAt('/?node=hub');
    // The panel's code loads with the first selection.
    await screen.findByRole('complementary');
    const configure = await within(panel()).findByRole('region', { name: 'Configure' });
    // The first section: after the summary and status line, before the relations and the rest.
    expect(
      within(panel())
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(expect.arrayContaining(['Configure', 'How it connects']));
    expect(within(panel()).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('Configure');
    const summary = within(panel()).getByText(
      'A hub used only by the test fixtures of the atlas pipeline.',
    );
    expect(
      summary.compareDocumentPosition(configure) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const snippet =
      'c.JupyterHub.services = [\n    {"name": "test-service", "command": ["test-service", "--every=60"]},\n]';
    expect(within(configure).getByText(/"name": "test-service"/).textContent).toBe(snippet);
    await user.click(
      within(configure).getByRole('button', { name: 'Copy the config snippet for Test Hub' }),
    );
    expect(await navigator.clipboard.readText()).toBe(snippet);
  });

  it('says how alive the project is: status, last release and last commit, each linked', async () => {
    renderAt('/?node=hub');
    // The panel's code loads with the first selection.
    await screen.findByRole('complementary');
    const alive = await within(panel()).findByLabelText('How alive it is');
    expect(alive).toHaveTextContent(
      'Status: active · last release 5.1.0 (opens in a new tab) · 2026-07-01 · last commit by a person 2026-08-01 (opens in a new tab)',
    );
    expect(within(alive).getByRole('link', { name: /5\.1\.0/ })).toHaveAttribute(
      'href',
      'https://github.com/example/test-hub/releases/tag/5.1.0',
    );
    expect(within(alive).getByRole('link', { name: /2026-08-01/ })).toHaveAttribute(
      'href',
      'https://github.com/example/test-hub/commit/0123456789abcdef0123456789abcdef01234567',
    );
    expect(alive).toHaveTextContent('read 2026-12-06');
  });

  it('links to the node’s file in GitHub’s editor and to a prefilled report of a wrong fact', async () => {
    renderAt('/?node=kubespawner');
    // The panel's code loads with the first selection.
    await screen.findByRole('complementary');
    const edit = await within(panel()).findByRole('link', { name: /Edit this node on GitHub/ });
    expect(edit).toHaveAttribute(
      'href',
      'https://github.com/example/jupyter-atlas/edit/main/graph-data/nodes/spawner/kubespawner.yaml',
    );
    const report = within(panel()).getByRole('link', { name: /Report a wrong fact/ });
    const url = new URL(report.getAttribute('href') ?? '');
    expect(url.pathname).toBe('/example/jupyter-atlas/issues/new');
    expect(url.searchParams.get('title')).toBe('Wrong fact: Test KubeSpawner (kubespawner)');
    expect(report).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('links each relation to the node at its other end, reverse relations included', async () => {
    const { user, location } = renderAt('/?node=kubespawner');
    // The panel's code loads with the first selection.
    await screen.findByRole('complementary');
    const connects = within(panel()).getByRole('region', { name: 'How it connects' });
    expect(within(connects).getByText('plugs into')).toBeInTheDocument();
    await user.click(within(connects).getByRole('link', { name: 'Test Hub' }));

    expect(within(panel()).getByRole('heading', { level: 2, name: 'Test Hub' })).toHaveFocus();
    expect(location.history?.at(-1)).toBe('/?node=hub');
    const hubConnects = within(panel()).getByRole('region', { name: 'How it connects' });
    expect(within(hubConnects).getByText('accepts the plugin')).toBeInTheDocument();
    expect(within(hubConnects).getByRole('link', { name: 'Test KubeSpawner' })).toHaveAttribute(
      'href',
      '?node=kubespawner',
    );
    expect(within(hubConnects).getByText('receives traffic routed by')).toBeInTheDocument();
  });

  it('renders the node’s MDX doc, with NodeLink as a working link', async () => {
    const { user, location } = renderAt('/?node=hub');
    // The panel's code loads with the first selection.
    await screen.findByRole('complementary');
    const more = within(panel()).getByRole('region', { name: 'Read more' });
    const link = await within(more).findByRole('link', { name: 'proxy' });
    expect(more).toHaveTextContent('The hub starts the proxy.');
    await user.click(link);
    expect(location.history?.at(-1)).toBe('/?node=proxy');
    expect(
      within(panel()).getByRole('heading', { level: 2, name: 'Test Proxy' }),
    ).toBeInTheDocument();
  });

  it('closes on Escape and on the close button', async () => {
    const { user, location } = renderAt('/?node=proxy');
    // The panel's code loads with the first selection.
    await screen.findByRole('complementary');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(location.history?.at(-1)).toBe('/');

    const again = renderAt('/?node=proxy');
    await again.user.click(screen.getAllByRole('button', { name: 'Close details' })[0]!);
    expect(again.location.history?.at(-1)).toBe('/');
  });

  it('says an unknown id is not found and offers the nearest ones', async () => {
    const { user } = renderAt('/?node=kubespawnr');
    // The panel's code loads with the first selection.
    await screen.findByRole('complementary');
    const alert = within(panel()).getByRole('alert');
    expect(alert).toHaveTextContent('The atlas has no component with the id kubespawnr');
    await user.click(within(alert).getByRole('link', { name: 'Test KubeSpawner' }));
    expect(
      within(panel()).getByRole('heading', { level: 2, name: 'Test KubeSpawner' }),
    ).toBeInTheDocument();
  });

  it('shows no panel when nothing is selected', () => {
    renderAt('/');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });
});

describe('the map', () => {
  it('says what a link asks for that the atlas lacks, and shows the rest', async () => {
    renderAt('/?view=everything&kind=nope,hub&hops=9&to=nowhere');
    expect(
      await screen.findByText(/This link asks for what the atlas does not have/),
    ).toHaveTextContent(
      'This link asks for what the atlas does not have: no kind “nope”; hops is 1 or 2, not “9”; no node “nowhere” to find a path to. The rest is shown.',
    );
    expect(
      await within(screen.getByRole('main')).findByRole('button', { name: 'Test Hub Hub' }),
    ).toBeInTheDocument();
  });

  it('tells screen readers how to use this read-only map, not how to edit it', async () => {
    renderAt('/?view=everything');
    await within(screen.getByRole('main')).findByRole('button', { name: 'Test Hub Hub' });
    const text = document.body.textContent ?? '';
    expect(text).toContain('Each component is a button: Enter opens its details.');
    expect(text).not.toMatch(/Press delete to remove it/);
    expect(screen.getByRole('button', { name: 'Fit the view' })).toBeInTheDocument();
  });

  it('draws every node of the view as a button named by name and kind; Enter on one opens its panel', async () => {
    const { user, location } = renderAt('/?view=everything');
    const map = screen.getByRole('main');
    const hub = await within(map).findByRole('button', { name: 'Test Hub Hub' });
    expect(
      within(map).getByRole('button', { name: 'Test KubeSpawner Spawner, experimental' }),
    ).toBeInTheDocument();
    expect(within(map).getByRole('button', { name: 'Test Proxy Proxy' })).toBeInTheDocument();
    // Pointer clicks on the canvas go through d3-zoom, which needs a real browser (see tests/e2e).
    hub.focus();
    await user.keyboard('{Enter}');
    expect(location.history?.at(-1)).toBe('/?view=everything&node=hub');
    // The panel's code loads on the first selection (src/ui/deferred-module.ts).
    expect(
      await within(await screen.findByRole('complementary')).findByRole('heading', {
        level: 2,
        name: 'Test Hub',
      }),
    ).toBeInTheDocument();
    expect(within(map).getByRole('button', { name: 'Test Hub Hub' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('starts on the default view and switches views from the View menu', async () => {
    const { user, location } = renderAt('/');
    const map = screen.getByRole('main');
    await within(map).findByRole('button', { name: 'Test Hub Hub' });
    expect(within(map).queryByRole('button', { name: /Test KubeSpawner/ })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'View' }), 'Everything (3)');
    expect(location.history?.at(-1)).toBe('/?view=everything');
    expect(
      await within(map).findByRole('button', { name: 'Test KubeSpawner Spawner, experimental' }),
    ).toBeInTheDocument();
  });

  it('offers to switch views when the selected node is not in the current one', async () => {
    const { user, location } = renderAt('/?node=kubespawner');
    // The panel's code loads with the first selection.
    await screen.findByRole('complementary');
    await user.click(await screen.findByRole('button', { name: 'Show it in Everything' }));
    expect(location.history?.at(-1)).toBe('/?node=kubespawner&view=everything');
  });

  it('says so when the URL names a view that does not exist', async () => {
    renderAt('/?view=nope');
    expect(
      await screen.findByText('There is no view called “nope”; showing The core.'),
    ).toBeInTheDocument();
  });

  it('has a legend naming the kinds and relation types in use', async () => {
    const { user } = renderAt('/');
    await user.click(screen.getByText('Legend'));
    const legend = screen.getByText('Legend').closest('details')!;
    for (const label of ['Hub', 'Spawner', 'Proxy', 'starts', 'plugs into', 'routes to'])
      expect(within(legend).getByText(label)).toBeVisible();
  });
});

describe('closing the panel', () => {
  it('gives focus back to the node it was opened from (through the map bridge)', async () => {
    // No camera glide to outlive the test: the reader asked for less motion.
    const media = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      ...media(query),
      matches: query.includes('reduce'),
    })) as typeof window.matchMedia;
    onTestFinished(() => {
      window.matchMedia = media;
    });
    const { user } = renderAt('/?view=everything');
    const node = await screen.findByRole('button', { name: /^Test KubeSpawner/ });
    node.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('complementary');
    await waitFor(() =>
      expect(
        within(panel()).getByRole('heading', { level: 2, name: 'Test KubeSpawner' }),
      ).toHaveFocus(),
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Test KubeSpawner/ })).toHaveFocus();
  });
});
