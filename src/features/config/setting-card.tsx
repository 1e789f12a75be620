import { Link } from 'wouter';
import {
  distributionForms,
  pythonLine,
  pythonToYaml,
  sampleValue,
  tljhValue,
  yamlBlock,
} from '../../model/config-forms';
import type { Setting, SettingsAtlas } from '../../model/settings';
import { useAtlas } from '../../state/atlas-context';
import { links } from '../../state/routes';
import { CopyButton } from '../../ui/copy-button';
import { ExternalLink } from '../../ui/external-link';
import { fixLinks } from '../../state/repository';
import { FixLinks } from '../../ui/fix-links';

const DISTRIBUTION_NAMES = { z2jh: 'Zero to JupyterHub', tljh: 'The Littlest JupyterHub' } as const;

/** `github.com/owner/repo … path#L12` → `owner/repo@abc1234 path:12`, for a link's text. */
export function sourceLabel(url: string): string {
  const m = url.match(
    /^https:\/\/github\.com\/([^/]+\/[^/]+)\/blob\/([0-9a-f]{7})[0-9a-f]*\/(.+?)(?:#L(\d+)(?:-L\d+)?)?$/,
  );
  if (!m) return url.replace(/^https:\/\//, '');
  return `${m[1]}@${m[2]} ${m[3]}${m[4] ? `:${m[4]}` : ''}`;
}

function DefaultValue({ setting }: { setting: Setting }) {
  switch (setting.defaultFrom) {
    case 'literal':
      return <code>{setting.default}</code>;
    case 'type':
      return (
        <>
          <code>{setting.default}</code>{' '}
          <span className="muted">(the trait type’s own default)</span>
        </>
      );
    case 'expression':
      return (
        <>
          <code>{setting.default}</code>{' '}
          <span className="muted">(an expression, worked out when the class loads)</span>
        </>
      );
    case 'computed':
      return (
        <>
          computed{setting.rule ? `: ${setting.rule}` : ' by a method of the class'}{' '}
          {setting.computed ? (
            <ExternalLink href={setting.computed} className="source-link">
              the method
            </ExternalLink>
          ) : null}
        </>
      );
    default:
      return <span className="muted">none given (the trait type decides)</span>;
  }
}

/** Where the settings' hand-written summaries live; the rest is extracted (docs/settings.md). */
const SUMMARIES_FILE = 'graph-data/settings/summaries.yaml';

/**
 * One setting, with everything a deployer needs to use it: what it is, its type and default,
 * whether it is deprecated, where the distributions set it, the exact source line and the docs,
 * and the lines to copy. `onClass` is the subclass it was reached from, when it is inherited.
 */
export function SettingCard({
  setting,
  settings,
  onClass,
  headingLevel = 2,
}: {
  setting: Setting;
  settings: SettingsAtlas;
  onClass?: string;
  headingLevel?: 2 | 3;
}) {
  const { index } = useAtlas();
  const cls = settings.classes.find((c) => c.id === setting.class);
  const written = onClass && onClass !== setting.class ? onClass : setting.class;
  const writtenClass = settings.classes.find((c) => c.id === written);
  const node = index.nodeById.get(writtenClass?.node ?? cls?.node ?? '');
  const forms = distributionForms(settings, setting, written);
  const value = sampleValue(setting);
  const python = pythonLine(written, setting.name, value);
  const by = setting.deprecated?.by;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="setting-card" aria-labelledby={`card-${setting.id}`}>
      <Heading id={`card-${setting.id}`} className="setting-card-title">
        <code>
          c.{written}.{setting.name}
        </code>
      </Heading>
      {setting.deprecated ? (
        <p className="setting-deprecated" role="note">
          Deprecated{setting.deprecated.since ? ` since ${setting.deprecated.since}` : ''}
          {by ? (
            <>
              {' '}
              — use{' '}
              <Link href={links.config({ setting: by })}>
                <code>{by}</code>
              </Link>
            </>
          ) : null}
          .
        </p>
      ) : null}
      <p className={setting.summary ? 'setting-summary' : 'setting-summary muted'}>
        {setting.summary ?? 'No summary in the atlas yet: the upstream docs below explain it.'}
      </p>
      <dl className="setting-facts">
        <div>
          <dt>Class</dt>
          <dd>
            <code>{writtenClass?.import ?? written}</code>
            {written !== setting.class ? (
              <span className="muted">
                {' '}
                (inherited from{' '}
                <Link href={links.config({ class: setting.class })}>
                  <code>{setting.class}</code>
                </Link>
                )
              </span>
            ) : null}
          </dd>
        </div>
        {node ? (
          <div>
            <dt>Component</dt>
            <dd>
              <Link href={links.node(node.id)}>{node.name}</Link> <span className="muted">·</span>{' '}
              <Link href={links.config({ class: written })}>all settings of {written}</Link>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Type</dt>
          <dd>
            <code>{setting.type}</code>
          </dd>
        </div>
        <div>
          <dt>Default</dt>
          <dd>
            <DefaultValue setting={setting} />
          </dd>
        </div>
        {setting.values ? (
          <div>
            <dt>Allowed values</dt>
            <dd>
              {setting.values.map((v, i) => (
                <span key={v}>
                  {i > 0 ? ', ' : ''}
                  <code>{v}</code>
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        {setting.inJupyterHub3 !== undefined ? (
          <div>
            <dt>In JupyterHub 3.0</dt>
            <dd>{setting.inJupyterHub3 ? 'yes' : 'no — added since 3.0'}</dd>
          </div>
        ) : null}
        <div>
          <dt>Read from</dt>
          <dd>
            {cls?.project} {cls?.version}
          </dd>
        </div>
      </dl>

      <h3 className="setting-card-sub">Write it</h3>
      <div className="setting-form">
        <span className="setting-form-label">jupyterhub_config.py</span>
        <pre>
          <code>{python}</code>
        </pre>
        <CopyButton text={python} label={`Copy the jupyterhub_config.py line for ${setting.id}`} />
      </div>
      {forms.map((f) => {
        const text =
          f.distribution === 'z2jh'
            ? yamlBlock(f.key, pythonToYaml(value))
            : `sudo tljh-config set ${f.key} ${f.default ?? tljhValue(value)}\nsudo tljh-config reload`;
        return (
          <div className="setting-form" key={`${f.distribution}-${f.key}`}>
            <span className="setting-form-label">
              {DISTRIBUTION_NAMES[f.distribution]}: <code>{f.key}</code>{' '}
              <ExternalLink href={f.source} className="source-link">
                {f.mapped ? 'where the distribution maps it' : 'how any setting passes through'}
              </ExternalLink>
            </span>
            {f.note ? <span className="muted setting-form-note">{f.note}</span> : null}
            <pre>
              <code>{text}</code>
            </pre>
            <CopyButton
              text={text}
              label={`Copy the ${DISTRIBUTION_NAMES[f.distribution]} form of ${setting.id}`}
            />
          </div>
        );
      })}

      <h3 className="setting-card-sub">Check it</h3>
      <ul className="link-list">
        <li>
          Source:{' '}
          <ExternalLink href={setting.source} className="source-link">
            {sourceLabel(setting.source)}
          </ExternalLink>
        </li>
        <li>
          Docs:{' '}
          <ExternalLink href={setting.docs} className="source-link">
            {setting.docs.includes('#')
              ? `${setting.docs.split('#')[1]}`
              : 'the project’s reference'}
          </ExternalLink>
        </li>
      </ul>
      <FixLinks
        what={setting.summary ? 'its summary' : 'the summaries'}
        file={SUMMARIES_FILE}
        links={fixLinks({
          title: `c.${setting.class}.${setting.name}`,
          file: SUMMARIES_FILE,
          sources: [setting.source, setting.docs],
        })}
      />
    </article>
  );
}
