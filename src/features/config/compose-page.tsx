import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useSearch } from 'wouter';
import {
  compose,
  composeChoices,
  compositionParams,
  DATABASES,
  parseComposition,
  PRESETS,
  type Composition,
} from '../../model/compose';
import { useFullAtlas, useSettings } from '../../state/atlas-context';
import { links } from '../../state/routes';
import { useQueryUpdate } from '../../state/url-state';
import { CopyButton } from '../../ui/copy-button';

const FORMS = [
  ['plain', 'jupyterhub_config.py (a hub you install yourself)'],
  ['z2jh', 'config.yaml for Zero to JupyterHub (Kubernetes)'],
  ['tljh', 'tljh-config commands for The Littlest JupyterHub'],
] as const;

function Field({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  return (
    <div className="compose-field">
      <label>
        <span className="compose-label">{label}</span>
        {children}
      </label>
      {hint ? <p className="muted compose-hint">{hint}</p> : null}
    </div>
  );
}

/** A download link for a text, as a blob URL that is released when the text changes. */
function DownloadLink({ text, fileName }: { text: string; fileName: string }) {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    if (typeof URL.createObjectURL !== 'function') return undefined;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [text]);
  if (!href) return null;
  return (
    <a className="button small" href={href} download={fileName}>
      Download {fileName}
    </a>
  );
}

/** `/compose`: choose the parts and the common decisions; get a starting config in your form. */
export function ComposePage() {
  const settings = useSettings();
  const { index } = useFullAtlas();
  const atlas = index.atlas;
  const search = useSearch();
  const update = useQueryUpdate();
  const [password, setPassword] = useState('');
  const choices = useMemo(() => composeChoices(settings, atlas.nodes), [settings, atlas.nodes]);
  const known = useMemo(
    () => ({
      auth: choices.auth.map((c) => c.id),
      spawner: choices.spawner.map((c) => c.id),
      proxy: choices.proxy.map((c) => c.id),
      architectures: atlas.architectures.map((a) => a.id),
    }),
    [choices, atlas.architectures],
  );
  const { composition, corrections } = useMemo(
    () => parseComposition(search, known),
    [search, known],
  );
  const result = useMemo(
    () => compose(composition, settings, choices, { password, corrections }),
    [composition, settings, choices, password, corrections],
  );
  const set = (changes: Partial<Composition>) =>
    update(compositionParams({ ...composition, ...changes }), { replace: true });
  const start = (from: string) => {
    const next = from ? { ...composition, ...PRESETS[from], from } : { ...composition, from: null };
    update(
      {
        ...Object.fromEntries(Object.keys(compositionParams(composition)).map((k) => [k, null])),
        ...compositionParams(next),
      },
      { replace: true },
    );
  };
  const fixed = result.composition;
  const needsPassword = ['shared-password-authenticator', 'dummy-authenticator'].includes(
    fixed.auth,
  );
  const name = (id: string) => atlas.nodes.find((n) => n.id === id)?.name ?? id;
  const outputLines = result.text.replace(/\n$/, '').split('\n');

  return (
    <main className="page wide-page compose-page" id="main">
      <h1>Compose a configuration</h1>
      <p className="lead">
        Choose the parts and the common decisions; the atlas writes a starting configuration in the
        form your deployment uses. Every line sets a real setting and links to its card in the{' '}
        <Link href={links.config()}>configuration reference</Link>. The choices live in the address,
        so a link shares them — the password never does.
      </p>
      {result.corrections.length > 0 ? (
        <div role="alert" className="notice compose-corrections">
          <p>
            This link had parts the composer could not use; it shows the nearest valid composition:
          </p>
          <ul>
            {result.corrections.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="compose-jump">
        <a href="#compose-output-title">Jump to the output</a>
      </p>
      <div className="compose-layout">
        <form className="compose-form" aria-label="Choices" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>Start</legend>
            <Field label="From a reference architecture">
              <select value={composition.from ?? ''} onChange={(e) => start(e.target.value)}>
                <option value="">Blank</option>
                {Object.keys(PRESETS).map((id) => (
                  <option key={id} value={id}>
                    {atlas.architectures.find((a) => a.id === id)?.name ?? id}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Output">
              <select
                value={composition.form}
                onChange={(e) => set({ form: e.target.value as Composition['form'] })}
              >
                {FORMS.map(([id, label]) => (
                  <option key={id} value={id}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label="JupyterHub version"
              hint="Debian 12 packages JupyterHub 3.0; settings it lacks are left out."
            >
              <select
                value={composition.hub}
                onChange={(e) => set({ hub: e.target.value as Composition['hub'] })}
              >
                <option value="5">5 or newer</option>
                <option value="3">3.0 (Debian 12)</option>
              </select>
            </Field>
          </fieldset>
          <fieldset>
            <legend>Parts</legend>
            <Field label="Authenticator">
              <select value={composition.auth} onChange={(e) => set({ auth: e.target.value })}>
                {choices.auth.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                    {composition.hub === '3' && c.cls.inJupyterHub3 === false
                      ? ' (JupyterHub 5+)'
                      : ''}
                  </option>
                ))}
              </select>
            </Field>
            {needsPassword ? (
              <Field
                label="Shared password (kept out of the address)"
                hint="Written into the output only; at least 8 characters for the shared-password authenticator."
              >
                <input
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              </Field>
            ) : null}
            <Field
              label="Spawner"
              hint={
                fixed.form !== 'plain'
                  ? `${fixed.form === 'z2jh' ? 'The chart' : 'TLJH'} uses ${name(fixed.spawner)}.`
                  : undefined
              }
            >
              <select
                value={fixed.spawner}
                onChange={(e) => set({ spawner: e.target.value })}
                disabled={fixed.form !== 'plain'}
              >
                {choices.spawner.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Proxy">
              <select
                value={fixed.proxy}
                onChange={(e) => set({ proxy: e.target.value })}
                disabled={fixed.form !== 'plain'}
              >
                {choices.proxy.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Database">
              <select
                value={fixed.db}
                onChange={(e) => set({ db: e.target.value })}
                disabled={fixed.form === 'tljh'}
              >
                {Object.entries(DATABASES).map(([id, d]) => (
                  <option key={id} value={id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </Field>
          </fieldset>
          <fieldset>
            <legend>Users</legend>
            <Field label="Admins (comma-separated)">
              <input
                type="text"
                value={composition.admins.join(', ')}
                onChange={(e) =>
                  set({
                    admins: e.target.value
                      .split(',')
                      .map((u) => u.trim())
                      .filter(Boolean),
                  })
                }
              />
            </Field>
            <Field label="Allowed users (comma-separated)">
              <input
                type="text"
                value={composition.allowed.join(', ')}
                onChange={(e) =>
                  set({
                    allowed: e.target.value
                      .split(',')
                      .map((u) => u.trim())
                      .filter(Boolean),
                  })
                }
              />
            </Field>
            <label className="compose-check">
              <input
                type="checkbox"
                checked={composition.allowAll}
                onChange={(e) => set({ allowAll: e.target.checked })}
              />{' '}
              Allow everyone the authenticator accepts
            </label>
          </fieldset>
          <fieldset>
            <legend>Servers</legend>
            <Field label="Memory limit per server" hint="A size such as 2G; empty for none.">
              <input
                type="text"
                inputMode="text"
                value={composition.mem}
                onChange={(e) => set({ mem: e.target.value.trim() })}
              />
            </Field>
            <Field label="CPU limit per server" hint="Cores, such as 1.5; empty for none.">
              <input
                type="text"
                inputMode="decimal"
                value={composition.cpu}
                onChange={(e) => set({ cpu: e.target.value.trim() })}
              />
            </Field>
            <Field label="Servers open in">
              <select
                value={composition.app}
                onChange={(e) => set({ app: e.target.value as Composition['app'] })}
              >
                <option value="default">The server’s default</option>
                <option value="lab">JupyterLab</option>
                <option value="classic">The classic file view</option>
              </select>
            </Field>
            <label className="compose-check">
              <input
                type="checkbox"
                checked={composition.named}
                onChange={(e) => set({ named: e.target.checked })}
              />{' '}
              Named servers (several per user)
            </label>
            <label className="compose-check">
              <input
                type="checkbox"
                checked={composition.cull}
                onChange={(e) => set({ cull: e.target.checked })}
              />{' '}
              Stop idle servers (the idle culler)
            </label>
            {composition.cull ? (
              <Field label="Stop after this many idle seconds">
                <input
                  type="number"
                  min={60}
                  step={60}
                  value={composition.cullAfter}
                  onChange={(e) =>
                    set({ cullAfter: Math.max(60, Math.round(Number(e.target.value) || 3600)) })
                  }
                />
              </Field>
            ) : null}
            <label className="compose-check">
              <input
                type="checkbox"
                checked={composition.root}
                onChange={(e) => set({ root: e.target.checked })}
              />{' '}
              Servers run as root (a container or a test)
            </label>
          </fieldset>
          <fieldset>
            <legend>Where and how it is reached</legend>
            <Field label="Where it runs">
              <select
                value={composition.where}
                onChange={(e) => set({ where: e.target.value as Composition['where'] })}
              >
                <option value="vm">One machine or VM</option>
                <option value="container">Inside a container</option>
                <option value="kubernetes">A Kubernetes cluster</option>
                <option value="hpc">An HPC cluster with a batch scheduler</option>
              </select>
            </Field>
            <label className="compose-check">
              <input
                type="checkbox"
                checked={composition.public}
                onChange={(e) => set({ public: e.target.checked })}
              />{' '}
              Reachable from the internet
            </label>
            <Field label="HTTPS">
              <select
                value={composition.https}
                onChange={(e) => set({ https: e.target.value as Composition['https'] })}
              >
                <option value="none">None (local, or handled in front)</option>
                <option value="cert">My own certificate</option>
                <option value="letsencrypt">
                  Let’s Encrypt, where the distribution handles it
                </option>
              </select>
            </Field>
            <Field label="Domain">
              <input
                type="text"
                value={composition.domain}
                placeholder="hub.example.org"
                onChange={(e) => set({ domain: e.target.value.trim() })}
              />
            </Field>
            <details>
              <summary>Addresses</summary>
              <Field label="Public address (JupyterHub.bind_url)">
                <input
                  type="text"
                  value={composition.bind}
                  placeholder="http://:8000"
                  onChange={(e) => set({ bind: e.target.value.trim() })}
                />
              </Field>
              <Field label="The Hub’s own address (JupyterHub.hub_bind_url)">
                <input
                  type="text"
                  value={composition.hubBind}
                  placeholder="http://127.0.0.1:8081"
                  onChange={(e) => set({ hubBind: e.target.value.trim() })}
                />
              </Field>
              <Field label="The proxy’s API (ConfigurableHTTPProxy.api_url)">
                <input
                  type="text"
                  value={composition.proxyApi}
                  placeholder="http://127.0.0.1:8001"
                  onChange={(e) => set({ proxyApi: e.target.value.trim() })}
                />
              </Field>
            </details>
          </fieldset>
        </form>
        <section className="compose-output" aria-labelledby="compose-output-title">
          <h2 id="compose-output-title">{result.fileName}</h2>
          {result.notices.length > 0 ? (
            <ul className="compose-notices" aria-label="Warnings and notes">
              {result.notices.map((n) => (
                <li key={n.text} className={`compose-notice is-${n.level}`}>
                  <strong>{n.level === 'risk' ? 'Risk: ' : 'Note: '}</strong>
                  {n.text}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="compose-actions">
            <CopyButton text={result.text} label={`Copy ${result.fileName}`} />
            <DownloadLink text={result.text} fileName={result.fileName} />
          </div>
          <pre className="compose-text" data-testid="compose-text">
            <code>
              {outputLines.map((line, i) => {
                const setting = result.lineSettings.get(i + 1);
                return (
                  <span key={i} className="compose-line">
                    {setting ? (
                      <Link href={links.config({ setting })} title={`The card of ${setting}`}>
                        {line}
                      </Link>
                    ) : (
                      line
                    )}
                    {'\n'}
                  </span>
                );
              })}
            </code>
          </pre>
          <p className="muted">
            {result.lines.length} settings from the atlas’s data, for{' '}
            {composition.hub === '3' ? 'JupyterHub 3.0' : 'JupyterHub 5 or newer'}.
          </p>
        </section>
      </div>
    </main>
  );
}
